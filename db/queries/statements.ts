import { and, asc, eq, inArray, isNotNull, ne, or, sql } from "drizzle-orm";
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
import type { CompareCodedPosition, CompareRecord, CompareTopic } from "@/lib/compare";

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

function topicsByStatement(db: Db, ids: number[]): Map<number, CompareTopic[]> {
  const out = new Map<number, CompareTopic[]>();
  if (ids.length === 0) return out;
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
  for (const { statementId, ...t } of rows) out.set(statementId, [...(out.get(statementId) ?? []), t]);
  return out;
}

function positionsByStatement(db: Db, ids: number[]): Map<number, CompareCodedPosition[]> {
  const out = new Map<number, CompareCodedPosition[]>();
  if (ids.length === 0) return out;
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
    })
    .from(codedPositions)
    .innerJoin(propositions, eq(propositions.id, codedPositions.propositionId))
    .where(inArray(codedPositions.statementId, ids))
    .orderBy(asc(propositions.id))
    .all();
  for (const { statementId, ...p } of rows) out.set(statementId, [...(out.get(statementId) ?? []), p]);
  return out;
}

/** Record cards for the given internal ids, in chronological order. */
export function listRecordCards(db: Db, ids: number[]): RecordCard[] {
  if (ids.length === 0) return [];
  const rows = db
    .select({
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
    .from(statements)
    .innerJoin(sources, eq(sources.id, statements.sourceId))
    .leftJoin(persons, eq(persons.id, statements.personId))
    .leftJoin(roles, eq(roles.id, statements.roleId))
    .leftJoin(organizations, eq(organizations.id, roles.organizationId))
    .leftJoin(events, eq(events.id, statements.eventId))
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
  const row = db
    .select({
      statement: statements,
      source: sources,
      person: persons,
      role: roles,
      organization: organizations,
      event: events,
    })
    .from(statements)
    .innerJoin(sources, eq(sources.id, statements.sourceId))
    .leftJoin(persons, eq(persons.id, statements.personId))
    .leftJoin(roles, eq(roles.id, statements.roleId))
    .leftJoin(organizations, eq(organizations.id, roles.organizationId))
    .leftJoin(events, eq(events.id, statements.eventId))
    .where(eq(statements.publicId, publicId))
    .get();
  if (!row) return null;
  const id = row.statement.id;
  const topicRows = db
    .select({ slug: topics.slug, name: topics.name, path: topics.path })
    .from(statementTopics)
    .innerJoin(topics, eq(topics.id, statementTopics.topicId))
    .where(eq(statementTopics.statementId, id))
    .orderBy(asc(topics.path))
    .all();
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
    })
    .from(codedPositions)
    .innerJoin(propositions, eq(propositions.id, codedPositions.propositionId))
    .innerJoin(topics, eq(topics.id, propositions.topicId))
    .where(eq(codedPositions.statementId, id))
    .orderBy(asc(propositions.id))
    .all();
  return { ...row, topics: topicRows, positions: positionRows };
}

export interface RelatedRecords {
  sameSpeaker: RecordCard[];
  sameEvent: RecordCard[];
  sameTopicOtherSpeakers: RecordCard[];
}

const RELATED_LIMIT = 20;

/**
 * Records related to one: by the same speaker, at the same event (other speakers, or all when the speaker is not
 * known), and on the same topics (exact topics, not subtopics) by other speakers. A record appears in one group only.
 */
export function listRelatedRecords(db: Db, detail: StatementDetail): RelatedRecords {
  const id = detail.statement.id;
  const personId = detail.statement.personId;
  const eventId = detail.statement.eventId;
  const seen = new Set<number>([id]);
  const take = (ids: number[]) => {
    const fresh = ids.filter((x) => !seen.has(x)).slice(0, RELATED_LIMIT);
    for (const x of fresh) seen.add(x);
    return listRecordCards(db, fresh);
  };

  const sameSpeaker = personId
    ? take(
        db
          .select({ id: statements.id })
          .from(statements)
          .where(and(eq(statements.personId, personId), ne(statements.id, id)))
          .orderBy(...chronological)
          .all()
          .map((r) => r.id),
      )
    : [];
  const sameEvent = eventId
    ? take(
        db
          .select({ id: statements.id })
          .from(statements)
          .where(and(eq(statements.eventId, eventId), ne(statements.id, id)))
          .orderBy(...chronological)
          .all()
          .map((r) => r.id),
      )
    : [];
  const topicIds = db
    .select({ id: statementTopics.topicId })
    .from(statementTopics)
    .where(eq(statementTopics.statementId, id))
    .all()
    .map((r) => r.id);
  const sameTopicOtherSpeakers =
    topicIds.length > 0
      ? take(
          db
            .selectDistinct({ id: statements.id, dateStart: statements.dateStart })
            .from(statements)
            .innerJoin(statementTopics, eq(statementTopics.statementId, statements.id))
            .where(
              and(
                inArray(statementTopics.topicId, topicIds),
                ne(statements.id, id),
                personId
                  ? or(ne(statements.personId, personId), sql`${statements.personId} is null`)
                  : isNotNull(statements.id),
              ),
            )
            .orderBy(sql`${statements.dateStart} is null`, asc(statements.dateStart), asc(statements.id))
            .all()
            .map((r) => r.id),
        )
      : [];
  return { sameSpeaker, sameEvent, sameTopicOtherSpeakers };
}
