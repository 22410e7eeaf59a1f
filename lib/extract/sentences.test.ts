import { describe, expect, it } from "vitest";
import { splitParagraphs, splitSentences } from "./sentences";

const sentences = (text: string) =>
  splitParagraphs(text).flatMap((p) => splitSentences(p).map((s) => s.text));

describe("splitSentences", () => {
  it("does not split after titles, ranks and dotted initials", () => {
    expect(
      sentences("Deputy Minister Sen. Lt. Gen. Bui Van Nam spoke at the U.N. in New York. Dr. Smith agreed."),
    ).toEqual([
      "Deputy Minister Sen. Lt. Gen. Bui Van Nam spoke at the U.N. in New York.",
      "Dr. Smith agreed.",
    ]);
  });

  it("keeps a quotation that spans sentences in one unit with its attribution", () => {
    expect(sentences('He spoke. "We will act. Security matters to all," he said. Then he left.')).toEqual([
      "He spoke.",
      '"We will act. Security matters to all," he said.',
      "Then he left.",
    ]);
  });

  it("splits after a quotation that closes on its own full stop", () => {
    expect(sentences('"We will act." He added more.')).toEqual(['"We will act."', "He added more."]);
  });

  it("keeps offsets that point back at the sentence", () => {
    const text = "\n  First one. Second one.\n\nThird";
    for (const p of splitParagraphs(text)) {
      for (const s of splitSentences(p)) expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it("survives an unbalanced quotation mark", () => {
    expect(sentences('He said "yes. Then no. Fine.')).toEqual(['He said "yes.', "Then no.", "Fine."]);
  });
});
