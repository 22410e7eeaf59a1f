/**
 * What a saved view may hold, checked before anything is stored: a name, and a same-origin relative URL of one
 * of the three view pages (the table, a comparison, a timeline). The URL is stored as its page's grammar writes
 * it (the parts the grammar ignores are dropped), so the saved view opens exactly what the page showed.
 */

import { compareTableView, timelineTableView } from "./atom-links";
import { compareHref, parseCompareView } from "./compare-view";
import type { SavedViewKind } from "./domain";
import { type PositionsView, parseView, viewHref } from "./positions-view";
import { parseTimelineView, timelineHref } from "./timeline-view";

export type { SavedViewKind };

const SAVED_VIEW_PATHS: Record<string, SavedViewKind> = {
  "/positions": "positions",
  "/compare": "compare",
  "/timeline": "timeline",
};

export const MAX_VIEW_NAME = 120;
export const MAX_VIEW_URL = 2_000;

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

export function checkViewName(input: unknown): Checked<string> {
  if (typeof input !== "string") return { ok: false, error: "Give the view a name." };
  const name = input.replace(/\s+/g, " ").trim();
  if (name.length === 0) return { ok: false, error: "Give the view a name." };
  if ([...name].length > MAX_VIEW_NAME)
    return { ok: false, error: `The name is too long: at most ${MAX_VIEW_NAME} characters.` };
  return { ok: true, value: name };
}

const ORIGIN = "http://saved-view.invalid";
const REFUSED =
  "Only a view of this site can be saved: an address starting /positions, /compare or /timeline, with its query.";

function paramsRecord(search: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of search) {
    const had = out[key];
    out[key] = had === undefined ? value : Array.isArray(had) ? [...had, value] : [had, value];
  }
  return out;
}

/** The view's kind and canonical URL, or why it cannot be saved. */
export function checkViewUrl(input: unknown): Checked<{ kind: SavedViewKind; url: string }> {
  if (typeof input !== "string" || input.length === 0) return { ok: false, error: REFUSED };
  if (input.length > MAX_VIEW_URL)
    return { ok: false, error: `The address is too long to save: at most ${MAX_VIEW_URL} characters.` };
  // Only a path on this site: no scheme, no host, no protocol-relative or backslash tricks.
  if (!input.startsWith("/") || input.startsWith("//") || /[\\\s]/.test(input.split("?")[0] ?? ""))
    return { ok: false, error: REFUSED };
  let url: URL;
  try {
    url = new URL(input, ORIGIN);
  } catch {
    return { ok: false, error: REFUSED };
  }
  if (url.origin !== ORIGIN || !Object.hasOwn(SAVED_VIEW_PATHS, url.pathname))
    return { ok: false, error: REFUSED };
  const kind = SAVED_VIEW_PATHS[url.pathname];
  if (!kind) return { ok: false, error: REFUSED };
  const params = paramsRecord(url.searchParams);
  const canonical =
    kind === "positions"
      ? viewHref(parseView(url.searchParams).view)
      : kind === "compare"
        ? compareHref(parseCompareView(params).view)
        : timelineHref(parseTimelineView(params).view);
  return { ok: true, value: { kind, url: canonical } };
}

/**
 * The records a saved view watches, as a table view (what its change count and feed read), or null when it
 * watches none: a comparison of fixed records.
 */
export function savedViewTableView(kind: SavedViewKind, url: string): PositionsView | null {
  const search = new URL(url, ORIGIN).searchParams;
  if (kind === "positions") return parseView(search).view;
  if (kind === "compare") return compareTableView(parseCompareView(paramsRecord(search)).view);
  return timelineTableView(parseTimelineView(paramsRecord(search)).view);
}

export const SAVED_VIEW_KIND_LABELS: Record<SavedViewKind, string> = {
  positions: "Table",
  compare: "Comparison",
  timeline: "Timeline",
};
