import { describe, expect, it } from "vitest";
import { assignLanes, markBoxCss, markPlacement, spanBox, timeDomain, yearTicks } from "./timeline-layout";

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

  it("centres a narrow mark and keeps it inside its year, off the gridlines", () => {
    // 2018-01-01..2024-12-31 is 2557 days; 7-8 Nov 2018 are days 310 and 311, so the midpoint is day 311.
    if (!domain) throw new Error("no domain");
    const css = markBoxCss(markPlacement(domain, "2018-11-07", "2018-11-08"), 30);
    expect(css.width).toMatch(/^max\([\d.]+%, 30px\)$/);
    expect(css.left).toBe(
      `clamp(calc(0% + 2px), calc(${Number(((311 / 2557) * 100).toFixed(4))}% - ${css.width} / 2), calc(${Number(((365 / 2557) * 100).toFixed(4))}% - ${css.width} - 2px))`,
    );
  });
});
