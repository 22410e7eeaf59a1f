/**
 * The URL grammar of the officials, events and topics lists: `?q=<search>&page=<n>`. One parser and one
 * serializer for the three pages; parsing never throws, and whatever it cannot use is reported.
 */
import {
  groupEntries,
  type IgnoredParam,
  lastValue,
  type SearchParamsInput,
  searchParamEntries,
  shortForNotice,
} from "./url-grammar";

export interface EntityListView {
  /** Search text as typed, trimmed; "" for none. */
  q: string;
  page: number;
}

export const LIST_KEYS = ["q", "page"] as const;
export const LIST_PAGE_SIZE = 50;
/** Names and places are short: a longer search text is cut (and the page says so). */
export const MAX_LIST_QUERY_LENGTH = 100;
export const MAX_LIST_PAGE = 10_000;

export function parseEntityListView(input: SearchParamsInput): {
  view: EntityListView;
  ignored: IgnoredParam[];
} {
  const view: EntityListView = { q: "", page: 1 };
  const ignored: IgnoredParam[] = [];
  const byKey = groupEntries(searchParamEntries(input));
  const ignore = (key: string, value: string, reason: string) =>
    ignored.push({ key, value: shortForNotice(value), reason });
  for (const [key, values] of byKey) {
    if (!(LIST_KEYS as readonly string[]).includes(key))
      for (const v of values) ignore(key, v, "unknown parameter");
  }
  const q = lastValue(byKey.get("q") ?? []);
  if (q !== undefined) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
    const chars = Array.from(q.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ").trim());
    if (chars.length > MAX_LIST_QUERY_LENGTH)
      ignore(
        "q",
        chars.slice(MAX_LIST_QUERY_LENGTH).join(""),
        `search text is limited to ${MAX_LIST_QUERY_LENGTH} characters`,
      );
    view.q = chars.slice(0, MAX_LIST_QUERY_LENGTH).join("").trim();
  }
  const page = lastValue(byKey.get("page") ?? []);
  if (page !== undefined && page.trim() !== "") {
    const n = /^\d{1,6}$/.test(page.trim()) ? Number(page.trim()) : Number.NaN;
    if (Number.isInteger(n) && n >= 1 && n <= MAX_LIST_PAGE) view.page = n;
    else ignore("page", page, `not a page number (1 to ${MAX_LIST_PAGE})`);
  }
  return { view, ignored };
}

/** Link to a list view; defaults are left out. */
export function entityListHref(path: string, view: EntityListView): string {
  const params = new URLSearchParams();
  if (view.q) params.set("q", view.q);
  if (view.page !== 1) params.set("page", String(view.page));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/** The page count of a list of `total` rows (at least 1, so an empty list still has its first page). */
export function pageCount(total: number, size = LIST_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** LIKE pattern matching the text anywhere, with LIKE's wildcards taken literally (escape character `\`). */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
