import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { events } from "@/db/schema";
import { type EntityListView, LIST_PAGE_SIZE, likeContains } from "@/lib/entity-list-view";
import { cardsInOrder, dateSpan, entityCounts, LATEST_LIMIT, latestRecordIds } from "./entity-summaries";
import type { RecordCard } from "./statements";

export type EventRow = typeof events.$inferSelect;
export type EventListRow = Pick<
  EventRow,
  "slug" | "name" | "kind" | "city" | "country" | "startDate" | "endDate" | "datePrecision"
> & { records: number };

export interface EventsPage {
  rows: EventListRow[];
  total: number;
}

/**
 * One page of events in date order (undated last), matching the search in name, series, city or country.
 * Counts are the maintained per-event counts of entity_counts.
 */
export function listEvents(db: Db, view: EntityListView): EventsPage {
  const sqlite = db.$client;
  // Events merged into another keep their rows (their history names them) but are not listed.
  const where = view.q
    ? `WHERE e.merged_into_id IS NULL AND (e.name LIKE @q ESCAPE '\\' OR e.series LIKE @q ESCAPE '\\'
       OR e.city LIKE @q ESCAPE '\\' OR e.country LIKE @q ESCAPE '\\')`
    : "WHERE e.merged_into_id IS NULL";
  const bind = view.q ? [{ q: likeContains(view.q) }] : [];
  const total = view.q
    ? Number(
        sqlite
          .prepare(`SELECT count(*) FROM events e ${where}`)
          .pluck()
          .get(...bind) ?? 0,
      )
    : countLiveEvents(db);
  const rows = sqlite
    .prepare(
      `SELECT e.slug, e.name, e.kind, e.city, e.country, e.start_date AS startDate, e.end_date AS endDate,
         e.date_precision AS datePrecision, coalesce(c.n, 0) AS records
       FROM events e
       LEFT JOIN entity_counts c ON c.entity = 'event' AND c.entity_id = e.id AND c.value = ''
       ${where}
       ORDER BY e.start_date IS NULL, e.start_date, e.name, e.id
       LIMIT ${LIST_PAGE_SIZE} OFFSET ${(view.page - 1) * LIST_PAGE_SIZE}`,
    )
    .all(...bind) as EventListRow[];
  return { rows, total };
}

/**
 * Events not merged into another: the maintained count of event rows less the merged ones, which keep their rows
 * (few, read through a partial index), so the count costs the same whatever the corpus holds.
 */
export function countLiveEvents(db: Db): number {
  return Number(
    db.$client
      .prepare(
        `SELECT coalesce((SELECT n FROM entity_counts WHERE entity = 'rows' AND entity_id = 0 AND value = 'events'), 0)
           - (SELECT count(*) FROM events INDEXED BY events_merged_idx WHERE merged_into_id IS NOT NULL)`,
      )
      .pluck()
      .get() ?? 0,
  );
}

export interface EventDetail {
  event: EventRow;
  /** All records at the event, from the maintained count. */
  total: number;
  first: string | null;
  last: string | null;
  /** The newest records (at most LATEST_LIMIT). */
  latest: RecordCard[];
  /** Who spoke, most records first, with the role of their first record there. */
  speakers: { slug: string; name: string; nativeName: string | null; role: string | null; records: number }[];
  /** Records whose speaker the source leaves unresolved. */
  unresolved: number;
}

/** Speakers listed on an event's page; a summit with more gets "and N more" and the positions table link. */
export const EVENT_SPEAKER_LIMIT = 50;

export function getEvent(db: Db, slug: string): EventDetail | null {
  const event = db
    .select()
    .from(events)
    .where(and(eq(events.slug, slug), isNull(events.mergedIntoId)))
    .get();
  if (!event) return null;
  const sqlite = db.$client;
  // Grouped along position_facts (event_id, date_start): one event's records, not the corpus.
  const speakerRows = sqlite
    .prepare(
      `SELECT p.slug, p.name, p.native_name AS nativeName, count(*) AS records,
         (SELECT r.title FROM statements s JOIN roles r ON r.id = s.role_id
          WHERE s.event_id = f.event_id AND s.person_id = f.person_id ORDER BY s.date_start, s.id LIMIT 1) AS role
       FROM position_facts f INDEXED BY position_facts_event_date_idx
       JOIN persons p ON p.id = f.person_id
       WHERE f.event_id = ?
       GROUP BY f.person_id
       ORDER BY records DESC, p.name
       LIMIT ${EVENT_SPEAKER_LIMIT}`,
    )
    .all(event.id) as EventDetail["speakers"];
  const total = entityCounts(db, "event", event.id).get("") ?? 0;
  const unresolved = Number(
    sqlite
      .prepare(
        `SELECT count(*) FROM position_facts INDEXED BY position_facts_event_date_idx
         WHERE event_id = ? AND person_id IS NULL`,
      )
      .pluck()
      .get(event.id) ?? 0,
  );
  const { first, last } = dateSpan(db, "event", event.id);
  return {
    event,
    total,
    first,
    last,
    latest: cardsInOrder(db, latestRecordIds(db, "event", event.id, LATEST_LIMIT)),
    speakers: speakerRows.map((s) => ({ ...s, records: Number(s.records) })),
    unresolved,
  };
}
