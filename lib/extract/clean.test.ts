import { describe, expect, it } from "vitest";
import { sliceCodePoints } from "@/lib/text";
import { readArticle } from "@/seeds/load";
import { cleanForDisplay, prepareText, rawSlice, toRawSpan } from "./clean";

describe("prepareText", () => {
  it("removes the junk in the second seed article's dateline and keeps the offsets mapping to the raw text", () => {
    const raw = readArticle("004_90988578e48dc927.txt");
    const prepared = prepareText(raw);
    expect(prepared.text).toContain("New York, (VNA) - Vietnam has urged");
    expect(prepared.text).not.toMatch(/[\u1A5A\u{12031}]/u);
    const at = prepared.text.indexOf("Vietnam has urged", prepared.text.indexOf("(VNA)"));
    const span = toRawSpan(prepared, at, at + "Vietnam has urged".length);
    // 580 is the curated offset in code points: the astral cuneiform sign before it counts once.
    expect(span.start).toBe(580);
    expect(sliceCodePoints(raw, span.start, span.end)).toBe("Vietnam has urged");
  });

  it("turns typographic quotes and no-break spaces into ASCII for matching, one unit each", () => {
    const prepared = prepareText("“Yes,” he said\u00A0— it’s");
    expect(prepared.text).toBe('"Yes," he said — it\'s');
    expect(prepared.text.length).toBe("“Yes,” he said\u00A0— it’s".length);
  });

  it("composes decomposed Vietnamese to NFC and maps each letter to all of its raw code points", () => {
    const raw = "Ông Bu\u0300i Va\u0306n Nam noi";
    const prepared = prepareText(raw);
    expect(prepared.text).toBe("Ông Bùi Văn Nam noi");
    const at = prepared.text.indexOf("Bùi");
    const span = toRawSpan(prepared, at, at + 3);
    expect(rawSlice(prepared, span.start, span.end)).toBe("Bu\u0300i");
  });

  it("keeps every Vietnamese diacritic", () => {
    const text = "Đặng Hoàng Giang, Trần Thanh Mẫn, Nguyễn Hồng Diên, Lê Thành Long, Tô Lâm, ƯƠ ươ Ỹ ỹ";
    expect(prepareText(text).text).toBe(text);
    expect(cleanForDisplay(text)).toBe(text);
  });

  it("drops stray combining marks that hang on nothing, and zero-width characters", () => {
    expect(prepareText("a \u0301b\u200Bc").text).toBe("a bc");
  });
});

describe("cleanForDisplay", () => {
  it("keeps typographic quotes and collapses spaces", () => {
    expect(cleanForDisplay("  “Over\u00A0the  past”ᩚ𒀱 ")).toBe("“Over the past”");
  });
});
