import { and, eq, isNotNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { statements } from "@/db/schema";
import { createTempDb } from "@/db/testing/temp-db";
import { loadSeeds } from "@/seeds/load";
import { findOtherLanguageReports } from "./duplicates-cross-language";

let db: Db;
let cleanup: () => void;

beforeAll(() => {
  ({ db, cleanup } = createTempDb());
  loadSeeds(db);
});
afterAll(() => cleanup());

function aDatedRecord() {
  const row = db
    .select({
      publicId: statements.publicId,
      personId: statements.personId,
      dateStart: statements.dateStart,
      dateEnd: statements.dateEnd,
      eventId: statements.eventId,
      language: statements.language,
    })
    .from(statements)
    .where(
      and(isNotNull(statements.personId), isNotNull(statements.dateStart), isNotNull(statements.eventId)),
    )
    .get();
  if (!row?.personId || !row.dateStart || !row.eventId)
    throw new Error("the seeds have a dated record with an event");
  return { ...row, personId: row.personId, dateStart: row.dateStart, eventId: row.eventId };
}

describe("records in another language by the same speaker on overlapping dates", () => {
  it("offers the stored English record for a Vietnamese proposal of the same speaker, day and event", () => {
    const r = aDatedRecord();
    expect(r.language).toBe("en");
    const [found] = findOtherLanguageReports(db, [
      {
        personId: r.personId,
        dateStart: r.dateStart,
        dateEnd: r.dateStart,
        eventId: r.eventId,
        language: "vi",
      },
    ]);
    const hit = found?.find((f) => f.publicId === r.publicId);
    expect(hit).toMatchObject({ language: "en", sameEvent: true });
    // The same event ranks first.
    expect(found?.[0]?.sameEvent).toBe(true);
  });

  it("offers nothing in the same language, for another speaker, another event, disjoint dates, or no date", () => {
    const r = aDatedRecord();
    const base = { personId: r.personId, dateStart: r.dateStart, dateEnd: r.dateStart, eventId: r.eventId };
    const results = findOtherLanguageReports(db, [
      { ...base, language: "en" },
      { ...base, personId: r.personId + 100_000, language: "vi" },
      { ...base, eventId: r.eventId + 100_000, language: "vi" },
      { ...base, dateStart: "1990-01-01", dateEnd: "1990-01-31", language: "vi" },
      { ...base, dateStart: null, dateEnd: null, language: "vi" },
      { ...base, personId: null, language: "vi" },
    ]);
    for (const list of results) expect(list.map((x) => x.publicId)).not.toContain(r.publicId);
  });

  it("works the other way round: a Vietnamese record is offered for an English proposal", () => {
    const r = aDatedRecord();
    db.update(statements).set({ language: "vi" }).where(eq(statements.publicId, r.publicId)).run();
    try {
      const [found] = findOtherLanguageReports(db, [
        { personId: r.personId, dateStart: r.dateStart, dateEnd: null, eventId: null, language: "en" },
      ]);
      expect(found?.map((x) => x.publicId)).toContain(r.publicId);
      expect(found?.find((x) => x.publicId === r.publicId)?.language).toBe("vi");
    } finally {
      db.update(statements).set({ language: "en" }).where(eq(statements.publicId, r.publicId)).run();
    }
  });

  it("reads the speaker-and-date index, not the table: the statement it runs, explained", () => {
    const sqlite = db.$client;
    const seen: string[] = [];
    const original = sqlite.prepare.bind(sqlite);
    sqlite.prepare = ((source: string) => {
      seen.push(source);
      return original(source);
    }) as typeof sqlite.prepare;
    try {
      findOtherLanguageReports(db, [
        { personId: 1, dateStart: "2024-01-01", dateEnd: "2024-01-01", eventId: 1, language: "vi" },
      ]);
    } finally {
      sqlite.prepare = original;
    }
    const source = seen.find((x) => /statements_person_date_idx/.test(x));
    if (!source) throw new Error("the query ran no statement on statements");
    const params = Array.from({ length: (source.match(/\?/g) ?? []).length }, () => 1);
    const plan = (original(`EXPLAIN QUERY PLAN ${source}`).all(...params) as Array<{ detail: string }>).map(
      (r) => r.detail,
    );
    expect(
      plan.some((d) =>
        /SEARCH s USING INDEX statements_person_date_idx \(person_id=\? AND date_start>\? AND date_start<\?\)/.test(
          d,
        ),
      ),
    ).toBe(true);
    expect(plan.filter((d) => /^SCAN s\b/.test(d))).toEqual([]);
  });
});
