"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import {
  createSavedView,
  deleteSavedView,
  getVisibleSavedView,
  renameSavedView,
  setSavedViewShared,
} from "@/db/queries/saved-views";
import { topField } from "@/lib/field-errors";
import { type Checked, checkViewName, checkViewUrl } from "@/lib/saved-views";
import { type ActionFailure, type ActionResult, formAction, notFound } from "../_server/action";

export type ViewActionResult = ActionResult<{ id: number; message: string }>;

// Another user's view answers like a missing one: a private view's id reveals nothing.
const NOT_YOURS_MESSAGE = "You have no saved view with this id.";
const NOT_YOURS: ActionFailure = notFound(NOT_YOURS_MESSAGE);

/** The saved-view rules (lib/saved-views.ts) as schema fields, so their own words reach the form. */
function checked<T>(check: (input: unknown) => Checked<T>) {
  return z.unknown().transform((input, ctx) => {
    const result = check(input);
    if (result.ok) return result.value;
    ctx.addIssue({ code: "custom", message: result.error });
    return z.NEVER;
  });
}

const viewId = z
  .string()
  .regex(/^[1-9][0-9]{0,15}$/, NOT_YOURS_MESSAGE)
  .transform(Number)
  .refine(Number.isSafeInteger, NOT_YOURS_MESSAGE);

const common = { permission: "views:write", fieldKey: topField, invalidMessage: "first" } as const;

function done(id: number, message: string): ViewActionResult {
  revalidatePath("/views");
  return { ok: true, data: { id, message } };
}

/** Saves the page's URL under a name: (previous state, form with name, url and shared). */
export const saveViewAction = formAction({
  ...common,
  fields: ["name", "url", "shared"],
  input: z.object({
    name: checked(checkViewName),
    url: checked(checkViewUrl),
    shared: z.string().transform((v) => v === "on" || v === "1"),
  }),
  handler: (input, { user }) => {
    const view = createSavedView(getDb(), {
      ownerId: user.id,
      name: input.name,
      kind: input.url.kind,
      url: input.url.url,
      shared: input.shared,
    });
    return done(view.id, `Saved as “${view.name}”.`);
  },
});

export const renameViewAction = formAction({
  ...common,
  fields: ["id", "name"],
  input: z.object({ id: viewId, name: checked(checkViewName) }),
  handler: (input, { user }) =>
    renameSavedView(getDb(), user.id, input.id, input.name)
      ? done(input.id, `Renamed to “${input.name}”.`)
      : NOT_YOURS,
});

/** Form field `shared`: "1" shares the view with every signed-in user, "0" makes it private again. */
export const shareViewAction = formAction({
  ...common,
  fields: ["id", "shared"],
  input: z.object({ id: viewId, shared: z.enum(["1", "0"], { message: "Choose shared or private." }) }),
  handler: (input, { user }) =>
    setSavedViewShared(getDb(), user.id, input.id, input.shared === "1")
      ? done(input.id, input.shared === "1" ? "Shared with every signed-in user." : "Private again.")
      : NOT_YOURS,
});

/**
 * Deletes a saved view once asked twice: a view cannot be restored, so the first press only answers with the
 * question (`confirm`), and the form then offers the button that sends `confirm=yes`. Without JavaScript the
 * same two steps happen through page loads.
 */
export const deleteViewAction = formAction({
  ...common,
  fields: ["id", "confirm"],
  input: z.object({ id: viewId, confirm: z.string() }),
  handler: (input, { user }): ViewActionResult => {
    const db = getDb();
    if (input.confirm !== "yes") {
      // Ownership first: another user's view answers like a missing one, asked or not.
      if (!getVisibleSavedView(db, user.id, input.id)?.mine) return NOT_YOURS;
      return {
        ok: false,
        code: "confirm",
        error: "Delete this saved view? It cannot be restored; links to its page stop working.",
      };
    }
    return deleteSavedView(db, user.id, input.id) ? done(input.id, "Deleted.") : NOT_YOURS;
  },
});
