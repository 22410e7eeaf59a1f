import { describe, expect, it } from "vitest";
import { assignLanes, spanBox, timeDomain, yearTicks } from "./timeline-layout";

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
