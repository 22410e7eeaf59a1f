import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createTempDb } from "@/db/testing/temp-db";
import { defaultView } from "@/lib/positions-view";
import { updateInputFromRecord } from "@/lib/record-edit";
import { loadSeeds } from "@/seeds/load";
import { changeMarkAt } from "./change-mark";
import { viewEditsSince } from "./changes";
import { listPositions } from "./positions";
import { recordAsOf } from "./record-asof";
import { getEditableRecord } from "./statement-snapshot";
import { updateStatement } from "./statement-write";
import { createUserWithPassword } from "./users";

let db: Db;
let cleanup: () => void;
let ana: string;
const ID = "rb9j45cpkn";

beforeAll(() => {
  const temp = createTempDb();
  db = temp.db;
  cleanup = temp.cleanup;
  loadSeeds(db);
  ana = createUserWithPassword(db, {
    email: "ana@t.test",
    name: "Ana",
    role: "analyst",
    passwordHash: "x",
  }).id;
});
afterAll(() => cleanup());

/** Timestamps have millisecond resolution: two edits a few milliseconds apart are two moments. */
function pause() {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
}

function statementRow() {
  return db.$client
    .prepare("SELECT id, version, created_at AS createdAt FROM statements WHERE public_id = ?")
    .get(ID) as { id: number; version: number; createdAt: string };
}

function revisionAt(version: number): string {
  return db.$client
    .prepare(
      "SELECT r.created_at FROM statement_revisions r JOIN statements s ON s.id = r.statement_id WHERE s.public_id = ? AND r.version = ?",
    )
    .pluck()
    .get(ID, version) as string;
}

function justBefore(ts: string): string {
  return new Date(new Date(ts).getTime() - 1).toISOString();
}

describe("a record as it stood at a moment", () => {
  let originalText: string;
  let originalMode: string;

  it("reads each version at the moments between edits, from the history alone", () => {
    const original = getEditableRecord(db, ID);
    if (!original) throw new Error("seed record missing");
    originalText = original.snapshot.text;
    originalMode = original.snapshot.mode;
    pause();
    expect(
      updateStatement(db, { ...updateInputFromRecord(original), text: "Second text", actorId: ana }).ok,
    ).toBe(true);
    pause();
    const second = getEditableRecord(db, ID);
    if (!second) throw new Error("record missing");
    expect(
      updateStatement(db, {
        ...updateInputFromRecord(second),
        mode: originalMode === "summary" ? "paraphrase" : "summary",
        actorId: ana,
      }).ok,
    ).toBe(true);

    const s = statementRow();
    const v2 = revisionAt(original.version + 1);
    const v3 = revisionAt(original.version + 2);

    const first = recordAsOf(db, s, justBefore(v2));
    expect(first).toMatchObject({ kind: "older", version: original.version, currentVersion: s.version });
    if (first.kind !== "older") throw new Error("expected an older version");
    expect(first.record?.text).toBe(originalText);
    expect(first.record?.mode).toBe(originalMode);
    expect(first.changedAt).toBe(v2);
    expect(first.since.map((c) => c.field).sort()).toEqual(["mode", "text"]);

    // At the moment of the second version's revision, that revision counts: the link its author copied shows it.
    const middle = recordAsOf(db, s, v2);
    if (middle.kind !== "older") throw new Error("expected an older version");
    expect(middle.record?.text).toBe("Second text");
    expect(middle.record?.mode).toBe(originalMode);
    expect(middle.since.map((c) => c.field)).toEqual(["mode"]);

    expect(recordAsOf(db, s, v3)).toEqual({ kind: "current", version: s.version });
    expect(recordAsOf(db, s, new Date().toISOString())).toEqual({ kind: "current", version: s.version });
  });

  it("says a record did not exist yet before it was recorded", () => {
    const s = statementRow();
    expect(recordAsOf(db, s, justBefore(s.createdAt))).toEqual({ kind: "not-yet", recordedAt: s.createdAt });
  });

  it("reads without changing anything: the history stays as it was", () => {
    const count = () => db.$client.prepare("SELECT count(*) FROM statement_revisions").pluck().get();
    const was = count();
    recordAsOf(db, statementRow(), justBefore(revisionAt(2)));
    expect(count()).toBe(was);
  });
});

describe("the positions table as of a moment", () => {
  it("leaves out the records recorded later, and marks the ones edited since", () => {
    const all = db.$client.prepare("SELECT count(*) FROM statements").pluck().get() as number;
    const maxId = db.$client.prepare("SELECT max(id) FROM statements").pluck().get() as number;
    // The newest five records, as if imported a day after the rest (ids and timestamps still grow together).
    db.$client
      .prepare("UPDATE statements SET created_at = '2099-01-01T00:00:00.000Z' WHERE id > ?")
      .run(maxId - 5);
    const firstImport = db.$client
      .prepare("SELECT max(created_at) FROM statements WHERE id <= ?")
      .pluck()
      .get(maxId - 5) as string;
    expect(changeMarkAt(db, firstImport).statementId).toBe(maxId - 5);

    const view = { ...defaultView(), asof: firstImport };
    const then = listPositions(db, view);
    expect(then.total).toBe(all - 5);
    expect(then.rows.every((r) => r.id <= maxId - 5)).toBe(true);
    expect(
      listPositions(db, { ...defaultView(), asof: justBefore(statementRow().createdAt) }).total,
    ).toBeLessThan(all);
    expect(listPositions(db, defaultView()).total).toBe(all);

    // The record edited in the first test was edited after its creation: listed, and marked.
    const edited = statementRow().id;
    const before = { ...defaultView(), asof: justBefore(revisionAt(2)) };
    const { edited: count, shown } = viewEditsSince(db, before, [edited, maxId - 6]);
    expect(count).toEqual({ count: 1, capped: false });
    expect([...shown]).toEqual([edited]);
  });
});
