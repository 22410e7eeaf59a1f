import { and, asc, eq, inArray, isNotNull, type SQL, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { codedPositions, persons, propositions, statements } from "@/db/schema";
import type { TimelineView } from "@/lib/timeline-view";
import { listRecordCards, type RecordCard, statementIdsInTopic } from "./statements";

export interface TimelineData {
  /** Records with a known date, chronological. */
  dated: RecordCard[];
  /** Records matching the filters whose date is unknown: listed, never placed on the axis. */
  undated: RecordCard[];
  /** Filters that named something the database does not hold. */
  unknown: string[];
}

/**
 * The records of a timeline view: on the topic or a subtopic, by the speaker or speakers of the country, and, when
 * a proposition is chosen, only records coded on it (with any status, so "ambiguous" and "not addressed" codings
 * are shown as such rather than hidden).
 */
export function getTimeline(db: Db, view: TimelineView): TimelineData {
  const unknown: string[] = [];
  const where: (SQL | undefined)[] = [];
  if (view.topic) {
    const ids = statementIdsInTopic(db, view.topic);
    if (ids === null) unknown.push(`no topic “${view.topic}”`);
    where.push(inArray(statements.id, ids ?? []));
  }
  const speaker = view.speaker
    ? db.select({ id: persons.id }).from(persons).where(eq(persons.slug, view.speaker)).get()
    : undefined;
  if (view.speaker && !speaker) unknown.push(`no official “${view.speaker}”`);
  if (view.country) {
    const known = db.select({ id: persons.id }).from(persons).where(eq(persons.country, view.country)).get();
    if (!known) unknown.push(`no official from country “${view.country}”`);
    else if (speaker) unknown.push(`country ${view.country} is ignored because a speaker is chosen`);
  }
  if (view.speaker) {
    where.push(eq(statements.personId, speaker?.id ?? -1));
  } else if (view.country) {
    where.push(eq(persons.country, view.country));
  }
  if (view.pick.length > 0) {
    const found = new Set(
      db
        .select({ publicId: statements.publicId })
        .from(statements)
        .where(inArray(statements.publicId, view.pick))
        .all()
        .map((r) => r.publicId),
    );
    for (const id of view.pick) if (!found.has(id)) unknown.push(`no record has the id “${id}” (not picked)`);
  }
  if (view.proposition) {
    const p = db
      .select({ id: propositions.id })
      .from(propositions)
      .where(eq(propositions.slug, view.proposition))
      .get();
    if (!p) unknown.push(`no proposition “${view.proposition}”`);
    const coded = db
      .select({ id: codedPositions.statementId })
      .from(codedPositions)
      .where(eq(codedPositions.propositionId, p?.id ?? -1))
      .all()
      .map((r) => r.id);
    where.push(inArray(statements.id, coded));
  }
  const ids = db
    .select({ id: statements.id })
    .from(statements)
    .leftJoin(persons, eq(persons.id, statements.personId))
    .where(and(...where))
    .all()
    .map((r) => r.id);
  const cards = listRecordCards(db, ids);
  return {
    dated: cards.filter((c) => c.dateStart !== null),
    undated: cards.filter((c) => c.dateStart === null),
    unknown,
  };
}

export interface Option {
  slug: string;
  label: string;
}

/** Choices for the timeline's filters: propositions with coded positions, and officials with dated records. */
export function listTimelineOptions(db: Db): { propositions: Option[]; speakers: Option[] } {
  const props = db
    .selectDistinct({ slug: propositions.slug, label: propositions.label, id: propositions.id })
    .from(propositions)
    .innerJoin(codedPositions, eq(codedPositions.propositionId, propositions.id))
    .orderBy(asc(propositions.id))
    .all();
  const speakers = db
    // Names as written in Vietnamese where known, as the tables show them.
    .selectDistinct({
      slug: persons.slug,
      label: sql<string>`coalesce(${persons.nativeName}, ${persons.name})`,
    })
    .from(persons)
    .innerJoin(statements, eq(statements.personId, persons.id))
    .where(isNotNull(statements.dateStart))
    .orderBy(asc(persons.name))
    .all();
  return { propositions: props.map(({ slug, label }) => ({ slug, label })), speakers };
}
