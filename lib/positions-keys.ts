/**
 * The key table of the positions view (/positions, /api/positions, /api/positions/export): one entry per URL
 * key, holding its parser, default and written form (lib/url-grammar.ts) and, for a filter, its chip label and
 * its field in the filter form. The view's type, its parser and serializer, the chips and the form are all
 * built from this table; adding a key is one entry here plus its SQL. docs/url-grammar.md documents each key.
 */
import { EVENT_KINDS, type EventKind, STATEMENT_MODES, type StatementMode } from "@/lib/domain";
import { EVENT_KIND_LABELS, MODE_LABELS } from "@/lib/labels";
import { asofKey, formatAsOf } from "./asof";
import { parsePartialDate } from "./dates";
import {
  choiceKey,
  countryPiece,
  type ListKey,
  listKey,
  type OneKey,
  oneKey,
  oneOf,
  pageKey,
  reject,
  slugPiece,
  type ValuesOf,
} from "./url-grammar";

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
export const DEFAULT_SORT: PositionsSort = { key: "date", desc: true };
export const DEFAULT_PAGE_SIZE: PageSize = 50;

export function serializeSort(sort: PositionsSort): string {
  return `${sort.desc ? "-" : ""}${sort.key}`;
}

/** A control of the filter form; the form renders each filter's field from its entry. */
export type FormField =
  | { control: "search"; label: string; placeholder: string; hint: string; maxLength: number }
  /** A checkbox that submits `value` when ticked. */
  | { control: "check"; label: string; value: string }
  | { control: "checkboxes"; label: string; options: readonly { value: string; label: string }[] }
  | {
      control: "select";
      label: string;
      options: readonly { value: string; label: string }[];
      hint?: string;
      /** The label of the current value when it is none of the options (an order chosen in the table). */
      other?: string;
    }
  /** A comma-separated list or one value, typed. */
  | { control: "text"; label: string; placeholder: string }
  | { control: "date"; label: string };

export interface PositionsKeyExtra {
  /** A filter (narrows the rows), as opposed to order, paging and presentation. */
  filter?: {
    /** The chip of one value ("speaker is Bùi Văn Nam"); `name` is the facet's display name when known. */
    chip?: (value: string, name: string | undefined) => string;
  };
  /** Where the filter form edits this key: at the top, or folded under "More filters". */
  field?: FormField & { group: "main" | "more" };
  /** Changing only this key keeps the page (the page itself, the columns, the selection). */
  keepsPage?: true;
}

// biome-ignore lint/suspicious/noExplicitAny: entries are of different value types
function entry<S extends OneKey<any> | ListKey<any>, E extends PositionsKeyExtra>(spec: S, extra: E): S & E {
  return { ...spec, ...extra };
}

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }));
const DATE_REASON = "not a date (YYYY, YYYY-MM or YYYY-MM-DD)";
const dateKey = () =>
  oneKey<string | null>({
    default: null,
    parse: (raw) => (parsePartialDate(raw) ? raw : reject(DATE_REASON)),
    write: (value) => value ?? "",
  });

/** The grammar: every key, in the order links are written. */
export const POSITIONS_KEYS = {
  q: entry(
    oneKey<string>({
      default: "",
      // Control characters become spaces; overlong text is cut and the cut part reported.
      parse: (raw, note) => {
        // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
        const chars = Array.from(raw.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ").trim());
        if (chars.length <= MAX_QUERY_LENGTH) return chars.join("");
        note(
          chars.slice(MAX_QUERY_LENGTH).join(""),
          `search text is limited to ${MAX_QUERY_LENGTH} characters`,
        );
        return chars.slice(0, MAX_QUERY_LENGTH).join("").trim();
      },
      write: (value) => value,
    }),
    {
      filter: { chip: (v) => `text matches “${v}”` },
      field: {
        group: "main",
        control: "search",
        label: "Search",
        placeholder: 'Words or "a phrase"',
        hint: "Ignores accents and case: dang hoang giang finds Đặng Hoàng Giang.",
        maxLength: MAX_QUERY_LENGTH,
      },
    },
  ),
  // "exact": the search's accents must match as typed (Đặng, not Đảng); it qualifies the search, so no chip.
  accents: entry(choiceKey(["exact"] as const, "expected exact"), {
    filter: {},
    field: {
      group: "main",
      control: "check",
      label: "Match accents exactly (Đặng, not Đảng)",
      value: "exact",
    },
  }),
  speaker: entry(listKey({ piece: slugPiece("not a speaker identifier") }), {
    filter: { chip: (v, name) => `speaker is ${name ?? v}` },
  }),
  // Each topic includes its subtopics.
  topic: entry(listKey({ piece: slugPiece("not a topic identifier") }), {
    filter: { chip: (v, name) => `topic is ${name ?? v}` },
  }),
  event: entry(listKey({ piece: slugPiece("not a event identifier") }), {
    filter: { chip: (v) => `event is ${v}` },
  }),
  kind: entry(listKey<EventKind>({ piece: oneOf(EVENT_KINDS, "unknown event kind") }), {
    filter: { chip: (v) => `event kind is ${EVENT_KIND_LABELS[v as EventKind] ?? v}` },
    field: {
      group: "more",
      control: "checkboxes",
      label: "Event kind",
      options: options(EVENT_KINDS, EVENT_KIND_LABELS),
    },
  }),
  // ISO 3166-1 alpha-2 codes of the country where the event took place, upper case.
  country: entry(listKey({ piece: countryPiece }), {
    filter: { chip: (v) => `country is ${v}` },
    field: { group: "more", control: "text", label: "Event country", placeholder: "e.g. US,RU" },
  }),
  mode: entry(listKey<StatementMode>({ piece: oneOf(STATEMENT_MODES, "unknown mode") }), {
    filter: { chip: (v) => `mode is ${MODE_LABELS[v as StatementMode] ?? v}` },
    field: {
      group: "main",
      control: "checkboxes",
      label: "Mode",
      options: options(STATEMENT_MODES, MODE_LABELS),
    },
  }),
  // Partial dates as written: "2018", "2018-11" or "2018-11-07".
  from: entry(dateKey(), {
    filter: { chip: (v) => `from ${v}` },
    field: { group: "main", control: "date", label: "From" },
  }),
  to: entry(dateKey(), {
    filter: { chip: (v) => `to ${v}` },
    field: { group: "main", control: "date", label: "To" },
  }),
  attribution: entry(choiceKey(ATTRIBUTION_FILTERS, "expected resolved or unresolved"), {
    filter: { chip: (v) => `attribution ${v}` },
    field: {
      group: "more",
      control: "select",
      label: "Attribution",
      options: [
        { value: "", label: "Any" },
        { value: "resolved", label: "Resolved" },
        { value: "unresolved", label: "Unresolved" },
      ],
    },
  }),
  // Deleted annotations do not count.
  annotated: entry(choiceKey(ANNOTATED_FILTERS, "expected yes or no"), {
    filter: { chip: (v) => (v === "yes" ? "has annotations" : "no annotations") },
    field: {
      group: "more",
      control: "select",
      label: "Annotations",
      options: [
        { value: "", label: "Any" },
        { value: "yes", label: "Has annotations" },
        { value: "no", label: "No annotations" },
      ],
    },
  }),
  coding: entry(listKey<CodingStatus>({ piece: oneOf(CODING_STATUSES, "unknown coding status") }), {
    filter: { chip: (v) => `coding is ${CODING_STATUS_LABELS[v as CodingStatus]?.toLowerCase() ?? v}` },
    field: {
      group: "more",
      control: "checkboxes",
      label: "Coding",
      options: options(CODING_STATUSES, CODING_STATUS_LABELS),
    },
  }),
  // Matched ignoring case; a comma separates tags, so a tag cannot contain one.
  tag: entry(
    listKey({ piece: (p) => (Array.from(p).length <= 64 ? p : reject("tags are at most 64 characters")) }),
    {
      filter: { chip: (v) => `tagged “${v}”` },
      field: { group: "more", control: "text", label: "Annotation tag", placeholder: "e.g. key-quote" },
    },
  ),
  sort: entry(
    oneKey<PositionsSort>({
      default: DEFAULT_SORT,
      parse: (raw) => {
        const desc = raw.startsWith("-");
        const key = (desc ? raw.slice(1) : raw).toLowerCase();
        if (!(SORT_KEYS as readonly string[]).includes(key))
          return reject(`not a sortable column (${SORT_KEYS.join(", ")})`);
        return { key: key as SortKey, desc: key === "relevance" ? false : desc };
      },
      write: serializeSort,
    }),
    {
      field: {
        group: "main",
        control: "select",
        label: "Order",
        options: [
          { value: "-date", label: "Newest first" },
          { value: "date", label: "Oldest first" },
          { value: "relevance", label: "Best match first (with a search)" },
        ],
        other: "As chosen in the table",
        hint: "With a search, the best match puts statements that use the words before mentions of them by speaker, event or source title, and exact accents first.",
      },
    },
  ),
  page: entry(pageKey(MAX_PAGE), { keepsPage: true }),
  size: entry(
    oneKey<PageSize>({
      default: DEFAULT_PAGE_SIZE,
      parse: (raw) => {
        const n = Number(raw);
        return (PAGE_SIZES as readonly number[]).includes(n)
          ? (n as PageSize)
          : reject(`page size is ${PAGE_SIZES.join(", ")}`);
      },
      write: String,
    }),
    {},
  ),
  // Visible columns, in display order; a list naming no known column keeps the default columns.
  cols: entry(listKey<ColumnKey>({ piece: oneOf(COLUMN_KEYS, "unknown column"), default: DEFAULT_COLUMNS }), {
    keepsPage: true,
  }),
  // The records recorded by a moment (lib/asof.ts): a filter, so that its chip takes the view back to now.
  asof: entry(asofKey, { filter: { chip: (v) => `as recorded by ${formatAsOf(v)}` } }),
  // Public ids of the records ticked for comparison, in the order they were ticked.
  sel: entry(
    listKey({
      piece: (p) => (SELECTED_ID.test(p.toLowerCase()) ? p.toLowerCase() : reject("not a record id")),
      max: { count: MAX_SELECTED, reason: `at most ${MAX_SELECTED} records can be compared` },
    }),
    { keepsPage: true },
  ),
};

export type PositionsView = ValuesOf<typeof POSITIONS_KEYS>;
export type ViewKey = keyof typeof POSITIONS_KEYS;

/** Every key of the grammar, in the order links are written. */
export const VIEW_KEYS = Object.keys(POSITIONS_KEYS) as ViewKey[];

type FilterKeyOf<K extends ViewKey> = (typeof POSITIONS_KEYS)[K] extends { filter: object } ? K : never;
/** Keys that filter rows (as opposed to ordering, paging and presentation). */
export type FilterKey = { [K in ViewKey]: FilterKeyOf<K> }[ViewKey];
export const FILTER_KEYS = VIEW_KEYS.filter((k) => "filter" in POSITIONS_KEYS[k]) as FilterKey[];

/** Filters holding a list of values (a facet click adds or removes one). */
export type MultiKey = {
  [K in FilterKey]: (typeof POSITIONS_KEYS)[K] extends { list: true } ? K : never;
}[FilterKey];
