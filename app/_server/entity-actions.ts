import type { z } from "zod";
import { fieldErrorsOf } from "@/lib/record-edit";
import type { ActionRefusal } from "./current-user";

/**
 * The answers the people and events actions share (app/officials/[slug]/actions.ts, app/events/[slug]/actions.ts):
 * an edit or restore of a versioned entity, and a merge of two. Not a "use server" module: helpers only.
 */

export type EntityEditFailure<C> = {
  ok: false;
  code: ActionRefusal["code"] | "invalid" | "not_found" | "conflict";
  error: string;
  fieldErrors?: Record<string, string>;
  current?: C;
};

type WriteFailure<C> =
  | { ok: false; reason: "not_found" }
  | { ok: false; reason: "conflict"; current: C }
  | { ok: false; reason: "invalid"; fieldErrors: Record<string, string> };

export function invalidInput(error: z.ZodError): EntityEditFailure<never> {
  return {
    ok: false,
    code: "invalid",
    error: "Check the highlighted fields.",
    fieldErrors: fieldErrorsOf(error),
  };
}

/** A refused write in words; a conflict carries the current state so the form can keep what was typed. */
export function writeFailure<C>(
  result: WriteFailure<C>,
  noun: string,
  conflictMessage: string,
): EntityEditFailure<C> {
  if (result.reason === "conflict")
    return { ok: false, code: "conflict", error: conflictMessage, current: result.current };
  if (result.reason === "invalid")
    return {
      ok: false,
      code: "invalid",
      error: "Check the highlighted fields.",
      fieldErrors: result.fieldErrors,
    };
  return { ok: false, code: "not_found", error: `That ${noun} does not exist.` };
}

export type MergeActionResult =
  | { ok: true; data: { slug: string; movedRecords: number } }
  | ActionRefusal
  | { ok: false; code: "invalid" | "not_found" | "conflict"; error: string };

/** A refused merge in words. */
export function mergeFailure(reason: "conflict" | "not_found", noun: string): MergeActionResult {
  if (reason === "conflict")
    return {
      ok: false,
      code: "conflict",
      error:
        "One of the two was edited after this page was loaded, so nothing was merged. Reload to see what would move now.",
    };
  return {
    ok: false,
    code: "not_found",
    error: `One of the two ${noun} no longer exists or was merged already.`,
  };
}

export function invalidMerge(error: z.ZodError, noun: string): MergeActionResult {
  return { ok: false, code: "invalid", error: error.issues[0]?.message ?? `Choose two ${noun}.` };
}
