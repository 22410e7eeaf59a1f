import type { Db } from "@/db/client";
import { lastDayOfMonthIso } from "@/lib/dates";
import type { DatePrecision, PositionStatus } from "@/lib/domain";
import type { ReviewStatus } from "@/lib/review";
import type { MixCode } from "@/lib/stance-mix";
import { binStart, chooseBin, MAX_BINS, nextBinStart } from "@/lib/timeline-layout";
import type { TimelineNotice } from "@/lib/timeline-notices";
import type { BinUnit, TimelineView } from "@/lib/timeline-view";
import {
  countFromCounts,
  countLive,
  countRows,
  countsTable,
  FOLDED,
  MAX_GROUPS,
  type MonthRows,
  rankGroups,
  rowsFromCounts,
  splitWindow,
} from "./timeline-counts";
import { matchWhere, resolveTimelineFilters, type TimelineFilters } from "./timeline-filters";
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
/** Rows per page of the table twin. */
export const TABLE_PAGE_SIZE = 50;

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
    /** Draft, agreed, disputed or adjudicated: whether the timeline rests on settled codes. */
    reviewStatus: ReviewStatus;
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
      notices: TimelineNotice[];
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
      notices: TimelineNotice[];
    }
  | { kind: "empty"; filters: TimelineFilters; undated: number; notices: TimelineNotice[] };
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
              pr.text AS propositionText, cp.status, cp.stance, cp.review_status AS reviewStatus
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
  const { filters, notices } = resolveTimelineFilters(db, view);
  return transaction(db, "deferred", () => {
    const table = countsTable(view);
    const split = table ? null : splitWindow(view, filters);
    const undated =
      filters.window.start || filters.window.end
        ? 0
        : table
          ? countFromCounts(db, table, view, filters, false)
          : countLive(db, view, filters, false);
    const total = table
      ? countFromCounts(db, table, view, filters, true)
      : split
        ? (split.inner
            ? countFromCounts(db, split.inner.table, split.inner.view, split.inner.filters, true)
            : 0) + split.edges.reduce((n, edge) => n + countLive(db, view, edge, true), 0)
        : countLive(db, view, filters, true, MARK_LIMIT);
    if (total === 0) return { kind: "empty" as const, filters, undated, notices };
    if (total <= MARK_LIMIT && !view.bin) {
      return { kind: "marks" as const, filters, records: listMarks(db, view, filters), undated, notices };
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
    if (chosen.notice) notices.push(chosen.notice);
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
      total: table || split ? total : countLive(db, view, filters, true),
      rows: buildBinRows(db, view, unit, rows),
      undated,
      notices,
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
