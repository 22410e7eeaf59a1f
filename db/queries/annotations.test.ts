import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadSeeds } from "../../seeds/load";
import type { Db } from "../client";
import { statements } from "../schema";
import { createTempDb } from "../testing/temp-db";
import {
  annotatedCondition,
  countAnnotations,
  countRevisions,
  listAnnotatedStatementIds,
  listAnnotations,
  listAnnotationTagCounts,
  listRevisions,
  listRevisionsFor,
} from "./annotation-lists";
import {
  createAnnotation,
  deleteAnnotation,
  getAnnotation,
  getStatementRef,
  restoreRevision,
  undeleteAnnotation,
  updateAnnotation,
} from "./annotations";
import { createUserWithPassword } from "./users";

let db: Db;
let cleanup: () => void;
let ana: string;
let bao: string;
let statementId: number;

beforeEach(() => {
  ({ db, cleanup } = createTempDb());
  loadSeeds(db);
  ana = createUserWithPassword(db, {
    email: "ana@x.org",
    name: "Ana",
    role: "analyst",
    passwordHash: "x",
  }).id;
  bao = createUserWithPassword(db, {
    email: "bao@x.org",
    name: "Bao",
    role: "analyst",
    passwordHash: "x",
  }).id;
  const ref = getStatementRef(db, "rb9j45cpkn");
  if (!ref) throw new Error("seed record missing");
  statementId = ref.id;
});
afterEach(() => cleanup());

function create(body = "First **note**", tags = ["cyber", "un"]) {
  return createAnnotation(db, { statementId, authorId: ana, body, tags, anchor: null });
}

describe("annotations", () => {
  it("creates an annotation with tags and a first revision", () => {
    const a = create();
    expect(a).toMatchObject({ version: 1, body: "First **note**", tags: ["cyber", "un"], authorName: "Ana" });
    expect(a.publicId).toMatch(/^[a-z0-9]{12}$/);
    expect(listRevisions(db, a.id)).toMatchObject([{ version: 1, action: "create", body: "First **note**" }]);
    expect(listAnnotations(db, statementId).map((x) => x.publicId)).toEqual([a.publicId]);
  });

  it("edits from the current version, appending a revision with the new text and tags", () => {
    const a = create();
    const r = updateAnnotation(db, {
      publicId: a.publicId,
      expectedVersion: 1,
      actorId: bao,
      body: "Edited",
      tags: ["un"],
    });
    expect(r.ok).toBe(true);
    const now = getAnnotation(db, a.publicId);
    expect(now).toMatchObject({
      version: 2,
      body: "Edited",
      tags: ["un"],
      updatedByName: "Bao",
      authorName: "Ana",
    });
    expect(listRevisions(db, a.id).map((x) => [x.version, x.action, x.authorName])).toEqual([
      [1, "create", "Ana"],
      [2, "edit", "Bao"],
    ]);
  });

  it("refuses a save based on an old version and returns the current annotation, changing nothing", () => {
    const a = create();
    updateAnnotation(db, {
      publicId: a.publicId,
      expectedVersion: 1,
      actorId: bao,
      body: "Bao's text",
      tags: [],
    });
    const stale = updateAnnotation(db, {
      publicId: a.publicId,
      expectedVersion: 1,
      actorId: ana,
      body: "Ana's text",
      tags: [],
    });
    expect(stale).toMatchObject({
      ok: false,
      reason: "conflict",
      current: { version: 2, body: "Bao's text" },
    });
    expect(getAnnotation(db, a.publicId)?.body).toBe("Bao's text");
    expect(countRevisions(db, a.id)).toBe(2);
  });

  it("soft-deletes and undeletes, each as a revision, and hides deleted annotations by default", () => {
    const a = create();
    expect(deleteAnnotation(db, { publicId: a.publicId, expectedVersion: 1, actorId: ana }).ok).toBe(true);
    expect(listAnnotations(db, statementId)).toEqual([]);
    expect(listAnnotations(db, statementId, { includeDeleted: true })).toHaveLength(1);
    expect(listAnnotatedStatementIds(db)).toEqual([]);
    // A deleted annotation cannot be edited or deleted again.
    expect(
      updateAnnotation(db, { publicId: a.publicId, expectedVersion: 2, actorId: ana, body: "x", tags: [] }),
    ).toEqual({
      ok: false,
      reason: "not_found",
    });
    expect(undeleteAnnotation(db, { publicId: a.publicId, expectedVersion: 2, actorId: ana }).ok).toBe(true);
    expect(listRevisions(db, a.id).map((r) => r.action)).toEqual(["create", "delete", "restore"]);
    expect(listAnnotatedStatementIds(db)).toEqual([statementId]);
  });

  it("restores an older revision as a new revision", () => {
    const a = create("v1", ["one"]);
    updateAnnotation(db, {
      publicId: a.publicId,
      expectedVersion: 1,
      actorId: bao,
      body: "v2",
      tags: ["two"],
    });
    const r = restoreRevision(db, { publicId: a.publicId, expectedVersion: 2, actorId: ana, revision: 1 });
    expect(r).toMatchObject({ ok: true, annotation: { version: 3, body: "v1", tags: ["one"] } });
    expect(listRevisions(db, a.id).map((x) => [x.version, x.action, x.body])).toEqual([
      [1, "create", "v1"],
      [2, "edit", "v2"],
      [3, "restore", "v1"],
    ]);
    expect(
      restoreRevision(db, { publicId: a.publicId, expectedVersion: 3, actorId: ana, revision: 9 }),
    ).toEqual({
      ok: false,
      reason: "not_found",
    });
  });

  it("keeps revisions append-only in the database itself", () => {
    const a = create();
    expect(() => db.$client.prepare("update annotation_revisions set body = 'x'").run()).toThrow(
      /append-only/,
    );
    expect(() => db.$client.prepare("delete from annotation_revisions").run()).toThrow(/append-only/);
    expect(countRevisions(db, a.id)).toBe(1);
  });

  it("counts tags over live annotations by record", () => {
    create("a", ["cyber"]);
    create("b", ["cyber", "sovereignty"]);
    expect(listAnnotationTagCounts(db)).toEqual([
      { tag: "cyber", records: 1 },
      { tag: "sovereignty", records: 1 },
    ]);
    expect(listAnnotatedStatementIds(db, "sovereignty")).toEqual([statementId]);
    expect(listAnnotatedStatementIds(db, "nope")).toEqual([]);
  });

  it("filters records by annotated and by tag, ignoring deleted notes", () => {
    const count = (tag?: string) =>
      db.select({ id: statements.id }).from(statements).where(annotatedCondition(tag)).all().length;
    expect(count()).toBe(0);
    const a = create("a", ["cyber"]);
    expect(count()).toBe(1);
    expect(count("cyber")).toBe(1);
    expect(count("other")).toBe(0);
    deleteAnnotation(db, { publicId: a.publicId, expectedVersion: 1, actorId: ana });
    expect(count()).toBe(0);
  });

  it("answers not_found for an unknown annotation", () => {
    expect(deleteAnnotation(db, { publicId: "nosuchthing1", expectedVersion: 1, actorId: ana })).toEqual({
      ok: false,
      reason: "not_found",
    });
  });
});

describe("a record page's bounded annotation reads", () => {
  it("lists the first notes and each note's newest versions, and counts what it left out", () => {
    const notes = [create("first", []), create("second", []), create("third", [])];
    let version = 1;
    for (let i = 0; i < 6; i++)
      version = (
        updateAnnotation(db, {
          publicId: notes[0]?.publicId as string,
          expectedVersion: version,
          actorId: ana,
          body: `first, edit ${i}`,
          tags: [],
        }) as { ok: true; annotation: { version: number } }
      ).annotation.version;
    deleteAnnotation(db, { publicId: notes[2]?.publicId as string, expectedVersion: 1, actorId: ana });

    expect(countAnnotations(db, statementId)).toEqual({ live: 2, deleted: 1 });
    expect(listAnnotations(db, statementId, { limit: 1 }).map((a) => a.body)).toEqual(["first, edit 5"]);
    const ids = notes.map((n) => n.id);
    const newest = listRevisionsFor(db, ids, 3);
    expect(newest.get(ids[0] as number)?.map((r) => r.version)).toEqual([5, 6, 7]);
    expect(newest.get(ids[1] as number)?.map((r) => r.version)).toEqual([1]);
    expect(newest.get(ids[2] as number)?.map((r) => r.version)).toEqual([1, 2]);
    expect(listRevisionsFor(db, ids).get(ids[0] as number)).toHaveLength(7);
  });
});
