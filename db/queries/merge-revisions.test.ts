import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createTempDb } from "@/db/testing/temp-db";
import { loadSeeds } from "@/seeds/load";
import { mergeEvents, previewEventMerge } from "./event-merge";
import { mergePersons, previewPersonMerge } from "./person-merge";
import { listStatementRevisions } from "./statement-history";
import { getEditableRecord } from "./statement-snapshot";
import { createUserWithPassword } from "./users";

let db: Db;
let cleanup: () => void;
let actorId: string;

const all = (sql: string, ...params: unknown[]) =>
  db.$client.prepare(sql).all(...params) as { id: number; version: number }[];
const n = (sql: string, ...params: unknown[]) =>
  Number(
    db.$client
      .prepare(sql)
      .pluck()
      .get(...params),
  );

beforeAll(() => {
  ({ db, cleanup } = createTempDb());
  loadSeeds(db);
  actorId = createUserWithPassword(db, {
    email: "r@t.test",
    name: "Rin",
    role: "analyst",
    passwordHash: "x",
  }).id;
});
afterAll(() => cleanup());

/** Copies one of the person's records `count` times (new public ids), as a large import would leave them. */
function copyRecords(personSlug: string, count: number) {
  const cols = (all("PRAGMA table_info(statements)") as unknown as { name: string }[])
    .map((c) => c.name)
    .filter((c) => c !== "id" && c !== "public_id");
  db.$client
    .prepare(
      `WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < ?)
       INSERT INTO statements (public_id, ${cols.join(", ")})
       SELECT 'copy' || printf('%06d', k.i), ${cols.map((c) => `s.${c}`).join(", ")}
       FROM k, (SELECT * FROM statements WHERE person_id = (SELECT id FROM persons WHERE slug = ?)
                ORDER BY id LIMIT 1) s`,
    )
    .run(count, personSlug);
}

describe("a merge appends one revision to each record it moves", () => {
  it("person merge: every moved record gets one revision naming who moved it and from whom", () => {
    const mergedId = n("SELECT id FROM persons WHERE slug = 'bui-van-nam'");
    const moving = all("SELECT id, version FROM statements WHERE person_id = ? ORDER BY id", mergedId);
    const untouched = all("SELECT id, version FROM statements WHERE person_id <> ? ORDER BY id", mergedId);
    const revisionsBefore = n("SELECT count(*) FROM statement_revisions");
    const preview = previewPersonMerge(db, "dang-hoang-giang", "bui-van-nam");
    if (!preview) throw new Error("no preview");
    const result = mergePersons(db, {
      survivorSlug: "dang-hoang-giang",
      mergedSlug: "bui-van-nam",
      survivorVersion: preview.survivor.version,
      mergedVersion: preview.merged.version,
      actorId,
    });
    expect(result).toMatchObject({ ok: true, movedRecords: moving.length });
    expect(n("SELECT count(*) FROM statement_revisions")).toBe(revisionsBefore + moving.length);
    for (const { id, version } of moving) {
      const [latest] = listStatementRevisions(db, id, 1);
      expect(latest).toMatchObject({
        version: version + 1,
        action: "edit",
        authorName: "Rin",
        changed: ["person"],
      });
      expect(latest?.record.person).toBe("dang-hoang-giang");
      expect(n("SELECT version FROM statements WHERE id = ?", id)).toBe(version + 1);
    }
    const publicId = db.$client
      .prepare("SELECT public_id FROM statements WHERE id = ?")
      .pluck()
      .get(moving[0]?.id) as string;
    // The record's version moved with its revision, so an edit form opened before the merge gets a conflict.
    expect(getEditableRecord(db, publicId)?.version).toBe((moving[0]?.version ?? 0) + 1);
    // Records the merge did not move got nothing.
    expect(
      all(
        "SELECT id, version FROM statements WHERE person_id <> ? AND id NOT IN (SELECT value FROM json_each(?)) ORDER BY id",
        mergedId,
        JSON.stringify(moving.map((m) => m.id)),
      ),
    ).toEqual(untouched);
  });

  it("event merge moving 5,000 records writes 5,000 revisions in well under a few seconds", () => {
    copyRecords("to-lam", 5000);
    const events = all("SELECT id FROM events ORDER BY id LIMIT 2") as unknown as { id: number }[];
    const [survivor, merged] = events.map(
      (e) => db.$client.prepare("SELECT slug FROM events WHERE id = ?").pluck().get(e.id) as string,
    );
    if (!survivor || !merged) throw new Error("seeds have fewer than two events");
    const mergedId = n("SELECT id FROM events WHERE slug = ?", merged);
    db.$client.prepare("UPDATE statements SET event_id = ? WHERE public_id LIKE 'copy%'").run(mergedId);
    const moving = n("SELECT count(*) FROM statements WHERE event_id = ?", mergedId);
    expect(moving).toBeGreaterThanOrEqual(5000);
    const revisionsBefore = n("SELECT count(*) FROM statement_revisions");
    const preview = previewEventMerge(db, survivor, merged);
    if (!preview) throw new Error("no preview");
    const started = performance.now();
    const result = mergeEvents(db, {
      survivorSlug: survivor,
      mergedSlug: merged,
      survivorVersion: preview.survivor.version,
      mergedVersion: preview.merged.version,
      actorId,
    });
    const ms = performance.now() - started;
    console.info(`event merge moving ${moving} records: ${ms.toFixed(0)} ms`);
    expect(result).toMatchObject({ ok: true, movedRecords: moving });
    expect(n("SELECT count(*) FROM statement_revisions")).toBe(revisionsBefore + moving);
    // One revision per moved record, none twice.
    expect(
      n(
        `SELECT count(*) FROM (SELECT statement_id FROM statement_revisions
         WHERE json_extract(snapshot, '$.merged.from') = ? GROUP BY statement_id HAVING count(*) <> 1)`,
        merged,
      ),
    ).toBe(0);
    expect(n("SELECT count(*) FROM statements WHERE event_id = ?", mergedId)).toBe(0);
    // 1.9 s on an idle 2-core machine, most of it the read-model triggers on event_id that any merge pays; the
    // bound is loose because the machine is shared (6.7 s seen under load): the logged figure is the one to watch.
    expect(ms).toBeLessThan(15000);
  });
});
