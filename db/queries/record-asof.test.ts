import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createTempDb } from "@/db/testing/temp-db";
import { updateInputFromRecord } from "@/lib/record-edit";
import { loadSeeds } from "@/seeds/load";
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
