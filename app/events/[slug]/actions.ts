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
import { authorizeAction } from "../../_server/current-user";
import {
  type EntityEditFailure,
  invalidInput,
  invalidMerge,
  type MergeActionResult,
  mergeFailure,
  writeFailure,
} from "../../_server/entity-actions";

export type EventEditResult = { ok: true; data: EditableEvent } | EntityEditFailure<EditableEvent>;

/** Save an event's name, kind, place, organiser, address and date, as a new revision of the event. */
export async function saveEventAction(input: unknown): Promise<EventEditResult> {
  const allowed = await authorizeAction("records:write");
  if ("ok" in allowed) return allowed;
  const parsed = updateEventInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
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
  if (!parsed.success) return invalidInput(parsed.error);
  return finish(
    restoreEventVersion(getDb(), { ...parsed.data, actorId: allowed.userId }),
    "Someone changed this event after this page was loaded, so nothing was restored. Reload to see the current history.",
  );
}

/** Merge a duplicate into this event: its records move, its address redirects. */
export async function mergeEventsAction(input: unknown): Promise<MergeActionResult> {
  const allowed = await authorizeAction("records:write");
  if ("ok" in allowed) return allowed;
  const parsed = mergeEventsInput.safeParse(input);
  if (!parsed.success) return invalidMerge(parsed.error, "events");
  const result = mergeEvents(getDb(), { ...parsed.data, actorId: allowed.userId });
  if (!result.ok) return mergeFailure(result.reason, "events");
  return { ok: true, data: { slug: result.survivor.snapshot.slug, movedRecords: result.movedRecords } };
}

function finish(result: EventWriteResult, conflictMessage: string): EventEditResult {
  return result.ok ? { ok: true, data: result.event } : writeFailure(result, "event", conflictMessage);
}
