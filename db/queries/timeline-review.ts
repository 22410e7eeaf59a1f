import { emptyReviewCounts, type ReviewCounts } from "@/lib/compare-periods";
import { REVIEW_STATUSES } from "@/lib/review";
import type { Db } from "../client";
import type { TimelineData } from "./timeline";

const STATUSES = new Set<string>(REVIEW_STATUSES);

function add(counts: ReviewCounts, status: string, n: number) {
  if (STATUSES.has(status)) counts[status as keyof ReviewCounts] += n;
}

/**
 * How settled the codes a timeline draws are (issue 12: timelines say when they rest on drafts or disputes), or
 * null where that cannot be told without reading every coding. Marks: the codes of the records drawn (at most
 * MARK_LIMIT). Bins: the maintained review counts of compare_counts (migration 0020) for the topic, the speakers'
 * country and the window's months; with a speaker chosen, or no topic, the counts hold no such row and nothing is
 * said.
 */
export function timelineReview(db: Db, data: TimelineData): ReviewCounts | null {
  const sqlite = db.$client;
  const counts = emptyReviewCounts();
  const proposition = data.filters.proposition?.id ?? null;
  if (data.kind === "marks") {
    // The drawn records' codes are read with the marks already.
    if (data.records.length === 0) return null;
    for (const r of data.records)
      for (const c of r.positions)
        if (!data.filters.proposition || c.propositionSlug === data.filters.proposition.slug)
          add(counts, c.reviewStatus, 1);
    return counts;
  }
  if (data.kind !== "bins" || !data.filters.topic || data.filters.speaker) return null;
  const { start, end } = data.filters.window;
  const where = ["topic_id = ?", "kind = 'review'", "month <> ''"];
  const params: (string | number)[] = [data.filters.topic.id];
  if (data.filters.country) {
    where.push("country = ?");
    params.push(data.filters.country);
  }
  // Whole months: the counts are kept by month, so a window cut within a month counts that month whole.
  if (start) {
    where.push("month >= ?");
    params.push(start.slice(0, 7));
  }
  if (end) {
    where.push("month <= ?");
    params.push(end.slice(0, 7));
  }
  const rows = sqlite
    .prepare(`SELECT value, sum(n) AS n FROM compare_counts WHERE ${where.join(" AND ")} GROUP BY value`)
    .all(...params) as { value: string; n: number }[];
  for (const r of rows) {
    const [prop, status] = r.value.split(":");
    if (proposition === null || Number(prop) === proposition) add(counts, status ?? "", r.n);
  }
  return counts;
}
