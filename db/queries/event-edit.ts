import { and, desc, eq, isNull, ne, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { eventRevisions, events, users } from "@/db/schema";
import {
  type EventChange,
  type EventSnapshot,
  eventChanges,
  eventSnapshotInput,
  type UpdateEventInput,
} from "@/lib/event-edit";
import { redirectTarget, retireSlug } from "./redirects";
import { transaction } from "./transaction";

/**
 * Editing an event (issue 12) in one immediate transaction that checks the version the editor started from,
 * writes, and appends a revision (event_revisions, migration 0024) with the state before and after. A new slug
 * retires the old one, which then redirects. An event's version is its latest revision's (1 before any edit);
 * the read models follow through the triggers on events.
 */

export interface EditableEvent {
  id: number;
  version: number;
  snapshot: EventSnapshot;
}

export function eventSnapshot(db: Db, eventId: number): EventSnapshot | null {
  const e = db.select().from(events).where(eq(events.id, eventId)).get();
  if (!e) return null;
  return {
    slug: e.slug,
    name: e.name,
    kind: e.kind,
    series: e.series,
    city: e.city,
    country: e.country,
    organiser: e.organiser,
    dateStart: e.startDate,
    dateEnd: e.endDate,
    datePrecision: e.datePrecision,
    dateBasis: e.dateBasis,
    dateNote: e.dateNote,
  };
}

function currentVersion(db: Db, eventId: number): number {
  const row = db
    .select({ v: sql<number>`coalesce(max(${eventRevisions.version}), 1)` })
    .from(eventRevisions)
    .where(eq(eventRevisions.eventId, eventId))
    .get();
  return Number(row?.v ?? 1);
}

/** A live event by slug; one merged into another is no longer editable (its slug redirects). */
export function getEditableEvent(db: Db, slug: string): EditableEvent | null {
  const row = db
    .select({ id: events.id })
    .from(events)
    .where(and(eq(events.slug, slug), isNull(events.mergedIntoId)))
    .get();
  if (!row) return null;
  const snapshot = eventSnapshot(db, row.id);
  return snapshot ? { id: row.id, version: currentVersion(db, row.id), snapshot } : null;
}

export type EventWriteResult =
  | { ok: true; event: EditableEvent }
  | { ok: false; reason: "not_found" }
  | { ok: false; reason: "conflict"; current: EditableEvent }
  | { ok: false; reason: "invalid"; fieldErrors: Record<string, string> };

export function updateEvent(db: Db, input: UpdateEventInput & { actorId: string }): EventWriteResult {
  const { currentSlug, expectedVersion, actorId, ...values } = input;
  return commitEventWrite(db, currentSlug, expectedVersion, actorId, () => ({ values }));
}

export interface RestoreEventInput {
  slug: string;
  version: number;
  expectedVersion: number;
  actorId: string;
}

/** Brings back an earlier version's values (its slug too) as a new revision; the history is never rewritten. */
export function restoreEventVersion(db: Db, input: RestoreEventInput): EventWriteResult {
  return commitEventWrite(db, input.slug, input.expectedVersion, input.actorId, (t, current) => {
    const at = (v: number) =>
      t
        .select({ snapshot: eventRevisions.snapshot })
        .from(eventRevisions)
        .where(and(eq(eventRevisions.eventId, current.id), eq(eventRevisions.version, v)))
        .get()?.snapshot as StoredEventRevision | undefined;
    const state =
      input.version === 1 ? at(2)?.before : input.version > 1 ? at(input.version)?.event : undefined;
    if (!state) return null;
    const parsed = eventSnapshotInput.safeParse(state);
    if (!parsed.success) return { invalid: { version: "That version can no longer be restored." } };
    return { values: parsed.data, extra: { restoredFrom: input.version } };
  });
}

type Change =
  | { values: EventSnapshot; extra?: Record<string, unknown> }
  | { invalid: Record<string, string> }
  | null;

function commitEventWrite(
  db: Db,
  slug: string,
  expectedVersion: number,
  actorId: string,
  build: (t: Db, current: EditableEvent) => Change,
): EventWriteResult {
  return transaction(db, "immediate", (tx) => {
    const t = tx as unknown as Db;
    const current = getEditableEvent(t, slug);
    if (!current) return { ok: false as const, reason: "not_found" as const };
    if (current.version !== expectedVersion)
      return { ok: false as const, reason: "conflict" as const, current };
    const change = build(t, current);
    if (!change) return { ok: false as const, reason: "not_found" as const };
    if ("invalid" in change)
      return { ok: false as const, reason: "invalid" as const, fieldErrors: change.invalid };
    const v = change.values;
    if (v.slug !== current.snapshot.slug) {
      const taken = t
        .select({ id: events.id })
        .from(events)
        .where(and(eq(events.slug, v.slug), ne(events.id, current.id)))
        .get();
      // A slug retired by another event still answers for it: taking it would break that event's old links.
      const retired = redirectTarget(t, "event", v.slug);
      if (taken || (retired !== null && retired !== current.snapshot.slug))
        return {
          ok: false as const,
          reason: "invalid" as const,
          fieldErrors: { slug: "Another event (or a merged one) has that address." },
        };
    }
    t.update(events)
      .set({
        slug: v.slug,
        name: v.name,
        kind: v.kind,
        series: v.series,
        city: v.city,
        country: v.country,
        organiser: v.organiser,
        startDate: v.dateStart,
        endDate: v.dateEnd,
        datePrecision: v.datePrecision,
        dateBasis: v.dateBasis,
        dateNote: v.dateNote,
      })
      .where(eq(events.id, current.id))
      .run();
    if (v.slug !== current.snapshot.slug) retireSlug(t, "event", current.snapshot.slug, v.slug);
    const after = eventSnapshot(t, current.id);
    if (!after) throw new Error("event vanished under an immediate transaction");
    if (JSON.stringify(after) === JSON.stringify(current.snapshot))
      return { ok: true as const, event: current };
    const event = appendEventRevision(t, current, after, actorId, change.extra);
    return { ok: true as const, event };
  });
}

/** Appends the revision after a write to `current`, and returns the event at its new version. */
export function appendEventRevision(
  db: Db,
  current: EditableEvent,
  after: EventSnapshot,
  authorId: string,
  extra: Record<string, unknown> = {},
): EditableEvent {
  const version = current.version + 1;
  db.insert(eventRevisions)
    .values({
      eventId: current.id,
      version,
      snapshot: { event: after, before: current.snapshot, ...extra },
      authorId,
    })
    .run();
  return { ...current, version, snapshot: after };
}

/** What a merge revision notes about the other event. */
export interface EventMergeNote {
  slug: string;
  name: string;
  records: number;
}

interface StoredEventRevision {
  event: EventSnapshot;
  before: EventSnapshot;
  mergedFrom?: EventMergeNote;
  mergedInto?: EventMergeNote;
  restoredFrom?: number;
}

export interface EventHistoryEntry {
  version: number;
  authorName: string;
  createdAt: string;
  changes: EventChange[];
  mergedFrom?: EventMergeNote;
  mergedInto?: EventMergeNote;
  restoredFrom?: number;
}

/** The newest `limit` revisions of an event, newest first, each as old -> new values. */
export function getEventHistory(db: Db, eventId: number, limit = 20): EventHistoryEntry[] {
  return db
    .select({
      version: eventRevisions.version,
      snapshot: eventRevisions.snapshot,
      createdAt: eventRevisions.createdAt,
      authorName: users.name,
    })
    .from(eventRevisions)
    .innerJoin(users, eq(users.id, eventRevisions.authorId))
    .where(eq(eventRevisions.eventId, eventId))
    .orderBy(desc(eventRevisions.version))
    .limit(limit)
    .all()
    .map((r) => {
      const snap = r.snapshot as StoredEventRevision;
      return {
        version: r.version,
        authorName: r.authorName,
        createdAt: r.createdAt,
        changes: eventChanges(snap.before, snap.event),
        ...(snap.mergedFrom && { mergedFrom: snap.mergedFrom }),
        ...(snap.mergedInto && { mergedInto: snap.mergedInto }),
        ...(snap.restoredFrom !== undefined && { restoredFrom: snap.restoredFrom }),
      };
    });
}
