import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createTempDb } from "@/db/testing/temp-db";
import { tallyRecords } from "@/lib/compare-periods";
import { parsePeriod } from "@/lib/compare-view";
import { loadSeeds } from "@/seeds/load";
import { generateSynthetic } from "@/seeds/synthetic";
import { isWholeMonths } from "./compare-counted";
import { getPeriodComparison, type PeriodFilter } from "./compare-periods";

const period = (text: string) => {
  const p = parsePeriod(text);
  if (!p) throw new Error(text);
  return p;
};

const VIEWS: [topic: string, a: string, b: string, country: string | null][] = [
  ["cyber-security", "2018", "2024", "VN"],
  ["cyber-security", "2018-03..2019-06", "2024..", null],
  ["terrorism", "2019", "2022", null],
  ["cyber-norms", "..2019", "2023-02", "VN"],
  ["cyber-security", "2016..2017", "2016..2017", "VN"],
  ["cyber-security", "2020", "2021", "XX"],
  ["cyber-security", "2018-03-15..2018-11-20", "2024-02-02..2024-12-30", "VN"],
  ["terrorism", "2019-06-10..", "..2022-03-03", null],
  ["cyber-security", "2021-05-31..2021-06-01", "2023-12-31..2024-01-01", null],
];

/** The maintained counts, against the same rows counted from the base tables by the migration's own view. */
function countsDrift(db: Db): number {
  return Number(
    db.$client
      .prepare(`
        SELECT count(*) FROM (
          SELECT topic_id, month, end_month, country, kind, value, n FROM compare_counts WHERE n <> 0
          EXCEPT
          SELECT topic_id, month, end_month, country, kind, value, count(*) FROM compare_counts_source
          GROUP BY 1, 2, 3, 4, 5, 6)`)
      .pluck()
      .get(),
  );
}

describe("a comparison read from the maintained counts", () => {
  let db: Db;
  let cleanup: () => void;
  beforeAll(() => {
    ({ db, cleanup } = createTempDb());
    loadSeeds(db);
    generateSynthetic(db, { count: 3000, seed: 11 });
    // Double coding settles some codes: every review status occurs, spread over topics, months and countries.
    db.$client.exec(`
      UPDATE coded_positions SET review_status = CASE id % 7 WHEN 0 THEN 'disputed' WHEN 1 THEN 'agreed'
        WHEN 2 THEN 'adjudicated' WHEN 3 THEN 'disputed' ELSE 'draft' END`);
  }, 120_000);
  afterAll(() => cleanup());

  const filter = ([topic, a, b, country]: (typeof VIEWS)[number]): PeriodFilter => ({
    topic,
    a: period(a),
    b: period(b),
    speaker: null,
    country,
  });

  it("says the same as the records counted one by one: figures, caveats, samples and evidence", () => {
    for (const view of VIEWS) {
      const live = getPeriodComparison(db, filter(view), "live");
      expect(getPeriodComparison(db, filter(view), "counts"), view.join(" ")).toEqual({
        ...live,
        detail: null,
      });
    }
    const flagship = getPeriodComparison(db, filter(VIEWS[0] as (typeof VIEWS)[number]), "counts");
    const [a] = flagship.aggregate.sides;
    // Not a comparison of two empty things: the synthetic sides hold records, coded ones and caveats.
    expect(a?.records).toBeGreaterThan(20);
    expect(a?.sample).toHaveLength(3);
    expect(flagship.aggregate.propositions.length).toBeGreaterThan(3);
    expect(a?.distributions.source_tier.distinct).toBeGreaterThan(1);
    // Every review status is counted, and the side's review counts are exactly the codes its tallies count.
    expect(a?.review.disputed).toBeGreaterThan(0);
    expect(a?.review.agreed).toBeGreaterThan(0);
    expect(a?.review.adjudicated).toBeGreaterThan(0);
    expect(a?.review.draft).toBeGreaterThan(0);
    flagship.aggregate.sides.forEach((side, i) => {
      const counted = flagship.aggregate.propositions.reduce(
        (sum, p) => sum + (p.tallies[i] ? tallyRecords(p.tallies[i]) : 0),
        0,
      );
      const r = side.review;
      expect(r.draft + r.agreed + r.disputed + r.adjudicated).toBe(counted);
      expect(side.disputedHref).toMatch(/[?&]coding=disputed(&|$)/);
    });
  });

  it("narrowed to one proposition, shows its row alone, the same on both paths", () => {
    const view = filter(VIEWS[0] as (typeof VIEWS)[number]);
    const all = getPeriodComparison(db, view, "counts").aggregate.propositions;
    const chosen = all[1]?.proposition.slug ?? "";
    for (const source of ["counts", "live"] as const) {
      const one = getPeriodComparison(db, { ...view, proposition: chosen }, source).aggregate;
      expect(one.propositions).toEqual(all.filter((p) => p.proposition.slug === chosen));
      // The review counts follow the proposition too: they are the codes of its row alone.
      one.sides.forEach((side, i) => {
        const row = one.propositions[0]?.tallies[i];
        const r = side.review;
        expect(r.draft + r.agreed + r.disputed + r.adjudicated).toBe(row ? tallyRecords(row) : 0);
      });
    }
  });

  it("stays right after every kind of edit, through the triggers", () => {
    const sqlite = db.$client;
    const one = (sql: string) => sqlite.prepare(sql).pluck().get() as number;
    const statement = one(
      "SELECT s.id FROM statements s JOIN persons p ON p.id = s.person_id WHERE p.country = 'VN' AND s.date_start LIKE '2018%' ORDER BY s.id LIMIT 1",
    );
    const person = one(`SELECT person_id FROM statements WHERE id = ${statement}`);
    const source = one(`SELECT source_id FROM statements WHERE id = ${statement}`);
    const event = one("SELECT event_id FROM statements WHERE event_id IS NOT NULL ORDER BY id LIMIT 1");
    const topic = one("SELECT id FROM topics WHERE slug = 'terrorism'");
    const proposition = one("SELECT id FROM propositions ORDER BY id LIMIT 1");
    const edits = [
      `UPDATE statements SET date_start = '2017-12-20', date_end = '2018-01-05', date_precision = 'range' WHERE id = ${statement}`,
      `UPDATE statements SET mode = 'summary', date_basis = 'inferred', date_note = 'from the dateline' WHERE id = ${statement}`,
      `UPDATE statements SET person_id = NULL, role_id = NULL, attribution_status = 'unresolved', attribution_text = 'a deputy minister' WHERE id = ${statement + 1}`,
      `UPDATE sources SET tier = 'verbatim_record' WHERE id = ${source}`,
      `UPDATE events SET kind = 'unga_plenary' WHERE id = ${event}`,
      `UPDATE persons SET country = 'LA' WHERE id = ${person}`,
      `INSERT OR IGNORE INTO statement_topics (statement_id, topic_id) VALUES (${statement}, ${topic})`,
      `DELETE FROM statement_topics WHERE statement_id = ${statement + 2}`,
      `DELETE FROM coded_positions WHERE statement_id = (SELECT statement_id FROM coded_positions ORDER BY id LIMIT 1)`,
      `INSERT OR IGNORE INTO coded_positions (statement_id, proposition_id, status, stance) VALUES (${statement}, ${proposition}, 'ambiguous', NULL)`,
      `UPDATE coded_positions SET status = 'stated', stance = 2 WHERE statement_id = ${statement} AND proposition_id = ${proposition}`,
      // Review statuses: a second coder disagrees, a reviewer decides, a coder's change reopens it.
      `UPDATE coded_positions SET review_status = 'disputed' WHERE statement_id = ${statement} AND proposition_id = ${proposition}`,
      `UPDATE statements SET date_start = '2018-02-01', date_end = '2018-02-01', date_precision = 'day' WHERE id = ${statement}`,
      `UPDATE coded_positions SET review_status = 'adjudicated', stance = -1 WHERE statement_id = ${statement} AND proposition_id = ${proposition}`,
      `UPDATE coded_positions SET review_status = 'draft' WHERE id IN (SELECT id FROM coded_positions WHERE review_status = 'agreed' ORDER BY id LIMIT 50)`,
      `UPDATE coded_positions SET review_status = 'agreed' WHERE id IN (SELECT id FROM coded_positions WHERE review_status = 'disputed' ORDER BY id DESC LIMIT 50)`,
      `DELETE FROM statements WHERE id = ${statement + 3}`,
    ];
    for (const edit of edits) {
      sqlite.exec(edit);
      expect(countsDrift(db), edit).toBe(0);
    }
    for (const view of VIEWS) {
      const live = getPeriodComparison(db, filter(view), "live");
      expect(getPeriodComparison(db, filter(view), "counts"), view.join(" ")).toEqual({
        ...live,
        detail: null,
      });
    }
  });

  it("tells whole months from periods with day bounds (read from their months, less the days outside)", () => {
    expect(isWholeMonths(period("2018"))).toBe(true);
    expect(isWholeMonths(period("2018-03..2019-06"))).toBe(true);
    expect(isWholeMonths(period("..2019"))).toBe(true);
    expect(isWholeMonths(period("2018-03-02..2019"))).toBe(false);
    expect(isWholeMonths(period("2024-02-28..2024-02-28"))).toBe(false);
    expect(isWholeMonths(period("2024-02-01..2024-02-29"))).toBe(true);
  });
});
