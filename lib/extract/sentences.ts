/**
 * Paragraphs and sentences of the analysis text (offsets are UTF-16 indexes into it). Sentence ends respect
 * abbreviations ("Sen. Lt. Gen.", "U.N.", "Dr.") and quotations: a quotation that spans several sentences stays
 * in one unit with its attribution.
 */

export interface Span {
  start: number;
  end: number;
  text: string;
}

const ABBREVIATIONS = new Set(
  [
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "sen",
    "lt",
    "gen",
    "col",
    "maj",
    "capt",
    "cpt",
    "sgt",
    "adm",
    "brig",
    "gov",
    "rep",
    "rev",
    "st",
    "jr",
    "sr",
    "dept",
    "assoc",
    "est",
    "approx",
    "vs",
    "etc",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "e.g",
    "i.e",
    "lieut",
    "amb",
    "dep",
    "gov",
    "hon",
    // Vietnamese: "TP. Hồ Chí Minh", "PGS.TS. Nguyễn", "Th.S", "TS.", "GS.".
    "tp",
    "pgs.ts",
    "gs.ts",
    "pgs",
    "gs",
    "ts",
    "th.s",
    "ths",
    "bs",
    "ks",
    "ths.bs",
    "q",
    "p",
    "tt",
    "ttg",
  ].map((a) => a.toLowerCase()),
);

/** Non-blank lines, trimmed, with their offsets. */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const trimmed = m[0].trim();
    if (!trimmed) continue;
    const start = m.index + lead;
    out.push({ start, end: start + trimmed.length, text: trimmed });
  }
  return out;
}

function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1] ?? "")) i--;
  return text.slice(i, dot);
}

/** Whether the dot at `dot` ends an abbreviation ("Lieut.", "Dr.", "U.N.") rather than a sentence. */
export function isAbbreviationDot(text: string, dot: number): boolean {
  return isAbbreviation(wordBefore(text, dot));
}

function isAbbreviation(word: string): boolean {
  if (!word) return false;
  const bare = word.replace(/^\.+/, "");
  if (ABBREVIATIONS.has(bare.toLowerCase())) return true;
  // A single initial ("A.") or dotted initials ("U.N", "U.S").
  if (/^\p{Lu}$/u.test(bare)) return true;
  if (/^(\p{L}\.)+\p{L}$/u.test(bare)) return true;
  return false;
}

/** Split one paragraph into sentences; offsets are absolute. */
export function splitSentences(paragraph: Span): Span[] {
  const text = paragraph.text;
  const quoteCount = (text.match(/"/g) ?? []).length;
  // An unbalanced quote would swallow the rest of the paragraph; then quotes are ignored for splitting.
  const trackQuotes = quoteCount % 2 === 0;
  const out: Span[] = [];
  let start = 0;
  let inQuote = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    let boundaryEnd = -1;
    let terminal = ch;
    if (ch === '"' && trackQuotes) {
      inQuote = !inQuote;
      // A quotation closing on its own full stop may end the sentence: "... act." He added ...
      const before = text[i - 1] ?? "";
      if (!inQuote && /[.!?]/.test(before)) {
        boundaryEnd = i + 1;
        terminal = before;
      }
    } else if (!inQuote && (ch === "." || ch === "!" || ch === "?")) {
      boundaryEnd = i + 1;
      while (boundaryEnd < text.length && /[')\]]/.test(text[boundaryEnd] ?? "")) boundaryEnd++;
    }
    if (boundaryEnd < 0) continue;
    const next = text.slice(boundaryEnd);
    const gap = /^\s+/.exec(next);
    if (!gap) {
      // A scrape may drop the space after a full stop: "skills.Deputy Prime Minister ...", "February 23.He said".
      // Two lower-case letters or a digit before it and a capitalised word after it (not "U.S", "TP.HCM", a domain).
      if (
        ch === "." &&
        !inQuote &&
        /(?:\p{Ll}{2}|\d)$/u.test(text.slice(Math.max(0, i - 2), i)) &&
        /^\p{Lu}\p{Ll}+(?=[\s,])/u.test(next) &&
        !isAbbreviation(wordBefore(text, i))
      ) {
        pushSentence(out, paragraph, start, boundaryEnd);
        start = boundaryEnd;
        i = start - 1;
      }
      continue;
    }
    const after = next.slice(gap[0].length);
    if (!/^["'(\p{Lu}\p{N}]/u.test(after)) continue;
    const dotAt = terminal === "." ? (ch === '"' ? i - 1 : i) : -1;
    const word = dotAt >= 0 ? wordBefore(text, dotAt) : "";
    if (/^(?:No|Nos|Vol|Art|Para)$/.test(word) && /^\d/.test(after)) continue;
    if (dotAt >= 0 && isAbbreviation(word) && !/^\d/.test(after)) {
      // "Gen. Bui" continues the sentence; an abbreviation at a true sentence end followed by a capital is rare
      // in news text and costs less than splitting every title.
      continue;
    }
    pushSentence(out, paragraph, start, boundaryEnd);
    start = boundaryEnd + gap[0].length;
    i = start - 1;
  }
  if (start < text.length) pushSentence(out, paragraph, start, text.length);
  return out;
}

function pushSentence(out: Span[], paragraph: Span, start: number, end: number) {
  const raw = paragraph.text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (!trimmed) return;
  out.push({
    start: paragraph.start + start + lead,
    end: paragraph.start + start + lead + trimmed.length,
    text: trimmed,
  });
}
