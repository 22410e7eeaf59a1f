import { and, eq, gte, inArray, isNotNull, lte, type SQL, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { persons, statements, topics } from "@/db/schema";
import type { CompareSide } from "@/lib/compare";
import { formatPeriod, type Period } from "@/lib/compare-view";
import { formatPreciseDate } from "@/lib/dates";
import {
  listRecordCards,
  listRecordCardsByPublicId,
  type RecordCard,
  statementIdsInTopic,
} from "./statements";

/** Cards with how their date is known, for the chronology caveats (the shared card query does not carry it). */
function withDateBasis(db: Db, cards: RecordCard[]): RecordCard[] {
  if (cards.length === 0) return cards;
  const rows = db
    .select({ id: statements.id, dateBasis: statements.dateBasis, dateNote: statements.dateNote })
    .from(statements)
    .where(
      inArray(
        statements.id,
        cards.map((c) => c.id),
      ),
    )
    .all();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return cards.map((c) => ({
    ...c,
    dateBasis: byId.get(c.id)?.dateBasis,
    dateNote: byId.get(c.id)?.dateNote ?? null,
  }));
}

export interface IdsComparison {
  sides: (CompareSide & { records: RecordCard[] })[];
  missing: string[];
}

/** One side per record, in the order asked for. */
export function getIdsComparison(db: Db, publicIds: string[]): IdsComparison {
  const found = listRecordCardsByPublicId(db, publicIds);
  const missing = found.missing;
  const cards = withDateBasis(db, found.cards);
  const labels = cards.map(
    (c) =>
      `${formatPreciseDate({ start: c.dateStart, end: c.dateEnd, precision: c.datePrecision })} · ${
        c.speaker ? (c.speaker.nativeName ?? c.speaker.name) : "unresolved speaker"
      }`,
  );
  return {
    // Two records of one speaker on one day would share a label: the record id tells them apart.
    sides: cards.map((c, i) => {
      const label = labels[i] ?? c.publicId;
      const clash = labels.filter((l) => l === label).length > 1;
      return { label: clash ? `${label} · ${c.publicId}` : label, records: [c] };
    }),
    missing,
  };
}

export interface PeriodFilter {
  topic: string;
  a: Period;
  b: Period;
  speaker: string | null;
  country: string | null;
}

export interface PeriodComparison {
  topic: { slug: string; name: string } | null;
  /** Whether any official has the filter's country (true when no country is asked for). */
  countryKnown: boolean;
  speaker: { slug: string; name: string } | null;
  sides: (CompareSide & { records: RecordCard[] })[];
  /** Records on the topic (and speaker/country) whose date is unknown: on neither side, and counted so. */
  undated: number;
}

/**
 * Each side holds the records on the topic (or a subtopic) whose date span overlaps the period, filtered by speaker
 * or by the speaker's country. Records with an unknown date cannot be placed in a period and are counted apart.
 */
/** The same period twice still needs two distinct side names. */
function sideLabel(filter: PeriodFilter, side: "a" | "b"): string {
  const a = formatPeriod(filter.a);
  const b = formatPeriod(filter.b);
  const own = side === "a" ? a : b;
  return a === b ? `${own} (${side})` : own;
}

export function getPeriodComparison(db: Db, filter: PeriodFilter): PeriodComparison {
  const topic = db
    .select({ slug: topics.slug, name: topics.name })
    .from(topics)
    .where(eq(topics.slug, filter.topic))
    .get();
  const speaker = filter.speaker
    ? (db
        .select({ slug: persons.slug, name: persons.name })
        .from(persons)
        .where(eq(persons.slug, filter.speaker))
        .get() ?? null)
    : null;
  const countryKnown = filter.country
    ? !!db.select({ id: persons.id }).from(persons).where(eq(persons.country, filter.country)).get()
    : true;
  const inTopic = statementIdsInTopic(db, filter.topic) ?? [];
  if (!topic || inTopic.length === 0 || (filter.speaker && !speaker)) {
    return {
      topic: topic ?? null,
      countryKnown,
      speaker,
      sides: (["a", "b"] as const).map((k) => ({ label: sideLabel(filter, k), records: [] })),
      undated: 0,
    };
  }
  const who: SQL | undefined = filter.speaker
    ? eq(persons.slug, filter.speaker)
    : filter.country
      ? eq(persons.country, filter.country)
      : undefined;
  const idsFor = (p: Period) =>
    db
      .select({ id: statements.id })
      .from(statements)
      .leftJoin(persons, eq(persons.id, statements.personId))
      .where(
        and(
          inArray(statements.id, inTopic),
          isNotNull(statements.dateStart),
          p.to ? lte(statements.dateStart, p.to) : undefined,
          p.from ? gte(statements.dateEnd, p.from) : undefined,
          who,
        ),
      )
      .all()
      .map((r) => r.id);
  const undated =
    db
      .select({ n: sql<number>`count(*)` })
      .from(statements)
      .leftJoin(persons, eq(persons.id, statements.personId))
      .where(and(inArray(statements.id, inTopic), sql`${statements.dateStart} is null`, who))
      .get()?.n ?? 0;
  return {
    topic,
    countryKnown,
    speaker,
    sides: (["a", "b"] as const).map((k) => ({
      label: sideLabel(filter, k),
      records: withDateBasis(db, listRecordCards(db, idsFor(filter[k]))),
    })),
    undated,
  };
}
