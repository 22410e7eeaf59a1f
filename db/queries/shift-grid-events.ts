import type BetterSqlite3 from "better-sqlite3";
import type { PositionStatus } from "@/lib/domain";
import { countryName } from "@/lib/labels";
import {
  codeOf,
  type GridAxis,
  type GridCell,
  type GridEvent,
  MAX_GRID_PERIODS,
  type ShiftGridView,
} from "@/lib/shift-grid";
import { placeholders } from "./sql-fragment";

/**
 * The shift grid with events across (`across=event`): the latest dated events at which the proposition's topic
 * came up, oldest on the left like the years, and the speakers (or their countries) who spoke there. There is no
 * count table by event, so the cells are read from the records themselves, but only from the chosen events' own
 * records: what is read grows with the events shown, never with the database.
 */

/**
 * Events looked at, newest first, before the grid settles for fewer columns than it could show. Batches beat one
 * query probing each event with EXISTS: at 1,000,000 records 17 ms against 165 ms for the same columns.
 */
const MAX_EVENTS_SCANNED = 2000;
/** Events asked about in one query while looking for those on the topic. */
const SCAN_BATCH = 100;

export interface EventGridProposition {
  id: number;
  topicPath: string;
}

export interface EventGridRow {
  slug: string;
  name: string;
  coded: number;
  cells: GridCell[];
}

export interface EventGridPart {
  events: GridEvent[];
  rows: EventGridRow[];
  groups: number;
}

const SUBTREE = "SELECT id FROM topics WHERE path = ? OR path LIKE ? || '/%'";

/** The latest dated events (of the view's kind) with a record on the topic, oldest first. */
function latestEvents(sqlite: BetterSqlite3.Database, p: EventGridProposition, view: ShiftGridView) {
  const candidates = sqlite
    .prepare(
      `SELECT id, slug, name, start_date AS date FROM events
        WHERE start_date IS NOT NULL ${view.kind ? "AND kind = ?" : ""}
        ORDER BY start_date DESC, id DESC LIMIT ?`,
    )
    .all(...(view.kind ? [view.kind] : []), MAX_EVENTS_SCANNED) as (GridEvent & { id: number })[];
  const found: (GridEvent & { id: number })[] = [];
  for (let i = 0; i < candidates.length && found.length < MAX_GRID_PERIODS; i += SCAN_BATCH) {
    const batch = candidates.slice(i, i + SCAN_BATCH);
    const onTopic = new Set(
      sqlite
        .prepare(
          `SELECT DISTINCT f.event_id FROM position_facts f
             JOIN statement_topics st ON st.statement_id = f.statement_id
            WHERE f.event_id IN (${placeholders(batch.length)}) AND st.topic_id IN (${SUBTREE})`,
        )
        .pluck()
        .all(...batch.map((e) => e.id), p.topicPath, p.topicPath) as number[],
    );
    for (const e of batch) if (onTopic.has(e.id) && found.length < MAX_GRID_PERIODS) found.push(e);
  }
  return found.reverse();
}

interface EventRecord {
  eventId: number;
  key: string;
  name: string;
  onTopic: number;
  status: PositionStatus | null;
  stance: number | null;
}

export function eventGrid(
  sqlite: BetterSqlite3.Database,
  p: EventGridProposition,
  view: ShiftGridView,
): EventGridPart {
  const events = latestEvents(sqlite, p, view);
  if (events.length === 0) return { events: [], rows: [], groups: 0 };
  const key: Record<GridAxis, string> = { speaker: "pe.slug", country: "pe.country" };
  // As on the years' grid: the mix counts every coding on the proposition, whatever the record's topics; "not
  // coded" counts the records on the topic that have none. Records with no resolved speaker belong to no row.
  const records = sqlite
    .prepare(
      `SELECT f.event_id AS eventId, ${key[view.by]} AS key, coalesce(pe.native_name, pe.name) AS name,
              EXISTS (SELECT 1 FROM statement_topics st WHERE st.statement_id = f.statement_id
                         AND st.topic_id IN (${SUBTREE})) AS onTopic,
              cp.status, cp.stance
         FROM position_facts f
         JOIN persons pe ON pe.id = f.person_id
         LEFT JOIN coded_positions cp ON cp.statement_id = f.statement_id AND cp.proposition_id = ?
        WHERE f.event_id IN (${placeholders(events.length)})`,
    )
    .all(p.topicPath, p.topicPath, p.id, ...events.map((e) => e.id)) as EventRecord[];
  const column = new Map(events.map((e, i) => [e.id, i]));
  const byRow = new Map<string, EventGridRow & { records: number }>();
  for (const r of records) {
    const coded = r.status !== null;
    if (!coded && !r.onTopic) continue;
    let row = byRow.get(r.key);
    if (!row) {
      row = {
        slug: r.key,
        name: view.by === "country" ? countryName(r.key) : r.name,
        coded: 0,
        records: 0,
        cells: events.map(() => ({ mix: {}, notCoded: 0 })),
      };
      byRow.set(r.key, row);
    }
    const cell = row.cells[column.get(r.eventId) ?? -1];
    if (!cell) continue;
    row.records++;
    if (r.status !== null) {
      const code = codeOf(r.status, r.stance);
      cell.mix[code] = (cell.mix[code] ?? 0) + 1;
      row.coded++;
    } else cell.notCoded++;
  }
  // Most coded first, then most records, as the years' grid ranks its rows by codings.
  const ranked = [...byRow.values()].sort(
    (a, b) => b.coded - a.coded || b.records - a.records || a.slug.localeCompare(b.slug),
  );
  return {
    events: events.map(({ slug, name, date }) => ({ slug, name, date })),
    rows: ranked.slice(0, view.rows).map(({ records: _records, ...row }) => row),
    groups: ranked.length,
  };
}
