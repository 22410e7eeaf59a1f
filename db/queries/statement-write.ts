import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { events, persons, roles, statementRevisions, statements, statementTopics, topics } from "@/db/schema";
import {
  type CoreRecordFields,
  changedFields,
  coreFieldsOf,
  type SetCodingsInput,
  type UpdateRecordInput,
} from "@/lib/record-edit";
import { valuesBefore } from "@/lib/record-history";
import { createPersonInPlace } from "./person-create";
import { InvalidCodes, restoreCodes, writeOwnCodes } from "./review-codes";
import { type RevisionSnapshot, recordStateAt } from "./statement-history";
import { type EditableRecord, getEditableRecord, getRecordSnapshot } from "./statement-snapshot";
import { transaction } from "./transaction";

// ---------------------------------------------------------------------------------------------------------------
// Record editing (issue 5): analysts correct the core fields and code positions. Every write runs in one
// synchronous IMMEDIATE transaction that checks the version the editor started from, writes, bumps the version
// and appends a revision, so two editors never overwrite each other silently.

export type RecordWriteResult =
  | { ok: true; record: EditableRecord }
  | { ok: false; reason: "not_found" }
  | { ok: false; reason: "conflict"; current: EditableRecord }
  | { ok: false; reason: "invalid"; fieldErrors: Record<string, string> };

class InvalidEdit extends Error {
  constructor(readonly fieldErrors: Record<string, string>) {
    super("invalid edit");
  }
}

/**
 * The shared write path: in one immediate transaction re-read the record, refuse a stale version, apply `write`,
 * bump the version and append a revision with the new state, the fields that changed and their old values.
 */
function writeRecord(
  db: Db,
  publicId: string,
  expectedVersion: number,
  actorId: string,
  // What the write created besides the record's own fields, for its revision (a person created in place).
  write: (statementId: number, currentVersion: number) => undefined | { created: string[] },
  restoredFrom?: number,
): RecordWriteResult {
  try {
    return transaction(db, "immediate", () => {
      const current = getEditableRecord(db, publicId);
      if (!current) return { ok: false as const, reason: "not_found" as const };
      if (current.version !== expectedVersion)
        return { ok: false as const, reason: "conflict" as const, current };
      const extra = write(current.id, current.version);
      return {
        ok: true as const,
        record: commitRevision(db, current, actorId, restoredFrom, false, extra?.created),
      };
    });
  } catch (error) {
    if (error instanceof InvalidEdit || error instanceof InvalidCodes)
      return { ok: false, reason: "invalid", fieldErrors: error.fieldErrors };
    throw error;
  }
}

/**
 * Inside a write transaction, after the write: bump the record's version and append a revision with the new
 * state, the fields that changed and their old values. With `onlyIfChanged` (a coder's save, a reviewer's
 * decision), nothing happens when the record's state is the same, so only a change of the current codes is a
 * revision.
 */
export function commitRevision(
  tx: Db,
  current: EditableRecord,
  actorId: string,
  restoredFrom?: number,
  onlyIfChanged = false,
  created?: string[],
): EditableRecord {
  const after = getRecordSnapshot(tx, current.id);
  if (!after) throw new Error("record vanished under an immediate transaction");
  const changed = changedFields(current.snapshot, after);
  if (onlyIfChanged && changed.length === 0) return current;
  const newVersion = current.version + 1;
  const updated = tx
    .update(statements)
    .set({ version: newVersion, updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))` })
    .where(and(eq(statements.id, current.id), eq(statements.version, current.version)))
    .run();
  if (updated.changes !== 1) throw new Error("record changed under an immediate transaction");
  const snapshot: RevisionSnapshot = {
    record: after,
    changed,
    before: valuesBefore(current.snapshot, changed),
    ...(restoredFrom === undefined ? {} : { restoredFrom }),
    ...(created?.length ? { created } : {}),
  };
  tx.insert(statementRevisions)
    .values({
      statementId: current.id,
      version: newVersion,
      action: restoredFrom === undefined ? "edit" : "restore",
      snapshot,
      authorId: actorId,
    })
    .run();
  return { ...current, version: newVersion, snapshot: after };
}

function idBySlug(
  db: Db,
  table: typeof persons | typeof roles | typeof events | typeof topics,
  slug: string,
) {
  return db.select({ id: table.id }).from(table).where(eq(table.slug, slug)).get()?.id;
}

/**
 * A person's or event's id by slug; "merged" for one merged into another, whose row stays readable but takes
 * nothing new (db/queries/person-merge.ts, event-merge.ts).
 */
function liveBySlug(db: Db, table: typeof persons | typeof events, slug: string): number | "merged" | null {
  const row = db
    .select({ id: table.id, mergedIntoId: table.mergedIntoId })
    .from(table)
    .where(eq(table.slug, slug))
    .get();
  if (!row) return null;
  return row.mergedIntoId === null ? row.id : "merged";
}

/** Writes the core fields; unknown slugs are field errors (nothing is written then). */
function writeCore(db: Db, statementId: number, input: CoreRecordFields): void {
  const errors: Record<string, string> = {};
  let personId: number | null = null;
  let roleId: number | null = null;
  if (input.attribution.status === "resolved") {
    const person = liveBySlug(db, persons, input.attribution.person);
    if (person === "merged") errors.person = "This person was merged into another: choose that person.";
    else if (person === null) errors.person = "No such person.";
    else personId = person;
    if (input.attribution.role !== null) {
      const role = db
        .select({ id: roles.id, personId: roles.personId })
        .from(roles)
        .where(eq(roles.slug, input.attribution.role))
        .get();
      if (!role || role.personId !== personId) errors.role = "Choose one of this person's roles.";
      else roleId = role.id;
    }
  }
  const event = input.event === null ? null : liveBySlug(db, events, input.event);
  if (event === "merged") errors.event = "This event was merged into another: choose that event.";
  else if (input.event !== null && event === null) errors.event = "No such event.";
  const eventId = typeof event === "number" ? event : null;
  const topicIds: number[] = [];
  for (const t of new Set(input.topics)) {
    const id = idBySlug(db, topics, t);
    if (id === undefined) errors.topics = `No such topic: ${t}.`;
    else topicIds.push(id);
  }
  if (Object.keys(errors).length > 0) throw new InvalidEdit(errors);
  db.update(statements)
    .set({
      text: input.text,
      mode: input.mode,
      dateStart: input.dateStart,
      dateEnd: input.dateEnd,
      datePrecision: input.datePrecision,
      dateBasis: input.dateBasis,
      dateNote: input.dateNote,
      attributionStatus: input.attribution.status,
      attributionNote: input.attribution.note,
      personId,
      roleId,
      eventId,
    })
    .where(eq(statements.id, statementId))
    .run();
  const existing = new Set(
    db
      .select({ id: statementTopics.topicId })
      .from(statementTopics)
      .where(eq(statementTopics.statementId, statementId))
      .all()
      .map((r) => r.id),
  );
  // Only the differences, so the facet-count triggers see real changes only.
  const keep = new Set(topicIds);
  const removed = [...existing].filter((id) => !keep.has(id));
  if (removed.length > 0)
    db.delete(statementTopics)
      .where(and(eq(statementTopics.statementId, statementId), inArray(statementTopics.topicId, removed)))
      .run();
  const added = topicIds.filter((id) => !existing.has(id));
  if (added.length > 0)
    db.insert(statementTopics)
      .values(added.map((topicId) => ({ statementId, topicId })))
      .run();
}

/** Core fields: attribution, date, mode, display text, topics, event. Unknown slugs are field errors. */
export function updateStatement(db: Db, input: UpdateRecordInput & { actorId: string }): RecordWriteResult {
  return writeRecord(db, input.publicId, input.expectedVersion, input.actorId, (statementId) => {
    const { attribution } = input;
    if (attribution.status !== "new_person") {
      writeCore(db, statementId, { ...input, attribution });
      return;
    }
    // The person and role are created in this transaction: a refused save (a field error, a conflict found
    // above) leaves neither behind.
    const created = createPersonInPlace(db, attribution.person);
    if (!created.ok) throw new InvalidEdit(created.errors);
    writeCore(db, statementId, {
      ...input,
      attribution: { status: "resolved", person: created.person, role: created.role, note: attribution.note },
    });
    return { created: created.summary };
  });
}

/**
 * Replace the actor's own codes of a record with the given set (propositions left out: no code of theirs), checked
 * against the record's version, and settle the current codes from every coder's (db/queries/review-codes.ts). A
 * single coder's codes are the current ones, as before double coding; the coding pages save through
 * saveOwnCodes (db/queries/review.ts), checked against the coder's own sheet instead, so that a colleague's save
 * never reveals their codes in a conflict.
 */
export function setCodedPositions(db: Db, input: SetCodingsInput & { actorId: string }): RecordWriteResult {
  return writeRecord(db, input.publicId, input.expectedVersion, input.actorId, (statementId) => {
    writeOwnCodes(db, statementId, input.actorId, input.codings);
  });
}

/**
 * Brings a record back to the values of an earlier version, as a new revision (action "restore"): version-checked
 * like an edit, so a page showing an older version gets a conflict and nothing is written. Revisions are never
 * rewritten. People, roles, events, topics or propositions that no longer exist are field errors.
 */
export function restoreRecordVersion(
  db: Db,
  input: {
    publicId: string;
    expectedVersion: number;
    version: number;
    actorId: string;
    /** Whether the actor may settle codes two coders coded (lib/authz.ts "codes:adjudicate"). */
    canAdjudicate?: boolean;
  },
): RecordWriteResult {
  return writeRecord(
    db,
    input.publicId,
    input.expectedVersion,
    input.actorId,
    (statementId, currentVersion) => {
      const target = input.version < currentVersion ? recordStateAt(db, statementId, input.version) : null;
      if (!target) throw new InvalidEdit({ version: `Version ${input.version} cannot be restored.` });
      writeCore(db, statementId, coreFieldsOf(target));
      restoreCodes(
        db,
        statementId,
        target.codings,
        input.actorId,
        input.version,
        input.canAdjudicate ?? false,
      );
    },
    input.version,
  );
}
