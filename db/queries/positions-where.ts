import { parsePartialDate } from "@/lib/dates";
import { buildSearchQuery } from "@/lib/fts-query";
import type { IgnoredParam, PositionsView, SortKey } from "@/lib/positions-view";
import { CODING_FILTER_DISPUTED, type CodingStatus } from "@/lib/positions-view";
import type { Db } from "../client";
import { type ChangeMark, changeMarkAt } from "./change-mark";
import { accentedWords, EXACT_HAYSTACK, registerExactFunction } from "./positions-accents";
import { type Fragment, placeholders } from "./sql-fragment";

/**
 * The one WHERE of the positions view over position_facts (see migration 0004_positions_search.sql), and the
 * lookups it needs: rows, counts, facets, export and the coding queue all filter through buildWhere.
 */

/**
 * The coding key's match: record statuses from coding_facts, and `disputed` from disputed_records (migration
 * 0017_double_coding.sql: only the records with an open dispute, so it is as small as the disputes). `ids` lists
 * the matching ids without duplicates and without sorting (UNION ALL, the disputed part skipping the records the
 * statuses already list); `perRow` tests one record by primary key.
 */
export function codingMatch(coding: readonly CodingStatus[]) {
  const statuses = coding.filter((c) => c !== CODING_FILTER_DISPUTED);
  const disputed = coding.includes(CODING_FILTER_DISPUTED);
  const inStatuses = `status IN (${placeholders(statuses.length)})`;
  const idParts: string[] = [];
  const idParams: string[] = [];
  if (statuses.length > 0) {
    idParts.push(`SELECT statement_id FROM coding_facts WHERE ${inStatuses}`);
    idParams.push(...statuses);
  }
  if (disputed) {
    idParts.push(
      statuses.length > 0
        ? `SELECT d.statement_id FROM disputed_records d WHERE NOT EXISTS (SELECT 1 FROM coding_facts x
             WHERE x.statement_id = d.statement_id AND x.${inStatuses})`
        : "SELECT statement_id FROM disputed_records",
    );
    idParams.push(...(statuses.length > 0 ? statuses : []));
  }
  return {
    statuses,
    disputed,
    idParams,
    ids: { sql: idParts.join(" UNION ALL "), params: idParams } satisfies Fragment,
    perRow: (id: string): Fragment => {
      const parts: string[] = [];
      if (statuses.length > 0)
        parts.push(
          `EXISTS (SELECT 1 FROM coding_facts cf WHERE cf.statement_id = ${id} AND cf.${inStatuses})`,
        );
      if (disputed) parts.push(`EXISTS (SELECT 1 FROM disputed_records dr WHERE dr.statement_id = ${id})`);
      return { sql: parts.join(" OR "), params: [...statuses] };
    },
  };
}

export type Driver = "speaker" | "topic" | "date";

export interface ResolvedView {
  /** Longest span in days of any dated record (an upper bound), for index-friendly date-range filters. */
  maxSpanDays: number;
  /**
   * Which indexed filter should drive the scan, estimated from position_facet_counts (SQLite's statistics know
   * nothing about how a topic and a date range intersect, and it otherwise walks 80,000 topic rows to keep 4,000).
   */
  driver: Driver | null;
  /** The most selective indexed filter and its estimated rows, also with a full-text search (null if none). */
  indexDriver: { driver: Driver; rows: number } | null;
  personIds: number[];
  topicIds: number[];
  eventIds: number[];
  match: string | null;
  searchGroups: string[][];
  /** Accented words of the search (accentedWords); with `accents=exact` they must occur as typed. */
  accented: string[];
  /** With `asof`: where the corpus stood then (the last record and revision made by that moment). */
  asOf: ChangeMark | null;
  ignored: IgnoredParam[];
}

/** Looks up the slugs a view names; unknown ones are reported and dropped. */
export function resolveView(db: Db, view: PositionsView): ResolvedView {
  const ignored: IgnoredParam[] = [];
  const bySlug = (table: "persons" | "events", slugs: string[], key: string): number[] => {
    if (slugs.length === 0) return [];
    const rows = db.$client
      .prepare(`SELECT id, slug FROM ${table} WHERE slug IN (${placeholders(slugs.length)})`)
      .all(...slugs) as { id: number; slug: string }[];
    for (const slug of slugs) {
      if (!rows.some((r) => r.slug === slug)) ignored.push({ key, value: slug, reason: `no such ${key}` });
    }
    return rows.map((r) => r.id);
  };
  const personIds = bySlug("persons", view.speaker, "speaker");
  const eventIds = bySlug("events", view.event, "event");

  let topicIds: number[] = [];
  if (view.topic.length > 0) {
    const roots = db.$client
      .prepare(`SELECT slug, path FROM topics WHERE slug IN (${placeholders(view.topic.length)})`)
      .all(...view.topic) as { slug: string; path: string }[];
    for (const slug of view.topic) {
      if (!roots.some((r) => r.slug === slug))
        ignored.push({ key: "topic", value: slug, reason: "no such topic" });
    }
    if (roots.length > 0) {
      // A topic includes its subtopics: every topic whose path starts with the chosen topic's path.
      const where = roots.map(() => "(path = ? OR path LIKE ? || '/%')").join(" OR ");
      topicIds = (
        db.$client
          .prepare(`SELECT id FROM topics WHERE ${where}`)
          .pluck()
          .all(...roots.flatMap((r) => [r.path, r.path])) as number[]
      ).sort((a, b) => a - b);
    }
  }

  const search = view.q ? buildSearchQuery(view.q) : { match: null, groups: [] };
  if (view.q && !search.match) ignored.push({ key: "q", value: view.q, reason: "no searchable words" });
  registerExactFunction(db);

  const counts = db.$client
    .prepare(
      "SELECT facet, value, n FROM position_facet_counts WHERE facet IN ('maxspan', 'speaker', 'topic', 'year')",
    )
    .all() as { facet: string; value: string; n: number }[];
  const maxSpanDays = counts.find((c) => c.facet === "maxspan")?.n ?? 0;
  const sum = (facet: string, keep: (value: string) => boolean) =>
    counts.filter((c) => c.facet === facet && keep(c.value)).reduce((a, c) => a + c.n, 0);
  const estimates: { driver: "speaker" | "topic" | "date"; rows: number }[] = [];
  if (personIds.length > 0) {
    const ids = new Set(personIds.map(String));
    estimates.push({ driver: "speaker", rows: sum("speaker", (v) => ids.has(v)) });
  }
  if (view.topic.length > 0 && topicIds.length > 0) {
    // Root topics' counts include their subtopics; summing the chosen roots is an upper bound.
    const roots = new Set(
      (
        db.$client
          .prepare(`SELECT id FROM topics WHERE slug IN (${placeholders(view.topic.length)})`)
          .pluck()
          .all(...view.topic) as number[]
      ).map(String),
    );
    estimates.push({ driver: "topic", rows: sum("topic", (v) => roots.has(v)) });
  }
  if (view.from || view.to) {
    const fromYear = view.from ? Number(view.from.slice(0, 4)) - Math.ceil(maxSpanDays / 365) : -Infinity;
    const toYear = view.to ? Number(view.to.slice(0, 4)) : Infinity;
    estimates.push({
      driver: "date",
      rows: sum("year", (v) => v !== "" && Number(v) >= fromYear && Number(v) <= toYear),
    });
  }
  if (view.topic.length > 0 && topicIds.length > 0 && (view.from || view.to)) {
    // position_topic_dates applies the topic and the date range together: that beats either alone.
    const topic = estimates.find((e) => e.driver === "topic");
    const date = estimates.find((e) => e.driver === "date");
    if (topic && date) topic.rows = Math.min(topic.rows, date.rows) / 2;
  }
  estimates.sort((a, b) => a.rows - b.rows);
  // With a full-text search, FTS5 drives: its match count is not known in advance.
  const driver = !search.match && estimates.length > 1 ? (estimates[0]?.driver ?? null) : null;

  return {
    maxSpanDays,
    driver,
    indexDriver: estimates[0] ?? null,
    personIds,
    topicIds,
    eventIds,
    match: search.match,
    searchGroups: search.groups,
    accented: search.match ? accentedWords(view.q) : [],
    asOf: view.asof ? changeMarkAt(db, view.asof) : null,
    ignored,
  };
}

/**
 * How a statement reads the view's matches. `index`: the most selective indexed filter drives (resolveView's
 * estimate). `sort`: walk the sort key's index and stop at the page, every other filter checked per row.
 * `rowid`: a range of statement ids drives (the sample windows), every filter checked per row.
 * The full-text filter is `in` (FTS5 lists every match once, into an ephemeral table), `exists` (one FTS5 probe
 * per row the scan visits) or `join` (FTS5 drives, in rowid order, and position_facts is read per match).
 */
export interface Access {
  drive: "index" | "sort" | "rowid";
  fts: "in" | "exists" | "join";
  /** With `index`: the filter whose index drives, when not resolveView's choice. */
  driver?: Driver;
}

export const INDEX_ACCESS: Access = { drive: "index", fts: "in" };

/** The FROM clause an access needs: with `join`, FTS5 is the outer loop. */
export function fromFor(resolved: ResolvedView, access: Access): string {
  return resolved.match && access.fts === "join"
    ? "positions_fts CROSS JOIN position_facts f"
    : "position_facts f";
}

/** The one WHERE shared by rows, count, facets and export, over position_facts aliased `f`. */
export function buildWhere(
  view: PositionsView,
  resolved: ResolvedView,
  access: Access = INDEX_ACCESS,
  /**
   * Statement ids [lo, hi] to keep (a sample window), bound as the last two parameters, as BigInt: FTS5 uses a
   * rowid bound only when it is bound as an integer, and better-sqlite3 binds a JS number as a float (FTS5 then
   * reads the whole doclist: 100 ms instead of 0.1 ms at a million records).
   */
  window = false,
): Fragment {
  const clauses: string[] = [];
  const params: (string | number)[] = [];
  const inList = (column: string, values: readonly (string | number)[]) => {
    if (values.length === 0) return;
    clauses.push(`${column} IN (${placeholders(values.length)})`);
    params.push(...values);
  };
  const perRow = access.drive !== "index";
  if (resolved.match) {
    if (access.fts === "join") {
      clauses.push("positions_fts MATCH ? AND f.statement_id = positions_fts.rowid");
    } else if (access.fts === "exists") {
      clauses.push(
        "EXISTS (SELECT 1 FROM positions_fts WHERE positions_fts MATCH ? AND positions_fts.rowid = f.statement_id)",
      );
    } else {
      clauses.push("f.statement_id IN (SELECT rowid FROM positions_fts WHERE positions_fts MATCH ?)");
    }
    params.push(resolved.match);
    if (view.accents === "exact" && resolved.accented.length > 0) {
      clauses.push(`positions_exact(${EXACT_HAYSTACK}, ?)`);
      params.push(JSON.stringify(resolved.accented));
    }
  }
  // A unary + keeps SQLite from driving the scan with that filter's index when another filter is more selective.
  const notDriver = (filter: "speaker" | "topic" | "date" | "other") => {
    if (access.drive === "rowid") return "+";
    if (access.drive === "sort") return filter === "date" && view.sort.key === "date" ? "" : "+";
    const driver = access.driver ?? resolved.driver;
    return filter !== "other" && driver !== null && driver !== filter ? "+" : "";
  };
  inList(`${notDriver("speaker")}f.person_id`, resolved.personIds);
  // A record is in a date range when its span of possible days overlaps the range; undated records are not.
  // "Overlaps [from, to]" is date_end >= from AND date_start <= to; since no record spans more than maxSpanDays,
  // date_start >= from - maxSpanDays also holds, which lets an index on date_start narrow the scan from both ends.
  const from = view.from ? parsePartialDate(view.from) : null;
  const to = view.to ? parsePartialDate(view.to) : null;
  const startLow = from?.start ? shiftDays(from.start, -resolved.maxSpanDays) : null;
  const startHigh = to?.end ?? null;
  if (resolved.topicIds.length > 0) {
    // Topic and date bounds in one range scan of position_topic_dates.
    const bounds = [startLow ? " AND date_start >= ?" : "", startHigh ? " AND date_start <= ?" : ""].join("");
    // A + prefix does not stop SQLite from driving with a rowid IN list; a per-row EXISTS does.
    clauses.push(
      perRow
        ? `EXISTS (SELECT 1 FROM statement_topics st WHERE st.statement_id = f.statement_id
            AND st.topic_id IN (${placeholders(resolved.topicIds.length)}))`
        : `${notDriver("topic")}f.statement_id IN (SELECT statement_id FROM position_topic_dates
            WHERE topic_id IN (${placeholders(resolved.topicIds.length)})${bounds})`,
    );
    params.push(...resolved.topicIds);
    if (!perRow && startLow) params.push(startLow);
    if (!perRow && startHigh) params.push(startHigh);
  }
  inList(`${notDriver("other")}f.event_id`, resolved.eventIds);
  inList(`${notDriver("other")}f.event_kind`, view.kind);
  inList(`${notDriver("other")}f.event_country`, view.country);
  inList(`${notDriver("other")}f.mode`, view.mode);
  if (from?.start && startLow) {
    clauses.push(`f.date_end >= ? AND ${notDriver("date")}f.date_start >= ?`);
    params.push(from.start, startLow);
  }
  if (startHigh) {
    clauses.push(`${notDriver("date")}f.date_start <= ?`);
    params.push(startHigh);
  }
  if (view.attribution) {
    clauses.push(`${notDriver("other")}f.attribution = ?`);
    params.push(view.attribution);
  }
  if (view.coding.length > 0) {
    // Alone, the status index drives (a range per status); beside other filters, one primary-key probe per row.
    const c = codingMatch(view.coding);
    // The disputes alone are few (as many as open disagreements): their list drives whatever else filters.
    const alone =
      (clauses.length === 0 && !perRow && view.annotated === null && view.tag.length === 0) ||
      (c.disputed && c.statuses.length === 0);
    clauses.push(alone ? `f.statement_id IN (${c.ids.sql})` : `(${c.perRow("f.statement_id").sql})`);
    params.push(...(alone ? c.idParams : c.statuses));
  }
  if (view.annotated === "yes") clauses.push(`${notDriver("other")}f.annotation_count > 0`);
  if (view.annotated === "no") clauses.push(`${notDriver("other")}f.annotation_count = 0`);
  if (view.tag.length > 0) {
    clauses.push(
      `f.statement_id IN (SELECT a.statement_id FROM annotations a JOIN annotation_tags t ON t.annotation_id = a.id
        WHERE a.deleted_at IS NULL AND lower(t.tag) IN (${placeholders(view.tag.length)}))`,
    );
    params.push(...view.tag.map((t) => t.toLowerCase()));
  }
  // Records recorded after the moment are left out; ids grow with time, so the bound is a primary-key range.
  if (resolved.asOf) {
    clauses.push("f.statement_id <= ?");
    params.push(resolved.asOf.statementId);
  }
  if (window) {
    clauses.push(
      resolved.match && access.fts === "join"
        ? "positions_fts.rowid BETWEEN ? AND ?"
        : "f.statement_id BETWEEN ? AND ?",
    );
  }
  return { sql: clauses.length > 0 ? `WHERE ${clauses.join(" AND ")}` : "", params };
}

function shiftDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export const SORT_COLUMNS: Record<SortKey, string> = {
  date: "f.date_start",
  speaker: "f.speaker_key",
  event: "f.event_key",
  mode: "f.mode",
  annotations: "f.annotation_count",
  // Relevance ranks a bounded set of the newest matches (rankByRelevance); counts and the rest go by date.
  relevance: "f.date_start",
};

/** ORDER BY for an allowlisted sort key; the id breaks ties in the same direction so one index serves both. */
export function orderBy(view: PositionsView): string {
  const dir = view.sort.desc ? "DESC" : "ASC";
  return `ORDER BY ${SORT_COLUMNS[view.sort.key]} ${dir}, f.statement_id ${dir}`;
}
