"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import {
  createSavedView,
  deleteSavedView,
  getVisibleSavedView,
  renameSavedView,
  setSavedViewShared,
} from "@/db/queries/saved-views";
import { checkViewName, checkViewUrl } from "@/lib/saved-views";
import { authorize, type CurrentUser } from "../_server/current-user";

export type ViewActionResult =
  | { ok: true; id: number; message: string }
  | {
      ok: false;
      code: "unauthenticated" | "forbidden" | "cross-origin" | "invalid" | "not_found" | "confirm";
      error: string;
    };

type Failure = Extract<ViewActionResult, { ok: false }>;

/** Authorization first, before the input is read: a refused caller learns nothing about it. */
async function gate(): Promise<{ user: CurrentUser } | Failure> {
  const result = await authorize("views:write");
  if (!result.ok) return { ok: false, code: result.reason, error: result.error };
  if (!result.user) return { ok: false, code: "unauthenticated", error: "Sign in to do this." };
  return { user: result.user };
}

// Another user's view answers like a missing one: a private view's id reveals nothing.
const NOT_YOURS: Failure = { ok: false, code: "not_found", error: "You have no saved view with this id." };

function field(form: unknown, name: string): unknown {
  return form instanceof FormData ? form.get(name) : undefined;
}

function viewId(form: unknown): number | null {
  const raw = field(form, "id");
  if (typeof raw !== "string" || !/^[1-9][0-9]{0,15}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

/** Saves the page's URL under a name: (previous state, form with name, url and shared). */
export async function saveViewAction(_prev: unknown, form: unknown): Promise<ViewActionResult> {
  const g = await gate();
  if ("ok" in g) return g;
  const name = checkViewName(field(form, "name"));
  if (!name.ok) return { ok: false, code: "invalid", error: name.error };
  const url = checkViewUrl(field(form, "url"));
  if (!url.ok) return { ok: false, code: "invalid", error: url.error };
  const view = createSavedView(getDb(), {
    ownerId: g.user.id,
    name: name.value,
    kind: url.value.kind,
    url: url.value.url,
    shared: field(form, "shared") === "on" || field(form, "shared") === "1",
  });
  revalidatePath("/views");
  return { ok: true, id: view.id, message: `Saved as “${view.name}”.` };
}

export async function renameViewAction(_prev: unknown, form: unknown): Promise<ViewActionResult> {
  const g = await gate();
  if ("ok" in g) return g;
  const id = viewId(form);
  if (id === null) return NOT_YOURS;
  const name = checkViewName(field(form, "name"));
  if (!name.ok) return { ok: false, code: "invalid", error: name.error };
  if (!renameSavedView(getDb(), g.user.id, id, name.value)) return NOT_YOURS;
  revalidatePath("/views");
  return { ok: true, id, message: `Renamed to “${name.value}”.` };
}

/** Form field `shared`: "1" shares the view with every signed-in user, "0" makes it private again. */
export async function shareViewAction(_prev: unknown, form: unknown): Promise<ViewActionResult> {
  const g = await gate();
  if ("ok" in g) return g;
  const id = viewId(form);
  if (id === null) return NOT_YOURS;
  const raw = field(form, "shared");
  if (raw !== "1" && raw !== "0") return { ok: false, code: "invalid", error: "Choose shared or private." };
  if (!setSavedViewShared(getDb(), g.user.id, id, raw === "1")) return NOT_YOURS;
  revalidatePath("/views");
  return { ok: true, id, message: raw === "1" ? "Shared with every signed-in user." : "Private again." };
}

/**
 * Deletes a saved view once asked twice: a view cannot be restored, so the first press only answers with the
 * question (`confirm`), and the form then offers the button that sends `confirm=yes`. Without JavaScript the
 * same two steps happen through page loads.
 */
export async function deleteViewAction(_prev: unknown, form: unknown): Promise<ViewActionResult> {
  const g = await gate();
  if ("ok" in g) return g;
  const id = viewId(form);
  if (id === null) return NOT_YOURS;
  if (field(form, "confirm") !== "yes") {
    // Ownership first: another user's view answers like a missing one, asked or not.
    if (!getVisibleSavedView(getDb(), g.user.id, id)?.mine) return NOT_YOURS;
    return {
      ok: false,
      code: "confirm",
      error: "Delete this saved view? It cannot be restored; links to its page stop working.",
    };
  }
  if (!deleteSavedView(getDb(), g.user.id, id)) return NOT_YOURS;
  revalidatePath("/views");
  return { ok: true, id, message: "Deleted." };
}
