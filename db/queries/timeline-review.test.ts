import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unsettledShare } from "@/lib/compare-periods";
import { parseTimelineView } from "@/lib/timeline-view";
import { loadSeeds } from "@/seeds/load";
import type { Db } from "../client";
import { createTempDb } from "../testing/temp-db";
import { getTimeline } from "./timeline";
import { timelineReview } from "./timeline-review";

let db: Db;
let cleanup: () => void;
beforeAll(() => {
  ({ db, cleanup } = createTempDb());
  loadSeeds(db);
  // Some codes settled, some disputed, so that every status is counted.
  db.$client.exec(`UPDATE coded_positions SET review_status = 'disputed' WHERE id % 3 = 0;
    UPDATE coded_positions SET review_status = 'agreed' WHERE id % 3 = 1;`);
});
afterAll(() => cleanup());

/** The codes of the records on the topic (subtopics too) in the months given, counted straight from the records. */
function direct(query: string, from = "0000-00", to = "9999-99", proposition?: string) {
  const q = new URLSearchParams(query);
  const rows = db.$client
    .prepare(
      `SELECT cp.review_status AS status, count(*) AS n FROM coded_positions cp
         JOIN statements s ON s.id = cp.statement_id
        WHERE s.date_start IS NOT NULL AND substr(s.date_start, 1, 7) BETWEEN ? AND ?
          AND EXISTS (SELECT 1 FROM statement_topics st JOIN topics t ON t.id = st.topic_id
                        JOIN topics root ON root.slug = ?
                       WHERE st.statement_id = s.id AND (t.path = root.path OR t.path LIKE root.path || '/%'))
          ${proposition ? "AND cp.proposition_id = (SELECT id FROM propositions WHERE slug = ?)" : ""}
        GROUP BY 1`,
    )
    .all(from, to, q.get("topic"), ...(proposition ? [proposition] : [])) as { status: string; n: number }[];
  const out = { draft: 0, agreed: 0, disputed: 0, adjudicated: 0 };
  for (const r of rows) out[r.status as keyof typeof out] += r.n;
  return out;
}

const review = (query: string) => {
  const { view } = parseTimelineView(new URLSearchParams(query));
  const data = getTimeline(db, view);
  return { kind: data.kind, review: timelineReview(db, data) };
};

describe("how settled the codes a timeline draws are", () => {
  it("counts the drawn records' codes by review status when the records are drawn one by one", () => {
    const got = review("topic=cyber-security");
    expect(got.kind).toBe("marks");
    expect(got.review).toEqual(direct("topic=cyber-security"));
    expect((got.review?.disputed ?? 0) > 0).toBe(true);
  });

  it("reads the maintained counts when the timeline draws bins, within the window's months and one proposition", () => {
    const got = review("topic=cyber-security&bin=year");
    expect(got.kind).toBe("bins");
    expect(got.review).toEqual(direct("topic=cyber-security"));
    const narrow = review(
      "topic=cyber-security&bin=year&from=2024-01&to=2024-12&proposition=sovereignty-basis-of-cooperation",
    );
    expect(narrow.review).toEqual(
      direct("topic=cyber-security", "2024-01", "2024-12", "sovereignty-basis-of-cooperation"),
    );
    const n = narrow.review;
    expect(n && n.draft + n.agreed + n.disputed + n.adjudicated).toBeGreaterThan(0);
  });

  it("says nothing where the counts cannot tell: bins of one speaker, or of every topic", () => {
    expect(review("speaker=dang-hoang-giang&bin=year").review).toBeNull();
    expect(review("bin=year").review).toBeNull();
  });

  it("a timeline resting mostly on disputes and drafts is flagged, a settled one is not", () => {
    db.$client.exec("UPDATE coded_positions SET review_status = 'disputed'");
    expect(
      unsettledShare(review("topic=cyber-security").review ?? direct("topic=cyber-security")),
    ).not.toBeNull();
    db.$client.exec("UPDATE coded_positions SET review_status = 'agreed'");
    const settled = review("topic=cyber-security&bin=year").review;
    expect(settled && unsettledShare(settled)).toBeNull();
    expect(settled?.agreed).toBeGreaterThan(0);
  });
});
