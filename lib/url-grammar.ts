/**
 * Building blocks for a view's public URL grammar: each key has a parser that never throws (a bad value falls
 * back to the key's default and is reported), a default, and a serializer that omits defaults. A view module
 * (lib/positions-view.ts) declares its keys with these once; pages, links, JSON and export all go through it.
 */

/** Next's `searchParams`, a URLSearchParams, or a plain record: all flattened to (key, value) pairs. */
export type SearchParamsInput =
  | URLSearchParams
  | Record<string, string | readonly string[] | undefined>
  | Iterable<readonly [string, string]>;

export interface IgnoredParam {
  key: string;
  value: string;
  reason: string;
}

export function searchParamEntries(input: SearchParamsInput): [string, string][] {
  if (input instanceof URLSearchParams) return [...input.entries()];
  if (Symbol.iterator in input)
    return [...(input as Iterable<readonly [string, string]>)].map(([k, v]) => [k, v]);
  const out: [string, string][] = [];
  for (const [key, value] of Object.entries(
    input as Record<string, string | readonly string[] | undefined>,
  )) {
    if (value === undefined) continue;
    if (typeof value === "string") out.push([key, value]);
    else for (const v of value) out.push([key, v]);
  }
  return out;
}

/** All values of a key, repeats and comma-separated lists alike, trimmed, empty pieces dropped. */
export function splitMulti(values: readonly string[]): string[] {
  return values
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
}

/** Keeps the first occurrence of each value, in order. */
export function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/**
 * A multi-valued key: each piece is checked by `accept` (returning the normalised value, or a reason string
 * prefixed with "!" to reject it). Returns accepted values and the rejected ones.
 */
export function parseMulti<T extends string>(
  key: string,
  values: readonly string[],
  accept: (piece: string) => T | { reject: string },
  max = 50,
): { value: T[]; ignored: IgnoredParam[] } {
  const ignored: IgnoredParam[] = [];
  const accepted: T[] = [];
  for (const piece of splitMulti(values)) {
    const result = accept(piece);
    if (typeof result === "object") ignored.push({ key, value: piece, reason: result.reject });
    else accepted.push(result);
  }
  const value = unique(accepted);
  if (value.length > max) {
    for (const v of value.slice(max)) ignored.push({ key, value: v, reason: `at most ${max} values` });
    return { value: value.slice(0, max), ignored };
  }
  return { value, ignored };
}

/** The last value of a single-valued key (a later repeat wins, as in most web frameworks). */
export function lastValue(values: readonly string[]): string | undefined {
  return values.length > 0 ? values[values.length - 1] : undefined;
}

export function groupEntries(entries: readonly [string, string][]): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  for (const [key, value] of entries) {
    const list = byKey.get(key);
    if (list) list.push(value);
    else byKey.set(key, [value]);
  }
  return byKey;
}

/** Shortens what is echoed back in a notice, so a 10,000-character value does not flood the page. */
export function shortForNotice(value: string, max = 40): string {
  const chars = Array.from(value);
  return chars.length > max ? `${chars.slice(0, max).join("")}…` : value;
}
