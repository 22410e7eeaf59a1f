import { parsePartialDate } from "@/lib/dates";
import { compareIdsHref } from "./compare-view";
import { isPublicId } from "./ids";
import {
  choiceKey,
  countryPiece,
  hrefOf,
  type IgnoredParam,
  ignoredPart,
  listKey,
  oneKey,
  oneOf,
  pageKey,
  parseKeys,
  reject,
  type SearchParamsInput,
  SLUG,
  writeKeys,
} from "./url-grammar";

/**
 * URL grammar of /timeline:
 *   /timeline?topic=<slug>[&speaker=<slug>|&country=<XX>][&proposition=<slug>][&group=proposition|speaker]
 *            [&from=<date>][&to=<date>][&bin=week|month|quarter|year][&page=<n>][&pick=<id>[,<id>]]
 * `from`/`to` zoom the axis (`2018`, `2018-11` or `2018-11-07`; a record is in the window when its first possible
 * day is). `bin` asks for a bin size when the view is drawn as bins; without it the size follows the span. `page`
 * pages the table twin. `pick` holds the marks picked for comparison (at most two), so a half-made choice is a
 * permalink too. Built from its key table (TIMELINE_KEYS) by lib/url-grammar.ts, whose rules it follows: parsing
 * never throws, bad parts fall back to their defaults and are reported in `ignored`.
 */

export const TIMELINE_GROUPS = ["proposition", "speaker"] as const;
export type TimelineGroup = (typeof TIMELINE_GROUPS)[number];

export const BIN_UNITS = ["week", "month", "quarter", "year"] as const;
export type BinUnit = (typeof BIN_UNITS)[number];

export interface TimelineView {
  topic: string | null;
  speaker: string | null;
  country: string | null;
  proposition: string | null;
  group: TimelineGroup;
  /** Zoom window as written ("2018", "2018-11", "2018-11-07"); null for open. */
  from: string | null;
  to: string | null;
  /** Requested bin size; null lets the span choose. */
  bin: BinUnit | null;
  /** Page of the table twin, from 1. */
  page: number;
  pick: string[];
}

export const DEFAULT_TIMELINE_VIEW: TimelineView = {
  topic: null,
  speaker: null,
  country: null,
  proposition: null,
  group: "proposition",
  from: null,
  to: null,
  bin: null,
  page: 1,
  pick: [],
};

export const MAX_PICK = 2;
export const MAX_TABLE_PAGE = 10_000;

/** First and last day of a zoom window, open ends null. */
export function windowDays(view: Pick<TimelineView, "from" | "to">): {
  start: string | null;
  end: string | null;
} {
  return {
    start: view.from ? (parsePartialDate(view.from)?.start ?? null) : null,
    end: view.to ? (parsePartialDate(view.to)?.end ?? null) : null,
  };
}

const slugKey = (reason: string) =>
  oneKey<string | null>({
    default: null,
    parse: (raw) => (SLUG.test(raw) ? raw : reject(reason)),
    write: (v) => v ?? "",
  });
const DATE_REASON = "not a date (use 2018, 2018-11 or 2018-11-07)";
const dateKey = () =>
  oneKey<string | null>({
    default: null,
    parse: (raw) => (parsePartialDate(raw) ? raw : reject(DATE_REASON)),
    write: (v) => v ?? "",
  });

/** The key table of /timeline, in the order links are written. */
export const TIMELINE_KEYS = {
  topic: slugKey("not a topic"),
  speaker: slugKey("not a speaker"),
  // Kept even with a speaker: whether the speaker wins depends on the speaker existing, which the query knows.
  country: oneKey<string | null>({ default: null, parse: countryPiece, write: (v) => v ?? "" }),
  proposition: slugKey("not a proposition"),
  group: oneKey<TimelineGroup>({
    default: DEFAULT_TIMELINE_VIEW.group,
    parse: (raw) => oneOf(TIMELINE_GROUPS, "unknown grouping (use proposition or speaker)")(raw),
    write: String,
  }),
  from: dateKey(),
  to: dateKey(),
  bin: choiceKey(BIN_UNITS, `unknown bin size (use ${BIN_UNITS.join(", ")})`),
  page: pageKey(MAX_TABLE_PAGE),
  pick: listKey({
    piece: (p) => (isPublicId(p) ? p : reject("not a record id")),
    max: { count: MAX_PICK, reason: `only ${MAX_PICK} records can be picked` },
  }),
} satisfies { [K in keyof TimelineView]: unknown };

export function parseTimelineView(params: SearchParamsInput): {
  view: TimelineView;
  ignored: IgnoredParam[];
} {
  const { values: view, ignored } = parseKeys(TIMELINE_KEYS, params);
  if (view.from && view.to) {
    const w = windowDays(view);
    if (w.start && w.end && w.start > w.end) {
      ignored.push(ignoredPart("to", view.to, `is before from (${view.from})`));
      view.to = null;
    }
  }
  return { view, ignored };
}

/** The link to a timeline view; keys at their default are left out. Inverse of parseTimelineView. */
export function timelineHref(view: Partial<TimelineView>): string {
  const v = { ...DEFAULT_TIMELINE_VIEW, ...view };
  // A chosen speaker wins over the country, so the link leaves the country out.
  return hrefOf("/timeline", writeKeys(TIMELINE_KEYS, { ...v, country: v.speaker ? null : v.country }));
}

/** The same view zoomed to another window (or its bin size changed): the table goes back to its first page. */
export function zoomTo(
  view: TimelineView,
  patch: Partial<Pick<TimelineView, "from" | "to" | "bin">>,
): TimelineView {
  return { ...view, ...patch, page: 1 };
}

/** The view with a record added to (or, if already picked, removed from) the picks. */
export function togglePick(view: TimelineView, publicId: string): TimelineView {
  if (view.pick.includes(publicId)) return { ...view, pick: view.pick.filter((p) => p !== publicId) };
  const pick = [...view.pick, publicId].slice(-MAX_PICK);
  return { ...view, pick };
}

/** Where a mark's pick link goes: the second pick lands on the comparison; a first pick (or unpicking) stays. */
export function pickHref(view: TimelineView, publicId: string): string {
  const next = togglePick(view, publicId);
  return next.pick.length === 2 && !view.pick.includes(publicId)
    ? compareIdsHref(next.pick)
    : timelineHref(next);
}
