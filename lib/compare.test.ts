import { describe, expect, it } from "vitest";
import { compareSides, topLine } from "./compare";
import { comparabilityCaveats } from "./compare-caveats";
import { changeLabel, propositionRows, sidePosition } from "./compare-positions";
import { after, before, pos, record, topic } from "./compare-test-fixtures";
import { themeSets } from "./compare-themes";
import type { CompareSide } from "./compare-types";

describe("a whole comparison", () => {
  it("labels each proposition between the sides", () => {
    const c = compareSides([before, after]);
    expect(Object.fromEntries(c.rows.map((r) => [r.proposition.slug, r.changes[0]]))).toEqual({
      sovereignty: "no_shift",
      code: "dropped",
      capacity: "partial_shift",
      un: "new_position",
    });
    expect(c.phrases).toContain("independence sovereignty");
  });
});

describe("uncoded records", () => {
  const coded: CompareSide = {
    label: "2024",
    records: [
      record("c1", {
        dateStart: "2024-06-20",
        dateEnd: "2024-06-20",
        topics: [topic("sovereignty")],
        positions: [pos("sovereignty", "stated", 2), pos("un", "stated", 1)],
      }),
    ],
  };
  const uncoded: CompareSide = {
    label: "2025",
    records: [
      record("u1", {
        dateStart: "2025-03-01",
        dateEnd: "2025-03-01",
        text: "We uphold sovereignty in cyberspace.",
        topics: [topic("sovereignty")],
      }),
    ],
  };

  it("makes a side without any coded position 'not coded', never silent", () => {
    expect(sidePosition(uncoded.records, "sovereignty").kind).toBe("not_coded");
    expect(sidePosition([...uncoded.records, ...coded.records], "code").kind).toBe("silent");
  });

  it("labels a change against an uncoded side 'not coded', never dropped or new", () => {
    const rows = compareSides([coded, uncoded]).rows;
    expect(rows.map((r) => r.changes[0])).toEqual(["not_coded", "not_coded"]);
    const reverse = compareSides([uncoded, coded]).rows;
    expect(reverse.map((r) => r.changes[0])).toEqual(["not_coded", "not_coded"]);
    expect(changeLabel({ kind: "not_coded", evidence: [] }, { kind: "silent", evidence: [] })).toBe(
      "not_coded",
    );
  });

  it("keeps themes consistent: the topic is in both but uncoded on one side, the positions are unknown there", () => {
    const themes = themeSets([coded, uncoded]);
    const topicTheme = themes.all.find((t) => t.kind === "topic" && t.slug === "sovereignty");
    expect(topicTheme?.uncoded).toEqual([false, true]);
    // Not "only in 2024": whether 2025 takes these positions is unknown.
    expect(themes.only[0]?.filter((t) => t.kind === "proposition")).toEqual([]);
    expect(themes.unknown.map((t) => t.slug)).toEqual(["sovereignty", "un"]);
  });

  it("names the uncoded records in a caveat", () => {
    const caveat = comparabilityCaveats([coded, uncoded]).find((c) => c.kind === "not_coded");
    expect(caveat?.message).toContain("2025 (u1)");
    expect(caveat?.message).toContain("never dropped or new");
    expect(caveat?.values).toEqual([["coded"], ["not coded: u1"]]);
  });

  it("says so in the top line", () => {
    expect(compareSides([coded, uncoded]).conclusion).toBe(
      "Not comparable, one side not coded: SOVEREIGNTY, UN.",
    );
  });
});

describe("top line", () => {
  it("sums up the change labels between the first and the last side", () => {
    const a: CompareSide = {
      label: "2018",
      records: [
        record("a", {
          positions: [pos("keep", "stated", 2), pos("drop", "stated", 1), pos("move", "stated", 2)],
        }),
      ],
    };
    const b: CompareSide = {
      label: "2024",
      records: [
        record("b", {
          positions: [pos("keep", "stated", 2), pos("new", "stated", 1), pos("move", "stated", 1)],
        }),
      ],
    };
    expect(topLine([a, b], propositionRows([a, b]))).toBe(
      "Constant: KEEP; new in 2024: NEW; only in 2018 (not restated): DROP; 1 partial shift: MOVE.",
    );
    expect(topLine([a], propositionRows([a]))).toBe("");
  });
});
