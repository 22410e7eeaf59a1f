"use server";

import type { z } from "zod";
import { getDb } from "@/db/client";
import type { EditableRecord } from "@/db/queries/statement-snapshot";
import {
  type RecordWriteResult,
  restoreRecordVersion,
  setCodedPositions,
  updateStatement,
} from "@/db/queries/statement-write";
import { can } from "@/lib/authz";
import { fieldErrorsOf, restoreRecordInput, setCodingsInput, updateRecordInput } from "@/lib/record-edit";
import { authSettings } from "../../_server/auth";
import { authorize, toActor } from "../../_server/current-user";

export type RecordEditResult =
  | { ok: true; data: EditableRecord }
  | {
      ok: false;
      code: "unauthenticated" | "forbidden" | "cross-origin" | "invalid" | "not_found" | "conflict";
      error: string;
      fieldErrors?: Record<string, string>;
      /** On a conflict: the record as a colleague saved it, to show beside the unsaved values. */
      current?: EditableRecord;
    };

type Failure = Extract<RecordEditResult, { ok: false }>;

/** Authorization first, before the input is even looked at: a refused caller learns nothing about it. */
async function gate(): Promise<{ userId: string; canAdjudicate: boolean } | Failure> {
  const result = await authorize("records:write");
  if (!result.ok) return { ok: false, code: result.reason, error: result.error };
  if (!result.user) return { ok: false, code: "unauthenticated", error: "Sign in to do this." };
  return {
    userId: result.user.id,
    canAdjudicate: can(toActor(result.user), "codes:adjudicate", authSettings),
  };
}

function invalid(error: z.ZodError): Failure {
  return {
    ok: false,
    code: "invalid",
    error: "Check the highlighted fields.",
    fieldErrors: fieldErrorsOf(error),
  };
}

function finish(result: RecordWriteResult, conflictMessage?: string): RecordEditResult {
  if (result.ok) {
    // No revalidatePath: every page renders from the database on each request, so there is no cache to purge,
    // and revalidating made Next render the whole page into this action's answer, which the form then fetched
    // again with router.refresh(): two renders per save.
    return { ok: true, data: result.record };
  }
  if (result.reason === "conflict")
    return {
      ok: false,
      code: "conflict",
      error:
        conflictMessage ??
        "Someone saved this record while you were editing it. Your values are kept; compare them below.",
      current: result.current,
    };
  if (result.reason === "invalid")
    return {
      ok: false,
      code: "invalid",
      error: "Check the highlighted fields.",
      fieldErrors: result.fieldErrors,
    };
  return { ok: false, code: "not_found", error: "That record does not exist." };
}

/** Replace the record's coded positions (a proposition left out is uncoded). */
export async function saveCodingsAction(input: unknown): Promise<RecordEditResult> {
  const allowed = await gate();
  if ("ok" in allowed) return allowed;
  const parsed = setCodingsInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  // The record, its version and the propositions are re-read inside the write transaction.
  return finish(setCodedPositions(getDb(), { ...parsed.data, actorId: allowed.userId }));
}

/** Save the core fields: attribution, date, mode, display text, topics, event. */
export async function saveRecordAction(input: unknown): Promise<RecordEditResult> {
  const allowed = await gate();
  if ("ok" in allowed) return allowed;
  const parsed = updateRecordInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return finish(updateStatement(getDb(), { ...parsed.data, actorId: allowed.userId }));
}

/** Bring the record back to an earlier version's values, as a new revision; nothing is overwritten or deleted. */
export async function restoreRecordAction(input: unknown): Promise<RecordEditResult> {
  const allowed = await gate();
  if ("ok" in allowed) return allowed;
  const parsed = restoreRecordInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return finish(
    restoreRecordVersion(getDb(), {
      ...parsed.data,
      actorId: allowed.userId,
      canAdjudicate: allowed.canAdjudicate,
    }),
    "Someone changed this record after this page was loaded, so nothing was restored. Reload to see the current history, then restore again if you still want to.",
  );
}
