import { describe, expect, it } from "vitest";
import { autoMerge, fieldStates, type NoteFields, unionTags } from "./annotation-merge";

const passage = (exact: string, start: number) => ({
  exact,
  prefix: "",
  suffix: "",
  start,
  end: start + exact.length,
});
const base: NoteFields = { body: "Original", tags: ["draft"], anchor: passage("cyber", 3) };

describe("annotation merge", () => {
  it("takes the colleague's tags and passage when only they changed them, keeping the user's text", () => {
    const mine = { ...base, body: "Original, with my addition" };
    const theirs = {
      ...base,
      body: "Original, with theirs",
      tags: ["draft", "checked"],
      anchor: passage("war", 9),
    };
    expect(fieldStates(base, mine, theirs)).toEqual({ body: "both", tags: "theirs", anchor: "theirs" });
    expect(autoMerge(base, mine, theirs)).toEqual({
      body: "Original, with my addition",
      tags: ["draft", "checked"],
      anchor: passage("war", 9),
    });
  });

  it("keeps the user's own changes where the colleague left a field alone", () => {
    const mine = { ...base, tags: ["final"], anchor: null };
    const theirs = { ...base, body: "Reworded" };
    expect(fieldStates(base, mine, theirs)).toEqual({ body: "theirs", tags: "mine", anchor: "mine" });
    expect(autoMerge(base, mine, theirs)).toEqual({ body: "Reworded", tags: ["final"], anchor: null });
  });

  it("flags fields both changed differently, and treats tag order and case as no change", () => {
    const mine = { ...base, tags: ["Final", "draft"] };
    const theirs = { ...base, tags: ["draft", "final"], anchor: passage("war", 9) };
    expect(fieldStates(base, mine, theirs).tags).toBe("same");
    const other = { ...base, tags: ["checked"] };
    expect(fieldStates(base, mine, other).tags).toBe("both");
    expect(unionTags(["final"], ["checked", "final"])).toEqual(["final", "checked"]);
  });
});
