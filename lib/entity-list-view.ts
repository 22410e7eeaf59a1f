/**
 * The URL grammar of the officials, events and topics lists: `?q=<search>&page=<n>`. One parser and one
 * serializer for the three pages; parsing never throws, and whatever it cannot use is reported.
 */
import {
  defaultsOf,
  hrefOf,
  type IgnoredParam,
  oneKey,
  pageKey,
  parseKeys,
  type SearchParamsInput,
  type ValuesOf,
  writeKeys,
} from "./url-grammar";

export const LIST_PAGE_SIZE = 50;
/** Names and places are short: a longer search text is cut (and the page says so). */
export const MAX_LIST_QUERY_LENGTH = 100;
export const MAX_LIST_PAGE = 10_000;

/** The key table of the three lists, in the order links are written. */
export const LIST_KEYS = {
  /** Search text as typed, trimmed, control characters read as spaces; "" for none. */
  q: oneKey<string>({
    default: "",
    parse: (raw, note) => {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
      const chars = Array.from(raw.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ").trim());
      if (chars.length > MAX_LIST_QUERY_LENGTH)
        note(
          chars.slice(MAX_LIST_QUERY_LENGTH).join(""),
          `search text is limited to ${MAX_LIST_QUERY_LENGTH} characters`,
        );
      return chars.slice(0, MAX_LIST_QUERY_LENGTH).join("").trim();
    },
    write: (v) => v,
  }),
  page: pageKey(MAX_LIST_PAGE),
};

export type EntityListView = ValuesOf<typeof LIST_KEYS>;

/** Never throws: whatever it cannot use is reported. */
export function parseEntityListView(input: SearchParamsInput): {
  view: EntityListView;
  ignored: IgnoredParam[];
} {
  const { values: view, ignored } = parseKeys(LIST_KEYS, input);
  return { view, ignored };
}

/** Link to a list view; defaults are left out. */
export function entityListHref(path: string, view: EntityListView): string {
  return hrefOf(path, writeKeys(LIST_KEYS, { ...defaultsOf(LIST_KEYS), ...view }));
}

/** The page count of a list of `total` rows (at least 1, so an empty list still has its first page). */
export function pageCount(total: number, size = LIST_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** LIKE pattern matching the text anywhere, with LIKE's wildcards taken literally (escape character `\`). */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
