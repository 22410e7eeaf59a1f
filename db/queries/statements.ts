import { asc, eq, inArray, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  codedPositions,
  events,
  organizations,
  persons,
  propositions,
  roles,
  sources,
  statements,
  statementTopics,
  topics,
} from "@/db/schema";
import type { CompareCodedPosition, CompareRecord, CompareTopic } from "@/lib/compare-types";
import { groupBy } from "@/lib/group-by";
import { selectStatementsJoined } from "./statement-join";

/**
 * Reading records: the cards every list shows, one record's page, and the records related to it. Editing is in
 * statement-snapshot.ts (what an editor starts from), statement-write.ts and statement-history.ts.
 */

/** Records with what every view of this issue shows: speaker, role, event, source, topics, coded positions. */
export type RecordCard = CompareRecord & { id: number };

/** Dated records first, oldest first; undated last. Shared by every list of records in these views. */
const chronological = [
  sql`${statements.dateStart} is null`,
  asc(statements.dateStart),
  asc(statements.dateEnd),
  asc(statements.evidenceStart),
  asc(statements.id),
];

/** Rows of several records, each record's in a list under its id (without the id). */
function byStatement<T extends { statementId: number }>(rows: T[]): Map<number, Omit<T, "statementId">[]> {
  return groupBy(
    rows,
    (r) => r.statementId,
    ({ statementId: _, ...rest }) => rest,
  );
}

/** Each record's topics, by path; shared by the cards, the record page and the edit snapshot. */
export function topicsByStatement(db: Db, ids: number[]): Map<number, CompareTopic[]> {
  if (ids.length === 0) return new Map();
  const rows = db
    .select({
      statementId: statementTopics.statementId,
      slug: topics.slug,
      name: topics.name,
      path: topics.path,
    })
    .from(statementTopics)
    .innerJoin(topics, eq(topics.id, statementTopics.topicId))
    .where(inArray(statementTopics.statementId, ids))
    .orderBy(asc(topics.path))
    .all();
  return byStatement(rows);
}

/** Each record's coded positions, in codebook order. */
export function positionsByStatement(db: Db, ids: number[]): Map<number, CompareCodedPosition[]> {
  if (ids.length === 0) return new Map();
  const rows = db
    .select({
      statementId: codedPositions.statementId,
      propositionSlug: propositions.slug,
      propositionLabel: propositions.label,
      propositionText: propositions.text,
      status: codedPositions.status,
      stance: codedPositions.stance,
      basis: codedPositions.basis,
      note: codedPositions.note,
      reviewStatus: codedPositions.reviewStatus,
    })
    .from(codedPositions)
    .innerJoin(propositions, eq(propositions.id, codedPositions.propositionId))
    .where(inArray(codedPositions.statementId, ids))
    .orderBy(asc(propositions.id))
    .all();
  return byStatement(rows);
}

/** Record cards for the given internal ids, in chronological order. */
export function listRecordCards(db: Db, ids: number[]): RecordCard[] {
  if (ids.length === 0) return [];
  const rows = selectStatementsJoined(db, {
    id: statements.id,
    publicId: statements.publicId,
    text: statements.text,
    dateStart: statements.dateStart,
    dateEnd: statements.dateEnd,
    datePrecision: statements.datePrecision,
    mode: statements.mode,
    attributionText: statements.attributionText,
    personSlug: persons.slug,
    personName: persons.name,
    personNative: persons.nativeName,
    roleTitle: roles.title,
    roleRank: roles.rank,
    orgName: organizations.name,
    eventSlug: events.slug,
    eventName: events.name,
    eventKind: events.kind,
    eventCity: events.city,
    outlet: sources.outlet,
    tier: sources.tier,
  })
    .where(inArray(statements.id, ids))
    .orderBy(...chronological)
    .all();
  const topicMap = topicsByStatement(db, ids);
  const positionMap = positionsByStatement(db, ids);
  return rows.map((r) => ({
    id: r.id,
    publicId: r.publicId,
    text: r.text,
    dateStart: r.dateStart,
    dateEnd: r.dateEnd,
    datePrecision: r.datePrecision,
    mode: r.mode,
    attributionText: r.attributionText,
    speaker:
      r.personSlug && r.personName
        ? { slug: r.personSlug, name: r.personName, nativeName: r.personNative }
        : null,
    role: r.roleTitle ? { title: r.roleTitle, rank: r.roleRank, organization: r.orgName } : null,
    event:
      r.eventSlug && r.eventName && r.eventKind
        ? { slug: r.eventSlug, name: r.eventName, kind: r.eventKind, city: r.eventCity }
        : null,
    source: { outlet: r.outlet, tier: r.tier },
    topics: topicMap.get(r.id) ?? [],
    positions: positionMap.get(r.id) ?? [],
  }));
}

/** Record cards by public id, in the order asked for; `missing` lists the ids that match no record. */
export function listRecordCardsByPublicId(
  db: Db,
  publicIds: string[],
): { cards: RecordCard[]; missing: string[] } {
  if (publicIds.length === 0) return { cards: [], missing: [] };
  const found = db
    .select({ id: statements.id, publicId: statements.publicId })
    .from(statements)
    .where(inArray(statements.publicId, publicIds))
    .all();
  const cards = listRecordCards(
    db,
    found.map((f) => f.id),
  );
  const byId = new Map(cards.map((c) => [c.publicId, c]));
  return {
    cards: publicIds.flatMap((id) => byId.get(id) ?? []),
    missing: publicIds.filter((id) => !byId.has(id)),
  };
}

/** Ids of records tagged with the topic or any of its subtopics (materialised path prefix). */
export function statementIdsInTopic(db: Db, topicSlug: string) {
  const topic = db.select({ path: topics.path }).from(topics).where(eq(topics.slug, topicSlug)).get();
  if (!topic) return null;
  return db
    .selectDistinct({ id: statementTopics.statementId })
    .from(statementTopics)
    .innerJoin(topics, eq(topics.id, statementTopics.topicId))
    .where(or(eq(topics.path, topic.path), sql`${topics.path} like ${`${topic.path}/%`} escape '\\'`))
    .all()
    .map((r) => r.id);
}

export type StatementDetail = NonNullable<ReturnType<typeof getStatementDetail>>;

/** One record with everything its page shows, or null when there is no such record. */
export function getStatementDetail(db: Db, publicId: string) {
  const row = selectStatementsJoined(db, {
    statement: statements,
    source: sources,
    person: persons,
    role: roles,
    organization: organizations,
    event: events,
  })
    .where(eq(statements.publicId, publicId))
    .get();
  if (!row) return null;
  const id = row.statement.id;
  const topicRows = topicsByStatement(db, [id]).get(id) ?? [];
  const positionRows = db
    .select({
      propositionSlug: propositions.slug,
      propositionLabel: propositions.label,
      propositionText: propositions.text,
      topicSlug: topics.slug,
      topicName: topics.name,
      status: codedPositions.status,
      stance: codedPositions.stance,
      basis: codedPositions.basis,
      note: codedPositions.note,
      reviewStatus: codedPositions.reviewStatus,
    })
    .from(codedPositions)
    .innerJoin(propositions, eq(propositions.id, codedPositions.propositionId))
    .innerJoin(topics, eq(topics.id, propositions.topicId))
    .where(eq(codedPositions.statementId, id))
    .orderBy(asc(propositions.id))
    .all();
  return { ...row, topics: topicRows, positions: positionRows };
}

export interface RelatedGroup {
  records: RecordCard[];
  /**
   * How many records the group's positions table view holds (this record and other groups' included); null when
   * that is not one maintained count (several topics: their counts overlap).
   */
  total: number | null;
}

export interface RelatedRecords {
  sameSpeaker: RelatedGroup;
  sameEvent: RelatedGroup;
  sameTopicOtherSpeakers: RelatedGroup;
}

/** Records shown per group; the rest are a "more" link to the group's positions table view. */
export const RELATED_LIMIT = 10;

/**
 * Records related to one: the newest by the same speaker, at the same event (other speakers, or all when the
 * speaker is not known), and on the same topics (exact topics, not subtopics) by other speakers. A record appears
 * in one group only. Each group is read along an index in date order, newest first, a bounded number of rows
 * (RELATED_LIMIT plus those already shown), so a record of a speaker with 50,000 records costs what one with 5 does.
 */
export function listRelatedRecords(db: Db, detail: StatementDetail): RelatedRecords {
  const sqlite = db.$client;
  const id = detail.statement.id;
  const personId = detail.statement.personId;
  const eventId = detail.statement.eventId;
  const seen = new Set<number>([id]);
  const take = (candidates: number[]) => {
    const fresh = candidates.filter((x) => !seen.has(x)).slice(0, RELATED_LIMIT);
    for (const x of fresh) seen.add(x);
    // Newest first, the order the index gave.
    const byId = new Map(listRecordCards(db, fresh).map((c) => [c.id, c]));
    return fresh.flatMap((x) => byId.get(x) ?? []);
  };
  const want = () => RELATED_LIMIT + seen.size;
  const counted = (query: string, param: string | number) =>
    Number(sqlite.prepare(query).pluck().get(param) ?? 0);

  const sameSpeaker: RelatedGroup =
    personId === null
      ? { records: [], total: 0 }
      : {
          records: take(
            sqlite
              .prepare(
                `SELECT statement_id FROM position_facts INDEXED BY position_facts_person_date_idx
                 WHERE person_id = ? ORDER BY date_start DESC, statement_id DESC LIMIT ?`,
              )
              .pluck()
              .all(personId, want()) as number[],
          ),
          total: counted(
            "SELECT n FROM position_facet_counts WHERE facet = 'speaker' AND value = ?",
            String(personId),
          ),
        };
  const sameEvent: RelatedGroup =
    eventId === null
      ? { records: [], total: 0 }
      : {
          records: take(
            sqlite
              .prepare(
                `SELECT statement_id FROM position_facts INDEXED BY position_facts_event_date_idx
                 WHERE event_id = ? AND (? IS NULL OR person_id IS NOT ?)
                 ORDER BY date_start DESC, statement_id DESC LIMIT ?`,
              )
              .pluck()
              .all(eventId, personId, personId, want()) as number[],
          ),
          total: counted(
            "SELECT n FROM entity_counts WHERE entity = 'event' AND entity_id = ? AND value = ''",
            eventId,
          ),
        };
  const topicIds = detail.topics.length
    ? (sqlite
        .prepare("SELECT topic_id FROM statement_topics WHERE statement_id = ?")
        .pluck()
        .all(id) as number[])
    : [];
  const perTopic = sqlite
    .prepare(
      `SELECT d.statement_id AS id, d.date_start AS date FROM position_topic_dates d
       JOIN position_facts f ON f.statement_id = d.statement_id
       WHERE d.topic_id = ? AND (? IS NULL OR f.person_id IS NOT ?)
       ORDER BY d.date_start DESC, d.statement_id DESC LIMIT ?`,
    )
    .raw();
  const candidates = new Map<number, string>();
  for (const topicId of topicIds)
    for (const [rid, date] of perTopic.all(topicId, personId, personId, want()) as [number, string][])
      candidates.set(rid, date);
  const sameTopicOtherSpeakers: RelatedGroup = {
    records: take(
      [...candidates]
        .sort(([ia, da], [ib, db_]) => (da === db_ ? ib - ia : da < db_ ? 1 : -1))
        .map(([rid]) => rid),
    ),
    // The topic view of the positions table includes subtopics: its count is the topic's maintained count.
    total:
      topicIds.length === 1
        ? counted(
            "SELECT n FROM position_facet_counts WHERE facet = 'topic' AND value = ?",
            String(topicIds[0]),
          )
        : null,
  };
  return { sameSpeaker, sameEvent, sameTopicOtherSpeakers };
}
