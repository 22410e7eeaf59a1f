"use server";

import { getDb } from "@/db/client";
import {
  type EditableEvent,
  type EventWriteResult,
  restoreEventVersion,
  updateEvent,
} from "@/db/queries/event-edit";
import { mergeEvents } from "@/db/queries/event-merge";
import { mergeEventsInput, restoreEventInput, updateEventInput } from "@/lib/event-edit";
import { fieldErrorsOf } from "@/lib/record-edit";
import { authorizeAction } from "../../_server/current-user";

export type EventEditResult =
  | { ok: true; data: EditableEvent }
  | {
      ok: false;
      code: "unauthenticated" | "forbidden" | "cross-origin" | "invalid" | "not_found" | "conflict";
      error: string;
      fieldErrors?: Record<string, string>;
      current?: EditableEvent;
    };

/** Save an event's name, kind, place, organiser, address and date, as a new revision of the event. */
export async function saveEventAction(input: unknown): Promise<EventEditResult> {
  const allowed = await authorizeAction("records:write");
  if ("ok" in allowed) return allowed;
  const parsed = updateEventInput.safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      code: "invalid",
      error: "Check the highlighted fields.",
      fieldErrors: fieldErrorsOf(parsed.error),
    };
  return finish(
    updateEvent(getDb(), { ...parsed.data, actorId: allowed.userId }),
    "Someone saved this event while you were editing. Your values are kept: reload to see theirs, then save again.",
  );
}

/** Bring back an earlier version of an event, as a new revision. */
export async function restoreEventAction(input: unknown): Promise<EventEditResult> {
  const allowed = await authorizeAction("records:write");
  if ("ok" in allowed) return allowed;
  const parsed = restoreEventInput.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid", error: "That is not a version to restore." };
  return finish(
    restoreEventVersion(getDb(), { ...parsed.data, actorId: allowed.userId }),
    "Someone changed this event after this page was loaded, so nothing was restored. Reload to see the current history.",
  );
}

export type EventMergeActionResult =
  | { ok: true; data: { slug: string; movedRecords: number } }
  | {
      ok: false;
      code: "unauthenticated" | "forbidden" | "cross-origin" | "invalid" | "not_found" | "conflict";
      error: string;
    };

/** Merge a duplicate into this event: its records move, its address redirects. */
export async function mergeEventsAction(input: unknown): Promise<EventMergeActionResult> {
  const allowed = await authorizeAction("records:write");
  if ("ok" in allowed) return allowed;
  const parsed = mergeEventsInput.safeParse(input);
  if (!parsed.success)
    return { ok: false, code: "invalid", error: parsed.error.issues[0]?.message ?? "Choose two events." };
  const result = mergeEvents(getDb(), { ...parsed.data, actorId: allowed.userId });
  if (result.ok)
    return { ok: true, data: { slug: result.survivor.snapshot.slug, movedRecords: result.movedRecords } };
  if (result.reason === "conflict")
    return {
      ok: false,
      code: "conflict",
      error:
        "One of the two was edited after this page was loaded, so nothing was merged. Reload to see what would move now.",
    };
  return { ok: false, code: "not_found", error: "One of the two no longer exists or was merged already." };
}

function finish(result: EventWriteResult, conflictMessage: string): EventEditResult {
  if (result.ok) return { ok: true, data: result.event };
  if (result.reason === "conflict")
    return { ok: false, code: "conflict", error: conflictMessage, current: result.current };
  if (result.reason === "invalid")
    return {
      ok: false,
      code: "invalid",
      error: "Check the highlighted fields.",
      fieldErrors: result.fieldErrors,
    };
  return { ok: false, code: "not_found", error: "That event does not exist." };
}
