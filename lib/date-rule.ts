/**
 * The one rule for how a date's precision shapes its range of possible days, for the edit form, the bulk and
 * article imports alike, and (dateCheckSql, below) for the database's CHECK on statements and events. It used to be written
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

/** An ISO calendar day, YYYY-MM-DD, as SQL can test it. */
const isoDaySql = (column: string) => `${column} glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`;

/**
 * The rule above as the CHECK the statements and events tables carry (db/schema.ts), so that what SQL refuses is
 * written next to what the forms and imports refuse. SQL has no calendar here, so the CHECK is looser in two ways
 * only: a month must start on its first day but may end before its last, and a day is checked for its shape, not
 * its existence (2023-02-30). Every pair that dateRangeProblem accepts passes it (lib/date-rule.test.ts runs both).
 * Its text is the tables' constraint: changing it changes the schema and needs a migration.
 */
export function dateCheckSql(start: string, end: string, precision: string): string {
  return (
    `(${precision} = 'unknown' and ${start} is null and ${end} is null) or ` +
    `(${precision} <> 'unknown' and ${start} is not null and ${end} is not null and ${start} <= ${end} and ` +
    `${isoDaySql(start)} and ${isoDaySql(end)} and ` +
    `(${precision} <> 'day' or ${start} = ${end}) and ` +
    `(${precision} <> 'month' or (substr(${start}, 1, 7) = substr(${end}, 1, 7) and substr(${start}, 9) = '01')) and ` +
    `(${precision} <> 'year' or (substr(${start}, 6) = '01-01' and substr(${end}, 6) = '12-31' and substr(${start}, 1, 4) = substr(${end}, 1, 4))))`
  );
}
