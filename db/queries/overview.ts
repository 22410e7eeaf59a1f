import type { Db } from "../client";
import type { statements } from "../schema";
import { countLiveEvents } from "./events";

export interface Overview {
  records: number;
  unresolved: number;
  officials: number;
  events: number;
  sources: number;
  earliest: string | null;
  latest: string | null;
}

/**
 * What the database holds, for the home page, from maintained counts (position_facet_counts, entity_counts) and
 * index ends: nothing here reads the records themselves. "Officials" are people with at least one record.
 */
export function getOverview(db: Db): Overview {
  const sqlite = db.$client;
  const n = (query: string, ...params: unknown[]) =>
    Number(
      sqlite
        .prepare(query)
        .pluck()
        .get(...params) ?? 0,
    );
  const counted = (value: string) =>
    n("SELECT n FROM entity_counts WHERE entity = ? AND entity_id = 0 AND value = ?", ...value.split("/"));
  const earliest = sqlite
    .prepare("SELECT min(date_start) FROM position_facts WHERE date_start IS NOT NULL")
    .pluck()
    .get() as string | null;
  const lastStart = sqlite.prepare("SELECT max(date_start) FROM position_facts").pluck().get() as
    | string
    | null;
  // The latest end date: no record spans more than 'maxspan' days, so only those starting that close to the
  // latest start can end later; a short index range instead of a scan of every record.
  const latest = lastStart
    ? (sqlite
        .prepare(
          `SELECT max(date_end) FROM position_facts WHERE date_start >= date(?, '-' || (
             SELECT coalesce(max(n), 0) FROM position_facet_counts WHERE facet = 'maxspan') || ' days')`,
        )
        .pluck()
        .get(lastStart) as string | null)
    : null;
  return {
    records: n("SELECT coalesce(sum(n), 0) FROM position_facet_counts WHERE facet = 'total'"),
    unresolved: counted("attribution/unresolved"),
    officials: n(
      "SELECT count(*) FROM position_facet_counts WHERE facet = 'speaker' AND value <> '' AND n > 0",
    ),
    events: countLiveEvents(db),
    sources: counted("rows/sources"),
    earliest: earliest ?? null,
    latest: latest ?? lastStart,
  };
}

export interface RecentRecord {
  publicId: string;
  text: string;
  dateStart: string | null;
  dateEnd: string | null;
  datePrecision: (typeof statements.$inferSelect)["datePrecision"];
  speaker: string | null;
  speakerNative: string | null;
  attributionText: string;
}

const RECENT_COLUMNS = `s.public_id AS publicId, s.text, s.date_start AS dateStart, s.date_end AS dateEnd,
  s.date_precision AS datePrecision, p.name AS speaker, p.native_name AS speakerNative,
  s.attribution_text AS attributionText`;

/**
 * The latest dated records first, then undated ones: read backwards along the date index (and, only when too
 * few records are dated, the undated ones by id), so at most `limit` rows are read.
 */
export function listLatestRecords(db: Db, limit: number): RecentRecord[] {
  const sqlite = db.$client;
  const dated = sqlite
    .prepare(
      `SELECT ${RECENT_COLUMNS} FROM position_facts f INDEXED BY position_facts_date_idx
       JOIN statements s ON s.id = f.statement_id LEFT JOIN persons p ON p.id = s.person_id
       WHERE f.date_start IS NOT NULL ORDER BY f.date_start DESC, f.statement_id DESC LIMIT ?`,
    )
    .all(limit) as RecentRecord[];
  if (dated.length >= limit) return dated;
  const undated = sqlite
    .prepare(
      `SELECT ${RECENT_COLUMNS} FROM position_facts f INDEXED BY position_facts_date_idx
       JOIN statements s ON s.id = f.statement_id LEFT JOIN persons p ON p.id = s.person_id
       WHERE f.date_start IS NULL ORDER BY f.statement_id LIMIT ?`,
    )
    .all(limit - dated.length) as RecentRecord[];
  return [...dated, ...undated];
}
