import { countryName } from "@/lib/labels";
import {
  CELL_CODES,
  type CellCode,
  type GridAcross,
  type GridAxis,
  type GridCell,
  type GridEvent,
  type GridPeriod,
  gridPeriods,
  periodOf,
  type ShiftGridView,
} from "@/lib/shift-grid";
import type { Db } from "../client";
import { eventGrid } from "./shift-grid-events";
import { transaction } from "./transaction";

const isCellCode = (code: string): code is CellCode => (CELL_CODES as readonly string[]).includes(code);

export interface ShiftGridRow {
  /** The speaker's slug, or the country's code. */
  slug: string;
  name: string;
  /** Codings on the proposition by this speaker (country), dated or not. */
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
  by: GridAxis;
  across: GridAcross;
  /** The columns: periods of years, or (with `across=event`) events; the other list is empty. */
  periods: GridPeriod[];
  events: GridEvent[];
  rows: ShiftGridRow[];
  /** Speakers (countries) with at least one coding on the proposition (the grid shows the first `view.rows`). */
  groups: number;
  /** Codings of the rows shown that have no date, so no column. */
  undated: number;
}

/**
 * Where each axis reads its counts: per speaker timeline_speaker_counts (migration 0013), per speaker's country
 * timeline_month_counts (0009), both per topic, month and stance bucket, kept by triggers. The mix of a cell
 * counts every coding on the proposition (topic 0: filed under any topic); "not coded" is the row's records on
 * the proposition's topic less those of them coded on it. What is read grows with speakers (or countries) times
 * months, never with the records or codings.
 */
const AXES: Record<GridAxis, { table: string; key: string; known: string }> = {
  speaker: { table: "timeline_speaker_counts", key: "person_id", known: "person_id <> 0" },
  country: { table: "timeline_month_counts", key: "country", known: "country <> ''" },
};

export function getShiftGrid(db: Db, view: ShiftGridView): ShiftGrid {
  const empty: ShiftGrid = {
    proposition: null,
    by: view.by,
    across: view.across,
    periods: [],
    events: [],
    rows: [],
    groups: 0,
    undated: 0,
  };
  if (!view.proposition) return empty;
  const sqlite = db.$client;
  const axis = AXES[view.by];
  return transaction(db, "deferred", (): ShiftGrid => {
    const p = sqlite
      .prepare(
        `SELECT p.id, p.slug, p.label, p.text, t.id AS topicId, t.slug AS topicSlug, t.name AS topicName,
                  t.path AS topicPath
             FROM propositions p JOIN topics t ON t.id = p.topic_id WHERE p.slug = ?`,
      )
      .get(view.proposition) as
      | {
          id: number;
          slug: string;
          label: string;
          text: string;
          topicId: number;
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
    if (view.across === "event")
      return { ...empty, proposition, ...eventGrid(sqlite, { id: p.id, topicPath: p.topicPath }, view) };
    const coded = `SELECT ${axis.key} AS k, sum(n) AS coded FROM ${axis.table}
        WHERE topic_id = 0 AND proposition_id = ? AND ${axis.known} GROUP BY ${axis.key} HAVING sum(n) > 0`;
    const groups = Number(sqlite.prepare(`SELECT count(*) FROM (${coded})`).pluck().get(p.id) ?? 0);
    const top = sqlite
      .prepare(
        view.by === "speaker"
          ? `SELECT c.k AS key, pe.slug, coalesce(pe.native_name, pe.name) AS name, c.coded
                 FROM (${coded}) c JOIN persons pe ON pe.id = c.k ORDER BY c.coded DESC, pe.slug LIMIT ?`
          : `SELECT c.k AS key, c.k AS slug, c.k AS name, c.coded FROM (${coded}) c
                ORDER BY c.coded DESC, c.k LIMIT ?`,
      )
      .all(p.id, view.rows) as { key: number | string; slug: string; name: string; coded: number }[];
    if (top.length === 0) return { ...empty, proposition, groups };
    // The rows shown, by the same ranking, without binding their ids one by one.
    const shown = `SELECT k FROM (${coded}) c ${
      view.by === "speaker"
        ? "JOIN persons pe ON pe.id = c.k ORDER BY c.coded DESC, pe.slug"
        : "ORDER BY c.coded DESC, c.k"
    } LIMIT ?`;
    const tally = sqlite
      .prepare(
        `SELECT ${axis.key} AS key, substr(month, 1, 4) AS year, code, sum(n) AS n FROM ${axis.table}
            WHERE topic_id = 0 AND proposition_id = ? AND ${axis.key} IN (${shown})
            GROUP BY 1, 2, 3 HAVING sum(n) > 0`,
      )
      .all(p.id, p.id, view.rows) as { key: number | string; year: string; code: string; n: number }[];
    const years = tally.flatMap((t) => (t.year ? [Number(t.year)] : []));
    const periods = years.length > 0 ? gridPeriods(Math.min(...years), Math.max(...years)) : [];
    const rowOf = new Map(top.map((t, i) => [t.key, i]));
    const rows: ShiftGridRow[] = top.map((t) => ({
      slug: t.slug,
      name: view.by === "country" ? countryName(t.slug) : t.name,
      coded: t.coded,
      cells: periods.map(() => ({ mix: {}, notCoded: 0 })),
    }));
    let undated = 0;
    for (const t of tally) {
      const cell = t.year
        ? rows[rowOf.get(t.key) ?? -1]?.cells[periodOf(periods, Number(t.year))]
        : undefined;
      if (!cell || !isCellCode(t.code)) {
        undated += t.n;
        continue;
      }
      cell.mix[t.code] = (cell.mix[t.code] ?? 0) + t.n;
    }
    const first = periods[0];
    const last = periods[periods.length - 1];
    if (first && last) {
      // Records on the topic (subtopics included) less those of them coded on the proposition.
      const uncoded = sqlite
        .prepare(
          `SELECT ${axis.key} AS key, substr(month, 1, 4) AS year,
                sum(CASE WHEN proposition_id = 0 THEN n ELSE -n END) AS n
               FROM ${axis.table}
              WHERE topic_id = ? AND proposition_id IN (0, ?) AND ${axis.key} IN (${shown})
                AND month >= ? AND month < ?
              GROUP BY 1, 2`,
        )
        .all(p.topicId, p.id, p.id, view.rows, `${first.from}`, `${last.to + 1}`) as {
        key: number | string;
        year: string;
        n: number;
      }[];
      for (const u of uncoded) {
        const cell = rows[rowOf.get(u.key) ?? -1]?.cells[periodOf(periods, Number(u.year))];
        if (cell && u.n > 0) cell.notCoded += u.n;
      }
    }
    return { ...empty, proposition, periods, rows, groups, undated };
  });
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
