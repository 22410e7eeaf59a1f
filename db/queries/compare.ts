import { inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { statements } from "@/db/schema";
import type { CompareSide } from "@/lib/compare";
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
