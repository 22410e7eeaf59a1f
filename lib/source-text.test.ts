import { describe, expect, it } from "vitest";
import { segmentSource } from "./source-text";

describe("source text segments", () => {
  it("mark the passage by code point offsets, after an astral junk character, and clean around it", () => {
    const raw = "Title\n(VNA)ᩚ𒀱ᩚ - Intro. Nam said: cooperate.\nNext line.";
    // Code points: "Title\n" = 6, "(VNA)" = 5, 3 junk, " - Intro. " = 10 => "Nam" starts at 24.
    const start = 24;
    const end = start + "Nam said: cooperate.".length;
    const paragraphs = segmentSource(raw, start, end);
    expect(paragraphs).toEqual([
      { segments: [{ text: "Title", evidence: false }], hasEvidence: false },
      {
        segments: [
          { text: "(VNA) - Intro. ", evidence: false },
          { text: "Nam said: cooperate.", evidence: true },
        ],
        hasEvidence: true,
      },
      { segments: [{ text: "Next line.", evidence: false }], hasEvidence: false },
    ]);
  });

  it("handle a passage spanning paragraphs", () => {
    const paragraphs = segmentSource("ab\ncd", 1, 4);
    expect(paragraphs.map((p) => p.segments)).toEqual([
      [
        { text: "a", evidence: false },
        { text: "b", evidence: true },
      ],
      [
        { text: "c", evidence: true },
        { text: "d", evidence: false },
      ],
    ]);
  });
});
