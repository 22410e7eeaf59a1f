"use server";

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
import { canDeleteAnnotation } from "@/lib/authz";
import { topField } from "@/lib/field-errors";
import {
  type ActionFailure,
  type ActionResult,
  action,
  fromWrite,
  invalid,
  notFound,
} from "../_server/action";
import { authSettings } from "../_server/auth";
import { toActor } from "../_server/current-user";

/** On a conflict the failure carries the annotation as a colleague saved it, to show beside the unsaved text. */
export type AnnotationActionResult = ActionResult<AnnotationView, { current: AnnotationView }>;

// The same answer for a record or annotation that does not exist and one the caller may not touch.
const NOT_FOUND = notFound("That annotation or record does not exist.");

function anchorProblem(anchor: Anchor | null | undefined, text: string): ActionFailure | null {
  if (!anchor || locateAnchor(text, anchor)) return null;
  const message = "The selected passage is not in the record's text.";
  return invalid({ anchor: message }, message);
}

// No revalidatePath: every page renders from the database on each request, so there is no cache to purge, and
// revalidating made Next render the whole page into the action's answer, which the form then fetched again with
// router.refresh(): two renders per save.
function answer(result: AnnotationWriteResult): AnnotationActionResult {
  return fromWrite(result, (r) => r.annotation, {
    conflict: "Someone saved this annotation while you were editing it. Your text is kept below.",
    notFound: NOT_FOUND.error,
  });
}

export const createAnnotationAction = action({
  permission: "annotations:write",
  input: createAnnotationInput,
  fieldKey: topField,
  handler: (input, { user }): AnnotationActionResult => {
    const db = getDb();
    const statement = getStatementRef(db, input.statementPublicId);
    if (!statement) return NOT_FOUND;
    const problem = anchorProblem(input.anchor, statement.text);
    if (problem) return problem;
    const annotation = createAnnotation(db, {
      statementId: statement.id,
      authorId: user.id,
      body: input.body,
      tags: input.tags,
      anchor: input.anchor ?? null,
    });
    return { ok: true, data: annotation };
  },
});

export const updateAnnotationAction = action({
  permission: "annotations:write",
  input: updateAnnotationInput,
  fieldKey: topField,
  handler: (input, { user }): AnnotationActionResult => {
    const db = getDb();
    const current = getAnnotation(db, input.publicId);
    if (!current || current.deletedAt) return NOT_FOUND;
    const statement = getStatementRef(db, current.statementPublicId);
    if (!statement) return NOT_FOUND;
    const problem = anchorProblem(input.anchor, statement.text);
    if (problem) return problem;
    return answer(
      updateAnnotation(db, {
        publicId: input.publicId,
        expectedVersion: input.expectedVersion,
        actorId: user.id,
        body: input.body,
        tags: input.tags,
        anchor: input.anchor,
      }),
    );
  },
});

/** Delete and undelete: the author, or an admin. The author is read from the database, never from the input. */
function deleteOrUndelete(undo: boolean) {
  return action({
    permission: "annotations:delete-own",
    input: versionedInput,
    fieldKey: topField,
    handler: (input, { user }): AnnotationActionResult => {
      const db = getDb();
      const current = getAnnotation(db, input.publicId);
      if (!current || !canDeleteAnnotation(toActor(user), current.authorId, authSettings)) return NOT_FOUND;
      const args = { ...input, actorId: user.id };
      return answer(undo ? undeleteAnnotation(db, args) : deleteAnnotation(db, args));
    },
  });
}

export const deleteAnnotationAction = deleteOrUndelete(false);

export const undeleteAnnotationAction = deleteOrUndelete(true);

export const restoreRevisionAction = action({
  permission: "annotations:write",
  input: restoreRevisionInput,
  fieldKey: topField,
  handler: (input, { user }): AnnotationActionResult => {
    const db = getDb();
    const current = getAnnotation(db, input.publicId);
    if (!current || current.deletedAt) return NOT_FOUND;
    return answer(restoreRevision(db, { ...input, actorId: user.id }));
  },
});
