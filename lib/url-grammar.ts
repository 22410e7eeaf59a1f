/**
 * The one way a view's URL grammar is built. A view declares a key table, one entry per key (its parser, its
 * default, how it is written, and for the positions view its chip label and form field); `parseKeys` and
 * `writeKeys` turn any query string into values and values back into the canonical query. The rules every
 * grammar shares live here and nowhere else (docs/url-grammar.md, "Rules every view follows"):
 * - Parsing never throws. A part that cannot be used is reported as an IgnoredParam (key, value, reason), the
 *   one shape of an ignored part on every page and in every JSON answer.
 * - An empty value (`from=`) is the same as an absent key: nothing to report.
 * - A single-valued key given twice: the last non-empty value is used and each earlier, different one is
 *   reported. A list key given twice: all its values, repeats and comma-separated pieces alike, in order,
 *   a value listed twice kept once.
 * - A key no grammar knows is reported ("unknown parameter").
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

/** The last value of a single-valued key (a later repeat wins: the rule of every grammar, see above). */
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

/** A value a key's parser refuses, and why (the reason is shown to the user). */
export interface Reject {
  reject: string;
}

export function reject(reason: string): Reject {
  return { reject: reason };
}

function isReject(value: unknown): value is Reject {
  return typeof value === "object" && value !== null && "reject" in value;
}

/** Reports a part of a value that was left out while the rest is used (search text cut to its limit). */
export type Note = (value: string, reason: string) => void;

/** A key holding one value. `Extra` carries what a particular view adds to its entries (chip, form field). */
export interface OneKey<T> {
  list?: false;
  default: T;
  /** Reads a non-empty, trimmed value. */
  parse: (raw: string, note: Note) => T | Reject;
  /** The written form; a value written like the default (or as "") is left out of links. */
  write: (value: T) => string;
}

/** A key holding a list: values of repeats and comma-separated pieces alike. */
export interface ListKey<T> {
  list: true;
  /** The value when the URL gives no usable piece (a list key's default is usually empty). */
  default: readonly T[];
  /** Reads one non-empty, trimmed piece. */
  piece: (piece: string) => T | Reject;
  /** At most this many values are kept; the rest are reported with `reason`. */
  max?: { count: number; reason: string };
}

// biome-ignore lint/suspicious/noExplicitAny: a table's entries are of different value types
export type KeyTable = Record<string, OneKey<any> | ListKey<any>>;

/** The values a key table parses into: a list key gives an array, a single-valued key its value. */
export type ValuesOf<K extends KeyTable> = {
  -readonly [P in keyof K]: K[P] extends ListKey<infer T> ? T[] : K[P] extends OneKey<infer T> ? T : never;
};

/** Shorthands for the common entries. */
export function oneKey<T>(spec: Omit<OneKey<T>, "list">): OneKey<T> {
  return spec;
}
export function listKey<T>(
  spec: Omit<ListKey<T>, "list" | "default"> & { default?: readonly T[] },
): ListKey<T> {
  return { default: [], ...spec, list: true };
}

/** A single-valued key that is one of `allowed` (case ignored) or absent. */
export function choiceKey<T extends string>(allowed: readonly T[], reason: string): OneKey<T | null> {
  return oneKey<T | null>({
    default: null,
    parse: (raw) => {
      const lower = raw.toLowerCase();
      return (allowed as readonly string[]).includes(lower) ? (lower as T) : reject(reason);
    },
    write: (value) => value ?? "",
  });
}

/** Accepts one of `allowed` (case ignored), for list pieces. */
export function oneOf<T extends string>(allowed: readonly T[], reason: string) {
  return (piece: string): T | Reject => {
    const lower = piece.toLowerCase();
    return (allowed as readonly string[]).includes(lower) ? (lower as T) : reject(reason);
  };
}

export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Accepts a slug (lower-cased when `lower`), at most 120 characters. */
export function slugPiece(reason: string, lower = true) {
  return (piece: string): string | Reject => {
    const value = lower ? piece.toLowerCase() : piece;
    return SLUG.test(value) && value.length <= 120 ? value : reject(reason);
  };
}

/** Accepts a two-letter country code, written upper case. */
export function countryPiece(piece: string): string | Reject {
  return /^[A-Za-z]{2}$/.test(piece) ? piece.toUpperCase() : reject("not a two-letter country code");
}

/** A whole number from 1 to `max`, or the key's default. */
export function pageKey(max: number, reason = `not a page number (1 to ${max})`): OneKey<number> {
  return oneKey({
    default: 1,
    parse: (raw) => {
      const n = /^\d{1,9}$/.test(raw) ? Number(raw) : Number.NaN;
      return Number.isInteger(n) && n >= 1 && n <= max ? n : reject(reason);
    },
    write: String,
  });
}

export function ignoredPart(key: string, value: string, reason: string): IgnoredParam {
  return { key, value: shortForNotice(value), reason };
}

/**
 * A notice from a query that names its part of the address in its own words ("no topic “nope”"): the shape of
 * every ignored part, with no key or value of its own (lib/timeline-notices.ts words the timeline's this way).
 */
export function queryNotice(reason: string): IgnoredParam {
  return { key: "", value: "", reason };
}

/** One line per ignored part: `key=value: reason`, or the reason alone for a query's notice. */
export function ignoredText(i: IgnoredParam): string {
  return i.key ? `${i.key}=${i.value}: ${i.reason}` : i.reason;
}

function defaultOf(spec: OneKey<unknown> | ListKey<unknown>): unknown {
  return structuredClone(spec.list ? [...spec.default] : spec.default);
}

/** The values of a table with every key at its default. */
export function defaultsOf<K extends KeyTable>(table: K): ValuesOf<K> {
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(table)) out[key] = defaultOf(spec);
  return out as ValuesOf<K>;
}

/**
 * `asof` on a view that cannot yet be read as of an earlier moment: said in words, so that a pinned link copied
 * from a record page and edited by hand is not taken for a view of the past (lib/asof.ts).
 */
export const ASOF_NOT_KEPT =
  "this view cannot be shown as of an earlier moment yet: it shows the data as it is now (a record's own page can)";

/**
 * Parses a query string by a key table, with the rules of this module. `passThrough`: keys another part of
 * the route reads (the export's `format`), not reported as unknown.
 */
export function parseKeys<K extends KeyTable>(
  table: K,
  input: SearchParamsInput,
  passThrough: readonly string[] = [],
): { values: ValuesOf<K>; ignored: IgnoredParam[] } {
  const ignored: IgnoredParam[] = [];
  const byKey = groupEntries(searchParamEntries(input));
  for (const [key, values] of byKey) {
    if (Object.hasOwn(table, key) || passThrough.includes(key)) continue;
    for (const v of values)
      ignored.push(ignoredPart(key, v, key === "asof" ? ASOF_NOT_KEPT : "unknown parameter"));
  }
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(table)) {
    const given = byKey.get(key) ?? [];
    if (spec.list) {
      const { value, ignored: bad } = parseMulti(key, given, spec.piece, spec.max);
      ignored.push(...bad.map((i) => ignoredPart(i.key, i.value, i.reason)));
      out[key] = value.length > 0 ? value : defaultOf(spec);
      continue;
    }
    const present = given.map((v) => v.trim()).filter((v) => v !== "");
    const raw = present.at(-1);
    out[key] = defaultOf(spec);
    if (raw === undefined) continue;
    for (const earlier of unique(present.slice(0, -1)))
      if (earlier !== raw)
        ignored.push(
          ignoredPart(key, earlier, `given twice: the last value, “${shortForNotice(raw)}”, is used`),
        );
    const parsed = spec.parse(raw, (value, reason) => ignored.push(ignoredPart(key, value, reason)));
    if (isReject(parsed)) ignored.push(ignoredPart(key, raw, parsed.reject));
    else out[key] = parsed;
  }
  return { values: out as ValuesOf<K>, ignored };
}

function sameList(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** The canonical query of some values: keys in table order, defaults left out, lists comma-separated. */
export function writeKeys<K extends KeyTable>(table: K, values: ValuesOf<K>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, spec] of Object.entries(table)) {
    const value = values[key as keyof K] as unknown;
    if (spec.list) {
      const list = value as unknown[];
      if (list.length > 0 && !sameList(list, spec.default)) params.set(key, list.join(","));
    } else {
      const written = spec.write(value);
      if (written !== "" && written !== spec.write(spec.default)) params.set(key, written);
    }
  }
  return params;
}

/** `path?query`, commas left readable (`ids=a,b`, not `ids=a%2Cb`); just `path` when the query is empty. */
export function hrefOf(path: string, params: URLSearchParams): string {
  const qs = params.toString().replace(/%2C/g, ",");
  return qs ? `${path}?${qs}` : path;
}

/**
 * What a GET form should submit: its fields without the empty ones, in order, so the address has no `from=`
 * and the server never has to redirect to the canonical form.
 */
export function nonEmptyQuery(entries: Iterable<readonly [string, unknown]>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of entries)
    if (typeof value === "string" && value.trim() !== "") params.append(key, value);
  return params;
}

/**
 * A list key's pieces: each checked by `accept` (the normalised value, or a Reject). Returns the accepted values
 * (a value listed twice kept once) and the rejected ones.
 */
export function parseMulti<T>(
  key: string,
  values: readonly string[],
  accept: (piece: string) => T | Reject,
  max: { count: number; reason: string } = { count: 50, reason: "at most 50 values" },
): { value: T[]; ignored: IgnoredParam[] } {
  const ignored: IgnoredParam[] = [];
  const accepted: T[] = [];
  for (const piece of splitMulti(values)) {
    const result = accept(piece);
    if (isReject(result)) ignored.push({ key, value: piece, reason: result.reject });
    else accepted.push(result);
  }
  const value = unique(accepted);
  for (const v of value.slice(max.count)) ignored.push({ key, value: String(v), reason: max.reason });
  return { value: value.slice(0, max.count), ignored };
}
