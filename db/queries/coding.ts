import type { CodingStatus, PositionsView } from "@/lib/positions-view";
import type { Db } from "../client";
import { listViewPage, nextInView, type ViewPage } from "./positions";

/**
 * The coding queue (migration 0014_coding_queue.sql): a positions view over coding_facts, so it filters with the
 * table's grammar (db/queries/positions.ts). It needs no facets: a page, and a count read from the stored
 * per-status counts for the queue's own view, else capped at QUEUE_COUNT_CAP.
 */

export interface RecordCoding {
  status: CodingStatus;
  /** Propositions the record is coded on. */
  coded: number;
  /** Propositions its topics suggest (theirs or their ancestors'). */
  suggested: number;
  /** Suggested propositions it is not coded on. */
  missing: number;
}

export interface CodingQueuePage extends ViewPage {
  /** Per record on the page (internal id): its coding status. */
  coding: Map<number, RecordCoding>;
}

export function getRecordCodings(db: Db, ids: readonly number[]): Map<number, RecordCoding> {
  const out = new Map<number, RecordCoding>();
  if (ids.length === 0) return out;
  const rows = db.$client
    .prepare(
      `SELECT statement_id AS id, status, coded, suggested, missing FROM coding_facts
       WHERE statement_id IN (${ids.map(() => "?").join(", ")})`,
    )
    .all(...ids) as ({ id: number } & RecordCoding)[];
  for (const { id, ...coding } of rows) out.set(id, coding);
  return out;
}

/** A filtered queue counts at most this many records ("More than 1,000"); its pages go on while they are full. */
export const QUEUE_COUNT_CAP = 1_000;

export function listCodingQueue(db: Db, view: PositionsView): CodingQueuePage {
  const page = listViewPage(db, view, QUEUE_COUNT_CAP);
  return {
    ...page,
    coding: getRecordCodings(
      db,
      page.rows.map((r) => r.id),
    ),
  };
}

/** How many records have each status, and how many have an open dispute (stored counts: no scan). */
export function countCodingStatuses(db: Db): Record<CodingStatus, number> {
  const counts: Record<CodingStatus, number> = {
    uncoded: 0,
    partial: 0,
    coded: 0,
    no_propositions: 0,
    disputed: 0,
  };
  const rows = db.$client
    .prepare(
      `SELECT status, n FROM coding_status_counts
       UNION ALL SELECT 'disputed', n FROM review_status_counts WHERE status = 'disputed_records'`,
    )
    .all() as {
    status: CodingStatus;
    n: number;
  }[];
  for (const r of rows) if (r.status in counts) counts[r.status] = r.n;
  return counts;
}

/** A record's internal id, public id and coding status, by public id; null when there is no such record. */
export function getQueueRecord(
  db: Db,
  publicId: string,
): ({ id: number; publicId: string } & RecordCoding) | null {
  const row = db.$client
    .prepare(
      `SELECT s.id, s.public_id AS publicId, c.status, c.coded, c.suggested, c.missing
       FROM statements s JOIN coding_facts c ON c.statement_id = s.id WHERE s.public_id = ?`,
    )
    .get(publicId) as ({ id: number; publicId: string } & RecordCoding) | undefined;
  return row ?? null;
}

/**
 * The public id of the queue's next record after the given one (in the queue's order, with its filters), or
 * null when none follows. An unknown record starts from the top of the queue.
 */
export function nextInQueue(db: Db, view: PositionsView, afterPublicId: string | null): string | null {
  const after = afterPublicId
    ? (db.$client.prepare("SELECT id FROM statements WHERE public_id = ?").pluck().get(afterPublicId) as
        | number
        | undefined)
    : undefined;
  const next = nextInView(db, view, after ?? 0);
  if (next === null) return null;
  return (
    (db.$client.prepare("SELECT public_id FROM statements WHERE id = ?").pluck().get(next) as string) ?? null
  );
}

export interface CodebookGroup {
  topic: { slug: string; name: string };
  propositions: { slug: string; label: string; text: string }[];
}

/** The codebook as the coding form shows it: topics in tree order, each with its propositions. */
export function listCodebook(db: Db): CodebookGroup[] {
  const rows = db.$client
    .prepare(
      `SELECT t.slug AS topicSlug, t.name AS topicName, p.slug, p.label, p.text
       FROM propositions p JOIN topics t ON t.id = p.topic_id ORDER BY t.path, p.id`,
    )
    .all() as { topicSlug: string; topicName: string; slug: string; label: string; text: string }[];
  const groups: CodebookGroup[] = [];
  for (const r of rows) {
    let group = groups.at(-1);
    if (group?.topic.slug !== r.topicSlug) {
      group = { topic: { slug: r.topicSlug, name: r.topicName }, propositions: [] };
      groups.push(group);
    }
    group.propositions.push({ slug: r.slug, label: r.label, text: r.text });
  }
  return groups;
}

/** The propositions a record's topics suggest (filed under one of them or an ancestor), as coding_facts counts them. */
export function listSuggestedPropositions(db: Db, statementId: number): string[] {
  return db.$client
    .prepare(
      `SELECT DISTINCT p.slug FROM statement_topics st JOIN topics t ON t.id = st.topic_id
       JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
       JOIN propositions p ON p.topic_id = a.id
       WHERE st.statement_id = ? ORDER BY p.id`,
    )
    .pluck()
    .all(statementId) as string[];
}
