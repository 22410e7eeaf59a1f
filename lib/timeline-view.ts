import type { SearchParams } from "@/lib/compare-view";
import { parsePartialDate } from "@/lib/dates";
import { compareIdsHref } from "./compare-view";
import { isPublicId } from "./ids";

/**
 * URL grammar of /timeline:
 *   /timeline?topic=<slug>[&speaker=<slug>|&country=<XX>][&proposition=<slug>][&group=proposition|speaker]
 *            [&from=<date>][&to=<date>][&bin=week|month|quarter|year][&page=<n>][&pick=<id>[,<id>]]
 * `from`/`to` zoom the axis (`2018`, `2018-11` or `2018-11-07`; a record is in the window when its first possible
 * day is). `bin` asks for a bin size when the view is drawn as bins; without it the size follows the span. `page`
 * pages the table twin. `pick` holds the marks picked for comparison (at most two), so a half-made choice is a
 * permalink too. Parsing never throws: bad parts fall back to their defaults and are reported in `ignored`.
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

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const COUNTRY = /^[A-Za-z]{2}$/;

function first(params: SearchParams, key: string): string | undefined {
  const v = params[key];
  const s = Array.isArray(v) ? v[0] : v;
  return s === undefined ? undefined : s.trim();
}

export function parseTimelineView(params: SearchParams): { view: TimelineView; ignored: string[] } {
  const ignored: string[] = [];
  const view: TimelineView = { ...DEFAULT_TIMELINE_VIEW, pick: [] };

  const slugKey = (key: "topic" | "speaker" | "proposition", what: string) => {
    const raw = first(params, key);
    if (!raw) return null;
    if (SLUG.test(raw)) return raw;
    ignored.push(`“${raw}” is not a ${what}`);
    return null;
  };
  view.topic = slugKey("topic", "topic");
  view.speaker = slugKey("speaker", "speaker");
  view.proposition = slugKey("proposition", "proposition");

  const country = first(params, "country");
  if (country) {
    // Kept even with a speaker: whether the speaker wins depends on the speaker existing, which the query knows.
    if (!COUNTRY.test(country)) ignored.push(`“${country}” is not a two-letter country code`);
    else view.country = country.toUpperCase();
  }

  const group = first(params, "group");
  if (group) {
    if ((TIMELINE_GROUPS as readonly string[]).includes(group)) view.group = group as TimelineGroup;
    else ignored.push(`grouping “${group}” is unknown (use proposition or speaker)`);
  }

  for (const key of ["from", "to"] as const) {
    const raw = first(params, key);
    if (!raw) continue;
    if (parsePartialDate(raw)) view[key] = raw;
    else ignored.push(`${key} “${raw.slice(0, 40)}” is not a date (use 2018, 2018-11 or 2018-11-07)`);
  }
  if (view.from && view.to) {
    const w = windowDays(view);
    if (w.start && w.end && w.start > w.end) {
      ignored.push(`to “${view.to}” is before from “${view.from}”`);
      view.to = null;
    }
  }

  const bin = first(params, "bin");
  if (bin) {
    if ((BIN_UNITS as readonly string[]).includes(bin)) view.bin = bin as BinUnit;
    else ignored.push(`bin size “${bin.slice(0, 40)}” is unknown (use ${BIN_UNITS.join(", ")})`);
  }

  const page = first(params, "page");
  if (page) {
    const n = /^\d{1,6}$/.test(page) ? Number(page) : Number.NaN;
    if (n >= 1 && n <= MAX_TABLE_PAGE) view.page = n;
    else ignored.push(`page “${page.slice(0, 40)}” is not a page number (1 to ${MAX_TABLE_PAGE})`);
  }

  const pick = first(params, "pick");
  if (pick) {
    for (const id of pick.split(",").map((s) => s.trim())) {
      if (!id) continue;
      if (!isPublicId(id)) ignored.push(`“${id}” is not a record id`);
      else if (view.pick.includes(id)) continue;
      else if (view.pick.length >= MAX_PICK) ignored.push(`only ${MAX_PICK} records can be picked`);
      else view.pick.push(id);
    }
  }
  return { view, ignored };
}

/** The link to a timeline view; keys at their default are left out. Inverse of parseTimelineView. */
export function timelineHref(view: Partial<TimelineView>): string {
  const v = { ...DEFAULT_TIMELINE_VIEW, ...view };
  const q = new URLSearchParams();
  if (v.topic) q.set("topic", v.topic);
  if (v.speaker) q.set("speaker", v.speaker);
  else if (v.country) q.set("country", v.country);
  if (v.proposition) q.set("proposition", v.proposition);
  if (v.group !== DEFAULT_TIMELINE_VIEW.group) q.set("group", v.group);
  if (v.from) q.set("from", v.from);
  if (v.to) q.set("to", v.to);
  if (v.bin) q.set("bin", v.bin);
  if (v.page !== DEFAULT_TIMELINE_VIEW.page) q.set("page", String(v.page));
  if (v.pick.length > 0) q.set("pick", v.pick.join(","));
  const s = q.toString().replace(/%2C/g, ",");
  return s ? `/timeline?${s}` : "/timeline";
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
