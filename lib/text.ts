/**
 * Text helpers shared by seeding, search and extraction. Offsets into source texts are counted in Unicode code
 * points, as in the W3C TextPositionSelector, so that they mean the same thing in every language and tool;
 * JavaScript strings index UTF-16 code units, which differ whenever a text holds astral characters (the second
 * seed article's dateline does).
 */

export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** Slice by code point offsets, end exclusive. */
export function sliceCodePoints(text: string, start: number, end?: number): string {
  return Array.from(text).slice(start, end).join("");
}

/** Convert a UTF-16 index (what String.indexOf returns) into a code point offset. */
export function toCodePointOffset(text: string, utf16Index: number): number {
  return codePointLength(text.slice(0, utf16Index));
}

/** Convert a code point offset into a UTF-16 index. */
export function toUtf16Index(text: string, codePointOffset: number): number {
  let cp = 0;
  let i = 0;
  while (cp < codePointOffset && i < text.length) {
    const code = text.codePointAt(i) ?? 0;
    i += code > 0xffff ? 2 : 1;
    cp++;
  }
  return i;
}

/**
 * Fold for matching: diacritics and case are ignored both ways, and Vietnamese đ/Đ (a letter of its own, not a
 * d with a combining mark, so NFD leaves it alone) becomes d. "Đặng Hoàng Giang" and "dang hoang giang" fold alike.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();
}

/**
 * Clean scraped text for display without harming it: NFC, then remove characters of scripts unrelated to the text
 * (the Tai Tham marks and cuneiform sign stuck to the second seed article's dateline) and combining marks that
 * are not attached to a Latin letter. Every Vietnamese letter has a precomposed NFC form, so diacritics survive.
 */
export function cleanDisplayText(text: string): string {
  const nfc = text.normalize("NFC");
  let out = "";
  let previous = "";
  for (const ch of nfc) {
    if (/[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u.test(ch)) continue;
    if (/\p{M}/u.test(ch) && !/\p{Script=Latin}/u.test(previous)) continue;
    out += ch;
    previous = ch;
  }
  return out;
}

/** A stable URL slug from a name with or without diacritics. */
export function slugify(text: string): string {
  return foldForSearch(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** "1 version", "12 versions", "1,204 annotations": a count with its noun agreeing. */
/** 100000 -> "100,000": every count the pages show. */
export function formatNumber(n: number): string {
  return n.toLocaleString("en-US");
}

export function countLabel(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/** A text as a regular expression that matches it literally (a name or a title inside a larger pattern). */
export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
