"use server";

import type { z } from "zod";
import { getDb } from "@/db/client";
import {
  type AnnotationView,
  type AnnotationWriteResult,
  createAnnotation,
  deleteAnnotation,
  getAnnotation,
  getStatementRef,
  restoreRevision,
  undeleteAnnotation,
  updateAnnotation,
} from "@/db/queries/annotations";
import {
  type Anchor,
  createAnnotationInput,
  locateAnchor,
  restoreRevisionInput,
  updateAnnotationInput,
  versionedInput,
} from "@/lib/annotations";
import { canDeleteAnnotation, type Permission } from "@/lib/authz";
import { authSettings } from "../_server/auth";
import { authorize, type CurrentUser, toActor } from "../_server/current-user";

export type AnnotationActionResult =
  | { ok: true; data: AnnotationView }
  | {
      ok: false;
      code: "unauthenticated" | "forbidden" | "cross-origin" | "invalid" | "not_found" | "conflict";
      error: string;
      fieldErrors?: Record<string, string>;
      /** On a conflict: the annotation as a colleague saved it, to show beside the unsaved text. */
      current?: AnnotationView;
    };

type Failure = Extract<AnnotationActionResult, { ok: false }>;

/** Authorization first, before the input is even looked at: a refused caller learns nothing about it. */
async function gate(permission: Permission): Promise<{ user: CurrentUser } | Failure> {
  const result = await authorize(permission);
  if (!result.ok) return { ok: false, code: result.reason, error: result.error };
  // Every annotation permission needs an account; `authorize` already refused anonymous callers.
  if (!result.user) return { ok: false, code: "unauthenticated", error: "Sign in to do this." };
  return { user: result.user };
}

function invalid(error: z.ZodError): Failure {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    fieldErrors[key] ??= issue.message;
  }
  return { ok: false, code: "invalid", error: "Check the highlighted fields.", fieldErrors };
}

// The same answer for a record or annotation that does not exist and one the caller may not touch.
const NOT_FOUND: Failure = {
  ok: false,
  code: "not_found",
  error: "That annotation or record does not exist.",
};

function anchorProblem(anchor: Anchor | null | undefined, text: string): Failure | null {
  if (!anchor || locateAnchor(text, anchor)) return null;
  return {
    ok: false,
    code: "invalid",
    error: "The selected passage is not in the record's text.",
    fieldErrors: { anchor: "The selected passage is not in the record's text." },
  };
}

function finish(result: AnnotationWriteResult): AnnotationActionResult {
  if (result.ok) {
    // No revalidatePath: every page renders from the database on each request, so there is no cache to purge,
    // and revalidating made Next render the whole page into this action's answer, which the form then fetched
    // again with router.refresh(): two renders per save.
    return { ok: true, data: result.annotation };
  }
  if (result.reason === "conflict")
    return {
      ok: false,
      code: "conflict",
      error: "Someone saved this annotation while you were editing it. Your text is kept below.",
      current: result.current,
    };
  return NOT_FOUND;
}

export async function createAnnotationAction(input: unknown): Promise<AnnotationActionResult> {
  const allowed = await gate("annotations:write");
  if ("ok" in allowed) return allowed;
  const parsed = createAnnotationInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const db = getDb();
  const statement = getStatementRef(db, parsed.data.statementPublicId);
  if (!statement) return NOT_FOUND;
  const problem = anchorProblem(parsed.data.anchor, statement.text);
  if (problem) return problem;
  const annotation = createAnnotation(db, {
    statementId: statement.id,
    authorId: allowed.user.id,
    body: parsed.data.body,
    tags: parsed.data.tags,
    anchor: parsed.data.anchor ?? null,
  });
  return finish({ ok: true, annotation });
}

export async function updateAnnotationAction(input: unknown): Promise<AnnotationActionResult> {
  const allowed = await gate("annotations:write");
  if ("ok" in allowed) return allowed;
  const parsed = updateAnnotationInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const db = getDb();
  const current = getAnnotation(db, parsed.data.publicId);
  if (!current || current.deletedAt) return NOT_FOUND;
  const statement = getStatementRef(db, current.statementPublicId);
  if (!statement) return NOT_FOUND;
  const problem = anchorProblem(parsed.data.anchor, statement.text);
  if (problem) return problem;
  return finish(
    updateAnnotation(db, {
      publicId: parsed.data.publicId,
      expectedVersion: parsed.data.expectedVersion,
      actorId: allowed.user.id,
      body: parsed.data.body,
      tags: parsed.data.tags,
      anchor: parsed.data.anchor,
    }),
  );
}

/** Delete and undelete: the author, or an admin. The author is read from the database, never from the input. */
async function deleteOrUndelete(input: unknown, undo: boolean): Promise<AnnotationActionResult> {
  const allowed = await gate("annotations:delete-own");
  if ("ok" in allowed) return allowed;
  const parsed = versionedInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const db = getDb();
  const current = getAnnotation(db, parsed.data.publicId);
  if (!current || !canDeleteAnnotation(toActor(allowed.user), current.authorId, authSettings))
    return NOT_FOUND;
  const args = { ...parsed.data, actorId: allowed.user.id };
  return finish(undo ? undeleteAnnotation(db, args) : deleteAnnotation(db, args));
}

export async function deleteAnnotationAction(input: unknown): Promise<AnnotationActionResult> {
  return deleteOrUndelete(input, false);
}

export async function undeleteAnnotationAction(input: unknown): Promise<AnnotationActionResult> {
  return deleteOrUndelete(input, true);
}

export async function restoreRevisionAction(input: unknown): Promise<AnnotationActionResult> {
  const allowed = await gate("annotations:write");
  if ("ok" in allowed) return allowed;
  const parsed = restoreRevisionInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const db = getDb();
  const current = getAnnotation(db, parsed.data.publicId);
  if (!current || current.deletedAt) return NOT_FOUND;
  return finish(restoreRevision(db, { ...parsed.data, actorId: allowed.user.id }));
}
