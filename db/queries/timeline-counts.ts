import type { Db } from "@/db/client";
import { lastDayOfMonthIso } from "@/lib/dates";
import type { MixCode } from "@/lib/stance-mix";
import { binStart, dayNumber, isoDay, nextBinStart } from "@/lib/timeline-layout";
import { type TimelineView, windowDays } from "@/lib/timeline-view";
import { matchWhere, type Param, type TimelineFilters, type Where } from "./timeline-filters";

/**
 * The timeline's counts: from the maintained counts (timeline_month_counts, timeline_speaker_counts) where they
 * answer the view, else live GROUP BYs over position_facts; and the choice between the two.
 */

/** Rows of the chart when binned: the groups with the most records; the rest are summed into one row. */
export const MAX_GROUPS = 12;

const BIN_SQL: Record<"week" | "month", string> = {
  month: "substr(f.date_start, 1, 7) || '-01'",
  // Monday of the week: strftime('%w') counts Sunday as 0.
  week: "date(f.date_start, '-' || ((CAST(strftime('%w', f.date_start) AS INTEGER) + 6) % 7) || ' days')",
};

export interface CountRow {
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
export type CountsTable = "timeline_month_counts" | "timeline_speaker_counts";
export function countsTable(view: TimelineView): CountsTable | null {
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
export function countFromCounts(
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
export interface WindowSplit {
  inner: { table: CountsTable; view: TimelineView; filters: TimelineFilters } | null;
  edges: TimelineFilters[];
}
export function splitWindow(view: TimelineView, f: TimelineFilters): WindowSplit | null {
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
export const FOLDED = -2;

/** What the month rows of a view add up to: the rows, and how many groups were already folded into FOLDED. */
export interface MonthRows {
  rows: CountRow[];
  folded: number;
}

/**
 * The month rows countRows would give, summed from the maintained counts: per proposition (and -1, uncoded), or
 * per speaker (0, unresolved) with the proposition's stance mix or every record once. Grouped by speaker, a large
 * topic has hundreds of speakers times hundreds of months: the speakers past the MAX_GROUPS largest are summed
 * into one FOLDED group in SQL, so the rows that reach JavaScript follow what is drawn, not the corpus.
 */
export function rowsFromCounts(
  db: Db,
  table: CountsTable,
  view: TimelineView,
  f: TimelineFilters,
): MonthRows {
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
export function rankGroups<T extends { key: string; total: number }>(groups: T[]): T[] {
  return groups.sort((x, y) => y.total - x.total || x.key.localeCompare(y.key));
}

/**
 * Counts per group, bin and stance, at month (or week) resolution; coarser bins are summed from months in
 * JavaScript, which also needs the month each record's possible dates end in to tell whether it outruns its bin.
 */
export function countRows(
  db: Db,
  view: TimelineView,
  f: TimelineFilters,
  base: "week" | "month",
): CountRow[] {
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

/**
 * The view's records, dated ones in the window or undated ones; with `limit`, counted only up to `limit + 1`:
 * enough to choose marks or bins.
 */
export function countLive(
  db: Db,
  view: TimelineView,
  f: TimelineFilters,
  dated: boolean,
  limit?: number,
): number {
  const where = matchWhere(view, f, dated);
  const matches = `SELECT 1 FROM position_facts f ${where.sql}${limit === undefined ? "" : " LIMIT ?"}`;
  return Number(
    db.$client
      .prepare(`SELECT count(*) FROM (${matches})`)
      .pluck()
      .get(...where.params, ...(limit === undefined ? [] : [limit + 1])),
  );
}
