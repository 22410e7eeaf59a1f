import { and, asc, eq, inArray, isNotNull, type SQL } from "drizzle-orm";
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
  if (view.speaker) {
    const p = db.select({ id: persons.id }).from(persons).where(eq(persons.slug, view.speaker)).get();
    if (!p) unknown.push(`no official “${view.speaker}”`);
    where.push(eq(statements.personId, p?.id ?? -1));
  } else if (view.country) {
    where.push(eq(persons.country, view.country));
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
    .selectDistinct({ slug: persons.slug, label: persons.name })
    .from(persons)
    .innerJoin(statements, eq(statements.personId, persons.id))
    .where(isNotNull(statements.dateStart))
    .orderBy(asc(persons.name))
    .all();
  return { propositions: props.map(({ slug, label }) => ({ slug, label })), speakers };
}
