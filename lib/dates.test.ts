import { describe, expect, it } from "vitest";
import { formatPreciseDate, parsePartialDate } from "./dates";

describe("dates with precision", () => {
  it("formats each precision so the reader sees what is known", () => {
    expect(formatPreciseDate({ start: "2024-06-20", end: "2024-06-20", precision: "day" })).toBe(
      "20 Jun 2024",
    );
    expect(formatPreciseDate({ start: "2018-11-01", end: "2018-11-30", precision: "month" })).toBe(
      "Nov 2018",
    );
    expect(formatPreciseDate({ start: "2018-01-01", end: "2018-12-31", precision: "year" })).toBe("2018");
    expect(formatPreciseDate({ start: "2018-11-07", end: "2018-11-08", precision: "range" })).toBe(
      "7–8 Nov 2018",
    );
    expect(formatPreciseDate({ start: "2023-10-16", end: "2023-11-02", precision: "range" })).toBe(
      "16 Oct – 2 Nov 2023",
    );
    expect(formatPreciseDate({ start: null, end: null, precision: "unknown" })).toBe("date unknown");
  });

  it("parses partial dates into the days they cover, and rejects impossible ones", () => {
    expect(parsePartialDate("2018")).toEqual({ start: "2018-01-01", end: "2018-12-31", precision: "year" });
    expect(parsePartialDate("2024-02")).toEqual({
      start: "2024-02-01",
      end: "2024-02-29",
      precision: "month",
    });
    expect(parsePartialDate("2024-06-20")).toEqual({
      start: "2024-06-20",
      end: "2024-06-20",
      precision: "day",
    });
    for (const bad of ["2024-13", "2023-02-29", "18", "2018-1-1", "", "2018-11-07x"]) {
      expect(parsePartialDate(bad)).toBeNull();
    }
  });
});
