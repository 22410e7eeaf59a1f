/**
 * Turns whatever a user types into a safe SQLite FTS5 MATCH expression, and finds the matches again in display
 * text for highlighting. The index stores text folded with `foldForSearch` (diacritics and case removed, đ -> d),
 * so the query is folded the same way and "dang hoang giang" finds "Đặng Hoàng Giang" and the reverse.
 *
 * Everything typed is searched as plain words: each word becomes a quoted FTS5 string, so `*`, `-`, `:`, `^`,
 * `NEAR(`, `AND`/`OR`/`NOT` and brackets have no operator meaning. The one documented syntax is a "double-quoted
 * phrase", whose words must appear next to each other in that order. Words are ANDed.
 */
import { foldForSearch } from "./text";

/** More words than this are dropped: they cannot narrow a result further in any useful way and cost time. */
export const MAX_SEARCH_TERMS = 16;
/** Longest single word kept (FTS5 tokens this long would never match real text anyway). */
const MAX_TERM_LENGTH = 64;

// What FTS5's unicode61 tokenizer treats as part of a word: letters, numbers (and marks, already folded away).
const WORD = /[\p{L}\p{N}]+/gu;

export interface SearchQuery {
  /** The FTS5 MATCH expression, or null when the text holds no searchable word. */
  match: string | null;
  /** Each group is a phrase (one word for a plain word), folded; used for highlighting. */
  groups: string[][];
}

function words(text: string): string[] {
  return (foldForSearch(text).match(WORD) ?? []).map((w) => Array.from(w).slice(0, MAX_TERM_LENGTH).join(""));
}

/** Parses typed text into words and "quoted phrases" and builds the MATCH expression. Never throws. */
export function buildSearchQuery(input: string): SearchQuery {
  const groups: string[][] = [];
  // Split on double quotes (straight or typographic): odd segments are phrases. An unmatched quote makes the
  // rest plain words, so a stray quote never changes what is found.
  const normalised = input.replace(/[“”„]/g, '"');
  const segments = normalised.split('"');
  const balanced = segments.length % 2 === 1;
  segments.forEach((segment, i) => {
    const inPhrase = i % 2 === 1 && (balanced || i < segments.length - 1);
    const ws = words(segment);
    if (ws.length === 0) return;
    if (inPhrase && ws.length > 1) groups.push(ws);
    else for (const w of ws) groups.push([w]);
  });

  const seen = new Set<string>();
  const kept: string[][] = [];
  let termCount = 0;
  for (const group of groups) {
    const key = group.join(" ");
    if (seen.has(key)) continue;
    if (termCount + group.length > MAX_SEARCH_TERMS) break;
    seen.add(key);
    kept.push(group);
    termCount += group.length;
  }
  if (kept.length === 0) return { match: null, groups: [] };
  // Words hold only letters and digits, so quoting them cannot be escaped out of; "" is doubled all the same.
  const match = kept.map((g) => `"${g.join(" ").replaceAll('"', '""')}"`).join(" AND ");
  return { match, groups: kept };
}

export interface TextRange {
  /** UTF-16 index, inclusive. */
  start: number;
  /** UTF-16 index, exclusive. */
  end: number;
}

interface Token extends TextRange {
  folded: string;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    const folded = foldForSearch(m[0]);
    if (folded.length === 0) continue;
    tokens.push({ start: m.index, end: m.index + m[0].length, folded });
  }
  return tokens;
}

/**
 * Where the search's words and phrases occur in `text` (the original, with diacritics): UTF-16 ranges, sorted,
 * non-overlapping, a phrase as one range from its first to its last word.
 */
export function findMatches(text: string, groups: readonly (readonly string[])[]): TextRange[] {
  if (groups.length === 0) return [];
  const tokens = tokenize(text);
  const ranges: TextRange[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const group of groups) {
      if (i + group.length > tokens.length) continue;
      let ok = true;
      for (let j = 0; j < group.length; j++) {
        if (tokens[i + j]?.folded !== group[j]) {
          ok = false;
          break;
        }
      }
      const first = tokens[i];
      const last = tokens[i + group.length - 1];
      if (ok && first && last) ranges.push({ start: first.start, end: last.end });
    }
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: TextRange[] = [];
  for (const r of ranges) {
    const prev = merged[merged.length - 1];
    // Overlapping matches, or matched words separated only by spaces ("Đặng Hoàng Giang"), read as one.
    if (prev && (r.start <= prev.end || /^\s+$/.test(text.slice(prev.end, r.start))))
      prev.end = Math.max(prev.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

export interface Excerpt {
  text: string;
  /** Ranges into `text`. */
  ranges: TextRange[];
  truncatedStart: boolean;
  truncatedEnd: boolean;
}

/**
 * A window of about `maxLength` characters around the first match (or the start), cut at word boundaries and
 * never inside a surrogate pair, with the matches that fall inside it.
 */
export function excerptAround(text: string, ranges: readonly TextRange[], maxLength = 220): Excerpt {
  if (text.length <= maxLength) {
    return { text, ranges: [...ranges], truncatedStart: false, truncatedEnd: false };
  }
  const first = ranges[0];
  let start = first ? Math.max(0, first.start - Math.floor(maxLength / 3)) : 0;
  let end = Math.min(text.length, start + maxLength);
  if (end === text.length) start = Math.max(0, end - maxLength);
  if (start > 0) {
    const space = text.indexOf(" ", start);
    if (space !== -1 && space < (first?.start ?? end)) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(" ", end);
    if (space > start && space >= (first?.end ?? start)) end = space;
  }
  // Do not split a surrogate pair at either edge.
  if (start > 0 && /[\uDC00-\uDFFF]/.test(text.charAt(start))) start -= 1;
  if (end < text.length && /[\uDC00-\uDFFF]/.test(text.charAt(end))) end += 1;
  const inside = ranges
    .filter((r) => r.end > start && r.start < end)
    .map((r) => ({ start: Math.max(r.start, start) - start, end: Math.min(r.end, end) - start }));
  return {
    text: text.slice(start, end),
    ranges: inside,
    truncatedStart: start > 0,
    truncatedEnd: end < text.length,
  };
}

/** Splits text into plain and highlighted pieces, for rendering as elements (never as HTML). */
export function splitByRanges(
  text: string,
  ranges: readonly TextRange[],
): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  let at = 0;
  for (const r of ranges) {
    if (r.start > at) parts.push({ text: text.slice(at, r.start), match: false });
    if (r.end > r.start) parts.push({ text: text.slice(r.start, r.end), match: true });
    at = Math.max(at, r.end);
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}
