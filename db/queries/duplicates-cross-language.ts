import { sql } from "drizzle-orm";
import type { Conn } from "@/db/client";

/** A stored record that may report the same statement as a proposal, in another language. */
export interface OtherLanguageReport {
  publicId: string;
  text: string;
  language: string;
  dateStart: string;
  dateEnd: string;
  eventId: number | null;
  eventName: string | null;
  /** Both name the same event (not only the same speaker and overlapping dates). */
  sameEvent: boolean;
}

export interface ReportLookup {
  personId: number | null;
  dateStart: string | null;
  dateEnd: string | null;
  eventId: number | null;
  language: string;
}

/**
 * How far back a stored record's first possible day may lie and still overlap: a record dated to a year spans
 * 365 days; longer spans (a multi-year range) are not looked for.
 */
export const REPORT_WINDOW_DAYS = 400;
const PER_PROPOSAL = 3;

function shiftDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * For each proposal, the records in another language by the same speaker whose dates overlap its own, and that
 * name the same event when both name one: candidates to save it as another report of. Read through
 * statements_person_date_idx (speaker, then a bounded range of first days), so the cost is that speaker's records
 * in the window, never the table. A proposal without a known speaker or a date gets none.
 */
export function findOtherLanguageReports(db: Conn, lookups: ReportLookup[]): OtherLanguageReport[][] {
  return lookups.map((l) => {
    if (l.personId === null || !l.dateStart) return [];
    const end = l.dateEnd ?? l.dateStart;
    const from = shiftDays(l.dateStart, -REPORT_WINDOW_DAYS);
    const rows = db.all<{
      public_id: string;
      text: string;
      language: string;
      date_start: string;
      date_end: string;
      event_id: number | null;
      event_name: string | null;
    }>(sql`SELECT s.public_id, s.text, s.language, s.date_start, s.date_end, s.event_id, e.name AS event_name
      FROM statements s INDEXED BY statements_person_date_idx
      LEFT JOIN events e ON e.id = s.event_id
      WHERE s.person_id = ${l.personId}
        AND s.date_start BETWEEN ${from} AND ${end}
        AND coalesce(s.date_end, s.date_start) >= ${l.dateStart}
        AND s.language <> ${l.language}
        AND (${l.eventId} IS NULL OR s.event_id IS NULL OR s.event_id = ${l.eventId})
      ORDER BY (s.event_id IS NOT NULL AND s.event_id = ${l.eventId}) DESC,
        abs(julianday(s.date_start) - julianday(${l.dateStart})), s.id
      LIMIT ${PER_PROPOSAL}`);
    return rows.map((r) => ({
      publicId: r.public_id,
      text: r.text,
      language: r.language,
      dateStart: r.date_start,
      dateEnd: r.date_end ?? r.date_start,
      eventId: r.event_id,
      eventName: r.event_name,
      sameEvent: l.eventId !== null && r.event_id === l.eventId,
    }));
  });
}
