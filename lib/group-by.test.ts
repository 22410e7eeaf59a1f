import { describe, expect, it } from "vitest";
import { groupBy } from "./group-by";

describe("groupBy", () => {
  it("keeps first-seen key order and item order within each group", () => {
    const grouped = groupBy(
      [
        { id: 2, tag: "b" },
        { id: 1, tag: "a" },
        { id: 2, tag: "c" },
      ],
      (x) => x.id,
      (x) => x.tag,
    );
    expect([...grouped.entries()]).toEqual([
      [2, ["b", "c"]],
      [1, ["a"]],
    ]);
  });

  it("groups the items themselves when no value is picked", () => {
    expect(groupBy(["aa", "b", "cc"], (s) => s.length).get(2)).toEqual(["aa", "cc"]);
  });
});
