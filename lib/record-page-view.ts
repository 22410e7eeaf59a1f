/**
 * What the record page lists in full. A record's edit history, its other reports and its annotations grow with
 * use (a load test left one record with hundreds of versions); the page shows the newest few of each and says how
 * many there are, and `?show=history,reports,notes` (any of them) opens a section in full.
 */
import { type SearchParamsInput, searchParamEntries, splitMulti } from "./url-grammar";

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
}

/** Unknown sections are dropped: the page opens as it would without them. */
export function parseRecordPageView(input: SearchParamsInput): RecordPageView {
  const values = searchParamEntries(input)
    .filter(([key]) => key === "show")
    .map(([, value]) => value);
  const show = new Set<RecordPageSection>();
  for (const piece of splitMulti(values))
    if ((RECORD_PAGE_SECTIONS as readonly string[]).includes(piece)) show.add(piece as RecordPageSection);
  return { show };
}

/** The record page with one more section opened in full, the others as they were; lands on that section. */
export function showAllHref(publicId: string, view: RecordPageView, section: RecordPageSection): string {
  const show = RECORD_PAGE_SECTIONS.filter((s) => s === section || view.show.has(s));
  const anchor = section === "notes" ? "annotations" : section === "history" ? "history-h" : "reports";
  return `/positions/${encodeURIComponent(publicId)}?show=${show.join(",")}#${anchor}`;
}
