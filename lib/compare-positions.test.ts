import { describe, expect, it } from "vitest";
import {
  addToTally,
  changeLabel,
  emptyTally,
  sidePosition,
  sidePositionFromTally,
} from "./compare-positions";
import { ambiguous, noPosition, pos, record, silent, stated } from "./compare-test-fixtures";

describe("change labels", () => {
  it("compare two stated stances", () => {
    expect(changeLabel(stated(2), stated(2))).toBe("no_shift");
    expect(changeLabel(stated(1), stated(2))).toBe("partial_shift");
    expect(changeLabel(stated(2), stated(0))).toBe("partial_shift");
    expect(changeLabel(stated(1), stated(-1))).toBe("reversal");
    expect(changeLabel(stated(-2), stated(2))).toBe("reversal");
  });

  it("never score silence as neutral", () => {
    expect(changeLabel(silent, stated(0))).toBe("new_position");
    expect(changeLabel(stated(0), silent)).toBe("dropped");
    expect(changeLabel(silent, stated(2))).toBe("new_position");
    expect(changeLabel(stated(2), silent)).toBe("dropped");
    expect(changeLabel(silent, silent)).toBe("not_addressed_either");
  });

  it("say 'not addressed on one side' when the other side takes no stance either", () => {
    expect(changeLabel(silent, ambiguous)).toBe("not_addressed_one_side");
    expect(changeLabel(noPosition, silent)).toBe("not_addressed_one_side");
  });

  it("claim no shift when a side is ambiguous", () => {
    expect(changeLabel(ambiguous, stated(2))).toBe("ambiguous");
    expect(changeLabel(stated(-1), ambiguous)).toBe("ambiguous");
    expect(changeLabel(ambiguous, ambiguous)).toBe("ambiguous");
    expect(changeLabel(noPosition, ambiguous)).toBe("ambiguous");
  });

  it("treat an explicit 'no position' as addressed, not silent", () => {
    expect(changeLabel(noPosition, stated(1))).toBe("new_position");
    expect(changeLabel(stated(1), noPosition)).toBe("partial_shift");
    expect(changeLabel(noPosition, noPosition)).toBe("no_shift");
  });
});

describe("a side's position on a proposition", () => {
  it("is silent with no coded position, and silent when coded not addressed (keeping the note)", () => {
    // The side is coded (on q), so having nothing on p means p was not addressed.
    expect(sidePosition([record("a", { positions: [pos("q", "stated", 1)] })], "p").kind).toBe("silent");
    const coded = sidePosition([record("a", { positions: [pos("p", "not_addressed")] })], "p");
    expect(coded.kind).toBe("silent");
    expect(coded.evidence).toHaveLength(1);
  });

  it("aggregates stated stances and keeps the spread", () => {
    const p = sidePosition(
      [
        record("a", { positions: [pos("p", "stated", 1)] }),
        record("b", { positions: [pos("p", "stated", 2)] }),
        record("c", { positions: [pos("p", "ambiguous")] }),
      ],
      "p",
    );
    expect(p).toMatchObject({ kind: "stated", stance: 2, min: 1, max: 2 });
    expect(p.evidence.map((e) => e.publicId)).toEqual(["a", "b"]);
  });

  it("is ambiguous, not averaged to neutral, when records on one side conflict", () => {
    const p = sidePosition(
      [
        record("a", { positions: [pos("p", "stated", 2)] }),
        record("b", { positions: [pos("p", "stated", -2)] }),
      ],
      "p",
    );
    expect(p).toMatchObject({ kind: "ambiguous", conflicting: true });
  });

  it("prefers ambiguous over no position, and no position over silence", () => {
    expect(
      sidePosition(
        [
          record("a", { positions: [pos("p", "no_position")] }),
          record("b", { positions: [pos("p", "ambiguous")] }),
        ],
        "p",
      ).kind,
    ).toBe("ambiguous");
    expect(
      sidePosition(
        [
          record("a", { positions: [pos("p", "no_position")] }),
          record("b", { positions: [pos("p", "not_addressed")] }),
        ],
        "p",
      ).kind,
    ).toBe("no_position");
  });
});

describe("the rule from tallies (sides too large to read one by one)", () => {
  const tally = (stated: [number, number][], ambiguous = 0, noPosition = 0, notAddressed = 0) => ({
    stated: stated.map(([stance, n]) => ({ stance, n })),
    ambiguous,
    noPosition,
    notAddressed,
  });

  it("weights each stance by its records and rounds the mean away from zero", () => {
    // (2 * 1 + 1 * 3) / 4 = 1.25 -> 1; (2 * 3 + 1 * 1) / 4 = 1.75 -> 2; -1.5 -> -2.
    expect(
      sidePositionFromTally(
        tally([
          [2, 1],
          [1, 3],
        ]),
        true,
        [],
      ),
    ).toMatchObject({ kind: "stated", stance: 1 });
    expect(
      sidePositionFromTally(
        tally([
          [2, 3],
          [1, 1],
        ]),
        true,
        [],
      ),
    ).toMatchObject({ kind: "stated", stance: 2 });
    expect(
      sidePositionFromTally(
        tally([
          [-1, 1],
          [-2, 1],
        ]),
        true,
        [],
      ),
    ).toMatchObject({ kind: "stated", stance: -2 });
  });

  it("opposite signs on one side are ambiguous, however lopsided", () => {
    expect(
      sidePositionFromTally(
        tally([
          [2, 999],
          [-1, 1],
        ]),
        true,
        [],
      ),
    ).toMatchObject({
      kind: "ambiguous",
      conflicting: true,
    });
  });

  it("silence is not neutrality, and a side with nothing coded is not coded", () => {
    expect(sidePositionFromTally(tally([], 0, 0, 5), true, []).kind).toBe("silent");
    expect(sidePositionFromTally(tally([], 0, 2, 0), true, []).kind).toBe("no_position");
    expect(sidePositionFromTally(tally([[0, 4]]), true, [])).toMatchObject({ kind: "stated", stance: 0 });
    const notCoded = sidePositionFromTally(tally([]), false, []);
    const stated = sidePositionFromTally(tally([[1, 3]]), true, []);
    expect(changeLabel(stated, notCoded)).toBe("not_coded");
    expect(changeLabel(notCoded, stated)).toBe("not_coded");
  });

  it("agrees with the rule over records", () => {
    const records = [
      record("a", { positions: [pos("p", "stated", 2)] }),
      record("b", { positions: [pos("p", "stated", 1)] }),
      record("c", { positions: [pos("p", "stated", 1)] }),
    ];
    const t = emptyTally();
    for (const r of records) for (const p of r.positions) addToTally(t, p.status, p.stance);
    expect(sidePositionFromTally(t, true, [])).toMatchObject({ kind: "stated", stance: 1, min: 1, max: 2 });
    expect(sidePosition(records, "p")).toMatchObject({ kind: "stated", stance: 1, min: 1, max: 2 });
  });
});
