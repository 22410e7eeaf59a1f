import { and, asc, count, eq, inArray, isNotNull, isNull, type SQL, sql } from "drizzle-orm";
import { groupBy } from "@/lib/group-by";
import type { Anchor } from "../../lib/annotations";
import type { Db } from "../client";
import { annotationRevisions, annotations, annotationTags, statements, users } from "../schema";
import { type AnnotationView, type RevisionView, selectViews, toView } from "./annotations";

/** Listing annotations: a record's annotations and their revisions, counts, tags, and the annotated filter. */

/** A record's annotations, oldest first; deleted ones only when asked (they stay restorable). */
export function listAnnotations(
  db: Db,
  statementId: number,
  options: { includeDeleted?: boolean; deletedOnly?: boolean; limit?: number } = {},
): AnnotationView[] {
  const where = options.deletedOnly
    ? and(eq(annotations.statementId, statementId), isNotNull(annotations.deletedAt))
    : options.includeDeleted
      ? eq(annotations.statementId, statementId)
      : and(eq(annotations.statementId, statementId), isNull(annotations.deletedAt));
  const query = selectViews(db).where(where).orderBy(asc(annotations.createdAt), asc(annotations.id));
  return (options.limit === undefined ? query : query.limit(options.limit)).all().map(toView);
}

/** How many live and deleted annotations a record has. */
export function countAnnotations(db: Db, statementId: number): { live: number; deleted: number } {
  const row = db.$client
    .prepare(
      `SELECT count(*) FILTER (WHERE deleted_at IS NULL) AS live, count(*) FILTER (WHERE deleted_at IS NOT NULL) AS deleted
       FROM annotations WHERE statement_id = ?`,
    )
    .get(statementId) as { live: number; deleted: number };
  return row;
}

/** One annotation's revisions, oldest first. */
export function listRevisions(db: Db, annotationId: number): RevisionView[] {
  return listRevisionsFor(db, [annotationId]).get(annotationId) ?? [];
}

export function countRevisions(db: Db, annotationId: number): number {
  return (
    db
      .select({ n: count() })
      .from(annotationRevisions)
      .where(eq(annotationRevisions.annotationId, annotationId))
      .get()?.n ?? 0
  );
}

/** Tags in use on live annotations, with how many records carry each: for filters. */
export function listAnnotationTagCounts(db: Db): { tag: string; records: number }[] {
  return db
    .select({ tag: annotationTags.tag, records: sql<number>`count(distinct ${annotations.statementId})` })
    .from(annotationTags)
    .innerJoin(annotations, eq(annotations.id, annotationTags.annotationId))
    .where(isNull(annotations.deletedAt))
    .groupBy(annotationTags.tag)
    .orderBy(asc(annotationTags.tag))
    .all();
}

/** Ids of statements with at least one live annotation, optionally one carrying `tag`: for the records filter. */
export function listAnnotatedStatementIds(db: Db, tag?: string): number[] {
  const query = db.selectDistinct({ id: annotations.statementId }).from(annotations);
  const rows = tag
    ? query
        .innerJoin(annotationTags, eq(annotationTags.annotationId, annotations.id))
        .where(and(isNull(annotations.deletedAt), eq(annotationTags.tag, tag)))
        .all()
    : query.where(isNull(annotations.deletedAt)).all();
  return rows.map((r) => r.id);
}

/**
 * A condition on `statements` for the records list: "has a live annotation", or "has a live annotation tagged
 * `tag`". Composes into any query over statements (`where(and(..., annotatedCondition("cyber")))`).
 */
export function annotatedCondition(tag?: string): SQL {
  return tag
    ? sql`exists (select 1 from ${annotations} join ${annotationTags} on ${annotationTags.annotationId} = ${annotations.id} where ${annotations.statementId} = ${statements.id} and ${annotations.deletedAt} is null and ${annotationTags.tag} = ${tag})`
    : sql`exists (select 1 from ${annotations} where ${annotations.statementId} = ${statements.id} and ${annotations.deletedAt} is null)`;
}

/**
 * The revisions of these annotations, oldest first per annotation: all of them, or each one's newest
 * `newestPerAnnotation` (the ids are one page's annotations, a bounded list).
 */
export function listRevisionsFor(
  db: Db,
  annotationIds: readonly number[],
  newestPerAnnotation?: number,
): Map<number, RevisionView[]> {
  if (annotationIds.length === 0) return new Map();
  const newest =
    newestPerAnnotation === undefined
      ? undefined
      : sql`${annotationRevisions.version} > (SELECT max(r2.version) FROM annotation_revisions r2
              WHERE r2.annotation_id = ${annotationRevisions.annotationId}) - ${newestPerAnnotation}`;
  const rows = db
    .select({
      annotationId: annotationRevisions.annotationId,
      version: annotationRevisions.version,
      action: annotationRevisions.action,
      body: annotationRevisions.body,
      tags: annotationRevisions.tags,
      anchor: annotationRevisions.anchor,
      authorId: annotationRevisions.authorId,
      authorName: users.name,
      createdAt: annotationRevisions.createdAt,
    })
    .from(annotationRevisions)
    .innerJoin(users, eq(users.id, annotationRevisions.authorId))
    .where(and(inArray(annotationRevisions.annotationId, [...annotationIds]), newest))
    .orderBy(asc(annotationRevisions.annotationId), asc(annotationRevisions.version))
    .all();
  return groupBy(
    rows,
    (r) => r.annotationId,
    ({ annotationId: _, ...r }) => ({
      ...r,
      tags: r.tags as string[],
      anchor: (r.anchor as Anchor | null) ?? null,
    }),
  );
}
