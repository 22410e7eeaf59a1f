import { describe, expect, it } from "vitest";
import { markBasis, markPhrases, sharedPhrases } from "./compare-phrases";

describe("shared phrases", () => {
  it("find the longest phrases of content words on both sides, ignoring case and diacritics", () => {
    const phrases = sharedPhrases(
      ["Respecting Independence, Sovereignty and the Law on Cyber Security."],
      ["respect for independence, sovereignty; the law on cyber security of Việt Nam"],
    );
    expect(phrases).toEqual(["law on cyber security", "independence sovereignty"]);
    expect(sharedPhrases(["of the and"], ["of the and"])).toEqual([]);
  });

  it("mark the shared words in a text without changing it", () => {
    const text = "The Law on Cyber Security, adopted.";
    const segments = markPhrases(text, ["law on cyber security"]);
    expect(segments).toEqual([
      { text: "The ", shared: false },
      { text: "Law on Cyber Security", shared: true },
      { text: ", adopted.", shared: false },
    ]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });
});

describe("basis marking", () => {
  it("marks each piece of an elided basis in order, and leaves unknown pieces alone", () => {
    expect(
      markBasis("Vietnam urged the Council to pay attention.", "urged the Council ... pay attention"),
    ).toEqual([
      { text: "Vietnam ", shared: false },
      { text: "urged the Council", shared: true },
      { text: " to ", shared: false },
      { text: "pay attention", shared: true },
      { text: ".", shared: false },
    ]);
    expect(markBasis("abc", "xyz")).toEqual([{ text: "abc", shared: false }]);
    expect(markBasis("abc", null)).toEqual([{ text: "abc", shared: false }]);
  });
});
