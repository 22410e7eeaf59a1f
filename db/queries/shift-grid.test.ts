import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeeds } from "@/seeds/load";
import type { Db } from "../client";
import { createTempDb } from "../testing/temp-db";
import { getShiftGrid, listPropositionOptions } from "./shift-grid";

let db: Db;
let cleanup: () => void;
beforeAll(() => {
  ({ db, cleanup } = createTempDb());
  loadSeeds(db);
});
afterAll(() => cleanup());

describe("the shift grid", () => {
  it("counts each speaker's codings by year and stance, as the records say", () => {
    for (const { slug } of listPropositionOptions(db)) {
      const grid = getShiftGrid(db, {
        proposition: slug,
        rows: 40,
        by: "speaker",
        across: "period",
        kind: null,
      });
      for (const row of grid.rows) {
        const expected = db.$client
          .prepare(
            `SELECT count(*) FROM coded_positions cp JOIN statements s ON s.id = cp.statement_id
               JOIN persons p ON p.id = s.person_id JOIN propositions pr ON pr.id = cp.proposition_id
              WHERE pr.slug = ? AND p.slug = ? AND s.date_start IS NOT NULL`,
          )
          .pluck()
          .get(slug, row.slug);
        const counted = row.cells.reduce(
          (n, c) => n + Object.values(c.mix).reduce((a, b) => a + (b ?? 0), 0),
          0,
        );
        expect(counted).toBe(expected);
      }
    }
  });

  it("shows Bui Van Nam in 2018 and Dang Hoang Giang in 2024 on the sovereignty proposition, not coded apart", () => {
    const grid = getShiftGrid(db, {
      proposition: "sovereignty-basis-of-cooperation",
      rows: 15,
      by: "speaker",
      across: "period",
      kind: null,
    });
    expect(grid.proposition?.topic.slug).toBeTruthy();
    const labels = grid.periods.map((p) => p.label);
    const cell = (speaker: string, year: string) =>
      grid.rows.find((r) => r.slug === speaker)?.cells[labels.indexOf(year)];
    const nam = cell("bui-van-nam", "2018");
    const giang = cell("dang-hoang-giang", "2024");
    expect(nam && Object.keys(nam.mix).length).toBeGreaterThan(0);
    expect(giang && Object.keys(giang.mix).length).toBeGreaterThan(0);
    // "Not coded" counts the speaker's dated records on the topic with no coding on this proposition.
    for (const row of grid.rows) {
      const expected = db.$client
        .prepare(
          `SELECT count(*) FROM statements s JOIN persons p ON p.id = s.person_id
            WHERE p.slug = ? AND s.date_start IS NOT NULL
              AND EXISTS (SELECT 1 FROM statement_topics st JOIN topics t ON t.id = st.topic_id
                           JOIN topics root ON root.slug = ?
                          WHERE st.statement_id = s.id AND (t.path = root.path OR t.path LIKE root.path || '/%'))
              AND NOT EXISTS (SELECT 1 FROM coded_positions cp JOIN propositions pr ON pr.id = cp.proposition_id
                               WHERE cp.statement_id = s.id AND pr.slug = ?)`,
        )
        .pluck()
        .get(row.slug, grid.proposition?.topic.slug, "sovereignty-basis-of-cooperation");
      expect(row.cells.reduce((n, c) => n + c.notCoded, 0)).toBe(expected);
    }
  });

  it("by country: each country's codings by year, and its records on the topic nobody coded on it", () => {
    const slug = "sovereignty-basis-of-cooperation";
    const grid = getShiftGrid(db, {
      proposition: slug,
      rows: 40,
      by: "country",
      across: "period",
      kind: null,
    });
    expect(grid.by).toBe("country");
    expect(grid.rows.map((r) => r.slug)).toContain("VN");
    expect(grid.rows.find((r) => r.slug === "VN")?.name).toBe("Vietnam");
    for (const row of grid.rows) {
      const coded = db.$client
        .prepare(
          `SELECT count(*) FROM coded_positions cp JOIN statements s ON s.id = cp.statement_id
             JOIN persons p ON p.id = s.person_id JOIN propositions pr ON pr.id = cp.proposition_id
            WHERE pr.slug = ? AND p.country = ? AND s.date_start IS NOT NULL`,
        )
        .pluck()
        .get(slug, row.slug);
      const notCoded = db.$client
        .prepare(
          `SELECT count(*) FROM statements s JOIN persons p ON p.id = s.person_id
            WHERE p.country = ? AND s.date_start IS NOT NULL
              AND EXISTS (SELECT 1 FROM statement_topics st JOIN topics t ON t.id = st.topic_id
                           JOIN topics root ON root.slug = ?
                          WHERE st.statement_id = s.id AND (t.path = root.path OR t.path LIKE root.path || '/%'))
              AND NOT EXISTS (SELECT 1 FROM coded_positions cp JOIN propositions pr ON pr.id = cp.proposition_id
                               WHERE cp.statement_id = s.id AND pr.slug = ?)`,
        )
        .pluck()
        .get(row.slug, grid.proposition?.topic.slug, slug);
      const mix = row.cells.reduce((n, c) => n + Object.values(c.mix).reduce((a, b) => a + (b ?? 0), 0), 0);
      expect([mix, row.cells.reduce((n, c) => n + c.notCoded, 0)]).toEqual([coded, notCoded]);
    }
  });

  it("with events across: the latest dated events on the topic, each cell what was coded and left uncoded there", () => {
    const slug = "sovereignty-basis-of-cooperation";
    for (const by of ["speaker", "country"] as const) {
      const grid = getShiftGrid(db, { proposition: slug, rows: 40, by, across: "event", kind: null });
      const topic = grid.proposition?.topic.slug;
      const onTopic = `EXISTS (SELECT 1 FROM statement_topics st JOIN topics t ON t.id = st.topic_id
          JOIN topics root ON root.slug = @topic
         WHERE st.statement_id = s.id AND (t.path = root.path OR t.path LIKE root.path || '/%'))`;
      const expectedEvents = db.$client
        .prepare(
          `SELECT e.slug FROM events e WHERE e.start_date IS NOT NULL
              AND EXISTS (SELECT 1 FROM statements s WHERE s.event_id = e.id AND ${onTopic})
            ORDER BY e.start_date DESC, e.id DESC LIMIT 12`,
        )
        .pluck()
        .all({ topic }) as string[];
      expect(grid.events.map((e) => e.slug)).toEqual(expectedEvents.reverse());
      expect(grid.events.length).toBeGreaterThan(1);
      expect(grid.periods).toEqual([]);
      const rowKey = by === "speaker" ? "p.slug" : "p.country";
      for (const row of grid.rows)
        grid.events.forEach((event, i) => {
          const [coded, notCoded] = db.$client
            .prepare(
              `SELECT count(cp.id), sum(cp.id IS NULL AND ${onTopic}) FROM statements s
                 JOIN persons p ON p.id = s.person_id JOIN events e ON e.id = s.event_id
                 LEFT JOIN coded_positions cp ON cp.statement_id = s.id
                  AND cp.proposition_id = (SELECT id FROM propositions WHERE slug = @slug)
                WHERE e.slug = @event AND ${rowKey} = @row`,
            )
            .raw()
            .get({ topic, slug, event: event.slug, row: row.slug }) as [number, number | null];
          const cell = row.cells[i];
          const mix = Object.values(cell?.mix ?? {}).reduce((a, b) => a + (b ?? 0), 0);
          expect([mix, cell?.notCoded], `${row.slug} at ${event.slug}`).toEqual([coded, notCoded ?? 0]);
        });
      // At least one speaker (country) coded at one of these events, or the test proves nothing.
      expect(grid.rows.some((r) => r.coded > 0)).toBe(true);
    }
  });

  it("with events of one kind only, every column is an event of that kind", () => {
    const grid = getShiftGrid(db, {
      proposition: "sovereignty-basis-of-cooperation",
      rows: 40,
      by: "speaker",
      across: "event",
      kind: "unsc_open_debate",
    });
    const kinds = grid.events.map(
      (e) => db.$client.prepare("SELECT kind FROM events WHERE slug = ?").pluck().get(e.slug) as string,
    );
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(["unsc_open_debate"]));
  });

  it("names nothing for an unknown proposition", () => {
    expect(
      getShiftGrid(db, { proposition: "nope", rows: 15, by: "speaker", across: "period", kind: null })
        .proposition,
    ).toBeNull();
    expect(
      getShiftGrid(db, { proposition: null, rows: 15, by: "speaker", across: "period", kind: null }).rows,
    ).toEqual([]);
  });
});
