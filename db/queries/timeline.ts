import type { Db } from "@/db/client";
import type { DatePrecision, PositionStatus } from "@/db/schema";
import { lastDayOfMonthIso } from "@/lib/dates";
import { binStart, chooseBin, dayNumber, isoDay, MAX_BINS, nextBinStart } from "@/lib/timeline-layout";
import { type BinUnit, type TimelineView, windowDays } from "@/lib/timeline-view";
import { transaction } from "./transaction";

/**
 * The timeline's reads. Everything is computed in SQL over the positions read model (position_facts,
 * position_topic_dates, coded_positions), under one WHERE built from the view: a bounded list of marks when the
 * window holds at most MARK_LIMIT records, else counts per group and bin from a GROUP BY. Nothing passes a list
 * of matching ids back to SQL.
 */

/**
 * Up to this many records in the window are drawn one by one; beyond it, as bins. 300 still read as marks but
 * made a 332 KB page (over the 300 KB budget); 200 read as well and stay near 230 KB.
 */
export const MARK_LIMIT = 200;
/** Rows of the chart when binned: the groups with the most records; the rest are summed into one row. */
export const MAX_GROUPS = 12;
/** Rows per page of the table twin. */
export const TABLE_PAGE_SIZE = 50;

/** A coded stance, a coding without one, or "record" when no proposition is in play (a plain count). */
export type MixCode = "s2" | "s1" | "s0" | "sm1" | "sm2" | Exclude<PositionStatus, "stated"> | "record";
export const MIX_ORDER: readonly MixCode[] = [
  "s2",
  "s1",
  "s0",
  "sm1",
  "sm2",
  "ambiguous",
  "no_position",
  "not_addressed",
  "record",
];

export function mixCode(status: PositionStatus | "record", stance: number | null): MixCode {
  if (status === "record") return "record";
  if (status !== "stated") return status;
  const s = stance ?? 0;
  return s > 0 ? (s >= 2 ? "s2" : "s1") : s < 0 ? (s <= -2 ? "sm2" : "sm1") : "s0";
}

export interface TimelineFilters {
  topic: { id: number; path: string; name: string } | null;
  speaker: { id: number; slug: string } | null;
  country: string | null;
  proposition: { id: number; slug: string; label: string } | null;
  /** First and last day of the zoom window, open ends null. */
  window: { start: string | null; end: string | null };
}

export interface MarkRecord {
  publicId: string;
  dateStart: string;
  dateEnd: string;
  datePrecision: DatePrecision;
  attributionText: string;
  speaker: { slug: string; name: string; nativeName: string | null } | null;
  roleTitle: string | null;
  positions: {
    propositionSlug: string;
    propositionLabel: string;
    propositionText: string;
    status: PositionStatus;
    stance: number | null;
  }[];
}

export interface TimelineBin {
  /** First day of the bin. */
  start: string;
  n: number;
  /** Records whose possible dates run past the end of the bin (counted at their first possible day). */
  wide: number;
  mix: Partial<Record<MixCode, number>>;
}

export interface BinRow {
  key: string;
  label: string;
  detail?: string;
  /** The group in the positions table's terms (a speaker slug), when it has one. */
  speakerSlug?: string;
  propositionSlug?: string;
  /** Records in the row (a record coded on several propositions is in each of their rows). */
  total: number;
  bins: TimelineBin[];
  /** "Other speakers": how many groups were summed into this row. */
  merged?: number;
}

export type TimelineData =
  | {
      kind: "marks";
      filters: TimelineFilters;
      /** Dated records in the window, chronological. */
      records: MarkRecord[];
      undated: number;
      unknown: string[];
    }
  | {
      kind: "bins";
      filters: TimelineFilters;
      unit: BinUnit;
      /** First and last day covered by the bins. */
      first: string;
      last: string;
      /** Distinct dated records in the window. */
      total: number;
      rows: BinRow[];
      undated: number;
      unknown: string[];
    }
  | { kind: "empty"; filters: TimelineFilters; undated: number; unknown: string[] };

type Param = string | number;
interface Where {
  sql: string;
  params: Param[];
}

/** Resolves the view's slugs to rows, noting every one that names nothing. */
export function resolveTimelineFilters(
  db: Db,
  view: TimelineView,
): { filters: TimelineFilters; unknown: string[] } {
  const sqlite = db.$client;
  const unknown: string[] = [];
  const topic = view.topic
    ? ((sqlite.prepare("SELECT id, path, name FROM topics WHERE slug = ?").get(view.topic) as
        | TimelineFilters["topic"]
        | undefined) ?? null)
    : null;
  if (view.topic && !topic) unknown.push(`no topic “${view.topic}”`);
  const speaker = view.speaker
    ? ((sqlite.prepare("SELECT id, slug FROM persons WHERE slug = ?").get(view.speaker) as
        | TimelineFilters["speaker"]
        | undefined) ?? null)
    : null;
  if (view.speaker && !speaker) unknown.push(`no official “${view.speaker}”`);
  let country: string | null = null;
  if (view.country) {
    const known = sqlite.prepare("SELECT 1 FROM persons WHERE country = ? LIMIT 1").get(view.country);
    if (!known) unknown.push(`no official from country “${view.country}”`);
    else if (speaker) unknown.push(`country ${view.country} is ignored because a speaker is chosen`);
    else country = view.country;
  }
  const proposition = view.proposition
    ? ((sqlite.prepare("SELECT id, slug, label FROM propositions WHERE slug = ?").get(view.proposition) as
        | TimelineFilters["proposition"]
        | undefined) ?? null)
    : null;
  if (view.proposition && !proposition) unknown.push(`no proposition “${view.proposition}”`);
  if (view.pick.length > 0) {
    // At most two ids (the grammar caps picks), so binding them is bounded.
    const found = new Set(
      (
        sqlite
          .prepare(
            `SELECT public_id FROM statements WHERE public_id IN (${view.pick.map(() => "?").join(",")})`,
          )
          .all(...view.pick) as { public_id: string }[]
      ).map((r) => r.public_id),
    );
    for (const id of view.pick) if (!found.has(id)) unknown.push(`no record has the id “${id}” (not picked)`);
  }
  return { filters: { topic, speaker, country, proposition, window: windowDays(view) }, unknown };
}

/**
 * The records of the view, over position_facts aliased `f`: dated ones whose first possible day is in the window
 * (or undated ones), on the topic or a subtopic, by the speaker or the country's speakers, coded on the
 * proposition (with any status). A filter that names nothing matches nothing rather than being dropped.
 */
function matchWhere(view: TimelineView, f: TimelineFilters, dated: boolean): Where {
  const conds: string[] = [];
  const params: Param[] = [];
  if (dated) {
    conds.push("f.date_start IS NOT NULL");
    if (f.window.start) {
      conds.push("f.date_start >= ?");
      params.push(f.window.start);
    }
    if (f.window.end) {
      conds.push("f.date_start <= ?");
      params.push(f.window.end);
    }
  } else conds.push("f.date_start IS NULL");
  if (view.topic && view.speaker) {
    // One speaker's records are few next to a topic's: walk them by the speaker's index and test each record's
    // topics, instead of walking every record of the topic (75% of the corpus for cyber-security) for one speaker.
    conds.push(
      `EXISTS (SELECT 1 FROM statement_topics st WHERE st.statement_id = f.statement_id AND st.topic_id IN (
         SELECT id FROM topics WHERE path = ? OR path LIKE ? || '/%'))`,
    );
    params.push(f.topic?.path ?? "\u0000none", f.topic?.path ?? "\u0000none");
  } else if (view.topic) {
    // position_topic_dates narrows topic and window together in one range scan per topic of the subtree.
    const dates = dated
      ? `date_start > ''${f.window.start ? " AND date_start >= ?" : ""}${f.window.end ? " AND date_start <= ?" : ""}`
      : "date_start = ''";
    conds.push(
      `f.statement_id IN (SELECT statement_id FROM position_topic_dates WHERE topic_id IN (
         SELECT id FROM topics WHERE path = ? OR path LIKE ? || '/%') AND ${dates})`,
    );
    params.push(f.topic?.path ?? "\u0000none", f.topic?.path ?? "\u0000none");
    if (dated && f.window.start) params.push(f.window.start);
    if (dated && f.window.end) params.push(f.window.end);
  }
  if (view.speaker) {
    conds.push("f.person_id = ?");
    params.push(f.speaker?.id ?? -1);
  } else if (f.country) {
    conds.push("f.person_id IN (SELECT id FROM persons WHERE country = ?)");
    params.push(f.country);
  }
  if (view.proposition) {
    conds.push("f.statement_id IN (SELECT statement_id FROM coded_positions WHERE proposition_id = ?)");
    params.push(f.proposition?.id ?? -1);
  }
  return { sql: `WHERE ${conds.join(" AND ")}`, params };
}

const BIN_SQL: Record<"week" | "month", string> = {
  month: "substr(f.date_start, 1, 7) || '-01'",
  // Monday of the week: strftime('%w') counts Sunday as 0.
  week: "date(f.date_start, '-' || ((CAST(strftime('%w', f.date_start) AS INTEGER) + 6) % 7) || ' days')",
};

interface CountRow {
  g: number | null;
  bin: string;
  /** Month of the last possible day (month bins), or 1 when it is past the week (week bins). */
  endKey: string | number;
  code: MixCode;
  n: number;
}

/** The stance bucket of a coding, as migration 0009 writes it into timeline_month_counts.code. */
export const CODE_SQL = `CASE WHEN cp.status <> 'stated' THEN cp.status WHEN cp.stance >= 2 THEN 's2'
  WHEN cp.stance = 1 THEN 's1' WHEN cp.stance = -1 THEN 'sm1' WHEN cp.stance <= -2 THEN 'sm2' ELSE 's0' END`;

/**
 * The maintained counts that answer the view, if any: per topic, country, month and coding
 * (timeline_month_counts), or the same per speaker (timeline_speaker_counts) for a chosen speaker or the grouping
 * by speaker. Windows must fall on month boundaries; finer ones count live.
 */
type CountsTable = "timeline_month_counts" | "timeline_speaker_counts";
function countsTable(view: TimelineView): CountsTable | null {
  const monthly = (d: string | null) => d === null || d.length <= 7;
  if (!monthly(view.from) || !monthly(view.to)) return null;
  return view.speaker || view.group === "speaker" ? "timeline_speaker_counts" : "timeline_month_counts";
}

function countsWhere(table: CountsTable, view: TimelineView, f: TimelineFilters): Where {
  const conds = ["topic_id = ?"];
  // A topic that names nothing matches nothing, as in matchWhere; no topic is topic 0, every record.
  const params: Param[] = [view.topic ? (f.topic?.id ?? -1) : 0];
  if (table === "timeline_speaker_counts" && view.speaker) {
    conds.push("person_id = ?");
    params.push(f.speaker?.id ?? -1);
  } else if (f.country) {
    conds.push(
      table === "timeline_speaker_counts"
        ? "person_id IN (SELECT id FROM persons WHERE country = ?)"
        : "country = ?",
    );
    params.push(f.country);
  }
  if (f.window.start) {
    conds.push("month >= ?");
    params.push(f.window.start.slice(0, 7));
  }
  if (f.window.end) {
    conds.push("month <= ?");
    params.push(f.window.end.slice(0, 7));
  }
  return { sql: conds.join(" AND "), params };
}

/**
 * Records counted by the maintained counts: dated ones in the window, or undated ones. With a proposition, its
 * codings (a record has at most one per proposition); else every record once.
 */
function countFromCounts(
  db: Db,
  table: CountsTable,
  view: TimelineView,
  f: TimelineFilters,
  dated: boolean,
): number {
  const where = countsWhere(table, view, f);
  return Number(
    db.$client
      .prepare(
        `SELECT coalesce(sum(n), 0) FROM ${table}
         WHERE proposition_id = ? AND ${where.sql} AND month ${dated ? "> ''" : "= ''"}`,
      )
      .pluck()
      .get(view.proposition ? (f.proposition?.id ?? -1) : 0, ...where.params),
  );
}

/**
 * A window given in days, cut into the whole months inside it, which the maintained counts answer, and the days
 * at either end, counted live: a day-precise window over a large topic then costs its two edge months, not its
 * size. Null when the counts answer the view whole, or when it must be counted live whole: grouped by speaker (the
 * speakers drawn are chosen from all their records, edges included) or a window inside one month.
 */
interface WindowSplit {
  inner: { table: CountsTable; view: TimelineView; filters: TimelineFilters } | null;
  edges: TimelineFilters[];
}
function splitWindow(view: TimelineView, f: TimelineFilters): WindowSplit | null {
  const { start, end } = f.window;
  if (view.group === "speaker" || (!start && !end)) return null;
  if (start && end && start.slice(0, 7) === end.slice(0, 7)) return null;
  const monthStart = (day: string) => `${day.slice(0, 7)}-01`;
  const nextMonth = (day: string) => nextBinStart("month", monthStart(day)).slice(0, 7);
  const prevMonth = (day: string) => binStart("month", isoDay(dayNumber(monthStart(day)) - 1)).slice(0, 7);
  const edges: TimelineFilters[] = [];
  let from: string | null = null;
  let to: string | null = null;
  if (start) {
    if (start === monthStart(start)) from = start.slice(0, 7);
    else {
      from = nextMonth(start);
      edges.push({ ...f, window: { start, end: lastDayOfMonthIso(start.slice(0, 7)) } });
    }
  }
  if (end) {
    if (end === lastDayOfMonthIso(end.slice(0, 7))) to = end.slice(0, 7);
    else {
      to = prevMonth(end);
      edges.push({ ...f, window: { start: monthStart(end), end } });
    }
  }
  const innerView: TimelineView = { ...view, from, to };
  const table = countsTable(innerView);
  if (!table) return null;
  const inner =
    from && to && from > to
      ? null
      : { table, view: innerView, filters: { ...f, window: windowDays(innerView) } };
  return { inner, edges };
}

/** The group id under which rows of speakers folded into "others" arrive (persons have positive ids). */
const FOLDED = -2;

/** What the month rows of a view add up to: the rows, and how many groups were already folded into FOLDED. */
interface MonthRows {
  rows: CountRow[];
  folded: number;
}

/**
 * The month rows countRows would give, summed from the maintained counts: per proposition (and -1, uncoded), or
 * per speaker (0, unresolved) with the proposition's stance mix or every record once. Grouped by speaker, a large
 * topic has hundreds of speakers times hundreds of months: the speakers past the MAX_GROUPS largest are summed
 * into one FOLDED group in SQL, so the rows that reach JavaScript follow what is drawn, not the corpus.
 */
function rowsFromCounts(db: Db, table: CountsTable, view: TimelineView, f: TimelineFilters): MonthRows {
  const where = countsWhere(table, view, f);
  const bySpeaker = view.group === "speaker";
  const props = view.proposition
    ? "proposition_id = ?"
    : bySpeaker
      ? "proposition_id = 0"
      : "proposition_id <> 0";
  const params = [...(view.proposition ? [f.proposition?.id ?? -1] : []), ...where.params];
  const sqlite = db.$client;
  let g = bySpeaker ? "person_id" : "proposition_id";
  let folded = 0;
  if (bySpeaker) {
    const totals = sqlite
      .prepare(
        `SELECT person_id AS g, sum(n) AS total FROM ${table} WHERE ${props} AND ${where.sql} AND month > ''
         GROUP BY person_id HAVING sum(n) > 0`,
      )
      .all(...params) as { g: number; total: number }[];
    const named = rankGroups(
      totals.filter((t) => t.g > 0).map((t) => ({ key: String(t.g), total: t.total })),
    );
    if (named.length > MAX_GROUPS) {
      folded = named.length - MAX_GROUPS;
      // At most MAX_GROUPS ids, so binding them is bounded.
      const shown = named.slice(0, MAX_GROUPS).map((t) => Number(t.key));
      g = `CASE WHEN person_id IN (${shown.join(",")}) OR person_id = 0 THEN person_id ELSE ${FOLDED} END`;
    }
  }
  const rows = (
    sqlite
      .prepare(
        `SELECT ${g} AS g, month || '-01' AS bin, end_month AS endKey, code, sum(n) AS n
         FROM ${table} WHERE ${props} AND ${where.sql} AND month > ''
         GROUP BY 1, month, end_month, code HAVING sum(n) > 0`,
      )
      .all(...params) as CountRow[]
  ).map((r) => (Number(r.g) > 0 || r.g === FOLDED ? r : { ...r, g: null }));
  return { rows, folded };
}

/** Groups in the order they are drawn: largest first, ties by key (the same order for counted and live rows). */
function rankGroups<T extends { key: string; total: number }>(groups: T[]): T[] {
  return groups.sort((x, y) => y.total - x.total || x.key.localeCompare(y.key));
}

/**
 * Counts per group, bin and stance, at month (or week) resolution; coarser bins are summed from months in
 * JavaScript, which also needs the month each record's possible dates end in to tell whether it outruns its bin.
 */
function countRows(db: Db, view: TimelineView, f: TimelineFilters, base: "week" | "month"): CountRow[] {
  const where = matchWhere(view, f, true);
  const bin = BIN_SQL[base];
  const endKey = base === "month" ? "substr(f.date_end, 1, 7)" : `(f.date_end > date(${bin}, '+6 days'))`;
  const sqlite = db.$client;
  if (view.group === "proposition") {
    const coded = sqlite
      .prepare(
        `SELECT cp.proposition_id AS g, ${bin} AS bin, ${endKey} AS endKey, ${CODE_SQL} AS code, count(*) AS n
         FROM position_facts f JOIN coded_positions cp ON cp.statement_id = f.statement_id
         ${where.sql}${view.proposition ? " AND cp.proposition_id = ?" : ""}
         GROUP BY 1, 2, 3, 4`,
      )
      .all(...where.params, ...(view.proposition ? [f.proposition?.id ?? -1] : [])) as CountRow[];
    if (view.proposition) return coded;
    const uncoded = sqlite
      .prepare(
        `SELECT NULL AS g, ${bin} AS bin, ${endKey} AS endKey, 'record' AS code, count(*) AS n
         FROM position_facts f ${where.sql}
           AND NOT EXISTS (SELECT 1 FROM coded_positions c2 WHERE c2.statement_id = f.statement_id)
         GROUP BY 2, 3`,
      )
      .all(...where.params) as CountRow[];
    return [...coded, ...uncoded];
  }
  if (view.proposition) {
    return sqlite
      .prepare(
        `SELECT f.person_id AS g, ${bin} AS bin, ${endKey} AS endKey, ${CODE_SQL} AS code, count(*) AS n
         FROM position_facts f JOIN coded_positions cp ON cp.statement_id = f.statement_id AND cp.proposition_id = ?
         ${where.sql} GROUP BY 1, 2, 3, 4`,
      )
      .all(f.proposition?.id ?? -1, ...where.params) as CountRow[];
  }
  return sqlite
    .prepare(
      `SELECT f.person_id AS g, ${bin} AS bin, ${endKey} AS endKey, 'record' AS code, count(*) AS n
       FROM position_facts f ${where.sql} GROUP BY 1, 2, 3`,
    )
    .all(...where.params) as CountRow[];
}

function countUndated(db: Db, view: TimelineView, f: TimelineFilters): number {
  const where = matchWhere(view, f, false);
  return Number(
    db.$client
      .prepare(`SELECT count(*) FROM position_facts f ${where.sql}`)
      .pluck()
      .get(...where.params),
  );
}

function listMarks(db: Db, view: TimelineView, f: TimelineFilters): MarkRecord[] {
  const where = matchWhere(view, f, true);
  const sqlite = db.$client;
  const rows = sqlite
    .prepare(
      `SELECT s.id, s.public_id AS publicId, s.date_start AS dateStart, s.date_end AS dateEnd,
              s.date_precision AS datePrecision, s.attribution_text AS attributionText,
              p.slug AS personSlug, p.name AS personName, p.native_name AS personNative, r.title AS roleTitle
       FROM position_facts f JOIN statements s ON s.id = f.statement_id
       LEFT JOIN persons p ON p.id = s.person_id LEFT JOIN roles r ON r.id = s.role_id
       ${where.sql} ORDER BY f.date_start, f.date_end, s.evidence_start, s.id LIMIT ?`,
    )
    .all(...where.params, MARK_LIMIT) as {
    id: number;
    publicId: string;
    dateStart: string;
    dateEnd: string | null;
    datePrecision: DatePrecision;
    attributionText: string;
    personSlug: string | null;
    personName: string | null;
    personNative: string | null;
    roleTitle: string | null;
  }[];
  // The same WHERE again, joined to the codings: at most MARK_LIMIT records' worth.
  const codings = sqlite
    .prepare(
      `SELECT cp.statement_id AS id, pr.slug AS propositionSlug, pr.label AS propositionLabel,
              pr.text AS propositionText, cp.status, cp.stance
       FROM position_facts f JOIN coded_positions cp ON cp.statement_id = f.statement_id
       JOIN propositions pr ON pr.id = cp.proposition_id
       ${where.sql} ORDER BY pr.id`,
    )
    .all(...where.params) as ({ id: number } & MarkRecord["positions"][number])[];
  const byId = new Map<number, MarkRecord["positions"]>();
  for (const { id, ...c } of codings) {
    const list = byId.get(id) ?? [];
    list.push(c);
    byId.set(id, list);
  }
  return rows.map((r) => ({
    publicId: r.publicId,
    dateStart: r.dateStart,
    dateEnd: r.dateEnd ?? r.dateStart,
    datePrecision: r.datePrecision,
    attributionText: r.attributionText,
    speaker: r.personSlug
      ? { slug: r.personSlug, name: r.personName ?? "", nativeName: r.personNative }
      : null,
    roleTitle: r.roleTitle,
    positions: byId.get(r.id) ?? [],
  }));
}

/** Dated records in the window, counted only up to `limit + 1`: enough to choose marks or bins. */
function countUpTo(db: Db, view: TimelineView, f: TimelineFilters, limit: number): number {
  const where = matchWhere(view, f, true);
  return Number(
    db.$client
      .prepare(`SELECT count(*) FROM (SELECT 1 FROM position_facts f ${where.sql} LIMIT ?)`)
      .pluck()
      .get(...where.params, limit + 1),
  );
}

function countDated(db: Db, view: TimelineView, f: TimelineFilters): number {
  const where = matchWhere(view, f, true);
  return Number(
    db.$client
      .prepare(`SELECT count(*) FROM position_facts f ${where.sql}`)
      .pluck()
      .get(...where.params),
  );
}

/** Labels of the (at most MAX_GROUPS) groups drawn: speakers or propositions. */
function groupLabels(
  db: Db,
  view: TimelineView,
  ids: number[],
): Map<number, { label: string; detail?: string; slug: string }> {
  const out = new Map<number, { label: string; detail?: string; slug: string }>();
  if (ids.length === 0) return out;
  const marks = ids.map(() => "?").join(",");
  if (view.group === "proposition") {
    for (const r of db.$client
      .prepare(`SELECT id, slug, label, text FROM propositions WHERE id IN (${marks})`)
      .all(...ids) as { id: number; slug: string; label: string; text: string }[])
      out.set(r.id, { label: r.label, detail: r.text, slug: r.slug });
  } else {
    for (const r of db.$client
      .prepare(`SELECT id, slug, coalesce(native_name, name) AS label FROM persons WHERE id IN (${marks})`)
      .all(...ids) as { id: number; slug: string; label: string }[])
      out.set(r.id, { label: r.label, slug: r.slug });
  }
  return out;
}

/**
 * The timeline of a view: marks while the window holds at most MARK_LIMIT dated records, else bins per group
 * with their counts and stance mix; undated records are counted, never listed.
 */
export function getTimeline(db: Db, view: TimelineView): TimelineData {
  const { filters, unknown } = resolveTimelineFilters(db, view);
  return transaction(db, "deferred", () => {
    const table = countsTable(view);
    const split = table ? null : splitWindow(view, filters);
    const undated =
      filters.window.start || filters.window.end
        ? 0
        : table
          ? countFromCounts(db, table, view, filters, false)
          : countUndated(db, view, filters);
    const total = table
      ? countFromCounts(db, table, view, filters, true)
      : split
        ? (split.inner
            ? countFromCounts(db, split.inner.table, split.inner.view, split.inner.filters, true)
            : 0) + split.edges.reduce((n, edge) => n + countDated(db, view, edge), 0)
        : countUpTo(db, view, filters, MARK_LIMIT);
    if (total === 0) return { kind: "empty" as const, filters, undated, unknown };
    if (total <= MARK_LIMIT && !view.bin) {
      return { kind: "marks" as const, filters, records: listMarks(db, view, filters), undated, unknown };
    }
    const month: MonthRows = table
      ? rowsFromCounts(db, table, view, filters)
      : split
        ? {
            rows: [
              ...(split.inner
                ? rowsFromCounts(db, split.inner.table, split.inner.view, split.inner.filters).rows
                : []),
              ...split.edges.flatMap((edge) => countRows(db, view, edge, "month")),
            ],
            folded: 0,
          }
        : { rows: countRows(db, view, filters, "month"), folded: 0 };
    const monthRows = month.rows;
    // The axis runs from the earliest first possible day to the end of the month the latest record starts
    // in: a long last span is drawn as outrunning its bin, not as stretching the axis.
    const first = filters.window.start ?? minOf(monthRows.map((r) => r.bin));
    const last = filters.window.end ?? lastDayOfMonthIso(maxOf(monthRows.map((r) => r.bin)).slice(0, 7));
    const chosen = chooseBin(first, last, view.bin);
    if (chosen.notice) unknown.push(chosen.notice);
    const unit = chosen.unit;
    // Weeks are finer than the maintained counts: counted live, over a window of at most MAX_BINS weeks.
    const rows: MonthRows =
      unit === "week" ? { rows: countRows(db, view, filters, "week"), folded: 0 } : month;
    return {
      kind: "bins" as const,
      filters,
      unit,
      first,
      last,
      total: table || split ? total : countDated(db, view, filters),
      rows: buildBinRows(db, view, unit, rows),
      undated,
      unknown,
    };
  });
}

function minOf(values: string[]): string {
  return values.reduce((a, b) => (b < a ? b : a), values[0] ?? "");
}
function maxOf(values: string[]): string {
  return values.reduce((a, b) => (b > a ? b : a), values[0] ?? "");
}

function buildBinRows(db: Db, view: TimelineView, unit: BinUnit, { rows, folded }: MonthRows): BinRow[] {
  const groups = new Map<string, { g: number | null; total: number; bins: Map<string, TimelineBin> }>();
  for (const r of rows) {
    const key = r.g === null ? "~none" : r.g === FOLDED ? "~folded" : String(r.g);
    const group = groups.get(key) ?? { g: r.g, total: 0, bins: new Map() };
    groups.set(key, group);
    const start = binStart(unit, r.bin);
    const bin = group.bins.get(start) ?? { start, n: 0, wide: 0, mix: {} };
    group.bins.set(start, bin);
    bin.n += r.n;
    group.total += r.n;
    const outruns =
      unit === "week" ? Number(r.endKey) === 1 : String(r.endKey) >= nextBinStart(unit, start).slice(0, 7);
    if (outruns) bin.wide += r.n;
    bin.mix[r.code] = (bin.mix[r.code] ?? 0) + r.n;
  }
  // The "no proposition" / "unresolved speaker" group always comes last; the rest by size.
  const named = rankGroups(
    [...groups.entries()].filter(([k]) => !k.startsWith("~")).map(([key, v]) => ({ key, total: v.total, v })),
  ).map(({ key, v }) => [key, v] as const);
  const none = groups.get("~none");
  const shown = named.slice(0, MAX_GROUPS);
  // Groups past the drawn ones, with the speakers rowsFromCounts already summed in SQL.
  const foldedRows = groups.get("~folded");
  const rest = [...named.slice(MAX_GROUPS).map(([, v]) => v), ...(foldedRows ? [foldedRows] : [])];
  const restCount = named.length - shown.length + folded;
  const labels = groupLabels(
    db,
    view,
    shown.map(([, v]) => v.g ?? -1),
  );
  const sortBins = (m: Map<string, TimelineBin>) =>
    [...m.values()].sort((a, b) => a.start.localeCompare(b.start));
  const out: BinRow[] = shown.map(([key, v]) => {
    const l = labels.get(v.g ?? -1);
    return {
      key: l?.slug ?? key,
      label: l?.label ?? key,
      detail: l?.detail,
      ...(view.group === "speaker" ? { speakerSlug: l?.slug } : { propositionSlug: l?.slug }),
      total: v.total,
      bins: sortBins(v.bins),
    };
  });
  if (rest.length > 0) {
    const merged = new Map<string, TimelineBin>();
    let total = 0;
    for (const v of rest) {
      total += v.total;
      for (const b of v.bins.values()) {
        const m = merged.get(b.start) ?? { start: b.start, n: 0, wide: 0, mix: {} };
        merged.set(b.start, m);
        m.n += b.n;
        m.wide += b.wide;
        for (const [code, n] of Object.entries(b.mix) as [MixCode, number][])
          m.mix[code] = (m.mix[code] ?? 0) + n;
      }
    }
    out.push({
      key: "others",
      label: `${restCount} other ${view.group === "speaker" ? "speakers" : "propositions"}`,
      total,
      bins: sortBins(merged),
      merged: restCount,
    });
  }
  if (none) {
    out.push({
      key: view.group === "speaker" ? "unresolved" : "uncoded",
      label: view.group === "speaker" ? "Unresolved speaker" : "No coded position",
      detail: view.group === "speaker" ? undefined : "Records not scored on any proposition",
      total: none.total,
      bins: sortBins(none.bins),
    });
  }
  return out;
}

/** Bins are never more than MAX_BINS per row, so a page of the table twin is cheap to cut from them. */
export const MAX_TABLE_ROWS = (MAX_GROUPS + 2) * MAX_BINS;

export interface Option {
  slug: string;
  label: string;
}

/** How many speakers the filter offers: the most prolific, by the maintained per-speaker counts. */
export const MAX_SPEAKER_OPTIONS = 200;

/**
 * Choices for the timeline's filters, bounded: propositions that have coded positions (one index probe each),
 * and the speakers with the most records (from the maintained facet counts), by name, plus the chosen one.
 */
export function listTimelineOptions(
  db: Db,
  chosenSpeaker: string | null = null,
): { propositions: Option[]; speakers: Option[] } {
  const sqlite = db.$client;
  const propositions = sqlite
    .prepare(
      `SELECT slug, label FROM propositions p
       WHERE EXISTS (SELECT 1 FROM coded_positions cp WHERE cp.proposition_id = p.id) ORDER BY p.id`,
    )
    .all() as Option[];
  const speakers = sqlite
    .prepare(
      // Names as written in Vietnamese where known, as the tables show them.
      `SELECT slug, label FROM (
         SELECT * FROM (
           SELECT p.slug, coalesce(p.native_name, p.name) AS label, p.name
           FROM position_facet_counts c JOIN persons p ON p.id = CAST(c.value AS INTEGER)
           WHERE c.facet = 'speaker' AND c.value <> '' AND c.n > 0
           ORDER BY c.n DESC, p.id LIMIT ?)
         UNION
         SELECT slug, coalesce(native_name, name), name FROM persons WHERE slug = ?)
       ORDER BY name`,
    )
    .all(MAX_SPEAKER_OPTIONS, chosenSpeaker ?? "") as Option[];
  return { propositions, speakers };
}

/** Topics for the filter, in tree order; no counts, so it costs the codebook's size and nothing more. */
export function listTimelineTopics(db: Db): { slug: string; label: string; depth: number }[] {
  return (
    db.$client.prepare("SELECT slug, name, path FROM topics ORDER BY path").all() as {
      slug: string;
      name: string;
      path: string;
    }[]
  ).map((t) => ({ slug: t.slug, label: t.name, depth: t.path.split("/").length - 1 }));
}

/**
 * How the positions table can hold a timeline view's speakers. The table's `country` is the event's country,
 * not the speaker's, so a speaker-country filter becomes `attribution=resolved` when every speaker with records
 * is from that country (exactly the same records), or the list of its speakers when the table's grammar can hold
 * it; otherwise the link is wider than the view, and `note` says so.
 */
export function tableSpeakerScope(
  db: Db,
  filters: TimelineFilters,
): { speakers: string[]; resolvedOnly: boolean; note: string | null } {
  if (filters.speaker) return { speakers: [filters.speaker.slug], resolvedOnly: false, note: null };
  if (!filters.country) return { speakers: [], resolvedOnly: false, note: null };
  const speakersWithRecords = `FROM position_facet_counts c JOIN persons p ON p.id = CAST(c.value AS INTEGER)
    WHERE c.facet = 'speaker' AND c.value <> '' AND c.n > 0`;
  const sqlite = db.$client;
  const foreign = sqlite
    .prepare(`SELECT 1 ${speakersWithRecords} AND p.country <> ? LIMIT 1`)
    .get(filters.country);
  if (!foreign) return { speakers: [], resolvedOnly: true, note: null };
  const slugs = sqlite
    .prepare(`SELECT p.slug ${speakersWithRecords} AND p.country = ? ORDER BY p.slug LIMIT ?`)
    .pluck()
    .all(filters.country, MAX_TABLE_SPEAKERS + 1) as string[];
  if (slugs.length <= MAX_TABLE_SPEAKERS) return { speakers: slugs, resolvedOnly: false, note: null };
  return {
    speakers: [],
    resolvedOnly: false,
    note: `the positions table cannot filter by the speaker's country: its lists include speakers from elsewhere`,
  };
}

/** The positions grammar accepts at most 50 speakers. */
const MAX_TABLE_SPEAKERS = 50;
