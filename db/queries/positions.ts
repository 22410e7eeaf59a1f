import type BetterSqlite3 from "better-sqlite3";
import type { DatePrecision, EventKind, PositionStatus, StatementMode } from "@/db/schema";
import { parsePartialDate } from "@/lib/dates";
import { buildSearchQuery } from "@/lib/fts-query";
import { stanceLabel } from "@/lib/labels";
import type { IgnoredParam, PositionsView, SortKey } from "@/lib/positions-view";
import {
  CODING_FILTER_DISPUTED,
  CODING_STATUS_LABELS,
  CODING_STATUSES,
  type CodingStatus,
  DEFAULT_SORT,
  hasFilters,
} from "@/lib/positions-view";
import type { ReviewStatus } from "@/lib/review";
import { foldForSearch } from "@/lib/text";
import type { Db } from "../client";

/**
 * The positions view: rows, total and facets for a parsed view, all from one WHERE over position_facts (see
 * migration 0004_positions_search.sql). Rows are ordered and paged on position_facts' indexes; only the page's
 * rows are read from the wide tables.
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

export interface PositionTopic {
  slug: string;
  name: string;
  path: string;
}

export interface PositionStance {
  label: string;
  status: PositionStatus;
  stance: number | null;
}

/** A listed record's code also says where it stands in double coding (the JSON API shows it). */
export interface PositionRowStance extends PositionStance {
  reviewStatus: ReviewStatus;
}

export interface PositionRow extends DetailRow {
  topics: PositionTopic[];
  stances: PositionRowStance[];
}

export interface FacetValue {
  /** The value as written in the URL (slug, enum value, year); "" for "none". */
  value: string;
  label: string;
  count: number;
  selected: boolean;
}

export interface YearBucket {
  /** Null for undated records. */
  year: number | null;
  count: number;
}

export interface PositionFacets {
  speaker: FacetValue[];
  topic: FacetValue[];
  kind: FacetValue[];
  mode: FacetValue[];
  /** Records by coding status (CODING_STATUSES order, every status listed). */
  coding: FacetValue[];
  year: YearBucket[];
}

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

/** The searched fields of positions_fts, in its column order. */
import { MATCH_FIELDS, type MatchField } from "@/lib/positions-table-row";

/**
 * bm25 weights by field: the statement's own words count most, then who said it and where, then the role, then
 * the source's title and outlet (which mention a topic without the statement being about it).
 */
const RANK_WEIGHTS: Record<MatchField, number> = { text: 10, speaker: 4, role: 2, event: 4, source: 1 };
/**
 * Relevance ranks the view's most recently added matches, at most this many (a multiple of every page size);
 * the date order lists them all. Ranking every match of a common word would score a quarter of a million rows
 * per page at a million records.
 */
export const RANK_CANDIDATES = 1000;

/**
 * The typed search words that carry accents (NFC, lower case): when the query has any, records containing them
 * exactly rank first, and `accents=exact` keeps only those.
 */
export function accentedWords(q: string): string[] {
  const words =
    q
      .normalize("NFC")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.filter((w) => foldForSearch(w) !== w))];
}

const withExactFunction = new WeakSet<BetterSqlite3.Database>();
/**
 * `positions_exact(haystack, needles_json)`: 1 when every needle occurs in the haystack with its accents as
 * typed (case ignored). A SQL function so the check runs inside the one WHERE like every other filter.
 */
function registerExactFunction(db: Db) {
  const client = db.$client;
  if (withExactFunction.has(client)) return;
  let lastNeedles = "";
  let parsed: string[] = [];
  client.function("positions_exact", { deterministic: true }, (haystack: unknown, needles: unknown) => {
    if (typeof haystack !== "string" || typeof needles !== "string") return 0;
    // One query binds one needle list for every row it checks: parse it once.
    if (needles !== lastNeedles) {
      parsed = JSON.parse(needles) as string[];
      lastNeedles = needles;
    }
    const text = haystack.normalize("NFC").toLowerCase();
    return parsed.every((n) => text.includes(n)) ? 1 : 0;
  });
  withExactFunction.add(client);
}

/** The text the exact-accent check reads: the statement, the speaker's native name, the attributing words. */
const EXACT_HAYSTACK = `(SELECT s.text || ' ' || coalesce(p.native_name, '') || ' ' || s.attribution_text
  FROM statements s LEFT JOIN persons p ON p.id = s.person_id WHERE s.id = f.statement_id)`;

interface Fragment {
  sql: string;
  params: (string | number | bigint)[];
}

const statementCache = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

/** Prepared statements are cached per connection: the view's SQL varies only with which filters are set. */
function prepare(db: Db, sql: string): BetterSqlite3.Statement {
  const client = db.$client;
  let cache = statementCache.get(client);
  if (!cache) {
    cache = new Map();
    statementCache.set(client, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = client.prepare(sql);
    if (cache.size > 500) cache.clear();
    cache.set(sql, statement);
  }
  return statement;
}

const placeholders = (n: number) => Array.from({ length: n }, () => "?").join(", ");

/**
 * The coding key's match: record statuses from coding_facts, and `disputed` from disputed_records (migration
 * 0017_double_coding.sql: only the records with an open dispute, so it is as small as the disputes). `ids` lists
 * the matching ids without duplicates and without sorting (UNION ALL, the disputed part skipping the records the
 * statuses already list); `perRow` tests one record by primary key.
 */
function codingMatch(coding: readonly CodingStatus[]) {
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

type Driver = "speaker" | "topic" | "date";

interface ResolvedView {
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
  ignored: IgnoredParam[];
}

/** Looks up the slugs a view names; unknown ones are reported and dropped. */
function resolveView(db: Db, view: PositionsView): ResolvedView {
  const ignored: IgnoredParam[] = [];
  const bySlug = (table: "persons" | "events", slugs: string[], key: string): number[] => {
    if (slugs.length === 0) return [];
    const rows = prepare(
      db,
      `SELECT id, slug FROM ${table} WHERE slug IN (${placeholders(slugs.length)})`,
    ).all(...slugs) as { id: number; slug: string }[];
    for (const slug of slugs) {
      if (!rows.some((r) => r.slug === slug)) ignored.push({ key, value: slug, reason: `no such ${key}` });
    }
    return rows.map((r) => r.id);
  };
  const personIds = bySlug("persons", view.speaker, "speaker");
  const eventIds = bySlug("events", view.event, "event");

  let topicIds: number[] = [];
  if (view.topic.length > 0) {
    const roots = prepare(
      db,
      `SELECT slug, path FROM topics WHERE slug IN (${placeholders(view.topic.length)})`,
    ).all(...view.topic) as { slug: string; path: string }[];
    for (const slug of view.topic) {
      if (!roots.some((r) => r.slug === slug))
        ignored.push({ key: "topic", value: slug, reason: "no such topic" });
    }
    if (roots.length > 0) {
      // A topic includes its subtopics: every topic whose path starts with the chosen topic's path.
      const where = roots.map(() => "(path = ? OR path LIKE ? || '/%')").join(" OR ");
      topicIds = (
        prepare(db, `SELECT id FROM topics WHERE ${where}`)
          .pluck()
          .all(...roots.flatMap((r) => [r.path, r.path])) as number[]
      ).sort((a, b) => a - b);
    }
  }

  const search = view.q ? buildSearchQuery(view.q) : { match: null, groups: [] };
  if (view.q && !search.match) ignored.push({ key: "q", value: view.q, reason: "no searchable words" });
  registerExactFunction(db);

  const counts = prepare(
    db,
    "SELECT facet, value, n FROM position_facet_counts WHERE facet IN ('maxspan', 'speaker', 'topic', 'year')",
  ).all() as { facet: string; value: string; n: number }[];
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
        prepare(db, `SELECT id FROM topics WHERE slug IN (${placeholders(view.topic.length)})`)
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
interface Access {
  drive: "index" | "sort" | "rowid";
  fts: "in" | "exists" | "join";
  /** With `index`: the filter whose index drives, when not resolveView's choice. */
  driver?: Driver;
}

const INDEX_ACCESS: Access = { drive: "index", fts: "in" };

/** The FROM clause an access needs: with `join`, FTS5 is the outer loop. */
function fromFor(resolved: ResolvedView, access: Access): string {
  return resolved.match && access.fts === "join"
    ? "positions_fts CROSS JOIN position_facts f"
    : "position_facts f";
}

/** The one WHERE shared by rows, count, facets and export, over position_facts aliased `f`. */
function buildWhere(
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

const SORT_COLUMNS: Record<SortKey, string> = {
  date: "f.date_start",
  speaker: "f.speaker_key",
  event: "f.event_key",
  mode: "f.mode",
  annotations: "f.annotation_count",
  // Relevance ranks a bounded set of the newest matches (rankByRelevance); counts and the rest go by date.
  relevance: "f.date_start",
};

/** ORDER BY for an allowlisted sort key; the id breaks ties in the same direction so one index serves both. */
function orderBy(view: PositionsView): string {
  const dir = view.sort.desc ? "DESC" : "ASC";
  return `ORDER BY ${SORT_COLUMNS[view.sort.key]} ${dir}, f.statement_id ${dir}`;
}

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
  const bounds = prepare(
    db,
    `SELECT (SELECT min(statement_id) FROM position_facts) AS lo,
            (SELECT max(statement_id) FROM position_facts) AS hi`,
  ).get() as {
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
    prepare(db, cappedSql)
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
  let pilotMatches = 0;
  for (const [a, b] of pilot.ranges) {
    const params = [...countWindow.params, BigInt(a), BigInt(b)];
    planning.push({ sql: pilotSql, params });
    pilotMatches += Number(
      prepare(db, pilotSql)
        .pluck()
        .get(...params) ?? 0,
    );
  }
  const estimate = pilotMatches / pilot.fraction;
  if (pilot.fraction >= 1 || estimate <= exactRowLimit / 2) {
    // Few matches: list them all. FTS5 drives, unless a filter's index (speaker, topic, dates) holds fewer rows
    // than the search matches; then that index drives and FTS5 is probed per row.
    let access: Access = { drive: "rowid", fts: "join" };
    if (resolved.indexDriver !== null) {
      const ftsSql =
        "SELECT count(*) FROM positions_fts WHERE positions_fts MATCH ? AND rowid BETWEEN ? AND ?";
      let ftsMatches = 0;
      for (const [a, b] of pilot.ranges) {
        const params = [resolved.match, BigInt(a), BigInt(b)];
        planning.push({ sql: ftsSql, params });
        ftsMatches += Number(
          prepare(db, ftsSql)
            .pluck()
            .get(...params) ?? 0,
        );
      }
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

export interface DetailRow {
  id: number;
  publicId: string;
  dateStart: string | null;
  dateEnd: string | null;
  datePrecision: DatePrecision;
  speakerSlug: string | null;
  speakerName: string | null;
  speakerNativeName: string | null;
  attributionText: string;
  attributionStatus: "resolved" | "unresolved";
  roleTitle: string | null;
  organizationName: string | null;
  eventSlug: string | null;
  eventName: string | null;
  eventKind: EventKind | null;
  eventCountry: string | null;
  mode: StatementMode;
  text: string;
  sourceTitle: string;
  sourceUrl: string | null;
  annotationCount: number;
}

/** The page's rows with everything the table shows, in the order of `ids`. */
export function getPositionRows(db: Db, ids: readonly number[]): PositionRow[] {
  if (ids.length === 0) return [];
  const list = placeholders(ids.length);
  const details = prepare(
    db,
    `SELECT s.id, s.public_id AS publicId, s.date_start AS dateStart, s.date_end AS dateEnd,
       s.date_precision AS datePrecision, p.slug AS speakerSlug, p.name AS speakerName,
       p.native_name AS speakerNativeName, s.attribution_text AS attributionText,
       s.attribution_status AS attributionStatus, r.title AS roleTitle,
       o.name AS organizationName,
       e.slug AS eventSlug, e.name AS eventName, e.kind AS eventKind, e.country AS eventCountry, s.mode,
       s.text, so.title AS sourceTitle, so.url AS sourceUrl, f.annotation_count AS annotationCount
     FROM statements s
     JOIN sources so ON so.id = s.source_id
     LEFT JOIN position_facts f ON f.statement_id = s.id
     LEFT JOIN persons p ON p.id = s.person_id
     LEFT JOIN roles r ON r.id = s.role_id
     LEFT JOIN organizations o ON o.id = r.organization_id
     LEFT JOIN events e ON e.id = s.event_id
     WHERE s.id IN (${list})`,
  ).all(...ids) as DetailRow[];
  const topics = prepare(
    db,
    `SELECT st.statement_id AS id, t.slug, t.name, t.path FROM statement_topics st JOIN topics t ON t.id = st.topic_id
     WHERE st.statement_id IN (${list}) ORDER BY t.path`,
  ).all(...ids) as ({ id: number } & PositionTopic)[];
  const stances = prepare(
    db,
    `SELECT cp.statement_id AS id, pr.label, cp.status, cp.stance, cp.review_status AS reviewStatus FROM coded_positions cp
     JOIN propositions pr ON pr.id = cp.proposition_id
     WHERE cp.statement_id IN (${list}) ORDER BY cp.id`,
  ).all(...ids) as ({ id: number } & PositionRowStance)[];

  const byId = new Map(details.map((d) => [d.id, d]));
  return ids.flatMap((id) => {
    const d = byId.get(id);
    if (!d) return [];
    return [
      {
        ...d,
        annotationCount: d.annotationCount ?? 0,
        topics: topics.filter((t) => t.id === id).map(({ id: _id, ...t }) => t),
        stances: stances.filter((s) => s.id === id).map(({ id: _id, ...s }) => s),
      },
    ];
  });
}

/** "Sovereignty as basis of cooperation: +2 strongly supports; UN central role: ambiguous". */
export function summariseStances(stances: readonly PositionStance[]): string {
  return stances
    .filter((s) => s.status !== "not_addressed")
    .map(
      (s) =>
        `${s.label}: ${s.status === "stated" && s.stance !== null ? stanceLabel(s.stance) : s.status.replace("_", " ")}`,
    )
    .join("; ");
}

function facetsFromCombos(
  db: Db,
  view: PositionsView,
  plan: PositionsPlan,
  scale: number,
): Omit<PositionFacets, "topic"> {
  const speaker = new Map<number | null, number>();
  const kind = new Map<string | null, number>();
  const year = new Map<number | null, number>();
  const mode = new Map<string, number>();
  const coding = new Map<string, number>();
  const add = <K>(m: Map<K, number>, k: K, n: number) => m.set(k, (m.get(k) ?? 0) + Math.round(n * scale));
  // Both plans return (facet, value, n); stored counts write "none" as '', the live ones as NULL.
  const rows = prepare(db, plan.combos.sql).all(...plan.combos.params) as {
    facet: string;
    value: string | number | null;
    n: number;
  }[];
  for (const r of rows) {
    const none = r.value === null || r.value === "";
    if (r.facet === "speaker") add(speaker, none ? null : Number(r.value), r.n);
    else if (r.facet === "kind") add(kind, none ? null : String(r.value), r.n);
    else if (r.facet === "year") add(year, none ? null : Number(r.value), r.n);
    else if (r.facet === "mode") add(mode, String(r.value), r.n);
    else if (r.facet === "coding") add(coding, String(r.value), r.n);
  }

  // Top speakers by count (named ones only: "unresolved" is the attribution filter's business), selected first.
  const selectedPeople = new Set(view.speaker);
  const named = [...speaker.entries()].filter((e): e is [number, number] => e[0] !== null);
  named.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const top = named.slice(0, FACET_LIMIT);
  const people = new Map<number, { slug: string; name: string; nativeName: string | null }>();
  const wantIds = top.map(([id]) => id);
  const selectedRows =
    view.speaker.length > 0
      ? (prepare(db, `SELECT id FROM persons WHERE slug IN (${placeholders(view.speaker.length)})`)
          .pluck()
          .all(...view.speaker) as number[])
      : [];
  for (const id of selectedRows) if (!wantIds.includes(id)) wantIds.push(id);
  if (wantIds.length > 0) {
    const rows = prepare(
      db,
      `SELECT id, slug, name, native_name AS nativeName FROM persons WHERE id IN (${placeholders(wantIds.length)})`,
    ).all(...wantIds) as { id: number; slug: string; name: string; nativeName: string | null }[];
    for (const r of rows) people.set(r.id, r);
  }
  const speakerValues: FacetValue[] = wantIds.flatMap((id) => {
    const p = people.get(id);
    if (!p) return [];
    return [
      {
        value: p.slug,
        label: p.nativeName ?? p.name,
        count: speaker.get(id) ?? 0,
        selected: selectedPeople.has(p.slug),
      },
    ];
  });

  const sortedEntries = <K>(m: Map<K, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]);
  return {
    speaker: speakerValues,
    kind: sortedEntries(kind)
      .filter((e): e is [string, number] => e[0] !== null)
      .map(([value, count]) => ({
        value,
        label: value,
        count,
        selected: view.kind.includes(value as EventKind),
      })),
    mode: sortedEntries(mode).map(([value, count]) => ({
      value,
      label: value,
      count,
      selected: view.mode.includes(value as StatementMode),
    })),
    coding: CODING_STATUSES.map((value) => ({
      value,
      label: CODING_STATUS_LABELS[value],
      count: coding.get(value) ?? 0,
      selected: view.coding.includes(value),
    })),
    year: [...year.entries()]
      .map(([y, count]) => ({ year: y, count }))
      .sort((a, b) => (a.year ?? Number.MAX_SAFE_INTEGER) - (b.year ?? Number.MAX_SAFE_INTEGER)),
  };
}

function topicFacet(db: Db, view: PositionsView, plan: PositionsPlan, scale: number): FacetValue[] {
  const all = prepare(db, "SELECT id, slug, name, path FROM topics").all() as {
    id: number;
    slug: string;
    name: string;
    path: string;
  }[];
  let counts: { topic: number; n: number }[];
  if (plan.filtered) {
    // A record counts once under each topic that includes one of its topics (itself or an ancestor).
    const byPath = new Map(all.map((t) => [t.path, t.id]));
    const ancestors = new Map(
      all.map((t) => {
        const parts = t.path.split("/");
        return [
          t.id,
          parts.map((_, i) => byPath.get(parts.slice(0, i + 1).join("/"))).filter((x) => x !== undefined),
        ];
      }),
    );
    const tally = new Map<number, number>();
    const seen = new Set<number>();
    for (const ids of prepare(db, plan.topics.sql)
      .pluck()
      .all(...plan.topics.params) as string[]) {
      seen.clear();
      for (const id of ids.split(",")) for (const a of ancestors.get(Number(id)) ?? []) seen.add(a);
      for (const a of seen) tally.set(a, (tally.get(a) ?? 0) + 1);
    }
    counts = [...tally.entries()].map(([topic, n]) => ({ topic, n: Math.round(n * scale) }));
  } else {
    counts = prepare(db, plan.topics.sql).all(...plan.topics.params) as { topic: number; n: number }[];
  }
  counts.sort((a, b) => b.n - a.n || a.topic - b.topic);
  const selected = new Set(view.topic);
  const byId = new Map(all.map((t) => [t.id, t]));
  const top = counts.filter((c, i) => i < FACET_LIMIT || selected.has(byId.get(c.topic)?.slug ?? ""));
  return top.flatMap((c) => {
    const t = byId.get(c.topic);
    return t ? [{ value: t.slug, label: t.name, count: c.n, selected: selected.has(t.slug) }] : [];
  });
}

/** Which statement reads the page's ids: from the materialised ids when they hold every match. */
export function pageIdsStatement(plan: PositionsPlan, complete: boolean): Fragment {
  return plan.idsFromHits && complete ? plan.idsFromHits : plan.ids;
}

/** Runs the steps; returns how many rows they inserted (a DELETE's changes are not matches). */
function runAll(db: Db, steps: readonly Fragment[]): number {
  let inserted = 0;
  for (const step of steps) {
    const changes = prepare(db, step.sql).run(...step.params).changes;
    if (step.sql.trimStart().startsWith("INSERT")) inserted += changes;
  }
  return inserted;
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
      prepare(db, "SELECT coalesce(sum(n), 0) FROM position_facet_counts WHERE facet = ? AND value = ?")
        .pluck()
        .get(name, value) ?? 0,
    );
  const idOf = (table: "topics" | "persons", slug: string) =>
    prepare(db, `SELECT id FROM ${table} WHERE slug = ?`).pluck().get(slug) as number | undefined;
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
    prepare(
      db,
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
      prepare(
        db,
        `SELECT count(*) FROM disputed_records d WHERE NOT EXISTS (SELECT 1 FROM coding_facts x
           WHERE x.statement_id = d.statement_id AND x.status IN (${placeholders(statuses.length)}))`,
      )
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
  return db.$client
    .transaction(() => {
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
          prepare(db, plan.countAll.sql)
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
              prepare(db, plan.countAll.sql)
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
        ids = prepare(db, idsStatement.sql)
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
    })
    .deferred();
}

const RANK_TABLE: Fragment = {
  sql: "CREATE TEMP TABLE IF NOT EXISTS rank_candidates (pos INTEGER PRIMARY KEY, id INTEGER NOT NULL, score REAL)",
  params: [],
};

/**
 * One page in relevance order, among the view's RANK_CANDIDATES most recently added matches: FTS5 lists the
 * matches newest first, every other filter is checked per match, and each kept one is scored by bm25 with
 * RANK_WEIGHTS in the same pass (one FTS5 cursor, so its statistics are read once), into a temporary table.
 * With accented words in the query, records that carry them exactly come first. Ties keep the newest first.
 */
function rankByRelevance(
  db: Db,
  view: PositionsView,
  resolved: ResolvedView,
  size: number,
  offset: number,
): { ids: number[]; ranked: number } {
  const access: Access = { drive: "rowid", fts: "join" };
  const where = buildWhere(view, resolved, access);
  const weights = MATCH_FIELDS.map((f) => RANK_WEIGHTS[f]).join(", ");
  runAll(db, [RANK_TABLE, { sql: "DELETE FROM temp.rank_candidates", params: [] }]);
  const ranked = prepare(
    db,
    `INSERT INTO temp.rank_candidates (id, score)
       SELECT f.statement_id, bm25(positions_fts, ${weights}) FROM ${fromFor(resolved, access)} ${where.sql}
       ORDER BY positions_fts.rowid DESC LIMIT ?`,
  ).run(...where.params, RANK_CANDIDATES).changes;
  const exact =
    resolved.accented.length > 0
      ? `positions_exact(${EXACT_HAYSTACK.replaceAll("f.statement_id", "c.id")}, ?) DESC, `
      : "";
  const ids = prepare(
    db,
    `SELECT c.id FROM temp.rank_candidates c ORDER BY ${exact}c.score, c.pos LIMIT ? OFFSET ?`,
  )
    .pluck()
    .all(
      ...[...(resolved.accented.length > 0 ? [JSON.stringify(resolved.accented)] : []), size, offset],
    ) as number[];
  return { ids, ranked };
}

/**
 * For the page's records, the fields each matched in: one FTS5 query per field, restricted to the field and to
 * the page's ids (any searched word or phrase in that field counts).
 */
function matchedFields(db: Db, groups: readonly (readonly string[])[], ids: readonly number[]) {
  const out = new Map<number, MatchField[]>();
  if (ids.length === 0 || groups.length === 0) return out;
  const any = groups.map((g) => `"${g.join(" ").replaceAll('"', '""')}"`).join(" OR ");
  for (const field of MATCH_FIELDS) {
    const hits = prepare(
      db,
      `SELECT rowid FROM positions_fts WHERE positions_fts MATCH ? AND rowid IN (${placeholders(ids.length)})`,
    )
      .pluck()
      .all(`${field} : (${any})`, ...ids) as number[];
    for (const id of hits) out.set(id, [...(out.get(id) ?? []), field]);
  }
  return out;
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
  return prepare(db, `SELECT f.statement_id FROM position_facts f ${where.sql} ${orderBy(view)}`)
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
    const id = prepare(db, sql)
      .pluck()
      .get(...where.params, ...params) as number | undefined;
    return id ?? null;
  };
  const anchor = prepare(db, `SELECT ${column} AS v FROM position_facts f WHERE f.statement_id = ?`).get(
    afterId,
  ) as { v: string | number | null } | undefined;
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
  return db.$client
    .transaction(() => {
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
          prepare(db, `SELECT count(*) FROM (SELECT 1 ${matches.sql} LIMIT ?)`)
            .pluck()
            .get(...matches.params, cap + 1) ?? 0,
        );
      const few = counted <= cap;
      const offset = (planView.page - 1) * planView.size;
      const walk = buildWhere(planView, resolved, { drive: "sort", fts: "exists" });
      const page: Fragment = few
        ? matches
        : { sql: `FROM position_facts f ${walk.sql}`, params: walk.params };
      const ids = prepare(db, `SELECT f.statement_id ${page.sql} ${orderBy(planView)} LIMIT ? OFFSET ?`)
        .pluck()
        .all(...page.params, planView.size, offset) as number[];
      return {
        rows: getPositionRows(db, ids),
        total: stored !== null || few ? counted : cap,
        totalExact: stored !== null || few,
        ignored: resolved.ignored,
      };
    })
    .deferred();
}
