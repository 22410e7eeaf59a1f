"use server";

import { getDb } from "@/db/client";
import { adjudicateCode, type OwnCodes, saveOwnCodes } from "@/db/queries/review";
import { adjudicateInput, saveOwnCodesInput } from "@/lib/review";
import { type ActionResult, action, fromWrite } from "../_server/action";

/** A conflict hands back only the coder's own codes, saved from another tab: a colleague's are never revealed. */
export type SaveOwnCodesResult = ActionResult<{ recordVersion: number; own: OwnCodes }, { own: OwnCodes }>;
export type AdjudicateResult = ActionResult<{ recordVersion: number }>;

/** A coder saves their own codes of a record, blind to a colleague's; checked against their own sheet's version. */
export const saveOwnCodesAction = action({
  permission: "records:write",
  input: saveOwnCodesInput,
  handler: (input, { user }): SaveOwnCodesResult =>
    fromWrite(
      saveOwnCodes(getDb(), { ...input, actorId: user.id }),
      (r) => ({ recordVersion: r.record.version, own: r.own }),
      {
        conflict:
          "You saved codes for this record from another page after this one was loaded. Your values here are kept; compare them with what you saved below.",
        notFound: "That record does not exist.",
      },
    ),
});

/** A reviewer settles a disputed code; the written reason is required and kept with the decision. */
export const adjudicateAction = action({
  permission: "codes:adjudicate",
  input: adjudicateInput,
  handler: (input, { user }): AdjudicateResult =>
    fromWrite(
      adjudicateCode(getDb(), { ...input, actorId: user.id }),
      (r) => ({ recordVersion: r.record.version }),
      {
        conflict: "Someone settled this item first.",
        notFound: "That record or proposition does not exist.",
      },
    ),
});
