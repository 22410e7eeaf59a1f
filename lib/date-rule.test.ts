import { describe, expect, it } from "vitest";
import { dateRangeProblem } from "./date-rule";

describe("one date rule for the form and the imports", () => {
  const cases: [string, string, "day" | "month" | "year" | "range", "start" | "end" | null][] = [
    ["2018-11-08", "2018-11-08", "day", null],
    ["2018-11-08", "2018-11-09", "day", "end"],
    ["2018-11-01", "2018-11-30", "month", null],
    ["2024-02-01", "2024-02-29", "month", null],
    ["2023-02-01", "2023-02-29", "month", "end"],
    ["2018-11-01", "2018-11-15", "month", "end"],
    ["2018-11-02", "2018-11-30", "month", "start"],
    ["2018-11-01", "2018-12-31", "month", "end"],
    ["2018-01-01", "2018-12-31", "year", null],
    ["2018-03-01", "2018-12-31", "year", "start"],
    ["2018-01-01", "2019-12-31", "year", "end"],
    ["2018-11-01", "2018-11-15", "range", null],
    ["2018-11-15", "2018-11-01", "range", "end"],
  ];
  it.each(cases)("%s..%s as %s", (start, end, precision, field) => {
    expect(dateRangeProblem(start, end, precision)?.field ?? null).toBe(field);
  });
});
