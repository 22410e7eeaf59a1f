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
import { authorizeAction } from "../../_server/current-user";
import {
  type EntityEditFailure,
  invalidInput,
  invalidMerge,
  type MergeActionResult,
  mergeFailure,
  writeFailure,
} from "../../_server/entity-actions";

export type PersonEditResult = { ok: true; data: EditablePerson } | EntityEditFailure<EditablePerson>;

/** Save a person's names, country, aliases and roles, as a new revision of the person. */
export async function savePersonAction(input: unknown): Promise<PersonEditResult> {
  // Authorization first, before the input is even looked at.
  const allowed = await authorizeAction("records:write");
  if ("ok" in allowed) return allowed;
  const parsed = updatePersonInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
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
  if (!parsed.success) return invalidInput(parsed.error);
  return finish(
    restorePersonVersion(getDb(), { ...parsed.data, actorId: allowed.userId }),
    "Someone changed this person after this page was loaded, so nothing was restored. Reload to see the current history.",
  );
}

/** Merge a duplicate into this person: records, roles and names move, the duplicate's slug redirects. */
export async function mergePersonsAction(input: unknown): Promise<MergeActionResult> {
  const allowed = await authorizeAction("records:write");
  if ("ok" in allowed) return allowed;
  const parsed = mergePersonsInput.safeParse(input);
  if (!parsed.success) return invalidMerge(parsed.error, "people");
  const result = mergePersons(getDb(), { ...parsed.data, actorId: allowed.userId });
  if (!result.ok) return mergeFailure(result.reason === "same" ? "not_found" : result.reason, "people");
  return { ok: true, data: { slug: result.survivor.slug, movedRecords: result.movedRecords } };
}

function finish(result: PersonWriteResult, conflictMessage: string): PersonEditResult {
  return result.ok ? { ok: true, data: result.person } : writeFailure(result, "person", conflictMessage);
}
