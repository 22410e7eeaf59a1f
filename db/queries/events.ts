import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { events, statements } from "@/db/schema";
import { listRecordCards, type RecordCard } from "./statements";

export type EventRow = typeof events.$inferSelect;

export function listEvents(db: Db): (EventRow & { records: number })[] {
  return db
    .select({
      event: events,
      // Written out: drizzle leaves columns unqualified inside a single-table select, which would bind to the subquery.
      records: sql<number>`(select count(*) from statements s where s.event_id = events.id)`,
    })
    .from(events)
    .orderBy(sql`${events.startDate} is null`, asc(events.startDate), asc(events.name))
    .all()
    .map((r) => ({ ...r.event, records: Number(r.records) }));
}

export interface EventDetail {
  event: EventRow;
  records: RecordCard[];
  /** Who spoke, in order of first record, with how many records each. */
  speakers: { slug: string; name: string; nativeName: string | null; role: string | null; records: number }[];
}

export function getEvent(db: Db, slug: string): EventDetail | null {
  const event = db.select().from(events).where(eq(events.slug, slug)).get();
  if (!event) return null;
  const ids = db
    .select({ id: statements.id })
    .from(statements)
    .where(eq(statements.eventId, event.id))
    .all()
    .map((r) => r.id);
  const records = listRecordCards(db, ids);
  const speakers: EventDetail["speakers"] = [];
  for (const r of records) {
    if (!r.speaker) continue;
    const existing = speakers.find((s) => s.slug === r.speaker?.slug);
    if (existing) existing.records++;
    else speakers.push({ ...r.speaker, role: r.role?.title ?? null, records: 1 });
  }
  return { event, records, speakers };
}
