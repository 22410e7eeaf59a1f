import { describe, expect, it } from "vitest";
import { findDates, findPublishedDate, resolveDate } from "./dates";

describe("findDates and resolveDate", () => {
  it("infers the year of a range without one from the publication date, with the reason", () => {
    const [d] = findDates("held in Moscow, Russia, from November 7-8.");
    expect(d).toMatchObject({ month: 11, startDay: 7, endDay: 8, year: null });
    if (!d) throw new Error("no date");
    const r = resolveDate(d, "2018-11-09");
    expect(r).toMatchObject({
      start: "2018-11-07",
      end: "2018-11-08",
      precision: "range",
      basis: "inferred",
    });
    expect(r.note).toContain("published on 2018-11-09");
  });

  it("takes the previous year when the date would fall after publication", () => {
    const [d] = findDates("on December 30");
    if (!d) throw new Error("no date");
    expect(resolveDate(d, "2019-01-03")).toMatchObject({ start: "2018-12-30", basis: "inferred" });
  });

  it("takes the coming date for an event still to be held", () => {
    const [d] = findDates("on January 5");
    if (!d) throw new Error("no date");
    expect(resolveDate(d, "2019-12-20", true)).toMatchObject({ start: "2020-01-05" });
  });

  it("leaves the year unknown and says so when there is no publication date", () => {
    const [d] = findDates("on June 20 in New York");
    if (!d) throw new Error("no date");
    const r = resolveDate(d, null);
    expect(r).toMatchObject({ start: null, precision: "unknown", needsYear: true });
    expect(r.note).toContain('"June 20"');
  });

  it("reads stated dates, day-first ranges and months", () => {
    expect(findDates("from 7 to 8 November 2018")[0]).toMatchObject({
      startDay: 7,
      endDay: 8,
      month: 11,
      year: 2018,
    });
    const [m] = findDates("In particular, in April 2023, the two sides");
    if (!m) throw new Error("no date");
    expect(resolveDate(m, null)).toMatchObject({
      start: "2023-04-01",
      end: "2023-04-30",
      precision: "month",
      basis: "stated",
    });
    const [x] = findDates("October 30 to November 2, 2023");
    if (!x) throw new Error("no date");
    expect(resolveDate(x, null)).toMatchObject({
      start: "2023-10-30",
      end: "2023-11-02",
      precision: "range",
    });
  });

  it("dates a weekday from the publication date", () => {
    const [d] = findDates("Son said on Monday that ties matter.");
    if (!d) throw new Error("no date");
    // 2024-10-07 is a Monday; 2024-10-09 a Wednesday.
    expect(resolveDate(d, "2024-10-07")).toMatchObject({ start: "2024-10-07", basis: "inferred" });
    expect(resolveDate(d, "2024-10-09")).toMatchObject({ start: "2024-10-07", precision: "day" });
    expect(resolveDate(d, null).precision).toBe("unknown");
    expect(findDates("on Monday, October 7, 2024")).toHaveLength(1);
  });

  it("rejects impossible dates", () => {
    const [d] = findDates("on February 30, 2023");
    if (!d) throw new Error("no date");
    expect(resolveDate(d, null).precision).toBe("unknown");
  });

  it("finds a dateline", () => {
    expect(findPublishedDate(["Title", "", "Friday, 2018-11-09 12:49:21"])).toBe("2018-11-09");
    expect(findPublishedDate(["November 9, 2018"])).toBe("2018-11-09");
    expect(
      findPublishedDate(["A sentence mentioning 2018-11-09 somewhere in a long paragraph of text here."]),
    ).toBeNull();
  });
});
