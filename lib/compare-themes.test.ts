import { describe, expect, it } from "vitest";
import { after, before, record } from "./compare-test-fixtures";
import { themeSets } from "./compare-themes";
import type { CompareSide } from "./compare-types";

describe("theme sets", () => {
  it("split propositions and topics into both / only first / only second, with their evidence", () => {
    const themes = themeSets([before, after]);
    const slugs = (list: { kind: string; slug: string }[]) => list.map((t) => `${t.kind}:${t.slug}`);
    expect(slugs(themes.all)).toEqual([
      "proposition:sovereignty",
      "proposition:capacity",
      "topic:sovereignty",
    ]);
    expect(slugs(themes.only[0] ?? [])).toEqual(["proposition:code", "topic:norms"]);
    expect(slugs(themes.only[1] ?? [])).toEqual(["proposition:un", "topic:un"]);
    const code = themes.only[0]?.[0];
    expect(code?.evidence[0]).toEqual([
      { publicId: "n1", text: before.records[0]?.text, basis: "a code of conduct" },
    ]);
    // An explicit "not addressed" coding is not evidence that the theme was raised.
    expect(code?.evidence[1]).toEqual([]);
    const capacity = themes.all[1];
    expect(capacity?.evidence.map((e) => e.map((x) => x.publicId))).toEqual([["n1"], ["g2"]]);
  });

  it("group themes raised on some but not all of three sides", () => {
    const third: CompareSide = { label: "x", records: [record("x1")] };
    const themes = themeSets([before, after, third]);
    expect(themes.all).toEqual([]);
    expect(themes.some.map((t) => t.slug)).toContain("sovereignty");
  });
});
