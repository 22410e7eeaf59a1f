import type { MatchField } from "@/lib/positions-table-row";
import {
  CODING_FILTER_DISPUTED,
  DEFAULT_SORT,
  hasFilters,
  type IgnoredParam,
  type PositionsView,
} from "@/lib/positions-view";
import type { Db } from "../client";
import { facetsFromCombos, type PositionFacets, topicFacet } from "./position-facets";
import { getPositionRows, type PositionRow } from "./position-rows";
import {
  FACET_ROW_LIMIT,
  pageIdsStatement,
  planPositionsQuery,
  runAll,
  type SampleOptions,
} from "./positions-plan";
import { matchedFields, rankByRelevance } from "./positions-rank";
import {
  type Access,
  buildWhere,
  codingMatch,
  fromFor,
  orderBy,
  resolveView,
  SORT_COLUMNS,
} from "./positions-where";
import { type Fragment, placeholders } from "./sql-fragment";
import { transaction } from "./transaction";

/**
 * The positions view: rows, total and facets for a parsed view, all from one WHERE over position_facts (see
 * migration 0004_positions_search.sql). Rows are ordered and paged on position_facts' indexes; only the page's
 * rows are read from the wide tables.
 */

export interface PositionsPage {
  rows: PositionRow[];
  /** How many records match: exact when `totalExact`, else an estimate from a sample (say "about"). */
  total: number;
  totalExact: boolean;
  /**
   * Facet counts over all matching records: exact when `facetsExact`, else estimated from `facetSample`
   * matching records in evenly spread windows of ids, scaled to the total (values absent from the sample are
   * missing). Exact up to FACET_ROW_LIMIT matches.
   */
  facets: PositionFacets;
  facetsExact: boolean;
  /** Matching records the facet counts were computed from (the total when exact). */
  facetSample: number;
  /**
   * View values that name nothing in the database (unknown speaker, topic, event; search text without words)
   * and were left out of the query, as if absent from the URL. `withoutIgnored` gives the view actually shown.
   */
  ignored: IgnoredParam[];
  /** The words and phrases searched, folded, for highlighting; empty without a search. */
  searchGroups: string[][];
  /** With a search: per record (internal id) on the page, the searched fields it matched in (MATCH_FIELDS). */
  matchedIn: Map<number, MatchField[]>;
  /**
   * With `sort=relevance`: how many matches were ranked, the most recently added ones, at most RANK_CANDIDATES
   * (relevance pages stop there; date order lists every match).
   */
  ranked: number | null;
}

/**
 * The number of records matching a view whose only filter is one the stored counts answer exactly: coding
 * statuses (the coding queue's own view), one topic (its count includes its subtopics, each record once, as the
 * filter does), one speaker, one event kind or one mode. Null for any other view. Counting the index instead
 * reads every match: 590,000 for cyber security at a million records, half a second, twice (the capped listing
 * first, then the count).
 */
export function storedTotal(db: Db, view: PositionsView): number | null {
  const only = (key: "coding" | "topic" | "speaker" | "kind" | "mode") =>
    view[key].length > 0 && !hasFilters({ ...view, [key]: [] });
  const facet = (name: string, value: string) =>
    Number(
      db.$client
        .prepare("SELECT coalesce(sum(n), 0) FROM position_facet_counts WHERE facet = ? AND value = ?")
        .pluck()
        .get(name, value) ?? 0,
    );
  const idOf = (table: "topics" | "persons", slug: string) =>
    db.$client.prepare(`SELECT id FROM ${table} WHERE slug = ?`).pluck().get(slug) as number | undefined;
  if (view.topic.length === 1 && only("topic")) {
    const id = idOf("topics", view.topic[0] as string);
    return id === undefined ? null : facet("topic", String(id));
  }
  if (view.speaker.length === 1 && only("speaker")) {
    const id = idOf("persons", view.speaker[0] as string);
    return id === undefined ? null : facet("speaker", String(id));
  }
  if (view.kind.length === 1 && only("kind")) return facet("kind", view.kind[0] as string);
  if (view.mode.length === 1 && only("mode")) return facet("mode", view.mode[0] as string);
  if (!only("coding")) return null;
  const { statuses, disputed } = codingMatch(view.coding);
  const stored = Number(
    db.$client
      .prepare(
        `SELECT coalesce(sum(n), 0) FROM coding_status_counts WHERE status IN (${placeholders(statuses.length)})`,
      )
      .pluck()
      .get(...statuses) ?? 0,
  );
  if (!disputed) return stored;
  // Disputed records not already counted under the statuses: a walk of disputed_records, bounded by the disputes.
  return (
    stored +
    Number(
      db.$client
        .prepare(`SELECT count(*) FROM disputed_records d WHERE NOT EXISTS (SELECT 1 FROM coding_facts x
           WHERE x.statement_id = d.statement_id AND x.status IN (${placeholders(statuses.length)}))`)
        .pluck()
        .get(...statuses) ?? 0,
    )
  );
}

/** One page of the view: rows, the total number of matching records, and facet counts over all of them. */
export function listPositions(db: Db, view: PositionsView, options: SampleOptions = {}): PositionsPage {
  const exactRowLimit = options.exactRowLimit ?? FACET_ROW_LIMIT;
  // Relevance orders only the page: the matches, their count and facets are those of the date order.
  const relevance = view.sort.key === "relevance";
  const planView = relevance ? { ...view, sort: { ...DEFAULT_SORT } } : view;
  // One read transaction, so rows, count and facets describe the same state of the data.
  return transaction(db, "deferred", () => {
    // A large view whose size the stored counts know goes straight to its sample: listing it up to the limit
    // first would read all of its matches (an IN list of them) only to find it too large.
    const stored = options.knownTotal === undefined ? storedTotal(db, planView) : null;
    let plan = planPositionsQuery(
      db,
      planView,
      stored !== null && stored > exactRowLimit ? { ...options, knownTotal: stored } : options,
    );
    let materialised = runAll(db, plan.materialise);
    let total: number;
    let totalExact = true;
    let scale = 1;
    if (!plan.filtered) {
      total = Number(
        db.$client
          .prepare(plan.countAll.sql)
          .pluck()
          .get(...plan.countAll.params) ?? 0,
      );
    } else if (plan.counts === "exact" && materialised <= exactRowLimit) {
      total = materialised;
    } else {
      if (plan.counts === "exact") {
        // More than the limit: count exactly (an index count; with a search, the pilot guessed too low and this
        // is a few times the limit at most), then sample.
        const counted =
          stored ??
          Number(
            db.$client
              .prepare(plan.countAll.sql)
              .pluck()
              .get(...plan.countAll.params) ?? 0,
          );
        plan = planPositionsQuery(db, planView, { ...options, knownTotal: counted });
        materialised = runAll(db, plan.materialise);
      }
      if (plan.knownTotal !== null) {
        total = plan.knownTotal;
      } else {
        total = Math.round(materialised / plan.sampleFraction);
        totalExact = plan.sampleFraction >= 1;
      }
      scale = materialised > 0 ? total / materialised : 0;
    }
    const complete = !plan.filtered || (plan.counts === "exact" && materialised <= exactRowLimit);
    const idsStatement = pageIdsStatement(plan, complete);
    const offset = (view.page - 1) * view.size;
    const match = plan.resolved.match;
    let ranked: number | null = null;
    let ids: number[];
    if (relevance && match) {
      const result = rankByRelevance(db, planView, plan.resolved, view.size, offset);
      ids = result.ids;
      ranked = result.ranked;
    } else {
      ids = db.$client
        .prepare(idsStatement.sql)
        .pluck()
        .all(...idsStatement.params) as number[];
    }
    const facets: PositionFacets = {
      ...facetsFromCombos(db, planView, plan, scale),
      topic: topicFacet(db, planView, plan, scale),
    };
    return {
      rows: getPositionRows(db, ids),
      total,
      totalExact,
      facets,
      facetsExact: complete || plan.sampleFraction >= 1,
      facetSample: complete ? total : materialised,
      ignored: plan.resolved.ignored,
      searchGroups: plan.resolved.searchGroups,
      matchedIn: match ? matchedFields(db, plan.resolved.searchGroups, ids) : new Map(),
      ranked,
    };
  });
}

/**
 * Every matching statement id of the view (all pages, in the view's order), for export: the export
 * (db/queries/export.ts) calls it inside its read snapshot and writes the ids to a temporary table its row query
 * joins. The ids are read first (a few MB even for a million rows), since better-sqlite3 cannot run other queries
 * while one is being iterated.
 */
export function listViewIds(db: Db, view: PositionsView): number[] {
  const resolved = resolveView(db, view);
  const where = buildWhere(view, resolved);
  return db.$client
    .prepare(`SELECT f.statement_id FROM position_facts f ${where.sql} ${orderBy(view)}`)
    .pluck()
    .all(...where.params) as number[];
}

/**
 * The record that follows `afterId` in the view's order (relevance reads as date order), or null past the last:
 * "next" in the coding queue. Keyset on the sort key's index, so the cost follows the distance to the next
 * match, not the position in the view; a record that has left the view (just coded) still has its place.
 */
export function nextInView(db: Db, view: PositionsView, afterId: number): number | null {
  const planView = view.sort.key === "relevance" ? { ...view, sort: { ...DEFAULT_SORT } } : view;
  const resolved = resolveView(db, planView);
  const where = buildWhere(planView, resolved, { drive: "sort", fts: "exists" });
  const column = SORT_COLUMNS[planView.sort.key];
  const first = (extra: string, params: (string | number)[]): number | null => {
    const sql = `SELECT f.statement_id FROM position_facts f
      ${where.sql ? `${where.sql} AND` : "WHERE"} ${extra} ${orderBy(planView)} LIMIT 1`;
    const id = db.$client
      .prepare(sql)
      .pluck()
      .get(...where.params, ...params) as number | undefined;
    return id ?? null;
  };
  const anchor = db.$client
    .prepare(`SELECT ${column} AS v FROM position_facts f WHERE f.statement_id = ?`)
    .get(afterId) as { v: string | number | null } | undefined;
  if (!anchor) return first("1", []);
  const v = anchor.v;
  // NULL sort values (undated records) come first in ascending order and last in descending order.
  if (planView.sort.desc) {
    if (v === null) return first(`${column} IS NULL AND f.statement_id < ?`, [afterId]);
    return first(`(${column}, f.statement_id) < (?, ?)`, [v, afterId]) ?? first(`${column} IS NULL`, []);
  }
  if (v === null) {
    return first(`${column} IS NULL AND f.statement_id > ?`, [afterId]) ?? first(`${column} IS NOT NULL`, []);
  }
  return first(`(${column}, f.statement_id) > (?, ?)`, [v, afterId]);
}

export interface ViewPage {
  rows: PositionRow[];
  /** Matching records: exact up to `cap`; past it, `cap` and `totalExact` false ("more than"). */
  total: number;
  totalExact: boolean;
  ignored: IgnoredParam[];
}

/** Past this many estimated rows, an indexed filter is too broad to list whole before a capped count. */
const BROAD_FILTER_ROWS = 20_000;

/**
 * One page of a view without facets, its count capped (the coding queue). The queue's own view is counted
 * from the stored per-status counts. Otherwise the count stops after `cap` + 1 matches, read where they are
 * dense: the most selective indexed filter's index when it is narrow, else the coding-status index with every
 * other filter checked per record (listing a broad topic's ids whole first costs seconds at a million records);
 * with a search, FTS5's matches in rowid order.
 * Up to `cap` matches the page is sorted from them; past it, the page walks the sort key's index and stops at
 * the page. Relevance reads as date order.
 */
export function listViewPage(db: Db, view: PositionsView, cap = FACET_ROW_LIMIT): ViewPage {
  const planView = view.sort.key === "relevance" ? { ...view, sort: { ...DEFAULT_SORT } } : view;
  return transaction(db, "deferred", () => {
    const resolved = resolveView(db, planView);
    const disputesOnly = planView.coding.length === 1 && planView.coding[0] === CODING_FILTER_DISPUTED;
    const byStatus =
      planView.coding.length > 0 &&
      (disputesOnly ||
        (!resolved.match &&
          (resolved.indexDriver === null || resolved.indexDriver.rows > BROAD_FILTER_ROWS)));
    const perRow = buildWhere(planView, resolved, { drive: "rowid", fts: "exists" });
    const matches: Fragment = byStatus
      ? {
          sql: `FROM (${codingMatch(planView.coding).ids.sql}) cs
                  CROSS JOIN position_facts f ON f.statement_id = cs.statement_id
                  ${perRow.sql}`,
          params: [...codingMatch(planView.coding).ids.params, ...perRow.params],
        }
      : resolved.match
        ? (() => {
            // FTS5 lists the matches in rowid order and the count stops at the cap, instead of listing all.
            const access: Access = { drive: "rowid", fts: "join" };
            const where = buildWhere(planView, resolved, access);
            return { sql: `FROM ${fromFor(resolved, access)} ${where.sql}`, params: where.params };
          })()
        : (() => {
            const where = buildWhere(planView, resolved);
            return { sql: `FROM position_facts f ${where.sql}`, params: where.params };
          })();
    const stored = storedTotal(db, planView);
    const counted =
      stored ??
      Number(
        db.$client
          .prepare(`SELECT count(*) FROM (SELECT 1 ${matches.sql} LIMIT ?)`)
          .pluck()
          .get(...matches.params, cap + 1) ?? 0,
      );
    const few = counted <= cap;
    const offset = (planView.page - 1) * planView.size;
    const walk = buildWhere(planView, resolved, { drive: "sort", fts: "exists" });
    const page: Fragment = few ? matches : { sql: `FROM position_facts f ${walk.sql}`, params: walk.params };
    const ids = db.$client
      .prepare(`SELECT f.statement_id ${page.sql} ${orderBy(planView)} LIMIT ? OFFSET ?`)
      .pluck()
      .all(...page.params, planView.size, offset) as number[];
    return {
      rows: getPositionRows(db, ids),
      total: stored !== null || few ? counted : cap,
      totalExact: stored !== null || few,
      ignored: resolved.ignored,
    };
  });
}
