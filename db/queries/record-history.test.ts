import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createTempDb } from "@/db/testing/temp-db";
import { updateInputFromRecord } from "@/lib/record-edit";
import { loadSeeds } from "@/seeds/load";
import { countStatementRevisions, getRecordHistory } from "./statement-history";
import { getEditableRecord } from "./statement-snapshot";
import { restoreRecordVersion, setCodedPositions, updateStatement } from "./statement-write";
import { createUserWithPassword } from "./users";

let db: Db;
let cleanup: () => void;
let ana: string;
let bao: string;
// Its own record: record-edit.test.ts edits another one.
const ID = "rb9j45cpkn";

beforeAll(() => {
  const temp = createTempDb();
  db = temp.db;
  cleanup = temp.cleanup;
  loadSeeds(db);
  const user = (email: string, name: string) =>
    createUserWithPassword(db, { email, name, role: "analyst", passwordHash: "x" }).id;
  ana = user("ana@t.test", "Ana");
  bao = user("bao@t.test", "Bao");
});
afterAll(() => cleanup());

let original: ReturnType<typeof record>;

function record() {
  const r = getEditableRecord(db, ID);
  if (!r) throw new Error("seed record missing");
  return r;
}

function revisionRows(statementId: number) {
  return db.$client
    .prepare(
      "SELECT version, action, snapshot FROM statement_revisions WHERE statement_id = ? ORDER BY version",
    )
    .all(statementId);
}

describe("record history with values, and restore", () => {
  it("lists each changed field with its old and new value, in words", () => {
    original = record();
    const edited = updateStatement(db, {
      ...updateInputFromRecord(original),
      text: "A corrected display text",
      mode: "summary",
      actorId: ana,
    });
    expect(edited.ok).toBe(true);
    const coded = setCodedPositions(db, {
      publicId: ID,
      expectedVersion: original.version + 1,
      actorId: bao,
      codings: [
        ...original.snapshot.codings,
        { proposition: "cyber-threats-growing", status: "stated", stance: 2, basis: "threats", note: null },
      ],
    });
    expect(coded.ok).toBe(true);

    const history = getRecordHistory(db, original.id, original.version + 2);
    // Newest first, then the record as first recorded (restorable, since the first edit kept its old values).
    expect(history.map((h) => h.version)).toEqual([
      original.version + 2,
      original.version + 1,
      original.version,
    ]);
    const [codings, core, first] = history;
    expect(codings?.authorName).toBe("Bao");
    expect(codings?.changes).toEqual([
      {
        field: "codings",
        label: "Coded positions",
        before: ["Cyber threats are growing: not coded"],
        after: ["Cyber threats are growing: +2 strongly supports, on “threats”"],
      },
    ]);
    expect(core?.authorName).toBe("Ana");
    expect(core?.changes.map((c) => [c.label, c.before, c.after])).toEqual([
      ["Display text", [original.snapshot.text], ["A corrected display text"]],
      ["Mode", ["Paraphrase"], ["Summary"]],
    ]);
    expect(first).toMatchObject({ action: "create", authorName: null, restorable: true });
    expect(codings?.restorable).toBe(false);
  });

  it("a restore appends exactly one revision bringing back the old values; earlier revisions are untouched", () => {
    const now = record();
    const before = revisionRows(now.id);
    const firstVersion = now.version - 2;
    const result = restoreRecordVersion(db, {
      publicId: ID,
      expectedVersion: now.version,
      version: firstVersion,
      actorId: bao,
    });
    expect(result.ok).toBe(true);
    const after = revisionRows(now.id);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)).toMatchObject({ version: now.version + 1, action: "restore" });

    const restored = record();
    expect(restored.version).toBe(now.version + 1);
    expect(restored.snapshot.text).not.toBe("A corrected display text");
    expect(restored.snapshot.mode).toBe("paraphrase");
    expect(restored.snapshot).toEqual(original.snapshot);

    const [entry] = getRecordHistory(db, now.id, restored.version, 20);
    expect(entry).toMatchObject({ version: restored.version, action: "restore", restoredFrom: firstVersion });
    expect(entry?.changes.map((c) => [c.label, c.before, c.after])).toEqual([
      ["Display text", ["A corrected display text"], [restored.snapshot.text]],
      ["Mode", ["Summary"], ["Paraphrase"]],
      [
        "Coded positions",
        ["Cyber threats are growing: +2 strongly supports, on “threats”"],
        ["Cyber threats are growing: not coded"],
      ],
    ]);
  });

  it("a restore from a stale page is refused as a conflict and changes nothing", () => {
    const now = record();
    const count = countStatementRevisions(db, now.id);
    const result = restoreRecordVersion(db, {
      publicId: ID,
      expectedVersion: now.version - 1,
      version: now.version - 2,
      actorId: ana,
    });
    expect(result).toMatchObject({ ok: false, reason: "conflict" });
    expect(countStatementRevisions(db, now.id)).toBe(count);
    expect(record()).toEqual(now);
  });

  it("refuses the current version and versions that never existed, writing nothing", () => {
    const now = record();
    const count = countStatementRevisions(db, now.id);
    for (const version of [now.version, now.version + 5])
      expect(
        restoreRecordVersion(db, { publicId: ID, expectedVersion: now.version, version, actorId: ana }),
      ).toMatchObject({ ok: false, reason: "invalid" });
    expect(countStatementRevisions(db, now.id)).toBe(count);
    expect(record()).toEqual(now);
  });

  it("a capped history reads the newest versions only, and still knows each one's old values", () => {
    const start = record();
    for (let i = 0; i < 4; i++) {
      const r = record();
      const saved = updateStatement(db, { ...updateInputFromRecord(r), text: `Edit ${i}`, actorId: ana });
      expect(saved.ok).toBe(true);
    }
    const capped = getRecordHistory(db, start.id, start.version + 4, 2);
    expect(capped.map((h) => h.version)).toEqual([start.version + 4, start.version + 3]);
    expect(capped[1]?.changes).toEqual([
      { field: "text", label: "Display text", before: ["Edit 1"], after: ["Edit 2"] },
    ]);
  });
});
