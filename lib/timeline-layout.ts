/**
 * Geometry of the timeline, in percent of the track width, so the server can render it as plain HTML. Dates are
 * ISO days; a mark covers its first to its last possible day inclusive, so precision shows as width.
 */

import type { TimelineNotice } from "./timeline-notices";
import type { BinUnit } from "./timeline-view";

const DAY = 86_400_000;

export function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY;
}

export function isoDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

export interface Domain {
  /** First day shown (Jan 1 of the first year) and the day after the last (Jan 1 after the last year). */
  from: number;
  to: number;
  years: number[];
}

/** Whole years around the dated spans; null when there is nothing dated. */
export function timeDomain(spans: { start: string; end: string }[]): Domain | null {
  if (spans.length === 0) return null;
  const first = Math.min(...spans.map((s) => Number(s.start.slice(0, 4))));
  const last = Math.max(...spans.map((s) => Number(s.end.slice(0, 4))));
  const years: number[] = [];
  for (let y = first; y <= last; y++) years.push(y);
  return { from: dayNumber(`${first}-01-01`), to: dayNumber(`${last + 1}-01-01`), years };
}

/** The days of a zoom window, first to last inclusive; the years listed are those it touches. */
export function windowDomain(start: string, end: string): Domain {
  const years: number[] = [];
  for (let y = Number(start.slice(0, 4)); y <= Number(end.slice(0, 4)); y++) years.push(y);
  return { from: dayNumber(start), to: dayNumber(end) + 1, years };
}

export function percentOf(domain: Domain, day: number): number {
  return ((day - domain.from) / (domain.to - domain.from)) * 100;
}

/** Left edge and width (percent) of a span from its first to its last day, inclusive. */
export function spanBox(domain: Domain, start: string, end: string): { left: number; width: number } {
  const left = percentOf(domain, dayNumber(start));
  const right = percentOf(domain, dayNumber(end) + 1);
  return { left, width: right - left };
}

export function yearTicks(domain: Domain): { year: number; left: number; width: number }[] {
  return domain.years
    .map((year) => spanBox(domain, `${year}-01-01`, `${year}-12-31`))
    .map((b, i) => ({
      year: domain.years[i] ?? 0,
      ...b,
    }));
}

/**
 * Stack overlapping marks in lanes: each item goes in the first lane whose last item ends before it starts (plus a
 * gap, and with a minimum width standing in for marks narrower than their drawn size). Items in input order.
 */
export function assignLanes(
  items: { left: number; width: number }[],
  minWidth: number,
  gap: number,
): number[] {
  const laneEnds: number[] = [];
  const order = items.map((item, i) => ({ ...item, i })).sort((a, b) => a.left - b.left || a.i - b.i);
  const lanes = new Array<number>(items.length).fill(0);
  for (const item of order) {
    const right = item.left + Math.max(item.width, minWidth);
    let lane = laneEnds.findIndex((end) => end + gap <= item.left);
    if (lane < 0) {
      lane = laneEnds.length;
      laneEnds.push(right);
    } else laneEnds[lane] = right;
    lanes[item.i] = lane;
  }
  return lanes;
}

export interface MarkPlacement {
  /** Midpoint of the span, percent. */
  centre: number;
  /** True width of the span, percent. */
  width: number;
  /** Start of the year the span starts in, and end of the year it ends in (percent): the mark stays inside. */
  yearStart: number;
  yearEnd: number;
}

export function markPlacement(domain: Domain, start: string, end: string): MarkPlacement {
  const box = spanBox(domain, start, end);
  return {
    centre: box.left + box.width / 2,
    width: box.width,
    // Zoomed in, the window's edges bound a mark as well as its years.
    yearStart: Math.max(0, percentOf(domain, dayNumber(`${start.slice(0, 4)}-01-01`))),
    yearEnd: Math.min(100, percentOf(domain, dayNumber(`${Number(end.slice(0, 4)) + 1}-01-01`))),
  };
}

/**
 * A mark's placement as CSS custom properties (percent of the track, unitless), for the `.mark` rule of
 * app/timeline/timeline.module.css. That rule draws a span narrower than the smallest drawable mark at that size
 * centred on its midpoint (left alone, a two-day range in November drawn from its first day would spill over the
 * next year's gridline), and keeps the mark inside its own year(s), 2px off the gridlines, so it is never read as
 * belonging to the neighbouring year. Four numbers a mark instead of a clamp() expression keep 200 marks light.
 */
export function markBoxVars(p: MarkPlacement): string {
  const r = (n: number) => Number(n.toFixed(3));
  return `--c:${r(p.centre)};--w:${r(p.width)};--y0:${r(p.yearStart)};--y1:${r(p.yearEnd)}`;
}

// ---- Bins: what the timeline draws when a view holds more records than can be read one by one. ----

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** Finest to coarsest: the order in which the span tries them. */
const UNITS_FINE_FIRST: readonly BinUnit[] = ["week", "month", "quarter", "year"];

/** At most this many bins across the axis: more would be narrower than a readable bar on a laptop screen. */
export const MAX_BINS = 60;

/** First day of the bin holding a day. Weeks start on Monday (ISO 8601). */
export function binStart(unit: BinUnit, iso: string): string {
  const y = iso.slice(0, 4);
  const m = Number(iso.slice(5, 7));
  switch (unit) {
    case "year":
      return `${y}-01-01`;
    case "quarter":
      return `${y}-${String(m - ((m - 1) % 3)).padStart(2, "0")}-01`;
    case "month":
      return `${iso.slice(0, 7)}-01`;
    case "week": {
      const day = dayNumber(iso);
      // 1970-01-01 was a Thursday: day 0 is weekday 3 counting Monday as 0.
      return isoDay(day - ((day + 3) % 7));
    }
  }
}

/** First day of the next bin. */
export function nextBinStart(unit: BinUnit, start: string): string {
  const y = Number(start.slice(0, 4));
  const m = Number(start.slice(5, 7));
  const monthsAhead = unit === "year" ? 12 : unit === "quarter" ? 3 : unit === "month" ? 1 : 0;
  if (monthsAhead === 0) return isoDay(dayNumber(start) + 7);
  const total = y * 12 + (m - 1) + monthsAhead;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, "0")}-01`;
}

/** Last day of the bin that starts on `start`. */
export function binEnd(unit: BinUnit, start: string): string {
  return isoDay(dayNumber(nextBinStart(unit, start)) - 1);
}

/** "2018", "Q4 2018", "Nov 2018", "week of 5 Nov 2018". */
export function binLabel(unit: BinUnit, start: string): string {
  const y = start.slice(0, 4);
  const m = Number(start.slice(5, 7));
  switch (unit) {
    case "year":
      return y;
    case "quarter":
      return `Q${Math.ceil(m / 3)} ${y}`;
    case "month":
      return `${MONTHS[m - 1]} ${y}`;
    case "week":
      return `week of ${Number(start.slice(8, 10))} ${MONTHS[m - 1]} ${y}`;
  }
}

/** How many bins of a unit cover first..last day inclusive. */
export function binCount(unit: BinUnit, first: string, last: string): number {
  let n = 0;
  const end = binStart(unit, last);
  for (let b = binStart(unit, first); b <= end && n <= MAX_BINS * 60; b = nextBinStart(unit, b)) n++;
  return n;
}

/**
 * The bin size for a span: the one asked for if it gives at most MAX_BINS bins, else (and when none is asked
 * for) the finest that does. `notice` says why a requested size was not used.
 */
export function chooseBin(
  first: string,
  last: string,
  requested: BinUnit | null,
): { unit: BinUnit; notice: Extract<TimelineNotice, { kind: "bin_too_fine" }> | null } {
  const fits = (u: BinUnit) => binCount(u, first, last) <= MAX_BINS;
  const auto = UNITS_FINE_FIRST.find(fits) ?? "year";
  if (!requested || fits(requested)) return { unit: requested ?? auto, notice: null };
  return {
    unit: auto,
    notice: {
      kind: "bin_too_fine",
      requested,
      bins: binCount(requested, first, last),
      most: MAX_BINS,
      shown: auto,
    },
  };
}

/** Axis ticks for a domain: years over long spans, months over short ones. */
export interface AxisTick {
  /** First day of the tick's period, the period's unit and its label. */
  key: string;
  unit: BinUnit;
  label: string;
  left: number;
  width: number;
}

export function axisTicks(domain: Domain): AxisTick[] {
  const first = isoDay(domain.from);
  const last = isoDay(domain.to - 1);
  const unit: BinUnit =
    binCount("year", first, last) >= 3 ? "year" : binCount("month", first, last) >= 3 ? "month" : "week";
  const ticks: AxisTick[] = [];
  for (let b = binStart(unit, first); b <= last; b = nextBinStart(unit, b)) {
    const box = spanBox(domain, b < first ? first : b, binEnd(unit, b) > last ? last : binEnd(unit, b));
    ticks.push({
      key: b,
      unit,
      label: unit === "year" ? b.slice(0, 4) : binLabel(unit === "week" ? "week" : "month", b),
      ...box,
    });
  }
  return ticks;
}
