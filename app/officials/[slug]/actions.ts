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
import { type ActionResult, action, fromWrite } from "../../_server/action";
import { type MergeActionResult, mergeFailure } from "../../_server/entity-actions";

/** On a conflict the failure carries the person as a colleague saved them, to show beside the unsaved values. */
export type PersonEditResult = ActionResult<EditablePerson, { current: EditablePerson }>;

function answer(result: PersonWriteResult, conflict: string): PersonEditResult {
  return fromWrite(result, (r) => r.person, { conflict, notFound: "That person does not exist." });
}

/** Save a person's names, country, aliases and roles, as a new revision of the person. */
export const savePersonAction = action({
  permission: "records:write",
  input: updatePersonInput,
  handler: (input, { user }) =>
    answer(
      updatePerson(getDb(), { ...input, actorId: user.id }),
      "Someone saved this person while you were editing. Your values are kept: reload to see theirs, then save again.",
    ),
});

/** Bring back an earlier version of a person's names, aliases and roles, as a new revision. */
export const restorePersonAction = action({
  permission: "records:write",
  input: restorePersonInput,
  handler: (input, { user }) =>
    answer(
      restorePersonVersion(getDb(), { ...input, actorId: user.id }),
      "Someone changed this person after this page was loaded, so nothing was restored. Reload to see the current history.",
    ),
});

/** Merge a duplicate into this person: records, roles and names move, the duplicate's slug redirects. */
export const mergePersonsAction = action({
  permission: "records:write",
  input: mergePersonsInput,
  invalidMessage: "first",
  handler: (input, { user }): MergeActionResult => {
    const result = mergePersons(getDb(), { ...input, actorId: user.id });
    if (!result.ok) return mergeFailure(result.reason === "same" ? "not_found" : result.reason, "people");
    return { ok: true, data: { slug: result.survivor.slug, movedRecords: result.movedRecords } };
  },
});
