/**
 * The public URL grammar of the positions view (/positions, /api/positions, /api/positions/export), built from
 * its key table (lib/positions-keys.ts): the parser, the serializer, the links and the changes a control makes
 * to a view. Permalinks built from it are pasted into reports, so keys and their meaning are stable;
 * docs/url-grammar.md documents every key.
 */
import { parsePartialDate } from "./dates";
import {
  DEFAULT_PAGE_SIZE,
  DEFAULT_SORT,
  FILTER_KEYS,
  MAX_SELECTED,
  type MultiKey,
  POSITIONS_KEYS,
  type PositionsSort,
  type PositionsView,
  SORT_KEYS,
  type SortKey,
  type ViewKey,
} from "./positions-keys";
import {
  defaultsOf,
  hrefOf,
  type IgnoredParam,
  ignoredPart,
  parseKeys,
  type SearchParamsInput,
  writeKeys,
} from "./url-grammar";

export * from "./positions-keys";
export type { IgnoredParam } from "./url-grammar";

export function defaultView(): PositionsView {
  return defaultsOf(POSITIONS_KEYS);
}

/** Keys other routes may add to a positions URL without them being reported as unknown. */
const PASS_THROUGH_KEYS = ["format"];

export interface ParsedView {
  view: PositionsView;
  /** Each part of the URL that was not understood and so left out of the view, with the reason. */
  ignored: IgnoredParam[];
}

/** Parses any query string into a view. Never throws; whatever it cannot use is listed in `ignored`. */
export function parseView(input: SearchParamsInput): ParsedView {
  const { values: view, ignored } = parseKeys(POSITIONS_KEYS, input, PASS_THROUGH_KEYS);
  // The rules between keys.
  if (view.from && view.to) {
    const from = parsePartialDate(view.from);
    const to = parsePartialDate(view.to);
    if (from?.start && to?.end && from.start > to.end) {
      ignored.push(ignoredPart("to", view.to, "is before from"));
      view.to = null;
    }
  }
  if (view.sort.key === "relevance" && !view.q) {
    ignored.push(ignoredPart("sort", "relevance", "relevance order needs a search (q)"));
    view.sort = { ...DEFAULT_SORT };
  }
  return { view, ignored };
}

/** The canonical query string of a view: keys in table order, defaults omitted, lists comma-separated. */
export function serializeView(view: PositionsView): URLSearchParams {
  return writeKeys(POSITIONS_KEYS, view);
}

/** A key's value as a link writes it (lists comma-separated), its default included; "" for none. */
export function writtenValue(view: PositionsView, key: ViewKey): string {
  const spec = POSITIONS_KEYS[key];
  const value: unknown = view[key];
  return spec.list ? (value as unknown[]).join(",") : (spec.write as (v: unknown) => string)(value);
}

export const POSITIONS_PATH = "/positions";
export const POSITIONS_API_PATH = "/api/positions";
export const POSITIONS_EXPORT_PATH = "/api/positions/export";

/** Link to the view. */
export function viewHref(view: PositionsView): string {
  return hrefOf(POSITIONS_PATH, serializeView(view));
}

/** Link to the same page of rows as JSON. */
export function apiHref(view: PositionsView): string {
  return hrefOf(POSITIONS_API_PATH, serializeView(view));
}

/** Link to every row of the view (filters and order; paging, columns and the selection do not apply) as CSV or JSON. */
export function exportHref(view: PositionsView, format: "csv" | "json"): string {
  const params = serializeView({ ...view, page: 1, size: DEFAULT_PAGE_SIZE, sel: [] });
  params.set("format", format);
  return hrefOf(POSITIONS_EXPORT_PATH, params);
}

export type ViewPatch = Partial<PositionsView>;

/**
 * A new view with some keys changed. Changing what is shown (filters, sort, size) goes back to page 1, because
 * the old page number means nothing in the new result; changing only page, cols or the selection keeps the rest.
 */
export function patchView(view: PositionsView, patch: ViewPatch): PositionsView {
  const resetsPage = Object.keys(patch).some((k) => !("keepsPage" in POSITIONS_KEYS[k as ViewKey]));
  return { ...view, ...(resetsPage ? { page: 1 } : {}), ...patch };
}

/** Ticks a record for comparison, or unticks it; a fifth tick is refused (the view is returned unchanged). */
export function toggleSelected(view: PositionsView, id: string): PositionsView {
  if (view.sel.includes(id)) return patchView(view, { sel: view.sel.filter((x) => x !== id) });
  if (view.sel.length >= MAX_SELECTED) return view;
  return patchView(view, { sel: [...view.sel, id] });
}

/** Adds a value to a multi-valued filter (a facet click), or removes it if present. */
export function toggleFilterValue(view: PositionsView, key: MultiKey, value: string): PositionsView {
  const current = view[key] as string[];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return patchView(view, { [key]: next } as ViewPatch);
}

/**
 * The view without values that were reported as ignored after parsing (a speaker, topic or event slug that
 * names nothing, search text with no words): what the page actually shows, so chips and links match the rows.
 */
export function withoutIgnored(view: PositionsView, ignored: readonly IgnoredParam[]): PositionsView {
  let next = view;
  for (const i of ignored) {
    if (i.key === "speaker" || i.key === "topic" || i.key === "event") {
      next = { ...next, [i.key]: next[i.key].filter((v) => v !== i.value) };
    } else if (i.key === "q" && i.value === view.q) {
      next = { ...next, q: "", sort: next.sort.key === "relevance" ? { ...DEFAULT_SORT } : next.sort };
    }
  }
  return next;
}

/** The view with every filter cleared; order, size and columns kept. */
export function clearFilters(view: PositionsView): PositionsView {
  const def = defaultView();
  return { ...def, sort: view.sort, size: view.size, cols: view.cols, sel: view.sel };
}

export function hasFilters(view: PositionsView): boolean {
  const def = defaultView();
  return FILTER_KEYS.some((k) => JSON.stringify(view[k]) !== JSON.stringify(def[k]));
}

/** Describes a sort for screen readers and the summary line. */
export function sortDirectionFor(view: PositionsView, key: SortKey): "ascending" | "descending" | "none" {
  if (view.sort.key !== key) return "none";
  return view.sort.desc ? "descending" : "ascending";
}

/** Next sort when a column header is activated: first descending for date/annotations, ascending otherwise. */
export function nextSort(view: PositionsView, key: SortKey): PositionsSort {
  if (view.sort.key === key) return { key, desc: !view.sort.desc };
  return { key, desc: key === "date" || key === "annotations" };
}

export function isSortKey(value: string): value is SortKey {
  return (SORT_KEYS as readonly string[]).includes(value);
}

/** An estimate rounded to two significant figures (232,718 -> 230,000), so it does not read as exact. */
export function roundEstimate(n: number): number {
  if (n < 100) return Math.round(n);
  const magnitude = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / magnitude) * magnitude;
}

/** A count for display: "1,234" when exact, "about 230,000" when estimated. */
export function formatCount(n: number, exact: boolean): string {
  return exact ? n.toLocaleString("en") : `about ${roundEstimate(n).toLocaleString("en")}`;
}
