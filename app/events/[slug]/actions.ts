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
import { type ActionResult, action, fromWrite } from "../../_server/action";
import { type MergeActionResult, mergeFailure } from "../../_server/entity-actions";

/** On a conflict the failure carries the event as a colleague saved it, to show beside the unsaved values. */
export type EventEditResult = ActionResult<EditableEvent, { current: EditableEvent }>;

function answer(result: EventWriteResult, conflict: string): EventEditResult {
  return fromWrite(result, (r) => r.event, { conflict, notFound: "That event does not exist." });
}

/** Save an event's name, kind, place, organiser, address and date, as a new revision of the event. */
export const saveEventAction = action({
  permission: "records:write",
  input: updateEventInput,
  handler: (input, { user }) =>
    answer(
      updateEvent(getDb(), { ...input, actorId: user.id }),
      "Someone saved this event while you were editing. Your values are kept: reload to see theirs, then save again.",
    ),
});

/** Bring back an earlier version of an event, as a new revision. */
export const restoreEventAction = action({
  permission: "records:write",
  input: restoreEventInput,
  handler: (input, { user }) =>
    answer(
      restoreEventVersion(getDb(), { ...input, actorId: user.id }),
      "Someone changed this event after this page was loaded, so nothing was restored. Reload to see the current history.",
    ),
});

/** Merge a duplicate into this event: its records move, its address redirects. */
export const mergeEventsAction = action({
  permission: "records:write",
  input: mergeEventsInput,
  invalidMessage: "first",
  handler: (input, { user }): MergeActionResult => {
    const result = mergeEvents(getDb(), { ...input, actorId: user.id });
    if (!result.ok) return mergeFailure(result.reason, "events");
    return { ok: true, data: { slug: result.survivor.snapshot.slug, movedRecords: result.movedRecords } };
  },
});
