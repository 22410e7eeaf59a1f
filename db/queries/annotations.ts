import { randomBytes } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Anchor } from "../../lib/annotations";
import type { Db, Tx } from "../client";
import {
  annotationRevisions,
  annotations,
  annotationTags,
  type RevisionAction,
  statements,
  users,
} from "../schema";
import { transaction } from "./transaction";

export type AnnotationView = {
  id: number;
  publicId: string;
  statementId: number;
  statementPublicId: string;
  authorId: string;
  authorName: string;
  body: string;
  tags: string[];
  anchor: Anchor | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  updatedById: string | null;
  updatedByName: string | null;
  deletedAt: string | null;
};

export type RevisionView = {
  version: number;
  action: RevisionAction;
  body: string;
  tags: string[];
  anchor: Anchor | null;
  authorId: string;
  authorName: string;
  createdAt: string;
};

/** The outcome of a write. A stale `expectedVersion` is refused and the current annotation returned. */
export type AnnotationWriteResult =
  | { ok: true; annotation: AnnotationView }
  | { ok: false; reason: "not_found" }
  | { ok: false; reason: "conflict"; current: AnnotationView };

const ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/** 12 random characters from [a-z0-9]: about 62 bits, for permalinks that reveal nothing about order or count. */
export function newAnnotationPublicId(): string {
  const bytes = randomBytes(12);
  let id = "";
  for (const b of bytes) id += ID_ALPHABET[b % ID_ALPHABET.length];
  return id;
}

const editor = alias(users, "editor");

function nowIso(): string {
  return new Date().toISOString();
}

/** Annotations with their record, author, last editor and tags, as every reader shows them. */
export function selectViews(db: Db | Tx) {
  return db
    .select({
      id: annotations.id,
      publicId: annotations.publicId,
      statementId: annotations.statementId,
      statementPublicId: statements.publicId,
      authorId: annotations.authorId,
      authorName: users.name,
      body: annotations.body,
      anchor: annotations.anchor,
      version: annotations.version,
      createdAt: annotations.createdAt,
      updatedAt: annotations.updatedAt,
      updatedById: annotations.updatedBy,
      updatedByName: editor.name,
      deletedAt: annotations.deletedAt,
      tags: sql<string>`coalesce((select json_group_array(tag) from (select ${annotationTags.tag} as tag from ${annotationTags} where ${annotationTags.annotationId} = ${annotations.id} order by ${annotationTags.tag})), '[]')`,
    })
    .from(annotations)
    .innerJoin(statements, eq(statements.id, annotations.statementId))
    .innerJoin(users, eq(users.id, annotations.authorId))
    .leftJoin(editor, eq(editor.id, annotations.updatedBy));
}

type ViewRow = Omit<AnnotationView, "tags" | "anchor"> & { tags: string; anchor: unknown };

export function toView(row: ViewRow): AnnotationView {
  return { ...row, tags: JSON.parse(row.tags) as string[], anchor: (row.anchor as Anchor | null) ?? null };
}

export function getAnnotation(db: Db | Tx, publicId: string): AnnotationView | undefined {
  const row = selectViews(db).where(eq(annotations.publicId, publicId)).get();
  return row ? toView(row) : undefined;
}

function writeTags(tx: Tx, annotationId: number, tags: readonly string[]): void {
  tx.delete(annotationTags).where(eq(annotationTags.annotationId, annotationId)).run();
  if (tags.length > 0)
    tx.insert(annotationTags)
      .values(tags.map((tag) => ({ annotationId, tag })))
      .run();
}

function appendRevision(tx: Tx, view: AnnotationView, action: RevisionAction, authorId: string): void {
  tx.insert(annotationRevisions)
    .values({
      annotationId: view.id,
      version: view.version,
      action,
      body: view.body,
      tags: view.tags,
      anchor: view.anchor,
      authorId,
      createdAt: view.updatedAt,
    })
    .run();
}

export function createAnnotation(
  db: Db,
  input: {
    statementId: number;
    authorId: string;
    body: string;
    tags: readonly string[];
    anchor: Anchor | null;
  },
): AnnotationView {
  return transaction(db, "immediate", (tx) => {
    const at = nowIso();
    const publicId = newAnnotationPublicId();
    const inserted = tx
      .insert(annotations)
      .values({
        publicId,
        statementId: input.statementId,
        authorId: input.authorId,
        body: input.body,
        anchor: input.anchor,
        version: 1,
        createdAt: at,
        updatedAt: at,
        updatedBy: input.authorId,
      })
      .returning({ id: annotations.id })
      .get();
    writeTags(tx, inserted.id, input.tags);
    const view = getAnnotation(tx, publicId);
    if (!view) throw new Error("annotation vanished inside its own transaction");
    appendRevision(tx, view, "create", input.authorId);
    return view;
  });
}

type Change = { body: string; tags: readonly string[]; anchor: Anchor | null; deletedAt: string | null };

/**
 * The one write path after creation: in a single immediate transaction, re-read the annotation, refuse if the
 * caller's version is stale (returning the current one), apply the change, bump the version, append the revision.
 * Immediate means the write lock is taken before the read, so two writers never both read version n.
 */
function writeVersioned(
  db: Db,
  publicId: string,
  expectedVersion: number,
  actorId: string,
  action: RevisionAction,
  change: (current: AnnotationView, tx: Tx) => Change | "not_found",
): AnnotationWriteResult {
  return transaction(db, "immediate", (tx): AnnotationWriteResult => {
    const current = getAnnotation(tx, publicId);
    if (!current) return { ok: false, reason: "not_found" };
    if (current.version !== expectedVersion) return { ok: false, reason: "conflict", current };
    const next = change(current, tx);
    if (next === "not_found") return { ok: false, reason: "not_found" };
    const updated = tx
      .update(annotations)
      .set({
        body: next.body,
        anchor: next.anchor,
        deletedAt: next.deletedAt,
        version: current.version + 1,
        updatedAt: nowIso(),
        updatedBy: actorId,
      })
      .where(and(eq(annotations.id, current.id), eq(annotations.version, expectedVersion)))
      .run();
    if (updated.changes !== 1) throw new Error("annotation changed under an immediate transaction");
    writeTags(tx, current.id, next.tags);
    const view = getAnnotation(tx, publicId);
    if (!view) throw new Error("annotation vanished inside its own transaction");
    appendRevision(tx, view, action, actorId);
    return { ok: true, annotation: view };
  });
}

/** Edits text, tags and anchor (`anchor: undefined` keeps it). A deleted annotation must be undeleted first. */
export function updateAnnotation(
  db: Db,
  input: {
    publicId: string;
    expectedVersion: number;
    actorId: string;
    body: string;
    tags: readonly string[];
    anchor?: Anchor | null;
  },
): AnnotationWriteResult {
  return writeVersioned(db, input.publicId, input.expectedVersion, input.actorId, "edit", (current) =>
    current.deletedAt
      ? "not_found"
      : {
          body: input.body,
          tags: input.tags,
          anchor: input.anchor === undefined ? current.anchor : input.anchor,
          deletedAt: null,
        },
  );
}

/** Soft delete: the annotation disappears from the record but keeps its history and can be undeleted. */
export function deleteAnnotation(
  db: Db,
  input: { publicId: string; expectedVersion: number; actorId: string },
): AnnotationWriteResult {
  return writeVersioned(db, input.publicId, input.expectedVersion, input.actorId, "delete", (current) =>
    current.deletedAt ? "not_found" : { ...current, deletedAt: nowIso() },
  );
}

/** Undoes a soft delete, as a new "restore" revision. */
export function undeleteAnnotation(
  db: Db,
  input: { publicId: string; expectedVersion: number; actorId: string },
): AnnotationWriteResult {
  return writeVersioned(db, input.publicId, input.expectedVersion, input.actorId, "restore", (current) =>
    current.deletedAt ? { ...current, deletedAt: null } : "not_found",
  );
}

/** Brings back the text, tags and anchor of an older revision, as a new "restore" revision (history only grows). */
export function restoreRevision(
  db: Db,
  input: { publicId: string; expectedVersion: number; actorId: string; revision: number },
): AnnotationWriteResult {
  return writeVersioned(
    db,
    input.publicId,
    input.expectedVersion,
    input.actorId,
    "restore",
    (current, tx) => {
      // A deleted annotation is undeleted first (by someone allowed to), then its revisions can be restored.
      if (current.deletedAt) return "not_found";
      const old = tx
        .select()
        .from(annotationRevisions)
        .where(
          and(
            eq(annotationRevisions.annotationId, current.id),
            eq(annotationRevisions.version, input.revision),
          ),
        )
        .get();
      if (!old) return "not_found";
      return {
        body: old.body,
        tags: old.tags as string[],
        anchor: (old.anchor as Anchor | null) ?? null,
        deletedAt: null,
      };
    },
  );
}

/** Statement ids by public id, for checking that a record exists before writing to it. */
export function getStatementRef(
  db: Db,
  publicId: string,
): { id: number; publicId: string; text: string } | undefined {
  return db
    .select({ id: statements.id, publicId: statements.publicId, text: statements.text })
    .from(statements)
    .where(eq(statements.publicId, publicId))
    .get();
}
