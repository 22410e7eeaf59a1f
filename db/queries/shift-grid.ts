import type { PositionStatus } from "@/db/schema";
import {
  codeOf,
  type GridCell,
  type GridPeriod,
  gridPeriods,
  periodOf,
  type ShiftGridView,
} from "@/lib/shift-grid";
import type { Db } from "../client";

export interface ShiftGridRow {
  slug: string;
  name: string;
  /** Codings on the proposition by this speaker, dated or not. */
  coded: number;
  cells: GridCell[];
}

export interface ShiftGrid {
  proposition: {
    slug: string;
    label: string;
    text: string;
    topic: { slug: string; name: string };
  } | null;
  periods: GridPeriod[];
  rows: ShiftGridRow[];
  /** Speakers with at least one coding on the proposition (the grid shows the first `view.rows`). */
  speakers: number;
  /** Codings of the rows shown that have no date, so no column. */
  undated: number;
}

/**
 * The grid, aggregated in SQL: codings on the proposition grouped by speaker, year and stance (the speakers
 * coded most often first), and, for those speakers only, their records on the proposition's topic (subtopics
 * included) in the grid's years that carry no coding on it ("not coded", which is not "not addressed": nobody
 * has read them for this proposition). What it reads is bounded by the proposition's codings and the shown
 * speakers' records, never by the corpus; nothing but those speakers' ids is bound.
 */
export function getShiftGrid(db: Db, view: ShiftGridView): ShiftGrid {
  const empty: ShiftGrid = { proposition: null, periods: [], rows: [], speakers: 0, undated: 0 };
  if (!view.proposition) return empty;
  const sqlite = db.$client;
  return sqlite
    .transaction((): ShiftGrid => {
      const p = sqlite
        .prepare(
          `SELECT p.id, p.slug, p.label, p.text, t.slug AS topicSlug, t.name AS topicName, t.path AS topicPath
             FROM propositions p JOIN topics t ON t.id = p.topic_id WHERE p.slug = ?`,
        )
        .get(view.proposition) as
        | {
            id: number;
            slug: string;
            label: string;
            text: string;
            topicSlug: string;
            topicName: string;
            topicPath: string;
          }
        | undefined;
      if (!p) return empty;
      const proposition = {
        slug: p.slug,
        label: p.label,
        text: p.text,
        topic: { slug: p.topicSlug, name: p.topicName },
      };
      // One pass over the proposition's codings, grouped by speaker, year and stance, into a small table that
      // the speaker ranking and the cells read.
      sqlite
        .prepare(
          `CREATE TEMP TABLE IF NOT EXISTS grid_tally (person INTEGER NOT NULL, year INTEGER, status TEXT NOT NULL,
             stance INTEGER, n INTEGER NOT NULL)`,
        )
        .run();
      sqlite.prepare("DELETE FROM temp.grid_tally").run();
      sqlite
        .prepare(
          `INSERT INTO temp.grid_tally
           SELECT f.person_id, f.year, cp.status, cp.stance, count(*)
             FROM coded_positions cp JOIN position_facts f ON f.statement_id = cp.statement_id
            WHERE cp.proposition_id = ? AND f.person_id IS NOT NULL
            GROUP BY f.person_id, f.year, cp.status, cp.stance`,
        )
        .run(p.id);
      const speakers = Number(
        sqlite.prepare("SELECT count(DISTINCT person) FROM temp.grid_tally").pluck().get() ?? 0,
      );
      const top = sqlite
        .prepare(
          `SELECT g.person AS id, pe.slug, coalesce(pe.native_name, pe.name) AS name, sum(g.n) AS coded
             FROM temp.grid_tally g JOIN persons pe ON pe.id = g.person
            GROUP BY g.person ORDER BY coded DESC, pe.slug LIMIT ?`,
        )
        .all(view.rows) as { id: number; slug: string; name: string; coded: number }[];
      if (top.length === 0) return { proposition, periods: [], rows: [], speakers, undated: 0 };
      const ids = top.map((t) => t.id);
      const marks = ids.map(() => "?").join(", ");
      const tally = sqlite
        .prepare(`SELECT person, year, status, stance, n FROM temp.grid_tally WHERE person IN (${marks})`)
        .all(...ids) as {
        person: number;
        year: number | null;
        status: PositionStatus;
        stance: number | null;
        n: number;
      }[];
      const years = tally.flatMap((t) => (t.year === null ? [] : [t.year]));
      const periods = years.length > 0 ? gridPeriods(Math.min(...years), Math.max(...years)) : [];
      const rowOf = new Map(top.map((t, i) => [t.id, i]));
      const rows: ShiftGridRow[] = top.map((t) => ({
        slug: t.slug,
        name: t.name,
        coded: t.coded,
        cells: periods.map(() => ({ mix: {}, notCoded: 0 })),
      }));
      let undated = 0;
      for (const t of tally) {
        const cell =
          t.year === null ? undefined : rows[rowOf.get(t.person) ?? -1]?.cells[periodOf(periods, t.year)];
        if (!cell) {
          undated += t.n;
          continue;
        }
        const code = codeOf(t.status, t.stance);
        cell.mix[code] = (cell.mix[code] ?? 0) + t.n;
      }
      const first = periods[0];
      const last = periods[periods.length - 1];
      if (first && last) {
        const uncoded = sqlite
          .prepare(
            `SELECT f.person_id AS person, f.year, count(*) AS n FROM position_facts f
              WHERE f.person_id IN (${marks}) AND f.year BETWEEN ? AND ?
                AND EXISTS (SELECT 1 FROM statement_topics st WHERE st.statement_id = f.statement_id
                             AND st.topic_id IN (SELECT id FROM topics WHERE path = ? OR path LIKE ? || '/%'))
                AND NOT EXISTS (SELECT 1 FROM coded_positions cp
                                 WHERE cp.statement_id = f.statement_id AND cp.proposition_id = ?)
              GROUP BY f.person_id, f.year`,
          )
          .all(...ids, first.from, last.to, p.topicPath, p.topicPath, p.id) as {
          person: number;
          year: number;
          n: number;
        }[];
        for (const u of uncoded) {
          const cell = rows[rowOf.get(u.person) ?? -1]?.cells[periodOf(periods, u.year)];
          if (cell) cell.notCoded += u.n;
        }
      }
      return { proposition, periods, rows, speakers, undated };
    })
    .deferred();
}

/** Propositions to open a grid for, by label; with a topic, those filed under it or its subtopics. */
export function listPropositionOptions(db: Db, topicSlug?: string): { slug: string; label: string }[] {
  const sqlite = db.$client;
  if (!topicSlug) return sqlite.prepare("SELECT slug, label FROM propositions ORDER BY label").all() as never;
  return sqlite
    .prepare(
      `SELECT p.slug, p.label FROM propositions p JOIN topics t ON t.id = p.topic_id
        JOIN topics root ON root.slug = ? WHERE t.path = root.path OR t.path LIKE root.path || '/%'
        ORDER BY p.label`,
    )
    .all(topicSlug) as { slug: string; label: string }[];
}
