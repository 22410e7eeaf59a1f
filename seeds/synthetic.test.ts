import { afterAll, describe, expect, it } from "vitest";
import { checkSearchIndex } from "@/db/queries/position-index";
import { listPositions } from "@/db/queries/positions";
import { createTempDb } from "@/db/testing/temp-db";
import { parseView } from "@/lib/positions-view";
import { loadSeeds } from "./load";
import { generateSynthetic } from "./synthetic";

const a = createTempDb();
const b = createTempDb();
afterAll(() => {
  a.cleanup();
  b.cleanup();
});

const texts = (db: typeof a.db) =>
  db.$client.prepare("SELECT public_id, text, date_start, mode, role_id FROM statements ORDER BY id").all();
const codes = (db: typeof a.db) =>
  db.$client
    .prepare(
      "SELECT statement_id, proposition_id, status, stance, basis, note FROM coded_positions ORDER BY id",
    )
    .all();
const all = <T>(db: typeof a.db, sql: string) => db.$client.prepare(sql).all() as T[];
const one = (db: typeof a.db, sql: string) => Number(db.$client.prepare(sql).pluck().get());

describe("synthetic generator", () => {
  it("is deterministic, satisfies the schema's constraints and leaves the search index consistent", () => {
    for (const t of [a, b]) {
      loadSeeds(t.db);
      const report = generateSynthetic(t.db, { count: 400, seed: 7 });
      expect(report.statements).toBe(400);
    }
    expect(texts(a.db)).toEqual(texts(b.db));
    expect(codes(a.db)).toEqual(codes(b.db));
    expect(checkSearchIndex(a.db)).toMatchObject({ ok: true, statements: 420 });
    expect(() => generateSynthetic(a.db, { count: 1 })).toThrow(/already holds synthetic/);
  });

  it("codes a realistic share of the cyber records on the curated propositions, with every status", () => {
    const cyber = `EXISTS (SELECT 1 FROM statement_topics st JOIN topics t ON t.id = st.topic_id
      WHERE st.statement_id = s.id AND (t.path = 'cyber-security' OR t.path LIKE 'cyber-security/%'))`;
    const synthetic =
      "s.public_id LIKE 's%' AND s.source_id IN (SELECT id FROM sources WHERE slug LIKE 'syn-%')";
    const onCyber = one(a.db, `SELECT count(*) FROM statements s WHERE ${synthetic} AND ${cyber}`);
    const codedOnCyber = one(
      a.db,
      `SELECT count(*) FROM statements s WHERE ${synthetic} AND ${cyber}
       AND EXISTS (SELECT 1 FROM coded_positions c WHERE c.statement_id = s.id)`,
    );
    expect(codedOnCyber / onCyber).toBeGreaterThan(0.3);
    expect(codedOnCyber / onCyber).toBeLessThan(0.5);
    const perRecord = all<{ n: number }>(
      a.db,
      `SELECT count(*) AS n FROM coded_positions c JOIN statements s ON s.id = c.statement_id
       WHERE ${synthetic} GROUP BY c.statement_id`,
    ).map((r) => r.n);
    expect(Math.min(...perRecord)).toBe(1);
    expect(Math.max(...perRecord)).toBe(4);
    const statuses = all<{ status: string }>(a.db, "SELECT DISTINCT status FROM coded_positions").map(
      (r) => r.status,
    );
    expect(statuses.sort()).toEqual(["ambiguous", "no_position", "not_addressed", "stated"]);
    const stances = all<{ stance: number }>(
      a.db,
      "SELECT DISTINCT stance FROM coded_positions WHERE stance IS NOT NULL ORDER BY stance",
    ).map((r) => r.stance);
    expect(stances).toEqual([-2, -1, 0, 1, 2]);
    // Every one of the curated propositions is used.
    expect(one(a.db, "SELECT count(DISTINCT proposition_id) FROM coded_positions")).toBe(
      one(a.db, "SELECT count(*) FROM propositions"),
    );
  });

  it("moves stances over the years, so that an early and a late period differ", () => {
    const means = all<{ slug: string; early: number | null; late: number | null }>(
      a.db,
      `SELECT p.slug,
         avg(CASE WHEN s.date_start < '2006' THEN c.stance END) AS early,
         avg(CASE WHEN s.date_start >= '2016' THEN c.stance END) AS late
       FROM coded_positions c JOIN statements s ON s.id = c.statement_id JOIN propositions p ON p.id = c.proposition_id
       WHERE c.status = 'stated' GROUP BY p.slug`,
    );
    const shifts = means.map((m) => Math.abs((m.late ?? 0) - (m.early ?? 0)));
    // Chance alone rarely moves three propositions' means by this much at this sample size.
    expect(shifts.filter((d) => d > 0.75).length).toBeGreaterThanOrEqual(3);
  });

  it("gives speakers several roles in succession, and each record the role held on its date", () => {
    const careers = all<{ n: number }>(
      a.db,
      "SELECT count(*) AS n FROM roles r JOIN persons p ON p.id = r.person_id WHERE p.slug LIKE 'syn-%' GROUP BY p.id",
    ).map((r) => r.n);
    expect(careers.filter((n) => n > 1).length).toBeGreaterThan(careers.length / 2);
    // Roles of one person never overlap.
    expect(
      one(
        a.db,
        `SELECT count(*) FROM roles x JOIN roles y ON y.person_id = x.person_id AND y.id > x.id
         WHERE coalesce(x.start_date, '0000') <= coalesce(y.end_date, '9999')
           AND coalesce(y.start_date, '0000') <= coalesce(x.end_date, '9999')`,
      ),
    ).toBe(0);
    const synthetic = "s.source_id IN (SELECT id FROM sources WHERE slug LIKE 'syn-%')";
    expect(
      one(
        a.db,
        `SELECT count(*) FROM statements s JOIN roles r ON r.id = s.role_id WHERE ${synthetic}
         AND (r.person_id <> s.person_id OR (r.start_date IS NOT NULL AND s.date_start < r.start_date)
           OR (r.end_date IS NOT NULL AND s.date_start > r.end_date))`,
      ),
    ).toBe(0);
    expect(
      one(
        a.db,
        `SELECT count(*) FROM statements s WHERE ${synthetic} AND s.person_id IS NOT NULL
         AND (s.role_id IS NULL) <> (s.date_start IS NULL)`,
      ),
    ).toBe(0);
    // Some speakers' records span more than one of their roles.
    expect(
      one(
        a.db,
        `SELECT count(*) FROM (SELECT person_id FROM statements s WHERE ${synthetic} AND role_id IS NOT NULL
         GROUP BY person_id HAVING count(DISTINCT role_id) > 1)`,
      ),
    ).toBeGreaterThan(0);
  });

  it("gives date-range results equal to a brute-force overlap check, across every precision", () => {
    const all = a.db.$client
      .prepare("SELECT public_id AS id, date_start AS s, date_end AS e FROM statements")
      .all() as { id: string; s: string | null; e: string | null }[];
    for (const [from, to] of [
      ["2010", "2011-06"],
      ["2020-02-29", "2020-03-01"],
      ["1999-12", null],
      [null, "1996"],
    ] as const) {
      const params = new URLSearchParams({ size: "100", ...(from ? { from } : {}), ...(to ? { to } : {}) });
      const { view } = parseView(params);
      const lo = from
        ? from.length === 4
          ? `${from}-01-01`
          : from.length === 7
            ? `${from}-01`
            : from
        : null;
      const hi = to ? (to.length === 4 ? `${to}-12-31` : to.length === 7 ? `${to}-31` : to) : null;
      const expected = all
        .filter((r) => r.s && r.e && (!lo || r.e >= lo) && (!hi || r.s <= hi))
        .map((r) => r.id)
        .sort();
      const got: string[] = [];
      for (let page = 1; ; page++) {
        const result = listPositions(a.db, { ...view, page });
        got.push(...result.rows.map((r) => r.publicId));
        if (result.rows.length < view.size) break;
      }
      expect(got.sort()).toEqual(expected);
    }
  });

  it("gives topic + date-range results equal to a brute-force check", () => {
    const expected = (
      a.db.$client
        .prepare(
          `SELECT DISTINCT s.public_id FROM statements s JOIN statement_topics st ON st.statement_id = s.id
           JOIN topics t ON t.id = st.topic_id
           WHERE (t.path = 'cyber-security' OR t.path LIKE 'cyber-security/%')
             AND s.date_end >= '2005-01-01' AND s.date_start <= '2012-06-30'`,
        )
        .pluck()
        .all() as string[]
    ).sort();
    const { view } = parseView({ topic: "cyber-security", from: "2005", to: "2012-06", size: "100" });
    const got: string[] = [];
    for (let page = 1; ; page++) {
      const result = listPositions(a.db, { ...view, page });
      got.push(...result.rows.map((r) => r.publicId));
      if (result.rows.length < view.size) break;
    }
    expect(expected.length).toBeGreaterThan(0);
    expect(got.sort()).toEqual(expected);
  });
});
