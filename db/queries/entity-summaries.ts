/**
 * What the officials, events and topics pages summarise, read from maintained tables (entity_counts of migration
 * 0007, position_facet_counts of 0004) and from indexes in their order: a page reads a bounded amount whatever
 * the corpus holds. The full list of records behind a summary is a positions table view.
 */
import type { Db } from "@/db/client";
import { POSITION_STATUSES, type PositionStatus, STANCE_MAX, STANCE_MIN } from "@/db/schema";
import { listRecordCards, type RecordCard } from "./statements";

/** How many records a page shows before pointing to the positions table. */
export const LATEST_LIMIT = 20;

export type EntityCountKind =
  | "event"
  | "person_year"
  | "person_topic"
  | "topic_year"
  | "role"
  | "proposition"
  | "attribution"
  | "rows";

/** The non-zero counts of one entity, by value. */
export function entityCounts(db: Db, entity: EntityCountKind, entityId: number): Map<string, number> {
  const rows = db.$client
    .prepare("SELECT value, n FROM entity_counts WHERE entity = ? AND entity_id = ? AND n > 0")
    .all(entity, entityId) as { value: string; n: number }[];
  return new Map(rows.map((r) => [r.value, r.n]));
}

export interface YearCount {
  /** null for undated records. */
  year: number | null;
  records: number;
}

/** Counts by year (from a 'person_year' or 'topic_year' row set), oldest first, undated last. */
export function yearCounts(db: Db, entity: "person_year" | "topic_year", entityId: number): YearCount[] {
  return [...entityCounts(db, entity, entityId)]
    .map(([value, records]) => ({ year: value === "" ? null : Number(value), records }))
    .sort((a, b) => (a.year ?? 99_999) - (b.year ?? 99_999));
}

/** Record cards in the order of the ids given (the index order a query read them in). */
export function cardsInOrder(db: Db, ids: number[]): RecordCard[] {
  const byId = new Map(listRecordCards(db, ids).map((c) => [c.id, c]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * The newest records (dated newest first, then undated) by a person or at an event, read backwards along the
 * (person_id | event_id, date_start) index of position_facts: at most `limit` rows are read.
 */
export function latestRecordIds(db: Db, by: "person" | "event", id: number, limit = LATEST_LIMIT): number[] {
  const column = by === "person" ? "person_id" : "event_id";
  return db.$client
    .prepare(
      `SELECT statement_id FROM position_facts INDEXED BY position_facts_${by}_date_idx
       WHERE ${column} = ? ORDER BY date_start DESC, statement_id DESC LIMIT ?`,
    )
    .pluck()
    .all(id, limit) as number[];
}

/** First and last dated record by a person or at an event (two index seeks). */
export function dateSpan(
  db: Db,
  by: "person" | "event",
  id: number,
): { first: string | null; last: string | null } {
  const column = by === "person" ? "person_id" : "event_id";
  const one = (order: "ASC" | "DESC") =>
    (db.$client
      .prepare(
        `SELECT ${order === "ASC" ? "date_start" : "coalesce(date_end, date_start)"}
         FROM position_facts INDEXED BY position_facts_${by}_date_idx
         WHERE ${column} = ? AND date_start IS NOT NULL ORDER BY date_start ${order} LIMIT 1`,
      )
      .pluck()
      .get(id) as string | undefined) ?? null;
  return { first: one("ASC"), last: one("DESC") };
}

/** Ids of a topic and every topic below it in the codebook (materialised path). */
export function topicSubtreeIds(db: Db, path: string): number[] {
  return db.$client
    .prepare("SELECT id FROM topics WHERE path = ? OR path LIKE ? ESCAPE '\\' ORDER BY path")
    .pluck()
    .all(path, `${path.replace(/[\\%_]/g, (c) => `\\${c}`)}/%`) as number[];
}

/**
 * The newest records on any of the topics, each once: the newest `limit` of each topic along
 * position_topic_dates (topic_id, date_start), merged. Reads at most limit x topics index entries.
 */
export function latestRecordIdsInTopics(db: Db, topicIds: number[], limit = LATEST_LIMIT): number[] {
  const stmt = db.$client.prepare(
    `SELECT statement_id AS id, date_start AS date FROM position_topic_dates
     WHERE topic_id = ? ORDER BY date_start DESC, statement_id DESC LIMIT ?`,
  );
  const seen = new Map<number, string>();
  for (const topicId of topicIds)
    for (const r of stmt.all(topicId, limit) as { id: number; date: string }[]) seen.set(r.id, r.date);
  return [...seen]
    .sort(([ia, da], [ib, db_]) => (da === db_ ? ib - ia : da < db_ ? 1 : -1))
    .slice(0, limit)
    .map(([id]) => id);
}

/** First and last record date on any of the topics ('' marks undated rows in position_topic_dates). */
export function topicDateSpan(db: Db, topicIds: number[]): { first: string | null; last: string | null } {
  let first: string | null = null;
  let last: string | null = null;
  const min = db.$client
    .prepare("SELECT min(date_start) FROM position_topic_dates WHERE topic_id = ? AND date_start > ''")
    .pluck();
  const max = db.$client
    .prepare("SELECT max(date_start) FROM position_topic_dates WHERE topic_id = ?")
    .pluck();
  for (const id of topicIds) {
    const lo = min.get(id) as string | null;
    const hi = max.get(id) as string | null;
    if (lo && (first === null || lo < first)) first = lo;
    if (hi && (last === null || hi > last)) last = hi;
  }
  return { first, last };
}

export interface StanceMix {
  /** Stated positions by stance, STANCE_MIN..STANCE_MAX. */
  stated: { stance: number; n: number }[];
  /** Other codings by status (ambiguous, no position, not addressed). */
  other: { status: Exclude<PositionStatus, "stated">; n: number }[];
  total: number;
}

/** The coded positions on a proposition, from its maintained counts. */
export function propositionStanceMix(db: Db, propositionId: number): StanceMix {
  const counts = entityCounts(db, "proposition", propositionId);
  const stated: StanceMix["stated"] = [];
  for (let s = STANCE_MIN; s <= STANCE_MAX; s++)
    stated.push({ stance: s, n: counts.get(`stated:${s}`) ?? 0 });
  const other = POSITION_STATUSES.filter((s) => s !== "stated").map((status) => ({
    status,
    n: counts.get(`${status}:`) ?? 0,
  }));
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  return { stated, other, total };
}
