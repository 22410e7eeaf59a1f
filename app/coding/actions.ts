"use server";

import type { z } from "zod";
import { getDb } from "@/db/client";
import { adjudicateCode, type OwnCodes, saveOwnCodes } from "@/db/queries/review";
import { fieldErrorsOf } from "@/lib/record-edit";
import { adjudicateInput, saveOwnCodesInput } from "@/lib/review";
import { authorize } from "../_server/current-user";

type Failure = {
  ok: false;
  code: "unauthenticated" | "forbidden" | "cross-origin" | "invalid" | "not_found" | "conflict";
  error: string;
  fieldErrors?: Record<string, string>;
};

export type SaveOwnCodesResult =
  | { ok: true; data: { recordVersion: number; own: OwnCodes } }
  | (Failure & { own?: OwnCodes });

export type AdjudicateResult = { ok: true; data: { recordVersion: number } } | Failure;

function invalid(error: z.ZodError): Failure {
  return {
    ok: false,
    code: "invalid",
    error: "Check the highlighted fields.",
    fieldErrors: fieldErrorsOf(error),
  };
}

/** A coder saves their own codes of a record, blind to a colleague's; checked against their own sheet's version. */
export async function saveOwnCodesAction(input: unknown): Promise<SaveOwnCodesResult> {
  const allowed = await authorize("records:write");
  if (!allowed.ok) return { ok: false, code: allowed.reason, error: allowed.error };
  if (!allowed.user) return { ok: false, code: "unauthenticated", error: "Sign in to do this." };
  const parsed = saveOwnCodesInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = saveOwnCodes(getDb(), { ...parsed.data, actorId: allowed.user.id });
  if (result.ok) return { ok: true, data: { recordVersion: result.record.version, own: result.own } };
  if (result.reason === "conflict")
    return {
      ok: false,
      code: "conflict",
      error:
        "You saved codes for this record from another page after this one was loaded. Your values here are kept; compare them with what you saved below.",
      own: result.own,
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

/** A reviewer settles a disputed code; the written reason is required and kept with the decision. */
export async function adjudicateAction(input: unknown): Promise<AdjudicateResult> {
  const allowed = await authorize("codes:adjudicate");
  if (!allowed.ok) return { ok: false, code: allowed.reason, error: allowed.error };
  if (!allowed.user) return { ok: false, code: "unauthenticated", error: "Sign in to do this." };
  const parsed = adjudicateInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = adjudicateCode(getDb(), { ...parsed.data, actorId: allowed.user.id });
  if (result.ok) return { ok: true, data: { recordVersion: result.record.version } };
  if (result.reason === "conflict") return { ok: false, code: "conflict", error: result.message };
  if (result.reason === "invalid")
    return {
      ok: false,
      code: "invalid",
      error: result.fieldErrors.form ?? "Check the highlighted fields.",
      fieldErrors: result.fieldErrors,
    };
  return { ok: false, code: "not_found", error: "That record or proposition does not exist." };
}
