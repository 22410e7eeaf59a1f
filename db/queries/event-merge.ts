import { and, asc, eq, isNull, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { events, statements } from "@/db/schema";
import { appendEventRevision, type EditableEvent, eventSnapshot, getEditableEvent } from "./event-edit";
import { moveMergedRecords } from "./merge-revisions";
import { checkedMerge, countOnRecords } from "./person-merge";
import { retireSlug } from "./redirects";

/**
 * Merging two events (issue 12), as people are merged (person-merge.ts): the duplicate's records move to the
 * event that stays, its slug redirects, each gets a revision, and its row is kept and marked
 * (events.merged_into_id) so its history stays readable; triggers refuse records attached to it afterwards.
 */

export interface EventMergeCandidate {
  slug: string;
  name: string;
  startDate: string | null;
}

/** Every other live event, by date then name (hundreds, whatever the corpus). */
export function listEventMergeCandidates(db: Db, slug: string): EventMergeCandidate[] {
  return db
    .select({ slug: events.slug, name: events.name, startDate: events.startDate })
    .from(events)
    .where(and(ne(events.slug, slug), isNull(events.mergedIntoId)))
    .orderBy(asc(events.name), asc(events.startDate), asc(events.slug))
    .all();
}

export interface EventMergePreview {
  survivor: EditableEvent;
  merged: EditableEvent;
  records: number;
  codings: number;
  annotations: number;
  appearances: number;
  revisions: number;
}

export function previewEventMerge(
  db: Db,
  survivorSlug: string,
  mergedSlug: string,
): EventMergePreview | null {
  if (survivorSlug === mergedSlug) return null;
  const survivor = getEditableEvent(db, survivorSlug);
  const merged = getEditableEvent(db, mergedSlug);
  if (!survivor || !merged) return null;
  return {
    survivor,
    merged,
    ...countOnRecords(db, eq(statements.eventId, merged.id)),
    revisions: merged.version - 1,
  };
}

export interface MergeEventsInput {
  survivorSlug: string;
  mergedSlug: string;
  survivorVersion: number;
  mergedVersion: number;
  actorId: string;
}

export type EventMergeResult =
  | { ok: true; survivor: EditableEvent; movedRecords: number }
  | { ok: false; reason: "not_found" }
  | { ok: false; reason: "conflict"; preview: EventMergePreview };

export function mergeEvents(db: Db, input: MergeEventsInput): EventMergeResult {
  const result = checkedMerge(db, input, previewEventMerge, (t, { survivor, merged }) => {
    const moved = moveMergedRecords(
      t,
      {
        field: "event",
        fromId: merged.id,
        intoId: survivor.id,
        fromSlug: merged.snapshot.slug,
        intoSlug: survivor.snapshot.slug,
      },
      input.actorId,
    );
    t.update(events).set({ mergedIntoId: survivor.id }).where(eq(events.id, merged.id)).run();
    retireSlug(t, "event", merged.snapshot.slug, survivor.snapshot.slug);
    const note = (e: EditableEvent) => ({ slug: e.snapshot.slug, name: e.snapshot.name, records: moved });
    const survivorAfter = eventSnapshot(t, survivor.id);
    const mergedAfter = eventSnapshot(t, merged.id);
    if (!survivorAfter || !mergedAfter) throw new Error("event vanished under an immediate transaction");
    const after = appendEventRevision(t, survivor, survivorAfter, input.actorId, {
      mergedFrom: note(merged),
    });
    appendEventRevision(t, merged, mergedAfter, input.actorId, { mergedInto: note(survivor) });
    return { survivor: after, movedRecords: moved };
  });
  return result.ok ? { ok: true, ...result.value } : result;
}
