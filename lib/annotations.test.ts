import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  anchorFromSelection,
  createAnnotationInput,
  formatTimestamp,
  highlightSegments,
  locateAnchor,
  updateAnnotationInput,
} from "./annotations";

const TEXT =
  "Vietnam supports the UN. Vietnam supports dialogue on cyberspace 😀 and supports the UN Charter.";

describe("anchors", () => {
  it("anchors a selection with its context and finds it again", () => {
    const from = TEXT.indexOf("dialogue");
    const anchor = anchorFromSelection(TEXT, from, from + "dialogue".length);
    expect(anchor).toMatchObject({
      exact: "dialogue",
      prefix: TEXT.slice(from - 32, from),
      suffix: " on cyberspace 😀 and supports th",
    });
    if (!anchor) throw new Error("no anchor");
    expect(locateAnchor(TEXT, anchor)).toEqual({ start: from, end: from + 8 });
  });

  it("uses the context to pick the right one of repeated phrases, and survives edits elsewhere", () => {
    const second = TEXT.indexOf("supports", TEXT.indexOf("supports") + 1);
    const anchor = anchorFromSelection(TEXT, second, second + "supports".length);
    if (!anchor) throw new Error("no anchor");
    const edited = `Summary: ${TEXT.replace("the UN.", "the United Nations.")}`;
    const at = locateAnchor(edited, anchor);
    expect(at && edited.slice(at.start - 8, at.end)).toBe("Vietnam supports");
    expect(at?.start).toBe(edited.indexOf("supports", edited.indexOf("supports") + 1));
  });

  it("counts offsets in code points past astral characters, and reports a vanished quote", () => {
    const from = TEXT.indexOf("and supports");
    const anchor = anchorFromSelection(TEXT, from, from + 3);
    expect(anchor?.start).toBe(from - 1); // 😀 is two UTF-16 units but one code point
    if (!anchor) throw new Error("no anchor");
    expect(locateAnchor("Entirely different text", anchor)).toBeNull();
    expect(anchorFromSelection(TEXT, 5, 5)).toBeNull();
    expect(anchorFromSelection(TEXT, 7, 8)).toBeNull(); // just a space
  });

  it("finds any selection it made, whatever the text (property)", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 80 }), fc.nat(), fc.nat(), (text, a, b) => {
        const from = a % (text.length + 1);
        const to = b % (text.length + 1);
        const anchor = anchorFromSelection(text, from, to);
        if (!anchor) return;
        const at = locateAnchor(text, anchor);
        expect(at && text.slice(at.start, at.end)).toBe(anchor.exact);
      }),
    );
  });
});

describe("highlightSegments", () => {
  it("splits the text at every range edge and keeps overlaps", () => {
    const segments = highlightSegments("abcdef", [
      { start: 1, end: 4, id: "x" },
      { start: 3, end: 5, id: "y" },
    ]);
    expect(segments).toEqual([
      { text: "a", ids: [] },
      { text: "bc", ids: ["x"] },
      { text: "d", ids: ["x", "y"] },
      { text: "e", ids: ["y"] },
      { text: "f", ids: [] },
    ]);
    expect(segments.map((s) => s.text).join("")).toBe("abcdef");
  });
});

describe("input schemas", () => {
  it("normalises tags and line endings, and refuses empty notes and bad ids", () => {
    const ok = createAnnotationInput.safeParse({
      statementPublicId: "rb9j45cpkn",
      body: "a\r\nb",
      tags: "X, y ,x",
    });
    expect(ok.success && ok.data).toMatchObject({ body: "a\nb", tags: ["x", "y"] });
    expect(createAnnotationInput.safeParse({ statementPublicId: "rb9j45cpkn", body: "   " }).success).toBe(
      false,
    );
    expect(createAnnotationInput.safeParse({ statementPublicId: "../etc", body: "x" }).success).toBe(false);
    expect(updateAnnotationInput.safeParse({ publicId: "abc", expectedVersion: 1, body: "x" }).success).toBe(
      false,
    );
    expect(
      updateAnnotationInput.safeParse({ publicId: "abcdef123456", expectedVersion: 0, body: "x" }).success,
    ).toBe(false);
    expect(
      createAnnotationInput.safeParse({
        statementPublicId: "rb9j45cpkn",
        body: "x",
        tags: Array.from({ length: 13 }, (_, i) => `t${i}`),
      }).success,
    ).toBe(false);
  });
});

describe("formatTimestamp", () => {
  it("formats in UTC", () => {
    expect(formatTimestamp("2026-11-23T09:05:00.000Z")).toBe("23 Nov 2026, 09:05 UTC");
    expect(formatTimestamp("nonsense")).toBe("nonsense");
  });
});
