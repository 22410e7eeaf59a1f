import type { DatePrecision } from "@/lib/domain";

/** A date as stored: first and last possible day (inclusive), and the precision of what is known. */
export interface PreciseDate {
  start: string | null;
  end: string | null;
  precision: DatePrecision;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

function monthName(month: number): string {
  return MONTHS[month - 1] ?? "?";
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** An ISO day moved by whole days: addDays("2018-01-01", -1) is "2017-12-31". */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** "2024-02" -> "2024-02-29". */
export function lastDayOfMonthIso(month: string): string {
  return `${month}-${pad(lastDayOfMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7))))}`;
}

export function isValidIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= lastDayOfMonth(y, mo);
}

/**
 * Parse a partial date ("2018", "2018-11", "2018-11-07") into the span of days it covers, or null when it is
 * not a real date. Used for URL filters and imports alike.
 */
export function parsePartialDate(value: string): PreciseDate | null {
  const trimmed = value.trim();
  let m = /^(\d{4})$/.exec(trimmed);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31`, precision: "year" };
  m = /^(\d{4})-(\d{2})$/.exec(trimmed);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    return {
      start: `${m[1]}-${m[2]}-01`,
      end: `${m[1]}-${m[2]}-${pad(lastDayOfMonth(year, month))}`,
      precision: "month",
    };
  }
  if (isValidIsoDate(trimmed)) return { start: trimmed, end: trimmed, precision: "day" };
  return null;
}

function formatDay(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return `${d} ${monthName(m)} ${y}`;
}

/** Human form that shows the precision: "20 Jun 2024", "Nov 2018", "2018", "7–8 Nov 2018", "date unknown". */
export function formatPreciseDate(date: PreciseDate): string {
  const { start, end, precision } = date;
  if (precision === "unknown" || !start || !end) return "date unknown";
  const [sy, sm, sd] = start.split("-").map(Number) as [number, number, number];
  const [ey, em, ed] = end.split("-").map(Number) as [number, number, number];
  switch (precision) {
    case "year":
      return String(sy);
    case "month":
      return `${monthName(sm)} ${sy}`;
    case "day":
      return formatDay(start);
    case "range":
      if (start === end) return formatDay(start);
      if (sy === ey && sm === em) return `${sd}–${ed} ${monthName(sm)} ${sy}`;
      if (sy === ey) return `${sd} ${monthName(sm)} – ${ed} ${monthName(em)} ${sy}`;
      return `${formatDay(start)} – ${formatDay(end)}`;
  }
}
