"use server";

import { getDb } from "@/db/client";
import { type EditablePerson, updatePerson } from "@/db/queries/person-edit";
import { updatePersonInput } from "@/lib/person-edit";
import { fieldErrorsOf } from "@/lib/record-edit";
import { authorize } from "../../_server/current-user";

export type PersonEditResult =
  | { ok: true; data: EditablePerson }
  | {
      ok: false;
      code: "unauthenticated" | "forbidden" | "cross-origin" | "invalid" | "not_found" | "conflict";
      error: string;
      fieldErrors?: Record<string, string>;
      current?: EditablePerson;
    };

/** Save a person's names, country, aliases and roles, as a new revision of the person. */
export async function savePersonAction(input: unknown): Promise<PersonEditResult> {
  // Authorization first, before the input is even looked at.
  const allowed = await authorize("records:write");
  if (!allowed.ok) return { ok: false, code: allowed.reason, error: allowed.error };
  if (!allowed.user) return { ok: false, code: "unauthenticated", error: "Sign in to do this." };
  const parsed = updatePersonInput.safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      code: "invalid",
      error: "Check the highlighted fields.",
      fieldErrors: fieldErrorsOf(parsed.error),
    };
  const result = updatePerson(getDb(), { ...parsed.data, actorId: allowed.user.id });
  if (result.ok) return { ok: true, data: result.person };
  if (result.reason === "conflict")
    return {
      ok: false,
      code: "conflict",
      error:
        "Someone saved this person while you were editing. Your values are kept: reload to see theirs, then save again.",
      current: result.current,
    };
  if (result.reason === "invalid")
    return {
      ok: false,
      code: "invalid",
      error: "Check the highlighted fields.",
      fieldErrors: result.fieldErrors,
    };
  return { ok: false, code: "not_found", error: "That person does not exist." };
}
