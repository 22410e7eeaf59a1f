import { and, asc, desc, eq, inArray, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  codedPositions,
  events,
  organizations,
  persons,
  propositions,
  roles,
  sources,
  statementRevisions,
  statements,
  statementTopics,
  topics,
  users,
} from "@/db/schema";
import type { CompareCodedPosition, CompareRecord, CompareTopic } from "@/lib/compare";
import { groupBy } from "@/lib/group-by";
import {
  changedFields,
  type RecordSnapshot,
  type SetCodingsInput,
  type UpdateRecordInput,
} from "@/lib/record-edit";
import { describeChanges, type FieldChange, stateBefore, valuesBefore } from "@/lib/record-history";
import { createPersonInPlace } from "./person-create";
import { InvalidCodes, restoreCodes, writeOwnCodes } from "./review-codes";
import { transaction } from "./transaction";

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
  return groupBy(
    rows,
    (r) => r.statementId,
    ({ statementId: _, ...t }) => t,
  );
}

function positionsByStatement(db: Db, ids: number[]): Map<number, CompareCodedPosition[]> {
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
  return groupBy(
    rows,
    (r) => r.statementId,
    ({ statementId: _, ...p }) => p,
  );
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

// ---------------------------------------------------------------------------------------------------------------
// Record editing (issue 5): analysts correct the core fields and code positions. Every write runs in one
// synchronous IMMEDIATE transaction that checks the version the editor started from, writes, bumps the version
// and appends a revision, so two editors never overwrite each other silently.

/** The editable state of a record, as stored in revisions and shown beside a conflicting edit. */
export function getRecordSnapshot(db: Db, statementId: number): RecordSnapshot | null {
  const row = db
    .select({
      s: statements,
      personSlug: persons.slug,
      roleSlug: roles.slug,
      eventSlug: events.slug,
    })
    .from(statements)
    .leftJoin(persons, eq(persons.id, statements.personId))
    .leftJoin(roles, eq(roles.id, statements.roleId))
    .leftJoin(events, eq(events.id, statements.eventId))
    .where(eq(statements.id, statementId))
    .get();
  if (!row) return null;
  const topicSlugs = db
    .select({ slug: topics.slug })
    .from(statementTopics)
    .innerJoin(topics, eq(topics.id, statementTopics.topicId))
    .where(eq(statementTopics.statementId, statementId))
    .orderBy(asc(topics.path))
    .all()
    .map((t) => t.slug);
  const codings = db
    .select({
      proposition: propositions.slug,
      status: codedPositions.status,
      stance: codedPositions.stance,
      basis: codedPositions.basis,
      note: codedPositions.note,
    })
    .from(codedPositions)
    .innerJoin(propositions, eq(propositions.id, codedPositions.propositionId))
    .where(eq(codedPositions.statementId, statementId))
    .orderBy(asc(propositions.id))
    .all();
  const s = row.s;
  return {
    text: s.text,
    mode: s.mode,
    dateStart: s.dateStart,
    dateEnd: s.dateEnd,
    datePrecision: s.datePrecision,
    dateBasis: s.dateBasis,
    dateNote: s.dateNote,
    attributionStatus: s.attributionStatus,
    attributionNote: s.attributionNote,
    person: row.personSlug,
    role: row.roleSlug,
    event: row.eventSlug,
    topics: topicSlugs,
    codings,
  };
}

export interface EditableRecord {
  id: number;
  publicId: string;
  version: number;
  snapshot: RecordSnapshot;
}

export function getEditableRecord(db: Db, publicId: string): EditableRecord | null {
  const row = db
    .select({ id: statements.id, version: statements.version })
    .from(statements)
    .where(eq(statements.publicId, publicId))
    .get();
  if (!row) return null;
  const snapshot = getRecordSnapshot(db, row.id);
  return snapshot ? { id: row.id, publicId, version: row.version, snapshot } : null;
}

/** What the edit forms offer: the codebook (propositions by topic), people with their roles, events. */
export function listEditOptions(db: Db) {
  const topicRows = db
    .select({ id: topics.id, slug: topics.slug, name: topics.name, path: topics.path })
    .from(topics)
    .orderBy(asc(topics.path))
    .all();
  const propositionRows = db
    .select({
      slug: propositions.slug,
      label: propositions.label,
      text: propositions.text,
      topicId: propositions.topicId,
    })
    .from(propositions)
    .orderBy(asc(propositions.id))
    .all();
  const personRows = db
    .select({ id: persons.id, slug: persons.slug, name: persons.name, nativeName: persons.nativeName })
    .from(persons)
    .orderBy(asc(persons.name))
    .all();
  const roleRows = db
    .select({
      slug: roles.slug,
      personId: roles.personId,
      title: roles.title,
      startDate: roles.startDate,
      endDate: roles.endDate,
    })
    .from(roles)
    .orderBy(asc(roles.startDate))
    .all();
  const organizationRows = db
    .select({ slug: organizations.slug, name: organizations.name })
    .from(organizations)
    .orderBy(asc(organizations.name))
    .all();
  const eventRows = db
    .select({ slug: events.slug, name: events.name, startDate: events.startDate })
    .from(events)
    .orderBy(asc(events.startDate), asc(events.name))
    .all();
  return {
    topics: topicRows.map(({ slug, name, path }) => ({ slug, name, path })),
    propositionGroups: topicRows
      .map((t) => ({
        topic: { slug: t.slug, name: t.name },
        propositions: propositionRows
          .filter((p) => p.topicId === t.id)
          .map(({ slug, label, text }) => ({ slug, label, text })),
      }))
      .filter((g) => g.propositions.length > 0),
    persons: personRows.map((p) => ({
      slug: p.slug,
      name: p.nativeName ?? p.name,
      roles: roleRows
        .filter((r) => r.personId === p.id)
        .map((r) => ({ slug: r.slug, title: r.title, startDate: r.startDate, endDate: r.endDate })),
    })),
    events: eventRows,
    organizations: organizationRows,
  };
}
export type EditOptions = ReturnType<typeof listEditOptions>;

export type RecordWriteResult =
  | { ok: true; record: EditableRecord }
  | { ok: false; reason: "not_found" }
  | { ok: false; reason: "conflict"; current: EditableRecord }
  | { ok: false; reason: "invalid"; fieldErrors: Record<string, string> };

class InvalidEdit extends Error {
  constructor(readonly fieldErrors: Record<string, string>) {
    super("invalid edit");
  }
}

/** What a revision stores: the state after it, the fields it changed and their values before it. */
interface RevisionSnapshot {
  record: RecordSnapshot;
  changed: string[];
  /** Old values of the changed fields; absent on revisions written before old values were kept. */
  before?: Partial<RecordSnapshot>;
  /** On a restore: the version whose values it brought back. */
  restoredFrom?: number;
  /** People and roles the edit created in place, in words ("Created the person Lương Cường (Luong Cuong), VN"). */
  created?: string[];
}

/**
 * The shared write path: in one immediate transaction re-read the record, refuse a stale version, apply `write`,
 * bump the version and append a revision with the new state, the fields that changed and their old values.
 */
function writeRecord(
  db: Db,
  publicId: string,
  expectedVersion: number,
  actorId: string,
  // What the write created besides the record's own fields, for its revision (a person created in place).
  write: (statementId: number, currentVersion: number) => undefined | { created: string[] },
  restoredFrom?: number,
): RecordWriteResult {
  try {
    return transaction(db, "immediate", (tx) => {
      const current = getEditableRecord(tx as unknown as Db, publicId);
      if (!current) return { ok: false as const, reason: "not_found" as const };
      if (current.version !== expectedVersion)
        return { ok: false as const, reason: "conflict" as const, current };
      const extra = write(current.id, current.version);
      return {
        ok: true as const,
        record: commitRevision(tx as unknown as Db, current, actorId, restoredFrom, false, extra?.created),
      };
    });
  } catch (error) {
    if (error instanceof InvalidEdit || error instanceof InvalidCodes)
      return { ok: false, reason: "invalid", fieldErrors: error.fieldErrors };
    throw error;
  }
}

/**
 * Inside a write transaction, after the write: bump the record's version and append a revision with the new
 * state, the fields that changed and their old values. With `onlyIfChanged` (a coder's save, a reviewer's
 * decision), nothing happens when the record's state is the same, so only a change of the current codes is a
 * revision.
 */
export function commitRevision(
  tx: Db,
  current: EditableRecord,
  actorId: string,
  restoredFrom?: number,
  onlyIfChanged = false,
  created?: string[],
): EditableRecord {
  const after = getRecordSnapshot(tx, current.id);
  if (!after) throw new Error("record vanished under an immediate transaction");
  const changed = changedFields(current.snapshot, after);
  if (onlyIfChanged && changed.length === 0) return current;
  const newVersion = current.version + 1;
  const updated = tx
    .update(statements)
    .set({ version: newVersion, updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))` })
    .where(and(eq(statements.id, current.id), eq(statements.version, current.version)))
    .run();
  if (updated.changes !== 1) throw new Error("record changed under an immediate transaction");
  const snapshot: RevisionSnapshot = {
    record: after,
    changed,
    before: valuesBefore(current.snapshot, changed),
    ...(restoredFrom === undefined ? {} : { restoredFrom }),
    ...(created?.length ? { created } : {}),
  };
  tx.insert(statementRevisions)
    .values({
      statementId: current.id,
      version: newVersion,
      action: restoredFrom === undefined ? "edit" : "restore",
      snapshot,
      authorId: actorId,
    })
    .run();
  return { ...current, version: newVersion, snapshot: after };
}

function idBySlug(
  db: Db,
  table: typeof persons | typeof roles | typeof events | typeof topics,
  slug: string,
) {
  return db.select({ id: table.id }).from(table).where(eq(table.slug, slug)).get()?.id;
}

type CoreFields = Omit<UpdateRecordInput, "publicId" | "expectedVersion" | "attribution"> & {
  attribution: Exclude<UpdateRecordInput["attribution"], { status: "new_person" }>;
};

/** Writes the core fields; unknown slugs are field errors (nothing is written then). */
function writeCore(db: Db, statementId: number, input: CoreFields): void {
  const errors: Record<string, string> = {};
  let personId: number | null = null;
  let roleId: number | null = null;
  if (input.attribution.status === "resolved") {
    personId = idBySlug(db, persons, input.attribution.person) ?? null;
    if (personId === null) errors.person = "No such person.";
    if (input.attribution.role !== null) {
      const role = db
        .select({ id: roles.id, personId: roles.personId })
        .from(roles)
        .where(eq(roles.slug, input.attribution.role))
        .get();
      if (!role || role.personId !== personId) errors.role = "Choose one of this person's roles.";
      else roleId = role.id;
    }
  }
  const eventId = input.event === null ? null : (idBySlug(db, events, input.event) ?? null);
  if (input.event !== null && eventId === null) errors.event = "No such event.";
  const topicIds: number[] = [];
  for (const t of new Set(input.topics)) {
    const id = idBySlug(db, topics, t);
    if (id === undefined) errors.topics = `No such topic: ${t}.`;
    else topicIds.push(id);
  }
  if (Object.keys(errors).length > 0) throw new InvalidEdit(errors);
  db.update(statements)
    .set({
      text: input.text,
      mode: input.mode,
      dateStart: input.dateStart,
      dateEnd: input.dateEnd,
      datePrecision: input.datePrecision,
      dateBasis: input.dateBasis,
      dateNote: input.dateNote,
      attributionStatus: input.attribution.status,
      attributionNote: input.attribution.note,
      personId,
      roleId,
      eventId,
    })
    .where(eq(statements.id, statementId))
    .run();
  const existing = new Set(
    db
      .select({ id: statementTopics.topicId })
      .from(statementTopics)
      .where(eq(statementTopics.statementId, statementId))
      .all()
      .map((r) => r.id),
  );
  // Only the differences, so the facet-count triggers see real changes only.
  const keep = new Set(topicIds);
  const removed = [...existing].filter((id) => !keep.has(id));
  if (removed.length > 0)
    db.delete(statementTopics)
      .where(and(eq(statementTopics.statementId, statementId), inArray(statementTopics.topicId, removed)))
      .run();
  const added = topicIds.filter((id) => !existing.has(id));
  if (added.length > 0)
    db.insert(statementTopics)
      .values(added.map((topicId) => ({ statementId, topicId })))
      .run();
}

/** Core fields: attribution, date, mode, display text, topics, event. Unknown slugs are field errors. */
export function updateStatement(db: Db, input: UpdateRecordInput & { actorId: string }): RecordWriteResult {
  return writeRecord(db, input.publicId, input.expectedVersion, input.actorId, (statementId) => {
    const { attribution } = input;
    if (attribution.status !== "new_person") {
      writeCore(db, statementId, { ...input, attribution });
      return;
    }
    // The person and role are created in this transaction: a refused save (a field error, a conflict found
    // above) leaves neither behind.
    const created = createPersonInPlace(db, attribution.person);
    if (!created.ok) throw new InvalidEdit(created.errors);
    writeCore(db, statementId, {
      ...input,
      attribution: { status: "resolved", person: created.person, role: created.role, note: attribution.note },
    });
    return { created: created.summary };
  });
}

/**
 * Replace the actor's own codes of a record with the given set (propositions left out: no code of theirs), checked
 * against the record's version, and settle the current codes from every coder's (db/queries/review-codes.ts). A
 * single coder's codes are the current ones, as before double coding; the coding pages save through
 * saveOwnCodes (db/queries/review.ts), checked against the coder's own sheet instead, so that a colleague's save
 * never reveals their codes in a conflict.
 */
export function setCodedPositions(db: Db, input: SetCodingsInput & { actorId: string }): RecordWriteResult {
  return writeRecord(db, input.publicId, input.expectedVersion, input.actorId, (statementId) => {
    writeOwnCodes(db, statementId, input.actorId, input.codings);
  });
}

function revisionSnapshot(db: Db, statementId: number, version: number): RevisionSnapshot | null {
  const raw = db.$client
    .prepare("SELECT snapshot FROM statement_revisions WHERE statement_id = ? AND version = ?")
    .pluck()
    .get(statementId, version) as string | undefined;
  return raw === undefined ? null : (JSON.parse(raw) as RevisionSnapshot);
}

/**
 * The record as it stood at `version`: the state a revision saved, or, for a version no revision saved (the
 * record as first recorded), the next revision's state with the old values it kept. Null when not known.
 */
export function recordStateAt(db: Db, statementId: number, version: number): RecordSnapshot | null {
  const at = revisionSnapshot(db, statementId, version);
  if (at) return at.record;
  const next = revisionSnapshot(db, statementId, version + 1);
  return next?.before ? stateBefore(next.record, next.before) : null;
}

/**
 * Brings a record back to the values of an earlier version, as a new revision (action "restore"): version-checked
 * like an edit, so a page showing an older version gets a conflict and nothing is written. Revisions are never
 * rewritten. People, roles, events, topics or propositions that no longer exist are field errors.
 */
export function restoreRecordVersion(
  db: Db,
  input: {
    publicId: string;
    expectedVersion: number;
    version: number;
    actorId: string;
    /** Whether the actor may settle codes two coders coded (lib/authz.ts "codes:adjudicate"). */
    canAdjudicate?: boolean;
  },
): RecordWriteResult {
  return writeRecord(
    db,
    input.publicId,
    input.expectedVersion,
    input.actorId,
    (statementId, currentVersion) => {
      const target = input.version < currentVersion ? recordStateAt(db, statementId, input.version) : null;
      if (!target) throw new InvalidEdit({ version: `Version ${input.version} cannot be restored.` });
      writeCore(db, statementId, {
        text: target.text,
        mode: target.mode,
        dateStart: target.dateStart,
        dateEnd: target.dateEnd,
        datePrecision: target.datePrecision,
        dateBasis: target.dateBasis,
        dateNote: target.dateNote,
        topics: target.topics,
        event: target.event,
        attribution:
          target.attributionStatus === "resolved" && target.person
            ? { status: "resolved", person: target.person, role: target.role, note: target.attributionNote }
            : { status: "unresolved", note: target.attributionNote },
      });
      restoreCodes(
        db,
        statementId,
        target.codings,
        input.actorId,
        input.version,
        input.canAdjudicate ?? false,
      );
    },
    input.version,
  );
}

export interface StatementRevisionView {
  version: number;
  action: string;
  authorName: string;
  createdAt: string;
  changed: string[];
  record: RecordSnapshot;
}

/** A record's edit history, newest first. */
export function countStatementRevisions(db: Db, statementId: number): number {
  return db.$client
    .prepare("SELECT count(*) FROM statement_revisions WHERE statement_id = ?")
    .pluck()
    .get(statementId) as number;
}

/** A record's revisions, newest first: all of them, or the newest `limit`. */
export function listStatementRevisions(db: Db, statementId: number, limit?: number): StatementRevisionView[] {
  const query = db
    .select({
      version: statementRevisions.version,
      action: statementRevisions.action,
      snapshot: statementRevisions.snapshot,
      createdAt: statementRevisions.createdAt,
      authorName: users.name,
    })
    .from(statementRevisions)
    .innerJoin(users, eq(users.id, statementRevisions.authorId))
    .where(eq(statementRevisions.statementId, statementId))
    .orderBy(desc(statementRevisions.version));
  return (limit === undefined ? query : query.limit(limit)).all().map((r) => {
    const snap = r.snapshot as { record: RecordSnapshot; changed: string[] };
    return {
      version: r.version,
      action: r.action,
      authorName: r.authorName,
      createdAt: r.createdAt,
      changed: snap.changed,
      record: snap.record,
    };
  });
}

export interface RecordHistoryEntry {
  version: number;
  action: string;
  /** Null for the record as first recorded (no revision saved it). */
  authorName: string | null;
  createdAt: string | null;
  restoredFrom: number | null;
  changes: FieldChange[];
  /** Whether "Restore this version" is offered: every known state but the current one. */
  restorable: boolean;
  /** People and roles this revision created in place. */
  created: string[];
}

function namesBySlug(
  db: Db,
  table: "persons" | "roles" | "events" | "topics" | "propositions",
  slugs: Set<string>,
) {
  if (slugs.size === 0) return new Map<string, string>();
  const column =
    table === "persons"
      ? "coalesce(native_name, name)"
      : table === "roles"
        ? "title"
        : table === "propositions"
          ? "label"
          : "name";
  const list = [...slugs];
  const rows = db.$client
    .prepare(`SELECT slug, ${column} FROM ${table} WHERE slug IN (${list.map(() => "?").join(",")})`)
    .raw()
    .all(...list) as [string, string][];
  return new Map(rows);
}

/**
 * A record's history, newest first, each revision with its changes as old -> new values in words. Reads the newest
 * `limit` revisions plus one (the state before the oldest listed), and the names of what they mention: its cost
 * follows the number of versions shown, never the corpus. When the whole history is listed and the first revision
 * kept its old values, the record as first recorded closes the list, restorable too.
 */
export function getRecordHistory(
  db: Db,
  statementId: number,
  currentVersion: number,
  limit?: number,
): RecordHistoryEntry[] {
  const rows = db.$client
    .prepare(
      `SELECT r.version, r.action, r.snapshot, r.created_at AS createdAt, u.name AS authorName
       FROM statement_revisions r JOIN users u ON u.id = r.author_id
       WHERE r.statement_id = ? ORDER BY r.version DESC ${limit === undefined ? "" : "LIMIT ?"}`,
    )
    .all(...(limit === undefined ? [statementId] : [statementId, limit + 1])) as {
    version: number;
    action: string;
    snapshot: string;
    createdAt: string;
    authorName: string;
  }[];
  const revisions = rows.map((r) => ({ ...r, snap: JSON.parse(r.snapshot) as RevisionSnapshot }));
  const shown = limit === undefined ? revisions : revisions.slice(0, limit);
  const complete = shown.length === revisions.length;
  const oldest = revisions.at(-1);
  const original =
    complete && oldest?.snap.before && oldest.version > 1
      ? { version: oldest.version - 1, record: stateBefore(oldest.snap.record, oldest.snap.before) }
      : null;

  const slugs = {
    persons: new Set<string>(),
    roles: new Set<string>(),
    events: new Set<string>(),
    topics: new Set<string>(),
    propositions: new Set<string>(),
  };
  for (const s of [...revisions.map((r) => r.snap.record), ...(original ? [original.record] : [])]) {
    if (s.person) slugs.persons.add(s.person);
    if (s.role) slugs.roles.add(s.role);
    if (s.event) slugs.events.add(s.event);
    for (const t of s.topics) slugs.topics.add(t);
    for (const c of s.codings) slugs.propositions.add(c.proposition);
  }
  const names = {
    persons: namesBySlug(db, "persons", slugs.persons),
    roles: namesBySlug(db, "roles", slugs.roles),
    events: namesBySlug(db, "events", slugs.events),
    topics: namesBySlug(db, "topics", slugs.topics),
    propositions: namesBySlug(db, "propositions", slugs.propositions),
  };

  const entries: RecordHistoryEntry[] = shown.map((r, i) => {
    const previous = revisions[i + 1];
    const before = r.snap.before
      ? stateBefore(r.snap.record, r.snap.before)
      : previous && previous.version === r.version - 1
        ? previous.snap.record
        : null;
    return {
      version: r.version,
      action: r.action,
      authorName: r.authorName,
      createdAt: r.createdAt,
      restoredFrom: r.snap.restoredFrom ?? null,
      changes: describeChanges(r.snap.changed, before, r.snap.record, names),
      restorable: r.version !== currentVersion,
      created: r.snap.created ?? [],
    };
  });
  if (original)
    entries.push({
      version: original.version,
      action: "create",
      authorName: null,
      createdAt: null,
      restoredFrom: null,
      changes: [],
      restorable: original.version !== currentVersion,
      created: [],
    });
  return entries;
}
