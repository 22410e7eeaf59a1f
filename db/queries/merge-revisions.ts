import { eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { statementRevisions, statements } from "@/db/schema";
import type { RevisionSnapshot } from "./statement-history";
import { getRecordSnapshots } from "./statement-snapshot";

/**
 * A person or event merge moves many records at once (issue 12); each moved record still gets one revision of its
 * own, so its history says who moved it and from what. The action is "edit": adding a "merge" action would mean
 * rebuilding statement_revisions for its CHECK, a full rewrite at 1M records, and the note says what it was.
 * Reads and writes go in chunks of ids (SQLite's bound-parameter limit), three reads and two writes per chunk.
 */

const CHUNK = 500;

export interface MergeMove {
  field: "person" | "event";
  /** The slug the records pointed at before the merge (the merged person or event). */
  fromSlug: string;
  /** Shown in the record's history: "merged into ..." */
  intoSlug: string;
}

/** Call after the records' person_id / event_id were moved, with the ids of the records that moved. */
function appendMergeRevisions(tx: Db, movedIds: number[], move: MergeMove, actorId: string): void {
  for (let i = 0; i < movedIds.length; i += CHUNK) {
    const ids = movedIds.slice(i, i + CHUNK);
    const versions = tx
      .update(statements)
      .set({
        version: sql`${statements.version} + 1`,
        updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`,
      })
      .where(inArray(statements.id, ids))
      .returning({ id: statements.id, version: statements.version })
      .all();
    const after = getRecordSnapshots(tx, ids);
    const rows = versions.map(({ id, version }) => {
      const record = after.get(id);
      if (!record) throw new Error("record vanished under an immediate transaction");
      const snapshot: RevisionSnapshot = {
        record,
        changed: [move.field],
        before: { [move.field]: move.fromSlug },
        merged: { field: move.field, from: move.fromSlug, into: move.intoSlug },
      };
      return { statementId: id, version, action: "edit" as const, snapshot, authorId: actorId };
    });
    if (rows.length > 0) tx.insert(statementRevisions).values(rows).run();
  }
}

/**
 * Moves every record of the merged person or event to the survivor and appends a revision to each; returns how
 * many moved.
 */
export function moveMergedRecords(
  tx: Db,
  move: MergeMove & { fromId: number; intoId: number },
  actorId: string,
): number {
  const column = move.field === "person" ? statements.personId : statements.eventId;
  const movedIds = tx
    .update(statements)
    .set(move.field === "person" ? { personId: move.intoId } : { eventId: move.intoId })
    .where(eq(column, move.fromId))
    .returning({ id: statements.id })
    .all()
    .map((r) => r.id);
  appendMergeRevisions(tx, movedIds, move, actorId);
  return movedIds.length;
}
