/**
 * The public URL grammar of the positions view (/positions, /api/positions, /api/positions/export). Permalinks
 * built from it are pasted into reports, so keys and their meaning are stable; README "Positions view URL
 * grammar" documents every key. Nothing else declares a key, a default or an allowlist.
 */
import { EVENT_KINDS, type EventKind, STATEMENT_MODES, type StatementMode } from "@/lib/domain";
import { parsePartialDate } from "./dates";
import {
  groupEntries,
  type IgnoredParam,
  lastValue,
  parseMulti,
  type SearchParamsInput,
  searchParamEntries,
  shortForNotice,
} from "./url-grammar";

export type { IgnoredParam } from "./url-grammar";

/**
 * Every column the table can show: the allowlist for `cols`, and the column chooser's order. `post` is the role
 * and its organisation in one cell; `role` and `organization` alone stay accepted because links name them.
 */
export const COLUMN_KEYS = [
  "date",
  "speaker",
  "excerpt",
  "post",
  "role",
  "organization",
  "topics",
  "event",
  "mode",
  "stance",
  "annotations",
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

/**
 * Columns shown when the URL names none: what was said comes right after when and who, and the secondary
 * columns are the compact ones, so the default view fits a 1366 px screen without scrolling sideways.
 */
export const DEFAULT_COLUMNS: readonly ColumnKey[] = [
  "date",
  "speaker",
  "excerpt",
  "post",
  "topics",
  "event",
  "stance",
];

/** Records that can be ticked for a comparison (the comparison takes 2 to 4). */
export const MAX_SELECTED = 4;
const SELECTED_ID = /^[a-z0-9]{1,20}$/;

/**
 * Orders of the table (each column one backed by an index); the allowlist for `sort`. `relevance` (best match
 * first) needs a search and has no direction.
 */
export const SORT_KEYS = ["date", "speaker", "event", "mode", "annotations", "relevance"] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const PAGE_SIZES = [25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

export const ATTRIBUTION_FILTERS = ["resolved", "unresolved"] as const;
export type AttributionFilter = (typeof ATTRIBUTION_FILTERS)[number];

export const ANNOTATED_FILTERS = ["yes", "no"] as const;
export type AnnotatedFilter = (typeof ANNOTATED_FILTERS)[number];

/**
 * A record's coding status (migration 0014_coding_queue.sql): `uncoded` (no coded position although the codebook
 * has propositions for its topics), `partial` (some of those propositions not coded), `coded`, and
 * `no_propositions` (not coded, and no proposition applies to its topics yet).
 */
export const CODING_STATUSES = ["uncoded", "partial", "coded", "no_propositions", "disputed"] as const;
export type CodingStatus = (typeof CODING_STATUSES)[number];
/**
 * `disputed` is not a record's coding status but a filter value beside them (issue 12, migration
 * 0017_double_coding.sql): records with at least one code two coders gave differently and no reviewer has
 * settled yet. A disputed record is also coded or partly coded; the key's values are ORed as for every key.
 */
export const CODING_FILTER_DISPUTED = "disputed" satisfies CodingStatus;
/** The statuses stored per record in coding_facts: every value but `disputed`. */
export type RecordCodingStatus = Exclude<CodingStatus, "disputed">;
export const CODING_STATUS_LABELS: Record<CodingStatus, string> = {
  uncoded: "Not coded",
  partial: "Partly coded",
  coded: "Coded",
  no_propositions: "No proposition applies",
  disputed: "Disputed",
};
/** The statuses of records that need coding: what the coding queue shows when its URL names none. */
export const NEEDS_CODING: readonly CodingStatus[] = ["uncoded", "partial"];

/** Longest search text kept, in code points; the rest is dropped (and the page says so). */
export const MAX_QUERY_LENGTH = 500;
/** Far beyond any real corpus; stops absurd OFFSETs. */
export const MAX_PAGE = 100_000;

export interface PositionsSort {
  key: SortKey;
  desc: boolean;
}

export interface PositionsView {
  /** Full-text search, as typed (double-quoted phrases allowed); "" for none. */
  q: string;
  /** "exact": the search's accents must match as typed (Đặng, not Đảng); null: accents and case are ignored. */
  accents: "exact" | null;
  /** Person slugs. */
  speaker: string[];
  /** Topic slugs; each includes its subtopics. */
  topic: string[];
  /** Event slugs. */
  event: string[];
  kind: EventKind[];
  /** ISO 3166-1 alpha-2 codes of the country where the event took place, upper case. */
  country: string[];
  mode: StatementMode[];
  /** Partial dates as written: "2018", "2018-11" or "2018-11-07". */
  from: string | null;
  to: string | null;
  attribution: AttributionFilter | null;
  annotated: AnnotatedFilter | null;
  /** Coding statuses (any of them). */
  coding: CodingStatus[];
  /** Annotation tags (matched ignoring case; a comma separates tags, so a tag cannot contain one). */
  tag: string[];
  sort: PositionsSort;
  page: number;
  size: PageSize;
  /** Visible columns, in display order. */
  cols: ColumnKey[];
  /** Public ids of the records ticked for comparison, in the order they were ticked (at most MAX_SELECTED). */
  sel: string[];
}

export const DEFAULT_SORT: PositionsSort = { key: "date", desc: true };
export const DEFAULT_PAGE_SIZE: PageSize = 50;

export function defaultView(): PositionsView {
  return {
    q: "",
    accents: null,
    speaker: [],
    topic: [],
    event: [],
    kind: [],
    country: [],
    mode: [],
    from: null,
    to: null,
    attribution: null,
    annotated: null,
    coding: [],
    tag: [],
    sort: { ...DEFAULT_SORT },
    page: 1,
    size: DEFAULT_PAGE_SIZE,
    cols: [...DEFAULT_COLUMNS],
    sel: [],
  };
}

/** Every key of the grammar, in the order links are written. */
export const VIEW_KEYS = [
  "q",
  "accents",
  "speaker",
  "topic",
  "event",
  "kind",
  "country",
  "mode",
  "from",
  "to",
  "attribution",
  "annotated",
  "coding",
  "tag",
  "sort",
  "page",
  "size",
  "cols",
  "sel",
] as const;
export type ViewKey = (typeof VIEW_KEYS)[number];

/** Keys that filter rows (as opposed to ordering, paging and presentation). */
export const FILTER_KEYS = [
  "q",
  "accents",
  "speaker",
  "topic",
  "event",
  "kind",
  "country",
  "mode",
  "from",
  "to",
  "attribution",
  "annotated",
  "coding",
  "tag",
] as const satisfies readonly ViewKey[];

/** Keys other routes may add to a positions URL without them being reported as unknown. */
const PASS_THROUGH_KEYS = new Set(["format"]);

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const slugPiece = (kind: string) => (piece: string) => {
  const lower = piece.toLowerCase();
  return SLUG.test(lower) && lower.length <= 120 ? lower : { reject: `not a ${kind} identifier` };
};

function oneOf<T extends string>(allowed: readonly T[], what: string) {
  return (piece: string): T | { reject: string } => {
    const lower = piece.toLowerCase();
    return (allowed as readonly string[]).includes(lower) ? (lower as T) : { reject: `unknown ${what}` };
  };
}

function isMember<T extends string>(allowed: readonly T[], value: string): value is T {
  return (allowed as readonly string[]).includes(value);
}

export interface ParsedView {
  view: PositionsView;
  /** Each part of the URL that was not understood and so left out of the view, with the reason. */
  ignored: IgnoredParam[];
}

/** Parses any query string into a view. Never throws; whatever it cannot use is listed in `ignored`. */
export function parseView(input: SearchParamsInput): ParsedView {
  const view = defaultView();
  const ignored: IgnoredParam[] = [];
  const byKey = groupEntries(searchParamEntries(input));
  const values = (key: ViewKey) => byKey.get(key) ?? [];
  const ignore = (key: string, value: string, reason: string) =>
    ignored.push({ key, value: shortForNotice(value), reason });

  for (const [key, vals] of byKey) {
    if (!isMember(VIEW_KEYS, key) && !PASS_THROUGH_KEYS.has(key)) {
      for (const v of vals) ignore(key, v, "unknown parameter");
    }
  }

  // q: free text. Control characters become spaces; overlong text is cut.
  const rawQ = lastValue(values("q"));
  if (rawQ !== undefined) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
    const cleaned = rawQ.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ").trim();
    const chars = Array.from(cleaned);
    if (chars.length > MAX_QUERY_LENGTH) {
      ignore(
        "q",
        chars.slice(MAX_QUERY_LENGTH).join(""),
        `search text is limited to ${MAX_QUERY_LENGTH} characters`,
      );
      view.q = chars.slice(0, MAX_QUERY_LENGTH).join("").trim();
    } else {
      view.q = cleaned;
    }
  }

  const accents = lastValue(values("accents"));
  if (accents !== undefined && accents !== "") {
    if (accents.toLowerCase() === "exact") view.accents = "exact";
    else ignore("accents", accents, "expected exact");
  }

  const multi = <T extends string>(key: ViewKey, accept: (p: string) => T | { reject: string }): T[] => {
    const result = parseMulti(key, values(key), accept);
    for (const i of result.ignored) ignore(i.key, i.value, i.reason);
    return result.value;
  };
  view.speaker = multi("speaker", slugPiece("speaker"));
  view.topic = multi("topic", slugPiece("topic"));
  view.event = multi("event", slugPiece("event"));
  view.kind = multi("kind", oneOf(EVENT_KINDS, "event kind"));
  view.country = multi("country", (p) =>
    /^[A-Za-z]{2}$/.test(p) ? p.toUpperCase() : { reject: "not a two-letter country code" },
  );
  view.mode = multi("mode", oneOf(STATEMENT_MODES, "mode"));
  view.coding = multi("coding", oneOf(CODING_STATUSES, "coding status"));
  view.tag = multi("tag", (p) =>
    Array.from(p).length <= 64 ? p : { reject: "tags are at most 64 characters" },
  );

  for (const key of ["from", "to"] as const) {
    const raw = lastValue(values(key));
    if (raw === undefined || raw.trim() === "") continue;
    if (parsePartialDate(raw)) view[key] = raw.trim();
    else ignore(key, raw, "not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
  }
  if (view.from && view.to) {
    const from = parsePartialDate(view.from);
    const to = parsePartialDate(view.to);
    if (from?.start && to?.end && from.start > to.end) {
      ignore("to", view.to, "is before from");
      view.to = null;
    }
  }

  const attribution = lastValue(values("attribution"));
  if (attribution !== undefined && attribution !== "") {
    const lower = attribution.toLowerCase();
    if (isMember(ATTRIBUTION_FILTERS, lower)) view.attribution = lower;
    else ignore("attribution", attribution, "expected resolved or unresolved");
  }
  const annotated = lastValue(values("annotated"));
  if (annotated !== undefined && annotated !== "") {
    const lower = annotated.toLowerCase();
    if (isMember(ANNOTATED_FILTERS, lower)) view.annotated = lower;
    else ignore("annotated", annotated, "expected yes or no");
  }

  const sort = lastValue(values("sort"));
  if (sort !== undefined && sort !== "") {
    const desc = sort.startsWith("-");
    const key = (desc ? sort.slice(1) : sort).toLowerCase();
    if (key === "relevance" && !view.q) ignore("sort", sort, "relevance order needs a search (q)");
    else if (isMember(SORT_KEYS, key)) view.sort = { key, desc: key === "relevance" ? false : desc };
    else ignore("sort", sort, `not a sortable column (${SORT_KEYS.join(", ")})`);
  }

  const page = lastValue(values("page"));
  if (page !== undefined && page !== "") {
    const n = /^\d{1,9}$/.test(page.trim()) ? Number(page.trim()) : Number.NaN;
    if (Number.isInteger(n) && n >= 1 && n <= MAX_PAGE) view.page = n;
    else ignore("page", page, `not a page number (1 to ${MAX_PAGE})`);
  }
  const size = lastValue(values("size"));
  if (size !== undefined && size !== "") {
    const n = Number(size.trim());
    if (isMember(PAGE_SIZES.map(String), String(n))) view.size = n as PageSize;
    else ignore("size", size, `page size is ${PAGE_SIZES.join(", ")}`);
  }

  if (values("cols").length > 0) {
    const cols = multi("cols", oneOf(COLUMN_KEYS, "column"));
    // An explicit but entirely unusable list keeps the default columns rather than an empty table.
    if (cols.length > 0) view.cols = cols;
  }

  const sel = multi("sel", (p) =>
    SELECTED_ID.test(p.toLowerCase()) ? p.toLowerCase() : { reject: "not a record id" },
  );
  for (const id of sel) {
    if (view.sel.includes(id)) continue;
    if (view.sel.length >= MAX_SELECTED) ignore("sel", id, `at most ${MAX_SELECTED} records can be compared`);
    else view.sel.push(id);
  }

  return { view, ignored };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

export function serializeSort(sort: PositionsSort): string {
  return `${sort.desc ? "-" : ""}${sort.key}`;
}

/** The canonical query string of a view: keys in VIEW_KEYS order, defaults omitted, lists comma-separated. */
export function serializeView(view: PositionsView): URLSearchParams {
  const params = new URLSearchParams();
  const def = defaultView();
  if (view.q) params.set("q", view.q);
  if (view.accents) params.set("accents", view.accents);
  for (const key of ["speaker", "topic", "event", "kind", "country", "mode", "tag"] as const) {
    if (view[key].length > 0) params.set(key, view[key].join(","));
  }
  if (view.from) params.set("from", view.from);
  if (view.to) params.set("to", view.to);
  if (view.attribution) params.set("attribution", view.attribution);
  if (view.annotated) params.set("annotated", view.annotated);
  if (view.coding.length > 0) params.set("coding", view.coding.join(","));
  if (serializeSort(view.sort) !== serializeSort(def.sort)) params.set("sort", serializeSort(view.sort));
  if (view.page !== def.page) params.set("page", String(view.page));
  if (view.size !== def.size) params.set("size", String(view.size));
  if (!sameList(view.cols, def.cols)) params.set("cols", view.cols.join(","));
  if (view.sel.length > 0) params.set("sel", view.sel.join(","));
  return params;
}

export const POSITIONS_PATH = "/positions";
export const POSITIONS_API_PATH = "/api/positions";
export const POSITIONS_EXPORT_PATH = "/api/positions/export";

function withQuery(path: string, params: URLSearchParams): string {
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/** Link to the view. */
export function viewHref(view: PositionsView): string {
  return withQuery(POSITIONS_PATH, serializeView(view));
}

/** Link to the same page of rows as JSON. */
export function apiHref(view: PositionsView): string {
  return withQuery(POSITIONS_API_PATH, serializeView(view));
}

/** Link to every row of the view (filters and order; paging, columns and the selection do not apply) as CSV or JSON. */
export function exportHref(view: PositionsView, format: "csv" | "json"): string {
  const params = serializeView({ ...view, page: 1, size: DEFAULT_PAGE_SIZE, sel: [] });
  params.set("format", format);
  return withQuery(POSITIONS_EXPORT_PATH, params);
}

export type ViewPatch = Partial<PositionsView>;

/**
 * A new view with some keys changed. Changing what is shown (filters, sort, size) goes back to page 1, because
 * the old page number means nothing in the new result; changing only page, cols or the selection keeps the rest.
 */
export function patchView(view: PositionsView, patch: ViewPatch): PositionsView {
  const resetsPage = Object.keys(patch).some((k) => k !== "page" && k !== "cols" && k !== "sel");
  return { ...view, ...(resetsPage ? { page: 1 } : {}), ...patch };
}

type MultiKey = "speaker" | "topic" | "event" | "kind" | "country" | "mode" | "coding" | "tag";

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
  return isMember(SORT_KEYS, value);
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
