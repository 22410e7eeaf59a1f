import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sliceCodePoints } from "@/lib/text";
import { readArticle } from "@/seeds/load";
import { extractCandidates } from "./candidates";
import { prepareText, toRawSpan } from "./clean";

const article = readArticle("004_90988578e48dc927.txt");

// Text with the characters that matter here: Vietnamese letters (composed and not), quotes, junk, newlines.
const pieces = fc.constantFrom(
  " ",
  "\n",
  ".",
  ",",
  "“",
  "”",
  '"',
  "’",
  "\u00A0",
  "ᩚ",
  "𒀱",
  "\u0301",
  "e\u0302\u0301",
  "Đặng",
  "Nam said",
  "the ambassador said",
  "He",
  "Sen. Lt. Gen.",
  "Deputy Minister",
  "Bui Van Nam",
  "November 7-8",
  "./.",
  "According to",
  "However,",
  "held in Moscow",
  "the 17th meeting of heads",
);
const messyText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 400 }),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.array(pieces, { maxLength: 80 }).map((a) => a.join("")),
  fc
    .tuple(fc.nat(article.length), fc.nat(article.length), fc.array(pieces, { maxLength: 5 }))
    .map(
      ([a, b, extra]) => article.slice(0, Math.min(a, b)) + extra.join("") + article.slice(Math.min(a, b)),
    ),
);

describe("extraction on arbitrary input", () => {
  it("never throws, and every evidence span slices the raw text exactly", () => {
    fc.assert(
      fc.property(
        messyText,
        fc.option(fc.constantFrom("2018-11-09", "2024-02-29", "not a date")),
        (raw, published) => {
          const result = extractCandidates({ raw, published });
          const length = Array.from(raw).length;
          for (const c of [...result.candidates, ...result.setAside]) {
            expect(c.evidence.start).toBeGreaterThanOrEqual(0);
            expect(c.evidence.end).toBeLessThanOrEqual(length);
            expect(c.evidence.end).toBeGreaterThan(c.evidence.start);
            expect(sliceCodePoints(raw, c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
            if (c.date.precision !== "unknown")
              expect(c.date.start && c.date.end && c.date.start <= c.date.end).toBeTruthy();
            if (c.attribution.status === "resolved") expect(c.speaker).not.toBeNull();
            else expect(c.speaker).toBeNull();
          }
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);

  it("maps every analysis span back inside the raw text, in order", () => {
    fc.assert(
      fc.property(messyText, (raw) => {
        const prepared = prepareText(raw);
        const length = Array.from(raw).length;
        let last = 0;
        let ordered = true;
        for (let i = 0; i < prepared.text.length; i++) {
          const span = toRawSpan(prepared, i, i + 1);
          if (span.start < last || span.end > length || span.end <= span.start) ordered = false;
          last = span.start;
        }
        expect(ordered).toBe(true);
        // Cleaning never adds letters and never loses a precomposed Vietnamese one.
        expect(prepared.text.normalize("NFC").length).toBeLessThanOrEqual(raw.normalize("NFC").length);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
