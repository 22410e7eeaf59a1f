import { inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { statements } from "@/db/schema";
import type { CompareSide } from "@/lib/compare-types";
import { formatPreciseDate } from "@/lib/dates";
import { listRecordCardsByPublicId, type RecordCard } from "./statements";

/** Cards with how their date is known, for the chronology caveats (the shared card query does not carry it). */
export function withDateBasis(db: Db, cards: RecordCard[]): RecordCard[] {
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
  /** Whether the records were typed in another order than their dates (the sides are in date order). */
  reordered: boolean;
}

/** Earliest first; an undated record cannot be placed, so it goes last. */
function byDate(a: RecordCard, b: RecordCard): number {
  if (a.dateStart === b.dateStart) return (a.dateEnd ?? "").localeCompare(b.dateEnd ?? "");
  if (a.dateStart === null) return 1;
  if (b.dateStart === null) return -1;
  return a.dateStart.localeCompare(b.dateStart);
}

/**
 * One side per record, in date order whatever order the ids were typed in: "before" and "after" in the change
 * labels then mean earlier and later.
 */
export function getIdsComparison(db: Db, publicIds: string[]): IdsComparison {
  const found = listRecordCardsByPublicId(db, publicIds);
  const missing = found.missing;
  const typed = withDateBasis(db, found.cards);
  const cards = [...typed].sort(byDate);
  const reordered = cards.some((c, i) => c !== typed[i]);
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
    reordered,
  };
}

export interface ComparePickers {
  /** Speakers with records, most records first (at most PICKER_SPEAKERS), by name. */
  speakers: { slug: string; name: string; records: number }[];
  /** Speakers' countries, with the number of speakers from each. */
  countries: { code: string; speakers: number }[];
  /** Years that hold records, newest first: period presets. */
  years: number[];
  /** The events with the most records, with their dates: period presets ("the period of this event"). */
  events: { name: string; from: string; to: string; records: number }[];
}

export const PICKER_SPEAKERS = 300;
export const PICKER_EVENTS = 40;

/**
 * The choices the comparison form offers by name. Each list is read from the maintained counts
 * (position_facet_counts, entity_counts) and bounded, so the form costs the same at any corpus size.
 */
export function listComparePickers(db: Db): ComparePickers {
  const sqlite = db.$client;
  const speakers = sqlite
    .prepare(
      `SELECT p.slug AS slug, coalesce(p.native_name, p.name) AS name, c.n AS records
         FROM position_facet_counts c JOIN persons p ON p.id = CAST(c.value AS INTEGER)
        WHERE c.facet = 'speaker' AND c.value <> '' AND c.n > 0
        ORDER BY c.n DESC, p.slug LIMIT ?`,
    )
    .all(PICKER_SPEAKERS) as ComparePickers["speakers"];
  speakers.sort((a, b) => a.name.localeCompare(b.name, "vi"));
  const countries = sqlite
    .prepare(
      `SELECT p.country AS code, count(*) AS speakers
         FROM position_facet_counts c JOIN persons p ON p.id = CAST(c.value AS INTEGER)
        WHERE c.facet = 'speaker' AND c.value <> '' AND c.n > 0 AND p.country IS NOT NULL
        GROUP BY p.country ORDER BY p.country`,
    )
    .all() as ComparePickers["countries"];
  const years = (
    sqlite
      .prepare(
        `SELECT CAST(value AS INTEGER) FROM position_facet_counts
          WHERE facet = 'year' AND value <> '' AND n > 0 ORDER BY CAST(value AS INTEGER) DESC`,
      )
      .pluck()
      .all() as number[]
  ).filter((y) => Number.isInteger(y));
  const events = sqlite
    .prepare(
      `SELECT e.name AS name, e.start_date AS "from", e.end_date AS "to", c.n AS records
         FROM entity_counts c JOIN events e ON e.id = c.entity_id
        WHERE c.entity = 'event' AND c.value = '' AND c.n > 0 AND e.start_date IS NOT NULL
        ORDER BY c.n DESC, e.id LIMIT ?`,
    )
    .all(PICKER_EVENTS) as ComparePickers["events"];
  events.sort((a, b) => b.from.localeCompare(a.from));
  return { speakers, countries, years, events };
}
