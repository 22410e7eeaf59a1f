/**
 * The shift grid (/shifts): for one proposition, its speakers down the side and periods across, each cell the
 * mix of stances coded on it, so "who moved, and when" reads at a glance; or, with `by=country`, the speakers'
 * countries down the side; or, with `across=event`, the latest events on its topic across instead of periods
 * (`kind` narrows them to one kind of event). This module is its URL grammar (`proposition`, `rows`, `by`,
 * `across`, `kind`), the choice of periods and the cell summaries; pure, no database.
 */
import { EVENT_KINDS, type EventKind, type PositionStatus } from "@/lib/domain";
import { STANCE_CODES } from "./stance-mix";
import {
  choiceKey,
  defaultsOf,
  hrefOf,
  type IgnoredParam,
  oneKey,
  oneOf,
  parseKeys,
  reject,
  type SearchParamsInput,
  slugPiece,
  writeKeys,
} from "./url-grammar";

export const SHIFTS_PATH = "/shifts";
/** Rows shown: the speakers coded most often on the proposition. */
export const DEFAULT_GRID_ROWS = 12;
export const MAX_GRID_ROWS = 40;
/** At most this many periods across: longer spans are cut into periods of several years. */
export const MAX_GRID_PERIODS = 12;

export const GRID_AXES = ["speaker", "country"] as const;
export type GridAxis = (typeof GRID_AXES)[number];

/** What the columns are: periods of years, or events. */
export const GRID_ACROSS = ["period", "event"] as const;
export type GridAcross = (typeof GRID_ACROSS)[number];

export interface ShiftGridView {
  proposition: string | null;
  /** Rows: the speakers (or countries) coded most often on it. */
  rows: number;
  /** What the rows are: speakers, or the speakers' countries. */
  by: GridAxis;
  across: GridAcross;
  /** With `across=event`: only events of this kind. */
  kind: EventKind | null;
}

/** The key table of /shifts, in the order links are written. */
export const SHIFT_GRID_KEYS = {
  proposition: oneKey<string | null>({
    default: null,
    parse: (raw) => slugPiece("not a proposition identifier")(raw),
    write: (v) => v ?? "",
  }),
  rows: oneKey<number>({
    default: DEFAULT_GRID_ROWS,
    parse: (raw) => {
      const n = /^\d{1,3}$/.test(raw) ? Number(raw) : Number.NaN;
      return n >= 1 && n <= MAX_GRID_ROWS ? n : reject(`rows are 1 to ${MAX_GRID_ROWS}`);
    },
    write: String,
  }),
  by: oneKey<GridAxis>({
    default: "speaker",
    parse: (raw) => oneOf(GRID_AXES, "rows are by speaker or by country")(raw),
    write: String,
  }),
  across: oneKey<GridAcross>({
    default: "period",
    parse: (raw) => oneOf(GRID_ACROSS, "columns are periods or events")(raw),
    write: String,
  }),
  kind: choiceKey(EVENT_KINDS, "not a kind of event"),
} satisfies { [K in keyof ShiftGridView]: unknown };

export function parseShiftGridView(input: SearchParamsInput): {
  view: ShiftGridView;
  ignored: IgnoredParam[];
} {
  const { values: view, ignored } = parseKeys(SHIFT_GRID_KEYS, input);
  return { view, ignored };
}

export function shiftGridHref(view: Partial<ShiftGridView> & { proposition: string }): string {
  return hrefOf(SHIFTS_PATH, writeKeys(SHIFT_GRID_KEYS, { ...defaultsOf(SHIFT_GRID_KEYS), ...view }));
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

/** An event column: the events are the latest on the proposition's topic, newest last like the years. */
export interface GridEvent {
  slug: string;
  name: string;
  /** The event's first day, or null when it has no date. */
  date: string | null;
}

export function periodOf(periods: readonly GridPeriod[], year: number): number {
  return periods.findIndex((p) => year >= p.from && year <= p.to);
}

/** Stance buckets of a cell, most supportive first; statuses after. */
export const CELL_CODES = STANCE_CODES;
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
