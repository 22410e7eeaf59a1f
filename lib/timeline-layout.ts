/**
 * Geometry of the timeline, in percent of the track width, so the server can render it as plain HTML. Dates are
 * ISO days; a mark covers its first to its last possible day inclusive, so precision shows as width.
 */

const DAY = 86_400_000;

function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY;
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
    yearStart: percentOf(domain, dayNumber(`${start.slice(0, 4)}-01-01`)),
    yearEnd: percentOf(domain, dayNumber(`${Number(end.slice(0, 4)) + 1}-01-01`)),
  };
}

/**
 * CSS for a mark's left edge and width. A span narrower than the smallest drawable mark (`minPx`) is drawn at that
 * size centred on its midpoint; left alone, a two-day range in November drawn from its first day would spill over
 * the next year's gridline. The mark is then kept inside its own year(s), `insetPx` off the gridlines, so a mark is
 * never read as belonging to the neighbouring year.
 */
export function markBoxCss(p: MarkPlacement, minPx: number, insetPx = 2): { left: string; width: string } {
  const r = (n: number) => Number(n.toFixed(4));
  const drawn = `max(${r(p.width)}%, ${minPx}px)`;
  return {
    left: `clamp(calc(${r(p.yearStart)}% + ${insetPx}px), calc(${r(p.centre)}% - ${drawn} / 2), calc(${r(p.yearEnd)}% - ${drawn} - ${insetPx}px))`,
    width: drawn,
  };
}
