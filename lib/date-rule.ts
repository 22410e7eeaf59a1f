/**
 * The one rule for how a date's precision shapes its range of possible days, for the edit form, the bulk and
 * article imports alike (the database's CHECK in db/schema.ts is a looser guard under both). It used to be written
 * twice and the copies disagreed: the form accepted a "month" of 2018-11-01..2018-11-15, which the import then
 * refused, so a record corrected by hand no longer re-imported as already stored.
 *
 * A precision says what is known: a day, a month (any of its days), a year (any of its days), or a range of days.
 * Dependency-free, so any layer may use it.
 */
import { lastDayOfMonth } from "./dates";

export interface DateRangeProblem {
  /** The day to correct. */
  field: "start" | "end";
  message: string;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** What is wrong with two valid ISO days for this precision, or null. */
export function dateRangeProblem(
  start: string,
  end: string,
  precision: "day" | "month" | "year" | "range",
): DateRangeProblem | null {
  if (start > end) return { field: "end", message: "The last day is before the first." };
  const [year, month] = start.split("-").map(Number) as [number, number];
  if (precision === "day" && start !== end)
    return { field: "end", message: "A single day: the first and last day are the same." };
  if (precision === "month") {
    const first = `${start.slice(0, 7)}-01`;
    const last = `${start.slice(0, 7)}-${pad(lastDayOfMonth(year, month))}`;
    if (start !== first || end !== last)
      return {
        field: start !== first ? "start" : "end",
        message: `A month runs from its first to its last day (${first} to ${last}); a part of a month is a range.`,
      };
  }
  if (precision === "year" && (start !== `${year}-01-01` || end !== `${year}-12-31`))
    return {
      field: start !== `${year}-01-01` ? "start" : "end",
      message: `A year runs from 1 January to 31 December (${year}-01-01 to ${year}-12-31); a part of a year is a range.`,
    };
  return null;
}
