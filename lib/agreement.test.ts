import { describe, expect, it } from "vitest";
import { ordinalAlpha, summarizeAgreement } from "./agreement";

describe("ordinal Krippendorff's alpha", () => {
  it("matches a hand-computed example with three values", () => {
    // Coincidences: (-1,0) and (0,-1) 1 each, (0,0) 2, (1,1) 2, (-1,1) and (1,-1) 1 each; marginals 2, 3, 3;
    // n = 8. Ordinal distances: d(-1,0) = (2+3) - 2.5 = 2.5, d(0,1) = 6 - 3 = 3, d(-1,1) = 8 - 2.5 = 5.5.
    // Observed 2 * 6.25 + 2 * 30.25 = 73; expected 2 * (6 * 6.25 + 9 * 9 + 6 * 30.25) = 600.
    // alpha = 1 - 7 * 73 / 600 = 89 / 600.
    const result = ordinalAlpha([
      [-1, 0],
      [0, 0],
      [1, 1],
      [-1, 1],
    ]);
    expect(result.alpha).toBeCloseTo(89 / 600, 10);
    expect(result.units).toBe(4);
    expect(result.values).toBe(8);
    expect(result.marginals).toEqual([
      { value: -1, n: 2 },
      { value: 0, n: 3 },
      { value: 1, n: 3 },
    ]);
    expect(result.warnings).toEqual(["too_few_items"]);
  });

  it("with two values equals the nominal figure, 4/9 here", () => {
    expect(
      ordinalAlpha([
        [1, 1],
        [1, 2],
        [2, 2],
      ]).alpha,
    ).toBeCloseTo(4 / 9, 10);
  });

  it("reproduces Krippendorff's own reliability data (4 observers, 12 units, missing data): 0.815", () => {
    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: observers A-D by units 1-12,
    // "." for a missing value. Published: nominal 0.743, ordinal 0.815, interval 0.849. Unit 12 has one value
    // (only B coded it) and is not pairable.
    const A = [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null];
    const B = [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3];
    const C = [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null];
    const D = [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null];
    const units = A.map((_, u) => [A[u], B[u], C[u], D[u]].filter((v): v is number => v != null));
    const result = ordinalAlpha(units);
    expect(result.alpha).toBeCloseTo(0.815, 3);
    expect(result.units).toBe(11);
    expect(result.values).toBe(40);
  });

  it("never counts an item one coder coded, and is undefined without variation", () => {
    expect(ordinalAlpha([[2], [1], [0]])).toMatchObject({
      alpha: null,
      units: 0,
      warnings: ["no_pairable_items"],
    });
    const same = ordinalAlpha([[2, 2], [2, 2], [2, 2], [1]]);
    expect(same.alpha).toBeNull();
    expect(same.warnings).toContain("no_variation");
  });

  it("warns when one value dominates", () => {
    const units = [...Array.from({ length: 12 }, () => [2, 2]), [1, 2]];
    const result = ordinalAlpha(units);
    expect(result.warnings).toEqual(["one_value_dominates"]);
    expect(result.alpha).not.toBeNull();
  });
});

describe("agreement over double-coded items", () => {
  it("computes alpha over the stances, and counts identical items and non-stance statuses apart", () => {
    const s = (stance: number) => ({ status: "stated", stance });
    const summary = summarizeAgreement([
      { codes: [s(-1), s(0)] },
      { codes: [s(0), s(0)] },
      { codes: [s(1), s(1)] },
      { codes: [s(-1), s(1)] },
      { codes: [s(2), { status: "ambiguous", stance: null }] },
      { codes: [s(2)] },
    ]);
    // The last item is single-coded and never counts; the fifth has one stance, so it is not pairable for alpha.
    expect(summary).toMatchObject({ items: 5, identical: 2, withStatus: 1, units: 4 });
    expect(summary.alpha).toBeCloseTo(89 / 600, 10);
  });
});
