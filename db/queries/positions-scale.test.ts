/**
 * The table's queries over tens of thousands of matching records, on a real SQLite file: nothing may pass the
 * matching ids back to SQL as bound variables (SQLite refuses more than 32,766, and long before that every
 * request would copy them), and past the exact limit the totals and facets are estimates that say so.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseView } from "@/lib/positions-view";
import { loadSeeds } from "@/seeds/load";
import type { Db } from "../client";
import { createTempDb } from "../testing/temp-db";
import { withIndexTriggersSuspended } from "./position-index";
import { listPositions, listViewIds } from "./positions";
import { FACET_ROW_LIMIT } from "./positions-plan";

/** Copies of the 20 curated records: 18 of the 20 are paraphrases, so mode=paraphrase matches 40,032. */
const COPIES = 2_223;
const RECORDS = 20 * (COPIES + 1);
const PARAPHRASES = 18 * (COPIES + 1);

let db: Db;
let cleanup: () => void;
/** The most bound variables any statement prepared during a test had. */
let widest = 0;

const view = (query: string) => parseView(new URLSearchParams(query)).view;
/** Curated records (not copies) meeting a condition over statements `s` and persons `p`. */
const seedCount = (condition: string) =>
  Number(
    db.$client
      .prepare(
        `SELECT count(*) FROM statements s LEFT JOIN persons p ON p.id = s.person_id
         WHERE s.public_id NOT LIKE 'c%-%' AND ${condition}`,
      )
      .pluck()
      .get(),
  );

beforeAll(() => {
  ({ db, cleanup } = createTempDb());
  loadSeeds(db);
  const sqlite = db.$client;
  withIndexTriggersSuspended(db, () => {
    // Set-based copies with their own public ids, topics and coded positions, as a bulk import would write.
    sqlite.exec(`
      CREATE TEMP TABLE copies (n INTEGER PRIMARY KEY);
      WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < ${COPIES})
      INSERT INTO copies SELECT n FROM c;
      INSERT INTO statements (public_id, source_id, person_id, role_id, event_id, attribution_text,
        attribution_kind, attribution_status, attribution_note, date_start, date_end, date_precision, date_basis,
        date_note, mode, text, evidence_start, evidence_end, evidence_text, language)
      SELECT 'c' || c.n || '-' || s.public_id, s.source_id, s.person_id, s.role_id, s.event_id, s.attribution_text,
        s.attribution_kind, s.attribution_status, s.attribution_note, s.date_start, s.date_end, s.date_precision,
        s.date_basis, s.date_note, s.mode, s.text, s.evidence_start, s.evidence_end, s.evidence_text, s.language
      FROM copies c CROSS JOIN (SELECT * FROM statements WHERE public_id NOT LIKE 'c%-%') s;
      INSERT INTO statement_topics (statement_id, topic_id)
      SELECT copy.id, st.topic_id FROM statements copy
      JOIN statements o ON o.public_id = substr(copy.public_id, instr(copy.public_id, '-') + 1)
      JOIN statement_topics st ON st.statement_id = o.id
      WHERE copy.public_id LIKE 'c%-%';
      DROP TABLE temp.copies;`);
  });
  sqlite.exec("ANALYZE");
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    widest = Math.max(widest, (source.match(/\?/g) ?? []).length);
    return prepare(source);
  }) as typeof sqlite.prepare;
}, 120_000);
afterAll(() => cleanup());

// Building the corpus and the exact reference answers takes a while on a loaded machine.
describe("table views over 40,000 matching records", { timeout: 60_000 }, () => {
  it("holds the records the test is about", () => {
    expect(listPositions(db, view("")).total).toBe(RECORDS);
    expect(PARAPHRASES).toBeGreaterThan(40_000);
  });

  it("counts a large filtered view exactly and estimates its facets, marked as such", () => {
    const page = listPositions(db, view("mode=paraphrase&sort=speaker"));
    expect(page).toMatchObject({ total: PARAPHRASES, totalExact: true, facetsExact: false });
    expect(page.rows).toHaveLength(50);
    expect(page.facetSample).toBeGreaterThan(500);
    expect(page.facetSample).toBeLessThan(PARAPHRASES);
    // Every match is a paraphrase; the copies repeat the curated speakers' shares, so estimates stay close.
    expect(page.facets.mode.map((m) => [m.value, m.count])).toEqual([["paraphrase", PARAPHRASES]]);
    const giang = page.facets.speaker.find((s) => s.value === "dang-hoang-giang")?.count ?? 0;
    const exactGiang = seedCount("mode = 'paraphrase' AND p.slug = 'dang-hoang-giang'") * (COPIES + 1);
    expect(Math.abs(giang - exactGiang) / exactGiang).toBeLessThan(0.2);
    // Ordered by speaker: the page walks the index, in order.
    const names = page.rows.map((r) => r.speakerName ?? "~");
    expect(names).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
  });

  it("is exact over 40,000 materialised matches when the limit allows it", () => {
    const page = listPositions(db, view("mode=paraphrase"), { exactRowLimit: 50_000 });
    expect(page).toMatchObject({ total: PARAPHRASES, totalExact: true, facetsExact: true });
    expect(page.facets.speaker.find((s) => s.value === "dang-hoang-giang")?.count).toBe(
      seedCount("mode = 'paraphrase' AND p.slug = 'dang-hoang-giang'") * (COPIES + 1),
    );
    expect(page.facets.topic.find((t) => t.value === "cyber-security")?.count).toBe(
      seedCount(`mode = 'paraphrase' AND s.id IN (SELECT statement_id FROM statement_topics st
        JOIN topics t ON t.id = st.topic_id WHERE t.path LIKE 'cyber-security%')`) *
        (COPIES + 1),
    );
  });

  it("estimates the total of a full-text search matching most records, and pages it exactly", () => {
    const exact = listPositions(db, view("q=cyber"), { exactRowLimit: 100_000 });
    expect(exact.totalExact).toBe(true);
    expect(exact.total).toBeGreaterThan(FACET_ROW_LIMIT);
    const page = listPositions(db, view("q=cyber"));
    expect(page.totalExact).toBe(false);
    expect(page.facetsExact).toBe(false);
    expect(Math.abs(page.total - exact.total) / exact.total).toBeLessThan(0.2);
    expect(page.rows.map((r) => r.publicId)).toEqual(exact.rows.map((r) => r.publicId));
    const later = listPositions(db, view("q=cyber&page=3&sort=speaker"));
    const laterExact = listPositions(db, view("q=cyber&page=3&sort=speaker"), { exactRowLimit: 100_000 });
    expect(later.rows.map((r) => r.publicId)).toEqual(laterExact.rows.map((r) => r.publicId));
  });

  it("combines a search with a speaker and a topic, and exports every matching id", () => {
    const v = view("q=cyber&speaker=bui-van-nam&topic=cyber-security");
    const all = listViewIds(db, v);
    // Exact when allowed, with the speaker's index driving and FTS5 probed per record ...
    const exact = listPositions(db, v, { exactRowLimit: 50_000 });
    expect(exact).toMatchObject({ total: all.length, totalExact: true });
    expect(exact.rows.map((r) => r.id)).toEqual(all.slice(0, 50));
    // ... and by default either exact or an estimate that says so.
    const page = listPositions(db, v);
    if (page.totalExact) expect(page.total).toBe(all.length);
    else expect(Math.abs(page.total - all.length) / all.length).toBeLessThan(0.2);
    expect(page.rows.map((r) => r.id)).toEqual(all.slice(0, 50));
    expect(listViewIds(db, view("mode=paraphrase"))).toHaveLength(PARAPHRASES);
  });

  it("never binds one variable per matching record", () => {
    expect(widest).toBeGreaterThan(0);
    expect(widest).toBeLessThan(200);
  });
});
