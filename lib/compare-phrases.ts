import { foldForSearch } from "@/lib/text";

/** Shared phrases between two sides' texts, and marking phrases or a coded basis in a passage. */

const STOPWORDS = new Set(
  (
    "a an the and or of in on at to for by with from as is are was were be been its it this that these those " +
    "has have had not no into their his her our we he she they which who whom such also than then so very all " +
    "each other both including said says say"
  ).split(" "),
);

interface Token {
  word: string;
  start: number;
  end: number;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)) {
    const index = m.index ?? 0;
    tokens.push({ word: foldForSearch(m[0]), start: index, end: index + m[0].length });
  }
  return tokens;
}

function isPhrase(words: string[]): boolean {
  const content = words.filter((w) => !STOPWORDS.has(w)).length;
  const first = words[0] ?? "";
  const last = words[words.length - 1] ?? "";
  // A phrase neither starts nor ends on a function word, and carries at least two content words.
  return content >= 2 && !STOPWORDS.has(first) && !STOPWORDS.has(last);
}

const MAX_PHRASE_WORDS = 12;

/**
 * Phrases (two or more content words, matched case- and diacritic-insensitively) that occur on both sides, longest
 * first, none contained in another.
 */
export function sharedPhrases(first: string[], second: string[]): string[] {
  const grams = new Set<string>();
  for (const text of second) {
    const words = tokenize(text).map((t) => t.word);
    for (let i = 0; i < words.length; i++) {
      for (let n = 2; n <= MAX_PHRASE_WORDS && i + n <= words.length; n++) {
        grams.add(words.slice(i, i + n).join(" "));
      }
    }
  }
  const found = new Set<string>();
  for (const text of first) {
    const words = tokenize(text).map((t) => t.word);
    for (let i = 0; i < words.length; i++) {
      for (let n = Math.min(MAX_PHRASE_WORDS, words.length - i); n >= 2; n--) {
        const slice = words.slice(i, i + n);
        if (isPhrase(slice) && grams.has(slice.join(" "))) {
          found.add(slice.join(" "));
          break;
        }
      }
    }
  }
  const words = (p: string) => p.split(" ").length;
  const phrases = [...found].sort((x, y) => words(y) - words(x) || y.length - x.length || x.localeCompare(y));
  return phrases.filter((p, i) => !phrases.slice(0, i).some((longer) => ` ${longer} `.includes(` ${p} `)));
}

export interface TextSegment {
  text: string;
  shared: boolean;
}

/** Split a text into runs, marking the words that belong to one of the shared phrases. */
export function markPhrases(text: string, phrases: string[]): TextSegment[] {
  const tokens = tokenize(text);
  const wanted = phrases.map((p) => p.split(" "));
  const marked: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    let best = 0;
    for (const words of wanted) {
      if (words.length <= best || i + words.length > tokens.length) continue;
      if (words.every((w, k) => tokens[i + k]?.word === w)) best = words.length;
    }
    if (best > 0) {
      const start = tokens[i]?.start ?? 0;
      const end = tokens[i + best - 1]?.end ?? start;
      marked.push([start, end]);
      i += best;
    } else i++;
  }
  const segments: TextSegment[] = [];
  let at = 0;
  for (const [start, end] of marked) {
    if (start > at) segments.push({ text: text.slice(at, start), shared: false });
    segments.push({ text: text.slice(start, end), shared: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), shared: false });
  return segments;
}

/**
 * Split a passage into runs, marking the coded basis in it. A basis may elide words with "..." (each piece is then
 * found in order); a piece not found in the text is left unmarked rather than guessed.
 */
export function markBasis(text: string, basis: string | null): TextSegment[] {
  if (!basis) return [{ text, shared: false }];
  const pieces = basis
    .split(/\s*(?:\.\.\.|…)\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  const segments: TextSegment[] = [];
  let at = 0;
  for (const piece of pieces) {
    const index = text.indexOf(piece, at);
    if (index < 0) continue;
    if (index > at) segments.push({ text: text.slice(at, index), shared: false });
    segments.push({ text: piece, shared: true });
    at = index + piece.length;
  }
  if (at < text.length) segments.push({ text: text.slice(at), shared: false });
  return segments;
}
