"use server";

import { getDb } from "@/db/client";
import { type EditablePerson, updatePerson } from "@/db/queries/person-edit";
import { updatePersonInput } from "@/lib/person-edit";
import { type ActionResult, action, fromWrite } from "../../_server/action";

export type PersonEditResult = ActionResult<EditablePerson, { current: EditablePerson }>;

/** Save a person's names, country, aliases and roles, as a new revision of the person. */
export const savePersonAction = action({
  permission: "records:write",
  input: updatePersonInput,
  handler: (input, { user }): PersonEditResult =>
    fromWrite(updatePerson(getDb(), { ...input, actorId: user.id }), (r) => r.person, {
      conflict:
        "Someone saved this person while you were editing. Your values are kept: reload to see theirs, then save again.",
      notFound: "That person does not exist.",
    }),
});
