import type { PositionsView } from "@/lib/positions-view";
import type { Db } from "../client";
import {
  type Access,
  buildWhere,
  fromFor,
  INDEX_ACCESS,
  orderBy,
  type ResolvedView,
  resolveView,
  SORT_COLUMNS,
} from "./positions-where";
import type { Fragment } from "./sql-fragment";

/**
 * The query plan of a positions view: which statements list its page, count its matches and read its facets,
 * exactly or from a sample of id windows, chosen from the stored counts and a pilot count of a search.
 */

/** Facet values shown per facet (besides any selected value); counts of the rest are not read. */
export const FACET_LIMIT = 12;

/**
 * Up to this many matching records, a filtered view's total and facet counts are exact; past it, its facet
 * counts (and with a full-text search its total) are estimated from a sample (the unfiltered view is always exact).
 */
export const FACET_ROW_LIMIT = 10_000;

/** Matching records aimed at when a larger view's facets are estimated from a sample. */
export const SAMPLE_TARGET = 2_000;

/** Sample windows: this many stretches of statement ids, evenly spread, so a drift in ids cannot bias it. */
const SAMPLE_WINDOWS = 48;
/**
 * The pilot sample of a full-text search covers this share of all ids (about 3,900 of a million). Many short
 * windows rather than a few long ones: neighbouring ids often share a source, and so their words.
 */
const PILOT_FRACTION = 1 / 256;

export interface SampleOptions {
  /** Up to this many matches, the total and the facets are exact (every match is materialised). */
  exactRowLimit?: number;
  /** Matching records aimed at when facets are estimated from a sample. */
  sampleTarget?: number;
  /** An exact total already counted: go straight to the sample. */
  knownTotal?: number;
}

/**
 * Every SQL statement a view runs, with its parameters: listPositions runs these, the benchmark runs them raw.
 * A filtered view's matches go to a temporary table (per connection, never shared): all of them when there are
 * at most `exactRowLimit` (then the count, the facets and the page read it), otherwise a sample from
 * SAMPLE_WINDOWS windows of statement ids, whose facet counts are scaled up and marked as estimates, while the
 * page walks the sort key's index and checks each record against the filters.
 */
export interface PositionsPlan {
  filtered: boolean;
  /** `exact`: temp.position_hits gets every match; `sample`: it gets the matches within the sample windows. */
  counts: "exact" | "sample";
  /** What planning ran to choose (the pilot sample of a full-text search), for the benchmark. */
  planning: Fragment[];
  /** Fills temp.position_hits; in `exact` plans at most exactRowLimit + 1 rows, so an overflow shows. */
  materialise: Fragment[];
  /** The exact total: a statement to run (or the stored total of the unfiltered view). */
  countAll: Fragment;
  /** The exact count when known before sampling (a view past the limit, counted by listPositions), else null. */
  knownTotal: number | null;
  /** Share of all statement ids the sample windows cover (1 for exact plans). */
  sampleFraction: number;
  /** The page's ids, ordered on an index: the choice when most records match. */
  ids: Fragment;
  /** The page's ids, sorted from temp.position_hits: the choice when it holds every match (see pageIdsStatement). */
  idsFromHits: Fragment | null;
  combos: Fragment;
  topics: Fragment;
}

interface Windows {
  /** [lo, hi] pairs of statement ids. */
  ranges: [number, number][];
  fraction: number;
}

/** SAMPLE_WINDOWS evenly spaced windows of ids covering about `fraction` of [lo, hi]; deterministic. */
function sampleWindows(lo: number, hi: number, fraction: number): Windows {
  const span = hi - lo + 1;
  if (span <= 0) return { ranges: [], fraction: 1 };
  // A tiny collection gets fewer windows, so that a sample still leaves ids out.
  const count = Math.min(SAMPLE_WINDOWS, Math.floor(span / 2));
  if (fraction >= 1 || count < 2) return { ranges: [[lo, hi]], fraction: 1 };
  const step = span / count;
  const width = Math.max(1, Math.min(Math.floor(step), Math.ceil((fraction * span) / count)));
  const ranges: [number, number][] = [];
  for (let i = 0; i < count; i++) {
    const start = lo + Math.floor(i * step);
    ranges.push([start, Math.min(hi, start + width - 1)]);
  }
  const covered = ranges.reduce((a, [x, y]) => a + (y - x + 1), 0);
  return { ranges, fraction: covered >= span ? 1 : covered / span };
}

const HITS_TABLE: Fragment = {
  // The facet columns and the sort key come along, so counting and sorting never go back to position_facts.
  sql: `CREATE TEMP TABLE IF NOT EXISTS position_hits (
          id INTEGER PRIMARY KEY, person_id INTEGER, event_kind TEXT, year INTEGER, mode TEXT, topic_ids TEXT,
          sort_key)`,
  params: [],
};
const CLEAR_HITS: Fragment = { sql: "DELETE FROM temp.position_hits", params: [] };

export function planPositionsQuery(
  db: Db,
  view: PositionsView,
  { exactRowLimit = FACET_ROW_LIMIT, sampleTarget = SAMPLE_TARGET, knownTotal: counted }: SampleOptions = {},
): PositionsPlan & { resolved: ResolvedView } {
  const resolved = resolveView(db, view);
  const where = buildWhere(view, resolved);
  const filtered = where.sql !== "";
  const offset = (view.page - 1) * view.size;
  const topicLimit = FACET_LIMIT + view.topic.length;
  const sortAccess: Access = { drive: "sort", fts: "exists" };
  const sortWhere = buildWhere(view, resolved, sortAccess);
  // Walk the sort index to the page (every filter checked per row): used when many records match.
  const walkIds: Fragment = {
    sql: `SELECT f.statement_id FROM position_facts f ${sortWhere.sql} ${orderBy(view)} LIMIT ? OFFSET ?`,
    params: [...sortWhere.params, view.size, offset],
  };
  if (!filtered) {
    return {
      resolved,
      filtered,
      counts: "exact",
      planning: [],
      materialise: [],
      countAll: {
        sql: "SELECT coalesce(sum(n), 0) FROM position_facet_counts WHERE facet = 'total'",
        params: [],
      },
      knownTotal: null,
      sampleFraction: 1,
      ids: walkIds,
      idsFromHits: null,
      combos: {
        sql: `SELECT facet, value, n FROM position_facet_counts WHERE facet IN ('speaker', 'kind', 'year', 'mode') AND n > 0
              UNION ALL SELECT 'coding', status, n FROM coding_status_counts
              UNION ALL SELECT 'coding', 'disputed', n FROM review_status_counts WHERE status = 'disputed_records'`,
        params: [],
      },
      topics: {
        sql: `SELECT CAST(value AS INTEGER) AS topic, n FROM position_facet_counts
              WHERE facet = 'topic' AND n > 0 ORDER BY n DESC, CAST(value AS INTEGER) LIMIT ?`,
        params: [topicLimit],
      },
    };
  }

  const sortKey = SORT_COLUMNS[view.sort.key];
  const fill = (access: Access, limit: number): Fragment => {
    const w = buildWhere(view, resolved, access);
    return {
      sql: `INSERT INTO temp.position_hits
            SELECT f.statement_id, f.person_id, f.event_kind, f.year, f.mode, f.topic_ids, ${sortKey}
            FROM ${fromFor(resolved, access)} ${w.sql} LIMIT ?`,
      params: [...w.params, limit],
    };
  };
  // Windows are read with the ids (or FTS5's rowids) driving; `join` lets FTS5 seek straight to each window.
  const windowAccess: Access = { drive: "rowid", fts: "join" };
  const windowWhere = buildWhere(view, resolved, windowAccess, true);
  const fillWindow = (lo: number, hi: number): Fragment => ({
    sql: `INSERT OR IGNORE INTO temp.position_hits
          SELECT f.statement_id, f.person_id, f.event_kind, f.year, f.mode, f.topic_ids, ${sortKey}
          FROM ${fromFor(resolved, windowAccess)} ${windowWhere.sql}`,
    params: [...windowWhere.params, BigInt(lo), BigInt(hi)],
  });
  const countAll: Fragment = {
    sql: `SELECT count(*) FROM position_facts f ${where.sql}`,
    params: where.params,
  };
  // Two subqueries: SQLite reads min() and max() off the ends of the rowid only when each stands alone.
  const bounds = db.$client
    .prepare(`SELECT (SELECT min(statement_id) FROM position_facts) AS lo,
            (SELECT max(statement_id) FROM position_facts) AS hi`)
    .get() as {
    lo: number | null;
    hi: number | null;
  };
  const lo = bounds.lo ?? 0;
  const hi = bounds.hi ?? -1;
  const planning: Fragment[] = [];
  let knownTotal: number | null = null;

  const exactPlan = (access: Access): PositionsPlan => ({
    filtered,
    counts: "exact",
    planning,
    materialise: [HITS_TABLE, CLEAR_HITS, fill(access, exactRowLimit + 1)],
    countAll,
    knownTotal,
    sampleFraction: 1,
    ids: walkIds,
    idsFromHits: {
      sql: `SELECT id FROM temp.position_hits
            ORDER BY sort_key ${view.sort.desc ? "DESC" : "ASC"}, id ${view.sort.desc ? "DESC" : "ASC"} LIMIT ? OFFSET ?`,
      params: [view.size, offset],
    },
    combos: HIT_COMBOS,
    topics: HIT_TOPICS,
  });
  const samplePlan = (windows: Windows, expected: number): PositionsPlan => {
    // A deep page of a sparse view would probe too many rows on its walk: let the indexes list the matches.
    const density = Math.max(expected, 1) / Math.max(1, hi - lo + 1);
    const walkCost = (offset + view.size) / density;
    const ids =
      resolved.match && walkCost > MAX_WALK_ROWS
        ? (() => {
            const w = buildWhere(view, resolved, { drive: "sort", fts: "in" });
            return {
              sql: `SELECT f.statement_id FROM position_facts f ${w.sql} ${orderBy(view)} LIMIT ? OFFSET ?`,
              params: [...w.params, view.size, offset],
            };
          })()
        : walkIds;
    return {
      filtered,
      counts: "sample",
      planning,
      materialise: [HITS_TABLE, CLEAR_HITS, ...windows.ranges.map(([a, b]) => fillWindow(a, b))],
      countAll,
      knownTotal,
      sampleFraction: windows.fraction,
      ids,
      idsFromHits: null,
      combos: HIT_COMBOS,
      topics: HIT_TOPICS,
    };
  };

  if (!resolved.match) {
    // Without full-text search the indexes find the matches: list up to the limit; past it, listPositions counts
    // them exactly (planning again with the count) and samples.
    if (counted === undefined) return { resolved, ...exactPlan(INDEX_ACCESS) };
    knownTotal = counted;
    return { resolved, ...samplePlan(sampleWindows(lo, hi, sampleTarget / Math.max(counted, 1)), counted) };
  }
  if (counted !== undefined) {
    knownTotal = counted;
    return { resolved, ...samplePlan(sampleWindows(lo, hi, sampleTarget / Math.max(counted, 1)), counted) };
  }
  // A full-text search. FTS5 alone counts up to half the limit in well under a millisecond: few enough matches
  // (an upper bound: other filters only remove some) go straight to the exact path.
  const few = Math.floor(exactRowLimit / 2);
  const cappedSql = "SELECT count(*) FROM (SELECT 1 FROM positions_fts WHERE positions_fts MATCH ? LIMIT ?)";
  planning.push({ sql: cappedSql, params: [resolved.match, few + 1] });
  const capped = Number(
    db.$client
      .prepare(cappedSql)
      .pluck()
      .get(resolved.match, few + 1) ?? 0,
  );
  if (capped <= few) {
    const byIndex = resolved.indexDriver !== null && resolved.indexDriver.rows < capped;
    return {
      resolved,
      ...exactPlan(
        byIndex && resolved.indexDriver
          ? { drive: "index", fts: "exists", driver: resolved.indexDriver.driver }
          : { drive: "rowid", fts: "join" },
      ),
    };
  }
  // Many matches for the words alone: a pilot count over a few thousand ids, with every filter, tells how many.
  const pilot = sampleWindows(lo, hi, PILOT_FRACTION);
  const countWindow = buildWhere(view, resolved, windowAccess, true);
  const pilotSql = `SELECT count(*) FROM ${fromFor(resolved, windowAccess)} ${countWindow.sql}`;
  // A count summed over the pilot windows, each run noted for the benchmark.
  const countPilot = (sql: string, paramsFor: (lo: bigint, hi: bigint) => Fragment["params"]) => {
    let n = 0;
    for (const [a, b] of pilot.ranges) {
      const params = paramsFor(BigInt(a), BigInt(b));
      planning.push({ sql, params });
      n += Number(
        db.$client
          .prepare(sql)
          .pluck()
          .get(...params) ?? 0,
      );
    }
    return n;
  };
  const pilotMatches = countPilot(pilotSql, (a, b) => [...countWindow.params, a, b]);
  const estimate = pilotMatches / pilot.fraction;
  if (pilot.fraction >= 1 || estimate <= exactRowLimit / 2) {
    // Few matches: list them all. FTS5 drives, unless a filter's index (speaker, topic, dates) holds fewer rows
    // than the search matches; then that index drives and FTS5 is probed per row.
    let access: Access = { drive: "rowid", fts: "join" };
    if (resolved.indexDriver !== null) {
      const ftsSql =
        "SELECT count(*) FROM positions_fts WHERE positions_fts MATCH ? AND rowid BETWEEN ? AND ?";
      const match = resolved.match;
      const ftsMatches = countPilot(ftsSql, (a, b) => [match, a, b]);
      if (resolved.indexDriver.rows < ftsMatches / pilot.fraction)
        access = { drive: "index", fts: "exists", driver: resolved.indexDriver.driver };
    }
    return { resolved, ...exactPlan(access) };
  }
  const windows =
    pilotMatches >= sampleTarget / 2 ? pilot : sampleWindows(lo, hi, sampleTarget / Math.max(estimate, 1));
  return { resolved, ...samplePlan(windows, estimate) };
}

/**
 * A walk of the sort index that would probe more rows than this (a deep page, or a view whose matches are
 * spread thin) lets FTS5 list the matches instead; a probe costs about 20 us, listing a match well under 1 us.
 */
const MAX_WALK_ROWS = 3_000;

const HIT_COMBOS: Fragment = {
  // One small sort per facet is cheaper than grouping by all four columns at once. CROSS JOIN keeps the hits
  // outside: left to itself SQLite scans every coding_facts row and probes the hits.
  sql: `SELECT 'speaker' AS facet, person_id AS value, count(*) AS n FROM temp.position_hits GROUP BY 2
        UNION ALL SELECT 'kind', event_kind, count(*) FROM temp.position_hits GROUP BY 2
        UNION ALL SELECT 'year', year, count(*) FROM temp.position_hits GROUP BY 2
        UNION ALL SELECT 'mode', mode, count(*) FROM temp.position_hits GROUP BY 2
        UNION ALL SELECT 'coding', c.status, count(*) FROM temp.position_hits h
          CROSS JOIN coding_facts c ON c.statement_id = h.id GROUP BY 2
        UNION ALL SELECT 'coding', 'disputed', count(*) FROM disputed_records d
          CROSS JOIN temp.position_hits h ON h.id = d.statement_id`,
  params: [],
};
// Each record's topic ids; topicFacet counts them under every topic that includes them.
const HIT_TOPICS: Fragment = {
  sql: "SELECT topic_ids FROM temp.position_hits WHERE topic_ids IS NOT NULL",
  params: [],
};

/** Which statement reads the page's ids: from the materialised ids when they hold every match. */
export function pageIdsStatement(plan: PositionsPlan, complete: boolean): Fragment {
  return plan.idsFromHits && complete ? plan.idsFromHits : plan.ids;
}

/** Runs the steps; returns how many rows they inserted (a DELETE's changes are not matches). */
export function runAll(db: Db, steps: readonly Fragment[]): number {
  let inserted = 0;
  for (const step of steps) {
    const changes = db.$client.prepare(step.sql).run(...step.params).changes;
    if (step.sql.trimStart().startsWith("INSERT")) inserted += changes;
  }
  return inserted;
}
