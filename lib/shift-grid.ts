/**
 * The shift grid (/shifts): for one proposition, its speakers down the side and periods across, each cell the
 * mix of stances coded on it, so "who moved, and when" reads at a glance; or, with `by=country`, the speakers'
 * countries down the side. This module is its URL grammar (`proposition`, `rows`, `by`), the choice of periods
 * and the cell summaries; pure, no database.
 */
import type { PositionStatus } from "@/lib/domain";
import {
  groupEntries,
  type IgnoredParam,
  lastValue,
  type SearchParamsInput,
  searchParamEntries,
  shortForNotice,
} from "./url-grammar";

export const SHIFTS_PATH = "/shifts";
/** Rows shown: the speakers coded most often on the proposition. */
export const DEFAULT_GRID_ROWS = 12;
export const MAX_GRID_ROWS = 40;
/** At most this many periods across: longer spans are cut into periods of several years. */
export const MAX_GRID_PERIODS = 12;

export const GRID_AXES = ["speaker", "country"] as const;
export type GridAxis = (typeof GRID_AXES)[number];

export interface ShiftGridView {
  proposition: string | null;
  /** Rows: the speakers (or countries) coded most often on it. */
  rows: number;
  /** What the rows are: speakers, or the speakers' countries. */
  by: GridAxis;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function parseShiftGridView(input: SearchParamsInput): {
  view: ShiftGridView;
  ignored: IgnoredParam[];
} {
  const view: ShiftGridView = { proposition: null, rows: DEFAULT_GRID_ROWS, by: "speaker" };
  const ignored: IgnoredParam[] = [];
  const byKey = groupEntries(searchParamEntries(input));
  const ignore = (key: string, value: string, reason: string) =>
    ignored.push({ key, value: shortForNotice(value), reason });
  for (const [key, values] of byKey) {
    if (key !== "proposition" && key !== "rows" && key !== "by")
      for (const v of values) ignore(key, v, "unknown parameter");
  }
  const proposition = lastValue(byKey.get("proposition") ?? [])
    ?.trim()
    .toLowerCase();
  if (proposition) {
    if (SLUG.test(proposition) && proposition.length <= 120) view.proposition = proposition;
    else ignore("proposition", proposition, "not a proposition identifier");
  }
  const rows = lastValue(byKey.get("rows") ?? [])?.trim();
  if (rows) {
    const n = /^\d{1,3}$/.test(rows) ? Number(rows) : Number.NaN;
    if (n >= 1 && n <= MAX_GRID_ROWS) view.rows = n;
    else ignore("rows", rows, `rows are 1 to ${MAX_GRID_ROWS}`);
  }
  const by = lastValue(byKey.get("by") ?? [])
    ?.trim()
    .toLowerCase();
  if (by) {
    if ((GRID_AXES as readonly string[]).includes(by)) view.by = by as GridAxis;
    else ignore("by", by, "rows are by speaker or by country");
  }
  return { view, ignored };
}

export function shiftGridHref(view: Partial<ShiftGridView> & { proposition: string }): string {
  const params = new URLSearchParams({ proposition: view.proposition });
  if (view.rows !== undefined && view.rows !== DEFAULT_GRID_ROWS) params.set("rows", String(view.rows));
  if (view.by === "country") params.set("by", "country");
  return `${SHIFTS_PATH}?${params.toString()}`;
}

export interface GridPeriod {
  from: number;
  to: number;
  label: string;
}

/**
 * Periods across the grid from the first to the last year with data: single years when they fit in
 * MAX_GRID_PERIODS columns, else runs of equal length (the last one may be shorter), aligned on the last year so
 * that the most recent period is whole.
 */
export function gridPeriods(firstYear: number, lastYear: number): GridPeriod[] {
  if (lastYear < firstYear) return [];
  const span = lastYear - firstYear + 1;
  const step = Math.ceil(span / MAX_GRID_PERIODS);
  const periods: GridPeriod[] = [];
  for (let to = lastYear; to >= firstYear; to -= step) {
    const from = Math.max(firstYear, to - step + 1);
    periods.unshift({ from, to, label: from === to ? String(from) : `${from}–${to}` });
  }
  return periods;
}

export function periodOf(periods: readonly GridPeriod[], year: number): number {
  return periods.findIndex((p) => year >= p.from && year <= p.to);
}

/** Stance buckets of a cell, most supportive first; statuses after. */
export const CELL_CODES = [
  "s2",
  "s1",
  "s0",
  "sm1",
  "sm2",
  "ambiguous",
  "no_position",
  "not_addressed",
] as const;
export type CellCode = (typeof CELL_CODES)[number];

export function codeOf(status: PositionStatus, stance: number | null): CellCode {
  if (status !== "stated") return status;
  if (stance === null || stance === 0) return "s0";
  if (stance >= 2) return "s2";
  if (stance === 1) return "s1";
  if (stance === -1) return "sm1";
  return "sm2";
}

export const CELL_CODE_TEXT: Record<CellCode, string> = {
  s2: "+2 strongly supports",
  s1: "+1 supports",
  s0: "0 neutral",
  sm1: "−1 opposes",
  sm2: "−2 strongly opposes",
  ambiguous: "ambiguous",
  no_position: "no position",
  not_addressed: "coded not addressed",
};

export interface GridCell {
  mix: Partial<Record<CellCode, number>>;
  /** Records by this speaker (country) on the proposition's topic in the period without a coding on it. */
  notCoded: number;
}

/** Stated stances only (the statuses say nothing about direction): the cell's mean, or null. */
export function cellMean(cell: GridCell): number | null {
  const weights: [CellCode, number][] = [
    ["s2", 2],
    ["s1", 1],
    ["s0", 0],
    ["sm1", -1],
    ["sm2", -2],
  ];
  let n = 0;
  let sum = 0;
  for (const [code, w] of weights) {
    const k = cell.mix[code] ?? 0;
    n += k;
    sum += k * w;
  }
  return n === 0 ? null : sum / n;
}

/** "3 +2 strongly supports, 1 −1 opposes; 2 coded not addressed; 5 not coded". */
export function cellText(cell: GridCell): string {
  const coded = CELL_CODES.filter((c) => (cell.mix[c] ?? 0) > 0).map(
    (c) => `${cell.mix[c]} ${CELL_CODE_TEXT[c]}`,
  );
  const parts = [...coded];
  if (cell.notCoded > 0) parts.push(`${cell.notCoded} not coded`);
  return parts.length > 0 ? parts.join(", ") : "no records";
}
