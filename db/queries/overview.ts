import { count, desc, isNotNull, max, min, sql } from "drizzle-orm";
import type { Db } from "../client";
import { events, persons, sources, statements } from "../schema";

export interface Overview {
  records: number;
  unresolved: number;
  officials: number;
  events: number;
  sources: number;
  earliest: string | null;
  latest: string | null;
}

/** What the database holds, for the home page. "Officials" are people with at least one record. */
export function getOverview(db: Db): Overview {
  const totals = db
    .select({
      records: count(),
      unresolved: sql<number>`coalesce(sum(${statements.attributionStatus} = 'unresolved'), 0)`,
      officials: sql<number>`count(distinct ${statements.personId})`,
      earliest: min(statements.dateStart),
      latest: max(statements.dateEnd),
    })
    .from(statements)
    .get();
  return {
    records: totals?.records ?? 0,
    unresolved: Number(totals?.unresolved ?? 0),
    officials: Number(totals?.officials ?? 0),
    events: db.select({ n: count() }).from(events).get()?.n ?? 0,
    sources: db.select({ n: count() }).from(sources).get()?.n ?? 0,
    earliest: totals?.earliest ?? null,
    latest: totals?.latest ?? null,
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

/** The latest dated records first, then undated ones. */
export function listLatestRecords(db: Db, limit: number): RecentRecord[] {
  return db
    .select({
      publicId: statements.publicId,
      text: statements.text,
      dateStart: statements.dateStart,
      dateEnd: statements.dateEnd,
      datePrecision: statements.datePrecision,
      speaker: persons.name,
      speakerNative: persons.nativeName,
      attributionText: statements.attributionText,
    })
    .from(statements)
    .leftJoin(persons, sql`${persons.id} = ${statements.personId}`)
    .orderBy(desc(isNotNull(statements.dateStart)), desc(statements.dateStart), statements.id)
    .limit(limit)
    .all();
}
