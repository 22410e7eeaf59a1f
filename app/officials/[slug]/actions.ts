"use server";

import { getDb } from "@/db/client";
import {
  type EditablePerson,
  type PersonWriteResult,
  restorePersonVersion,
  updatePerson,
} from "@/db/queries/person-edit";
import { mergePersons } from "@/db/queries/person-merge";
import { mergePersonsInput, restorePersonInput, updatePersonInput } from "@/lib/person-edit";
import { fieldErrorsOf } from "@/lib/record-edit";
import { authorizeAction } from "../../_server/current-user";

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
  const allowed = await authorizeAction("records:write");
  if ("ok" in allowed) return allowed;
  const parsed = updatePersonInput.safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      code: "invalid",
      error: "Check the highlighted fields.",
      fieldErrors: fieldErrorsOf(parsed.error),
    };
  return finish(
    updatePerson(getDb(), { ...parsed.data, actorId: allowed.userId }),
    "Someone saved this person while you were editing. Your values are kept: reload to see theirs, then save again.",
  );
}

/** Bring back an earlier version of a person's names, aliases and roles, as a new revision. */
export async function restorePersonAction(input: unknown): Promise<PersonEditResult> {
  const allowed = await authorizeAction("records:write");
  if ("ok" in allowed) return allowed;
  const parsed = restorePersonInput.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid", error: "That is not a version to restore." };
  return finish(
    restorePersonVersion(getDb(), { ...parsed.data, actorId: allowed.userId }),
    "Someone changed this person after this page was loaded, so nothing was restored. Reload to see the current history.",
  );
}

export type PersonMergeResult =
  | { ok: true; data: { slug: string; movedRecords: number } }
  | {
      ok: false;
      code: "unauthenticated" | "forbidden" | "cross-origin" | "invalid" | "not_found" | "conflict";
      error: string;
    };

/** Merge a duplicate into this person: records, roles and names move, the duplicate's slug redirects. */
export async function mergePersonsAction(input: unknown): Promise<PersonMergeResult> {
  const allowed = await authorizeAction("records:write");
  if ("ok" in allowed) return allowed;
  const parsed = mergePersonsInput.safeParse(input);
  if (!parsed.success)
    return { ok: false, code: "invalid", error: parsed.error.issues[0]?.message ?? "Choose two people." };
  const result = mergePersons(getDb(), { ...parsed.data, actorId: allowed.userId });
  if (result.ok) return { ok: true, data: { slug: result.survivor.slug, movedRecords: result.movedRecords } };
  if (result.reason === "conflict")
    return {
      ok: false,
      code: "conflict",
      error:
        "One of the two was edited after this page was loaded, so nothing was merged. Reload to see what would move now.",
    };
  return { ok: false, code: "not_found", error: "One of the two no longer exists or was merged already." };
}

function finish(result: PersonWriteResult, conflictMessage: string): PersonEditResult {
  if (result.ok) return { ok: true, data: result.person };
  if (result.reason === "conflict")
    return { ok: false, code: "conflict", error: conflictMessage, current: result.current };
  if (result.reason === "invalid")
    return {
      ok: false,
      code: "invalid",
      error: "Check the highlighted fields.",
      fieldErrors: result.fieldErrors,
    };
  return { ok: false, code: "not_found", error: "That person does not exist." };
}
