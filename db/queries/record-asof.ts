import type { Db } from "@/db/client";
import type { RecordSnapshot } from "@/lib/record-edit";
import {
  describeChanges,
  type FieldChange,
  type HistoryNames,
  RECORD_FIELD_LABELS,
} from "@/lib/record-history";
import { historyNames, recordStateAt } from "./statement-history";
import { getRecordSnapshot } from "./statement-snapshot";

/**
 * A record as it stood at a moment (`asof`), read from its append-only revisions: the version current then is the
 * newest revision made by that moment, or the record as first recorded. Costs one indexed lookup and one or two
 * revision reads, whatever the corpus holds.
 */
export type RecordAsOf =
  /** The record had not been recorded yet. */
  | { kind: "not-yet"; recordedAt: string }
  /** Nothing has changed since: the record reads as it does now. */
  | { kind: "current"; version: number }
  | {
      kind: "older";
      version: number;
      currentVersion: number;
      /** Null when that version's values were never kept (revisions written before old values were). */
      record: RecordSnapshot | null;
      names: HistoryNames;
      /** What differs from the record as it is now, old -> new. */
      since: FieldChange[];
      /** When the first change after that moment was made. */
      changedAt: string;
    };

export function recordAsOf(
  db: Db,
  statement: { id: number; version: number; createdAt: string },
  asof: string,
): RecordAsOf {
  if (statement.createdAt > asof) return { kind: "not-yet", recordedAt: statement.createdAt };
  const sqlite = db.$client;
  const then = sqlite
    .prepare("SELECT max(version) FROM statement_revisions WHERE statement_id = ? AND created_at <= ?")
    .pluck()
    .get(statement.id, asof) as number | null;
  // A record's first version is the one it was recorded with; no revision saves it.
  const version = then ?? 1;
  if (version >= statement.version) return { kind: "current", version: statement.version };
  const changedAt = sqlite
    .prepare("SELECT created_at FROM statement_revisions WHERE statement_id = ? AND version = ?")
    .pluck()
    .get(statement.id, version + 1) as string;
  const record = recordStateAt(db, statement.id, version);
  const now = getRecordSnapshot(db, statement.id);
  const names = historyNames(
    db,
    [record, now].filter((s): s is RecordSnapshot => s !== null),
  );
  const since = record && now ? describeChanges(Object.keys(RECORD_FIELD_LABELS), record, now, names) : [];
  return { kind: "older", version, currentVersion: statement.version, record, names, since, changedAt };
}
