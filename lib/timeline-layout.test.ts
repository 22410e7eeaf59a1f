import { describe, expect, it } from "vitest";
import {
  assignLanes,
  axisTicks,
  binCount,
  binEnd,
  binLabel,
  binStart,
  chooseBin,
  MAX_BINS,
  markBoxVars,
  markPlacement,
  nextBinStart,
  spanBox,
  timeDomain,
  windowDomain,
  yearTicks,
} from "./timeline-layout";
import { timelineNoticeText } from "./timeline-notices";

describe("timeline layout", () => {
  const domain = timeDomain([
    { start: "2018-11-07", end: "2018-11-08" },
    { start: "2019-06-20", end: "2019-06-20" },
  ]);

  it("covers whole years", () => {
    expect(domain?.years).toEqual([2018, 2019]);
    expect(timeDomain([])).toBeNull();
  });

  it("draws precision as width: a year is wide, a range spans its days, a day is one day", () => {
    if (!domain) throw new Error("no domain");
    const year = spanBox(domain, "2018-01-01", "2018-12-31");
    expect(year.left).toBe(0);
    expect(year.width).toBeCloseTo((365 / 730) * 100);
    const range = spanBox(domain, "2018-11-07", "2018-11-08");
    const day = spanBox(domain, "2019-06-20", "2019-06-20");
    expect(range.width).toBeCloseTo(2 * day.width);
    expect(yearTicks(domain).map((t) => t.year)).toEqual([2018, 2019]);
  });

  it("stacks overlapping marks in lanes and reuses free lanes", () => {
    expect(
      assignLanes(
        [
          { left: 10, width: 1 },
          { left: 10, width: 1 },
          { left: 50, width: 1 },
          { left: 10.5, width: 0.1 },
        ],
        2,
        0.5,
      ),
    ).toEqual([0, 1, 0, 2]);
  });
});

describe("mark placement", () => {
  const domain = timeDomain([
    { start: "2018-11-07", end: "2018-11-08" },
    { start: "2024-06-20", end: "2024-06-20" },
  ]);

  it("puts a 7–8 Nov 2018 range inside 2018, before the 2019 gridline", () => {
    if (!domain) throw new Error("no domain");
    const p = markPlacement(domain, "2018-11-07", "2018-11-08");
    const gridline2019 = yearTicks(domain).find((t) => t.year === 2019)?.left ?? 0;
    expect(p.yearEnd).toBeCloseTo(gridline2019);
    expect(p.yearStart).toBe(0);
    expect(p.centre).toBeLessThan(gridline2019);
    expect(p.centre).toBeGreaterThan(gridline2019 - 100 / 7 / 6);
  });

  it("places a narrow mark by its midpoint and the bounds of its year", () => {
    // 2018-01-01..2024-12-31 is 2557 days; 7-8 Nov 2018 are days 310 and 311, so the midpoint is day 311.
    if (!domain) throw new Error("no domain");
    const vars = markBoxVars(markPlacement(domain, "2018-11-07", "2018-11-08"));
    const r = (n: number) => Number(n.toFixed(3));
    expect(vars).toBe(
      `--c:${r((311 / 2557) * 100)};--w:${r((2 / 2557) * 100)};--y0:0;--y1:${r((365 / 2557) * 100)}`,
    );
  });
});

describe("timeline bins", () => {
  it("finds the bin of a day: ISO weeks start on Monday, quarters on Jan/Apr/Jul/Oct", () => {
    expect(binStart("week", "2018-11-07")).toBe("2018-11-05");
    expect(binStart("week", "2018-11-05")).toBe("2018-11-05");
    expect(binStart("week", "2018-11-04")).toBe("2018-10-29");
    expect(binStart("month", "2018-11-30")).toBe("2018-11-01");
    expect(binStart("quarter", "2018-11-30")).toBe("2018-10-01");
    expect(binStart("quarter", "2018-03-31")).toBe("2018-01-01");
    expect(binStart("year", "2018-11-30")).toBe("2018-01-01");
  });

  it("steps to the next bin across month and year ends, and names bins", () => {
    expect(nextBinStart("week", "2018-12-31")).toBe("2019-01-07");
    expect(nextBinStart("month", "2018-12-01")).toBe("2019-01-01");
    expect(nextBinStart("quarter", "2018-10-01")).toBe("2019-01-01");
    expect(binEnd("month", "2024-02-01")).toBe("2024-02-29");
    expect(binEnd("quarter", "2018-10-01")).toBe("2018-12-31");
    expect(binLabel("quarter", "2018-10-01")).toBe("Q4 2018");
    expect(binLabel("week", "2018-11-05")).toBe("week of 5 Nov 2018");
    expect(binLabel("month", "2018-11-01")).toBe("Nov 2018");
  });

  it("chooses the finest bin size that keeps the axis readable", () => {
    expect(chooseBin("2018-11-01", "2018-11-30", null).unit).toBe("week");
    expect(chooseBin("2018-01-01", "2019-01-31", null).unit).toBe("week");
    expect(chooseBin("2018-01-01", "2019-03-31", null).unit).toBe("month");
    expect(chooseBin("2018-01-01", "2019-12-31", null).unit).toBe("month");
    expect(chooseBin("2015-01-01", "2024-12-31", null).unit).toBe("quarter");
    expect(chooseBin("1995-01-01", "2025-12-31", null).unit).toBe("year");
    expect(binCount("month", "2018-01-01", "2022-12-31")).toBe(MAX_BINS);
    expect(chooseBin("2018-01-01", "2022-12-31", null).unit).toBe("month");
  });

  it("keeps a requested size when it fits, and says why when it does not", () => {
    expect(chooseBin("2018-01-01", "2019-12-31", "year")).toEqual({ unit: "year", notice: null });
    const tooFine = chooseBin("1995-01-01", "2025-12-31", "week");
    expect(tooFine.unit).toBe("year");
    expect(tooFine.notice).toMatchObject({
      kind: "bin_too_fine",
      requested: "week",
      most: MAX_BINS,
      shown: "year",
    });
    expect(tooFine.notice?.bins).toBeGreaterThan(MAX_BINS);
    if (!tooFine.notice) throw new Error("expected a notice");
    expect(timelineNoticeText(tooFine.notice)).toMatch(
      /bin size “week” would draw \d+ bins .* year bins are shown/,
    );
  });

  it("ticks years over long spans and months over short zooms, inside the window", () => {
    const years = axisTicks(windowDomain("2015-01-01", "2024-12-31"));
    expect(years.map((t) => t.label)).toEqual([
      "2015",
      "2016",
      "2017",
      "2018",
      "2019",
      "2020",
      "2021",
      "2022",
      "2023",
      "2024",
    ]);
    const months = axisTicks(windowDomain("2018-11-07", "2019-02-28"));
    expect(months.map((t) => t.label)).toEqual(["Nov 2018", "Dec 2018", "Jan 2019", "Feb 2019"]);
    expect(months[0]?.left).toBe(0);
    expect(months.every((t) => t.unit === "month")).toBe(true);
  });

  it("keeps a zoomed mark inside the window", () => {
    const d = windowDomain("2018-11-01", "2018-11-30");
    const p = markPlacement(d, "2018-11-29", "2018-12-02");
    expect(p.yearStart).toBe(0);
    expect(p.yearEnd).toBe(100);
    // A two-day range is twice a day wide, so it never looks like a single day.
    expect(spanBox(d, "2018-11-07", "2018-11-08").width).toBeCloseTo(
      2 * spanBox(d, "2018-11-09", "2018-11-09").width,
    );
  });
});
