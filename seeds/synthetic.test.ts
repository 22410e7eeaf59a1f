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
  db.$client.prepare("SELECT public_id, text, date_start, mode FROM statements ORDER BY id").all();

describe("synthetic generator", () => {
  it("is deterministic, satisfies the schema's constraints and leaves the search index consistent", () => {
    for (const t of [a, b]) {
      loadSeeds(t.db);
      const report = generateSynthetic(t.db, { count: 400, seed: 7 });
      expect(report.statements).toBe(400);
    }
    expect(texts(a.db)).toEqual(texts(b.db));
    expect(checkSearchIndex(a.db)).toMatchObject({ ok: true, statements: 420 });
    expect(() => generateSynthetic(a.db, { count: 1 })).toThrow(/already holds synthetic/);
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
