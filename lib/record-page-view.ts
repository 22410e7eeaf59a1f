/**
 * What the record page lists in full. A record's edit history, its other reports and its annotations grow with
 * use (a load test left one record with hundreds of versions); the page shows the newest few of each and says how
 * many there are, and `?show=history,reports,notes` (any of them) opens a section in full.
 */
import { parseAsOf } from "./asof";
import {
  type IgnoredParam,
  ignoredPart,
  type SearchParamsInput,
  searchParamEntries,
  splitMulti,
} from "./url-grammar";

export const RECORD_PAGE_LIMITS = {
  /** Newest versions in the edit history. */
  history: 20,
  /** Other sources that reported the statement. */
  reports: 10,
  /** Annotations, oldest first as a discussion reads. */
  notes: 50,
  /** Newest versions listed in each annotation's own history. */
  noteVersions: 20,
} as const;

export const RECORD_PAGE_SECTIONS = ["history", "reports", "notes"] as const;
export type RecordPageSection = (typeof RECORD_PAGE_SECTIONS)[number];

export interface RecordPageView {
  show: ReadonlySet<RecordPageSection>;
  /** The moment the record is shown as it stood (lib/asof.ts), or null for now. */
  asof: string | null;
  /** A refused `asof`, said on the page: the current record is shown instead. */
  ignored: IgnoredParam[];
}

/** Unknown sections are dropped: the page opens as it would without them. */
export function parseRecordPageView(input: SearchParamsInput, now?: Date): RecordPageView {
  const entries = searchParamEntries(input);
  const values = entries.filter(([key]) => key === "show").map(([, value]) => value);
  const show = new Set<RecordPageSection>();
  for (const piece of splitMulti(values))
    if ((RECORD_PAGE_SECTIONS as readonly string[]).includes(piece)) show.add(piece as RecordPageSection);
  const raw = entries.findLast(([key, value]) => key === "asof" && value.trim() !== "")?.[1];
  if (raw === undefined) return { show, asof: null, ignored: [] };
  const asof = parseAsOf(raw, now);
  return typeof asof === "string"
    ? { show, asof, ignored: [] }
    : { show, asof: null, ignored: [ignoredPart("asof", raw, asof.reject)] };
}

/** The record page with one more section opened in full, the others as they were; lands on that section. */
export function showAllHref(publicId: string, view: RecordPageView, section: RecordPageSection): string {
  const show = RECORD_PAGE_SECTIONS.filter((s) => s === section || view.show.has(s));
  const anchor = section === "notes" ? "annotations" : section === "history" ? "history-h" : "reports";
  return `/positions/${encodeURIComponent(publicId)}?show=${show.join(",")}#${anchor}`;
}
