import { foldForSearch } from "@/lib/text";

/** Word trigrams of a text, folded: the same statement reported by two outlets shares nearly all of them. */
export function shingles(text: string): Set<string> {
  const words = foldForSearch(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
  const out = new Set<string>();
  if (words.length < 3) {
    if (words.length) out.add(words.join(" "));
    return out;
  }
  for (let i = 0; i + 3 <= words.length; i++) out.add(words.slice(i, i + 3).join(" "));
  return out;
}

/** Jaccard similarity of the two texts' trigrams, 0..1. */
export function similarity(a: string, b: string): number {
  const x = shingles(a);
  const y = shingles(b);
  if (x.size === 0 || y.size === 0) return 0;
  let inter = 0;
  for (const s of x) if (y.has(s)) inter++;
  return inter / (x.size + y.size - inter);
}

/** Above this, a new passage is offered as another appearance of the stored statement. */
export const NEAR_DUPLICATE = 0.8;

export function nearestDuplicate<T extends { text: string }>(
  text: string,
  existing: T[],
): { item: T; similarity: number } | null {
  let best: { item: T; similarity: number } | null = null;
  for (const item of existing) {
    const s = similarity(text, item.text);
    if (s >= NEAR_DUPLICATE && (!best || s > best.similarity)) best = { item, similarity: s };
  }
  return best;
}

/**
 * Groups of a text's shingles such that any stored text at NEAR_DUPLICATE or more holds every shingle of at least
 * one group, so a full-text search for "all of group 1, or all of group 2, ..." finds every near-duplicate.
 * Similarity >= t needs |X ∩ Y| >= t·|X|: Y lacks at most m = |X| - ceil(t·|X|) of X's shingles, and split into
 * m + 1 groups at least one group has none missing (pigeonhole). Each group takes every (m + 1)-th shingle, so
 * it spans the whole text: statements written from one template share long runs of words, rarely all of them.
 */
export function shingleGroups(text: string): string[][] {
  const all = [...shingles(text)];
  if (all.length === 0) return [];
  // The epsilon only ever lowers the bound (more groups, more candidates), never loses a near-duplicate.
  const missable = all.length - Math.max(1, Math.ceil(NEAR_DUPLICATE * all.length - 1e-9));
  const groups = missable + 1;
  return Array.from({ length: groups }, (_, g) => all.filter((_, i) => i % groups === g));
}
