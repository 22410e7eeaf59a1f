"use server";

import { getDb } from "@/db/client";
import type { EditableRecord } from "@/db/queries/statement-snapshot";
import {
  type RecordWriteResult,
  restoreRecordVersion,
  setCodedPositions,
  updateStatement,
} from "@/db/queries/statement-write";
import { can } from "@/lib/authz";
import { restoreRecordInput, setCodingsInput, updateRecordInput } from "@/lib/record-edit";
import { type ActionResult, action, fromWrite } from "../../_server/action";
import { authSettings } from "../../_server/auth";
import { toActor } from "../../_server/current-user";

/** On a conflict the failure carries the record as a colleague saved it, to show beside the unsaved values. */
export type RecordEditResult = ActionResult<EditableRecord, { current: EditableRecord }>;

// No revalidatePath: every page renders from the database on each request, so there is no cache to purge, and
// revalidating made Next render the whole page into the action's answer, which the form then fetched again with
// router.refresh(): two renders per save.
function answer(result: RecordWriteResult, conflict?: string): RecordEditResult {
  return fromWrite(result, (r) => r.record, {
    conflict:
      conflict ??
      "Someone saved this record while you were editing it. Your values are kept; compare them below.",
    notFound: "That record does not exist.",
  });
}

/** Replace the record's coded positions (a proposition left out is uncoded). */
export const saveCodingsAction = action({
  permission: "records:write",
  input: setCodingsInput,
  // The record, its version and the propositions are re-read inside the write transaction.
  handler: (input, { user }) => answer(setCodedPositions(getDb(), { ...input, actorId: user.id })),
});

/** Save the core fields: attribution, date, mode, display text, topics, event. */
export const saveRecordAction = action({
  permission: "records:write",
  input: updateRecordInput,
  handler: (input, { user }) => answer(updateStatement(getDb(), { ...input, actorId: user.id })),
});

/** Bring the record back to an earlier version's values, as a new revision; nothing is overwritten or deleted. */
export const restoreRecordAction = action({
  permission: "records:write",
  input: restoreRecordInput,
  handler: (input, { user }) =>
    answer(
      restoreRecordVersion(getDb(), {
        ...input,
        actorId: user.id,
        canAdjudicate: can(toActor(user), "codes:adjudicate", authSettings),
      }),
      "Someone changed this record after this page was loaded, so nothing was restored. Reload to see the current history, then restore again if you still want to.",
    ),
});
