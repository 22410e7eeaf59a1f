import { describe, expect, it } from "vitest";
import { extractCandidates } from "./candidates";
import { htmlToArticleText, looksLikeHtml } from "./html";

/**
 * Hostile and degenerate articles of 400,000 characters go through the whole import path (HTML detection, HTML to
 * text, extraction) and must come back. Whatever the input, every step must stay linear: a quadratic one takes
 * minutes here, and the import request freezes the site while it runs. No timing is asserted (that is the
 * benchmark's job); the generous timeout only stops a run that would otherwise hang CI.
 */
const SIZE = 400_000;
const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

const HOSTILE: Record<string, string> = {
  "runs of <": fill("<"),
  "<a repeated": fill("<a"),
  "<p repeated (looksLikeHtml's tag test)": fill("<p"),
  "an unclosed comment": `<body><p>Start</p><!--${fill("x ")}`,
  "comment openers": fill("<!--"),
  "unclosed attribute quotes": fill('<a href="x '),
  "nested tags 100k deep": `${"<div>".repeat(SIZE / 5)}text`,
  "nested skipped tags": `<body>${"<script>".repeat(SIZE / 8)}`,
  "entity-like runs": fill("&#x"),
  "one long word": fill("a"),
  "one long sentence of words": fill("word "),
  "deep quotations": fill("“He said ‘"),
  "quotes never closed": `Deputy Minister Bui Van Nam said “${fill("cooperation ")}`,
  "reporting verbs everywhere": fill("Nam said. "),
  "titles with abbreviations": fill("Sen. Lt. Gen. "),
  "newlines only": fill("\n"),
  "dots only": fill("."),
  "combining marks": fill("e\u0301\u0302"),
  "astral characters": fill("𒀱"),
  // Vietnamese: the language detection sends these through lib/extract/vi.
  "Vietnamese titles without end": fill("Thứ trưởng Bộ Công an "),
  "Vietnamese verbs everywhere": fill("Ông nói. "),
  "Vietnamese verbs in one sentence": fill("bà Hằng cho biết và nhấn mạnh "),
  "theo without end": fill("Theo ông Trung, "),
  "Vietnamese dates": fill("ngày 1/1 từ 2-3/4 tháng 5/2020 "),
  "Vietnamese events": fill("Hội nghị Bộ trưởng ASEAN về An ninh mạng lần thứ "),
  "Vietnamese quotations never closed": `Thứ trưởng Lương Tam Quang nhấn mạnh: “${fill("hợp tác ")}`,
  "capitalised names without end": fill("Nguyễn Văn A, Thứ trưởng, "),
  "organisation names in lower case": fill("Cục trưởng Cục quản lý xuất nhập cảnh "),
  "dashes and parentheses": fill("ông Nguyễn Văn A - (Vụ trưởng) - "),
  "colons opening paragraphs": fill("Bộ trưởng Bùi Thanh Sơn nhấn mạnh:\n\nThứ nhất, hợp tác.\n\n"),
  "list items without end": `Thứ trưởng Lê Văn Nam đề nghị:\n\n${fill("- hợp tác chặt chẽ.\n\n")}`,
};

describe("hostile articles of 400,000 characters", () => {
  for (const [name, input] of Object.entries(HOSTILE)) {
    it(`finishes: ${name}`, { timeout: 60_000 }, () => {
      const text = looksLikeHtml(input) || input.includes("<") ? htmlToArticleText(input) : input;
      const result = extractCandidates({ raw: text || input });
      expect(Array.isArray(result.candidates)).toBe(true);
      for (const c of result.candidates) expect(c.text.length).toBeGreaterThan(0);
    });
  }
});
