import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { dateCheckSql, dateRangeProblem } from "./date-rule";

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

  it("the database's CHECK accepts every date the rule accepts, and refuses what it refuses but two calendar cases", () => {
    const sqlite = new Database(":memory:");
    sqlite.exec(`CREATE TABLE d (s TEXT, e TEXT, p TEXT NOT NULL, CHECK (${dateCheckSql("s", "e", "p")}))`);
    const insert = sqlite.prepare("INSERT INTO d (s, e, p) VALUES (?, ?, ?)");
    const stored = (s: string | null, e: string | null, p: string) => {
      try {
        insert.run(s, e, p);
        return true;
      } catch {
        return false;
      }
    };
    // SQL checks a month's start and a day's shape, not where a month ends or whether 30 February exists.
    const calendar = new Set(["2023-02-01..2023-02-29", "2018-11-01..2018-11-15"]);
    for (const [start, end, precision, field] of cases) {
      const expected = field === null || calendar.has(`${start}..${end}`);
      expect(stored(start, end, precision), `${start}..${end} ${precision}`).toBe(expected);
    }
    expect(stored(null, null, "unknown")).toBe(true);
    expect(stored("2018-11-08", null, "day")).toBe(false);
    expect(stored("2018-11-08", "2018-11-08", "unknown")).toBe(false);
    expect(stored("8 Nov 2018", "8 Nov 2018", "day")).toBe(false);
    sqlite.close();
  });
});
