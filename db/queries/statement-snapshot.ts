import { asc, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { events, organizations, persons, propositions, roles, statements, topics } from "@/db/schema";
import type { RecordSnapshot } from "@/lib/record-edit";
import { selectStatementsJoined } from "./statement-join";
import { positionsByStatement, topicsByStatement } from "./statements";

/** What an edit starts from: a record's editable state and version, and the choices the edit forms offer. */

/** The editable state of a record, as stored in revisions and shown beside a conflicting edit. */
export function getRecordSnapshot(db: Db, statementId: number): RecordSnapshot | null {
  return getRecordSnapshots(db, [statementId]).get(statementId) ?? null;
}

/** The editable state of many records in three queries (a merge writes a revision for each record it moves). */
export function getRecordSnapshots(db: Db, statementIds: number[]): Map<number, RecordSnapshot> {
  const out = new Map<number, RecordSnapshot>();
  if (statementIds.length === 0) return out;
  // Selected under the snapshot's own names, in its order (revisions store snapshots as JSON).
  const rows = selectStatementsJoined(db, {
    id: statements.id,
    text: statements.text,
    mode: statements.mode,
    dateStart: statements.dateStart,
    dateEnd: statements.dateEnd,
    datePrecision: statements.datePrecision,
    dateBasis: statements.dateBasis,
    dateNote: statements.dateNote,
    attributionStatus: statements.attributionStatus,
    attributionNote: statements.attributionNote,
    person: persons.slug,
    role: roles.slug,
    event: events.slug,
  })
    .where(inArray(statements.id, statementIds))
    .all();
  const topicMap = topicsByStatement(db, statementIds);
  const codingMap = positionsByStatement(db, statementIds);
  for (const { id, ...row } of rows) {
    const topicSlugs = (topicMap.get(id) ?? []).map((t) => t.slug);
    const codings = (codingMap.get(id) ?? []).map((p) => ({
      proposition: p.propositionSlug,
      status: p.status,
      stance: p.stance,
      basis: p.basis,
      note: p.note,
    }));
    out.set(id, { ...row, topics: topicSlugs, codings });
  }
  return out;
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
    // A person merged into another is no longer one to pick (db/queries/person-merge.ts).
    .where(isNull(persons.mergedIntoId))
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
    .where(isNull(events.mergedIntoId))
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
