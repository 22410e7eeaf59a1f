import { desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { statementRevisions, users } from "@/db/schema";
import type { RecordSnapshot } from "@/lib/record-edit";
import { describeChanges, type FieldChange, type HistoryNames, stateBefore } from "@/lib/record-history";

/** A record's revisions: what each stored, the state at a version, and the history in words. */

/** What a revision stores: the state after it, the fields it changed and their values before it. */
export interface RevisionSnapshot {
  record: RecordSnapshot;
  changed: string[];
  /** Old values of the changed fields; absent on revisions written before old values were kept. */
  before?: Partial<RecordSnapshot>;
  /** On a restore: the version whose values it brought back. */
  restoredFrom?: number;
  /** People and roles the edit created in place, in words ("Created the person Lương Cường (Luong Cuong), VN"). */
  created?: string[];
  /** On a record moved by a person or event merge (db/queries/merge-revisions.ts): from which slug to which. */
  merged?: { field: "person" | "event"; from: string; into: string };
}

function revisionSnapshot(db: Db, statementId: number, version: number): RevisionSnapshot | null {
  const raw = db.$client
    .prepare("SELECT snapshot FROM statement_revisions WHERE statement_id = ? AND version = ?")
    .pluck()
    .get(statementId, version) as string | undefined;
  return raw === undefined ? null : (JSON.parse(raw) as RevisionSnapshot);
}

/**
 * The record as it stood at `version`: the state a revision saved, or, for a version no revision saved (the
 * record as first recorded), the next revision's state with the old values it kept. Null when not known.
 */
export function recordStateAt(db: Db, statementId: number, version: number): RecordSnapshot | null {
  const at = revisionSnapshot(db, statementId, version);
  if (at) return at.record;
  const next = revisionSnapshot(db, statementId, version + 1);
  return next?.before ? stateBefore(next.record, next.before) : null;
}

export interface StatementRevisionView {
  version: number;
  action: string;
  authorName: string;
  createdAt: string;
  changed: string[];
  record: RecordSnapshot;
}

/** A record's edit history, newest first. */
export function countStatementRevisions(db: Db, statementId: number): number {
  return db.$client
    .prepare("SELECT count(*) FROM statement_revisions WHERE statement_id = ?")
    .pluck()
    .get(statementId) as number;
}

/** A record's revisions, newest first: all of them, or the newest `limit`. */
export function listStatementRevisions(db: Db, statementId: number, limit?: number): StatementRevisionView[] {
  const query = db
    .select({
      version: statementRevisions.version,
      action: statementRevisions.action,
      snapshot: statementRevisions.snapshot,
      createdAt: statementRevisions.createdAt,
      authorName: users.name,
    })
    .from(statementRevisions)
    .innerJoin(users, eq(users.id, statementRevisions.authorId))
    .where(eq(statementRevisions.statementId, statementId))
    .orderBy(desc(statementRevisions.version));
  return (limit === undefined ? query : query.limit(limit)).all().map((r) => {
    const snap = r.snapshot as { record: RecordSnapshot; changed: string[] };
    return {
      version: r.version,
      action: r.action,
      authorName: r.authorName,
      createdAt: r.createdAt,
      changed: snap.changed,
      record: snap.record,
    };
  });
}

export interface RecordHistoryEntry {
  version: number;
  action: string;
  /** Null for the record as first recorded (no revision saved it). */
  authorName: string | null;
  createdAt: string | null;
  restoredFrom: number | null;
  changes: FieldChange[];
  /** Whether "Restore this version" is offered: every known state but the current one. */
  restorable: boolean;
  /** People and roles this revision created in place. */
  created: string[];
}

function namesBySlug(
  db: Db,
  table: "persons" | "roles" | "events" | "topics" | "propositions",
  slugs: Set<string>,
) {
  if (slugs.size === 0) return new Map<string, string>();
  const column =
    table === "persons"
      ? "coalesce(native_name, name)"
      : table === "roles"
        ? "title"
        : table === "propositions"
          ? "label"
          : "name";
  const list = [...slugs];
  const rows = db.$client
    .prepare(`SELECT slug, ${column} FROM ${table} WHERE slug IN (${list.map(() => "?").join(",")})`)
    .raw()
    .all(...list) as [string, string][];
  return new Map(rows);
}

/** The names of the people, roles, events, topics and propositions some snapshots mention, by slug. */
export function historyNames(db: Db, snapshots: readonly RecordSnapshot[]): HistoryNames {
  const slugs = {
    persons: new Set<string>(),
    roles: new Set<string>(),
    events: new Set<string>(),
    topics: new Set<string>(),
    propositions: new Set<string>(),
  };
  for (const s of snapshots) {
    if (s.person) slugs.persons.add(s.person);
    if (s.role) slugs.roles.add(s.role);
    if (s.event) slugs.events.add(s.event);
    for (const t of s.topics) slugs.topics.add(t);
    for (const c of s.codings) slugs.propositions.add(c.proposition);
  }
  return {
    persons: namesBySlug(db, "persons", slugs.persons),
    roles: namesBySlug(db, "roles", slugs.roles),
    events: namesBySlug(db, "events", slugs.events),
    topics: namesBySlug(db, "topics", slugs.topics),
    propositions: namesBySlug(db, "propositions", slugs.propositions),
  };
}

/**
 * A record's history, newest first, each revision with its changes as old -> new values in words. Reads the newest
 * `limit` revisions plus one (the state before the oldest listed), and the names of what they mention: its cost
 * follows the number of versions shown, never the corpus. When the whole history is listed and the first revision
 * kept its old values, the record as first recorded closes the list, restorable too.
 */
export function getRecordHistory(
  db: Db,
  statementId: number,
  currentVersion: number,
  limit?: number,
): RecordHistoryEntry[] {
  const rows = db.$client
    .prepare(
      `SELECT r.version, r.action, r.snapshot, r.created_at AS createdAt, u.name AS authorName
       FROM statement_revisions r JOIN users u ON u.id = r.author_id
       WHERE r.statement_id = ? ORDER BY r.version DESC ${limit === undefined ? "" : "LIMIT ?"}`,
    )
    .all(...(limit === undefined ? [statementId] : [statementId, limit + 1])) as {
    version: number;
    action: string;
    snapshot: string;
    createdAt: string;
    authorName: string;
  }[];
  const revisions = rows.map((r) => ({ ...r, snap: JSON.parse(r.snapshot) as RevisionSnapshot }));
  const shown = limit === undefined ? revisions : revisions.slice(0, limit);
  const complete = shown.length === revisions.length;
  const oldest = revisions.at(-1);
  const original =
    complete && oldest?.snap.before && oldest.version > 1
      ? { version: oldest.version - 1, record: stateBefore(oldest.snap.record, oldest.snap.before) }
      : null;

  const names = historyNames(db, [
    ...revisions.map((r) => r.snap.record),
    ...(original ? [original.record] : []),
  ]);

  const entries: RecordHistoryEntry[] = shown.map((r, i) => {
    const previous = revisions[i + 1];
    const before = r.snap.before
      ? stateBefore(r.snap.record, r.snap.before)
      : previous && previous.version === r.version - 1
        ? previous.snap.record
        : null;
    return {
      version: r.version,
      action: r.action,
      authorName: r.authorName,
      createdAt: r.createdAt,
      restoredFrom: r.snap.restoredFrom ?? null,
      changes: describeChanges(r.snap.changed, before, r.snap.record, names),
      restorable: r.version !== currentVersion,
      created: r.snap.created ?? [],
    };
  });
  if (original)
    entries.push({
      version: original.version,
      action: "create",
      authorName: null,
      createdAt: null,
      restoredFrom: null,
      changes: [],
      restorable: original.version !== currentVersion,
      created: [],
    });
  return entries;
}
