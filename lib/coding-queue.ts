/**
 * The coding queue's URLs (/coding, /coding/<id>, /coding/next). The queue is a positions view: the same keys,
 * parsed and written by lib/positions-view.ts, except that `coding` defaults to the statuses that need coding
 * (NEEDS_CODING), so `/coding?topic=cyber-security` is the cyber-security records that need coding. The
 * columns and the selection mean nothing here and are dropped from the queue's links.
 */

import { isPublicId } from "./ids";
import {
  defaultView,
  NEEDS_CODING,
  type ParsedView,
  type PositionsView,
  parseView,
  serializeView,
  viewHref,
} from "./positions-view";
import type { SearchParamsInput } from "./url-grammar";
import { searchParamEntries } from "./url-grammar";

export const CODING_PATH = "/coding";
/** Where "next" goes: the record after `after` in the queue's order. */
export const CODING_NEXT_PATH = "/coding/next";
/** The one key the queue adds to the positions grammar, on /coding/next only. */
export const AFTER_KEY = "after";

function sameStatuses(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((s) => b.includes(s));
}

/** Parses a queue URL: a positions view whose `coding` is NEEDS_CODING unless the URL names statuses. */
export function parseQueueView(input: SearchParamsInput): ParsedView & { after: string | null } {
  const entries = searchParamEntries(input);
  const afterRaw = entries.filter(([k]) => k === AFTER_KEY).at(-1)?.[1];
  const rest = entries.filter(([k]) => k !== AFTER_KEY && k !== "cols" && k !== "sel");
  const parsed = parseView(new URLSearchParams(rest));
  const after = afterRaw && isPublicId(afterRaw.toLowerCase()) ? afterRaw.toLowerCase() : null;
  const ignored = [...parsed.ignored];
  if (afterRaw !== undefined && after === null)
    ignored.push({ key: AFTER_KEY, value: afterRaw, reason: "not a record id" });
  const view = parsed.view.coding.length > 0 ? parsed.view : { ...parsed.view, coding: [...NEEDS_CODING] };
  return { view, ignored, after };
}

/** The queue's canonical query string: the positions grammar's, without the default statuses. */
export function serializeQueueView(view: PositionsView): URLSearchParams {
  const def = defaultView();
  return serializeView({
    ...view,
    coding: sameStatuses(view.coding, NEEDS_CODING) ? [] : view.coding,
    cols: def.cols,
    sel: [],
  });
}

function withQuery(path: string, params: URLSearchParams): string {
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

export function queueHref(view: PositionsView): string {
  return withQuery(CODING_PATH, serializeQueueView(view));
}

/** One record of the queue, coded in the queue's context (its "next" keeps the queue's filters and order). */
export function queueRecordHref(view: PositionsView, publicId: string): string {
  return withQuery(`${CODING_PATH}/${publicId}`, serializeQueueView({ ...view, page: 1 }));
}

export function queueNextHref(view: PositionsView, afterPublicId: string): string {
  const params = serializeQueueView({ ...view, page: 1 });
  params.set(AFTER_KEY, afterPublicId);
  return withQuery(CODING_NEXT_PATH, params);
}

/** The same records in the positions table (with the statuses written out, since the table has no default). */
export function queueTableHref(view: PositionsView): string {
  return viewHref({ ...view, page: 1 });
}
