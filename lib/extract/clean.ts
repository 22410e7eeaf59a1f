import { cleanDisplayText } from "@/lib/text";

/**
 * The text the extraction reads, and a map from each of its UTF-16 units back to the raw text's code points.
 * Cleaning composes to NFC, drops scraping junk (characters of unrelated scripts, stray combining marks,
 * zero-width characters), turns no-break and other spaces into plain spaces and typographic quotes into ASCII
 * ones. The map is what keeps evidence offsets honest: whatever is removed or composed, a span of the analysis
 * text maps to the exact raw code points it came from.
 */
export interface PreparedText {
  text: string;
  /** rawStart[i]: raw code point offset where analysis unit i came from. */
  rawStart: Int32Array;
  /** rawEnd[i]: raw code point offset just after the raw code points analysis unit i came from. */
  rawEnd: Int32Array;
  rawLength: number;
  rawCodePoints: string[];
}

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/u;
const OTHER_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/u;
const JUNK_SCRIPT = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;
const MARK = /\p{M}/u;
const LATIN = /\p{Script=Latin}/u;

const QUOTES: Record<string, string> = {
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u00AB": '"',
  "\u00BB": '"',
  "\u2018": "'",
  "\u2019": "'",
  "\u201A": "'",
  "\u2032": "'",
};

/**
 * Groups raw code points into clusters that NFC can change only from within: a character that is not a mark
 * and the marks after it. Composition in NFC only joins a starter with following marks (Hangul aside, which
 * is then normalised and mapped as one piece with its neighbours, still correctly bounded).
 */
function clusters(cps: string[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < cps.length) {
    let j = i + 1;
    while (j < cps.length && MARK.test(cps[j] ?? "")) j++;
    out.push([i, j]);
    i = j;
  }
  return out;
}

export function prepareText(raw: string): PreparedText {
  const cps = Array.from(raw);
  const outChars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let previousKept = "";
  for (const [a, b] of clusters(cps)) {
    const piece = cps.slice(a, b).join("").normalize("NFC");
    for (const ch of piece) {
      if (ZERO_WIDTH.test(ch)) continue;
      if (JUNK_SCRIPT.test(ch)) continue;
      if (MARK.test(ch) && !LATIN.test(previousKept)) continue;
      let out = ch;
      if (OTHER_SPACE.test(ch)) out = " ";
      else if (QUOTES[ch]) out = QUOTES[ch] ?? ch;
      previousKept = MARK.test(ch) ? previousKept : ch;
      // One code point may be two UTF-16 units; both map to the same raw cluster.
      for (let u = 0; u < out.length; u++) {
        outChars.push(out[u] ?? "");
        starts.push(a);
        ends.push(b);
      }
    }
  }
  return {
    text: outChars.join(""),
    rawStart: Int32Array.from(starts),
    rawEnd: Int32Array.from(ends),
    rawLength: cps.length,
    rawCodePoints: cps,
  };
}

/** Map a span of the analysis text (UTF-16, end exclusive) to raw code point offsets. */
export function toRawSpan(
  prepared: PreparedText,
  start: number,
  end: number,
): { start: number; end: number } {
  if (end <= start) {
    const at = start < prepared.rawStart.length ? (prepared.rawStart[start] ?? 0) : prepared.rawLength;
    return { start: at, end: at };
  }
  return { start: prepared.rawStart[start] ?? 0, end: prepared.rawEnd[end - 1] ?? prepared.rawLength };
}

export function rawSlice(prepared: PreparedText, start: number, end: number): string {
  return prepared.rawCodePoints.slice(start, end).join("");
}

/** Display form of a raw passage: junk removed, diacritics and typographic quotes kept, spaces collapsed. */
export function cleanForDisplay(raw: string): string {
  return cleanDisplayText(raw)
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/gu, "")
    .replace(/[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/gu, " ")
    .trim();
}
