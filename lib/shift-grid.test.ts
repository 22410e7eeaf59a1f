import { describe, expect, it } from "vitest";
import {
  cellMean,
  cellText,
  codeOf,
  gridPeriods,
  MAX_GRID_PERIODS,
  parseShiftGridView,
  periodOf,
  shiftGridHref,
} from "./shift-grid";

describe("shift grid periods", () => {
  it("uses single years when they fit, else equal runs ending on the last year", () => {
    expect(gridPeriods(2018, 2020).map((p) => p.label)).toEqual(["2018", "2019", "2020"]);
    const long = gridPeriods(1995, 2025);
    expect(long.length).toBeLessThanOrEqual(MAX_GRID_PERIODS);
    expect(long[long.length - 1]).toEqual({ from: 2023, to: 2025, label: "2023–2025" });
    expect(long[0]?.from).toBe(1995);
    // Every year falls in exactly one period.
    for (let y = 1995; y <= 2025; y++) expect(long.filter((p) => y >= p.from && y <= p.to)).toHaveLength(1);
    expect(periodOf(long, 1994)).toBe(-1);
    expect(gridPeriods(2020, 2019)).toEqual([]);
  });
});

describe("shift grid cells", () => {
  it("keeps stances, statuses and uncoded records apart", () => {
    expect(codeOf("stated", 2)).toBe("s2");
    expect(codeOf("stated", -1)).toBe("sm1");
    expect(codeOf("not_addressed", null)).toBe("not_addressed");
    const cell = { mix: { s2: 2, sm1: 1, not_addressed: 3 }, notCoded: 4 };
    expect(cellText(cell)).toBe("2 +2 strongly supports, 1 −1 opposes, 3 coded not addressed, 4 not coded");
    expect(cellMean(cell)).toBe(1);
    expect(cellMean({ mix: { not_addressed: 3 }, notCoded: 1 })).toBeNull();
    expect(cellText({ mix: {}, notCoded: 0 })).toBe("no records");
  });
});

describe("shift grid URL grammar", () => {
  it("reads a proposition and a row count, and names what it ignores", () => {
    expect(parseShiftGridView({ proposition: "Code-Of-Conduct", rows: "20" }).view).toEqual({
      proposition: "code-of-conduct",
      rows: 20,
      by: "speaker",
      across: "period",
      kind: null,
    });
    const { view, ignored } = parseShiftGridView({
      proposition: "no way",
      rows: "900",
      x: "1",
      by: "event",
      across: "speaker",
      kind: "party",
    });
    expect(view).toEqual({ proposition: null, rows: 12, by: "speaker", across: "period", kind: null });
    expect(ignored.map((i) => i.key).sort()).toEqual(["across", "by", "kind", "proposition", "rows", "x"]);
    expect(shiftGridHref({ proposition: "code-of-conduct" })).toBe("/shifts?proposition=code-of-conduct");
    expect(
      parseShiftGridView(
        new URL(
          shiftGridHref({ proposition: "a-b", rows: 5, by: "country", across: "event", kind: "summit" }),
          "http://x",
        ).searchParams,
      ).view,
    ).toEqual({ proposition: "a-b", rows: 5, by: "country", across: "event", kind: "summit" });
  });

  it("follows the one repeat rule: a single key takes its last value and reports the earlier one", () => {
    const { view, ignored } = parseShiftGridView(new URLSearchParams("rows=5&rows=8&by=country&by=country"));
    expect(view.rows).toBe(8);
    expect(view.by).toBe("country");
    expect(ignored).toEqual([
      { key: "rows", value: "5", reason: "given twice: the last value, “8”, is used" },
    ]);
  });
});
