import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { organizations, personAliases, personRevisions, persons, roles, users } from "@/db/schema";
import {
  type PersonChange,
  type PersonSnapshot,
  personChanges,
  roleDateText,
  type UpdatePersonInput,
  updatePersonInput,
} from "@/lib/person-edit";
import { roleSpan } from "@/lib/record-edit";
import { slugify } from "@/lib/text";
import { livePersonNamed, uniqueSlug } from "./import-entities";
import { transaction } from "./transaction";

/**
 * Editing a person (issue 12): names, native name, country, aliases and roles in one immediate transaction that
 * checks the version the editor started from, writes, and appends a revision (person_revisions, migration
 * 0021_person_revisions.sql) with the state before and after. A person's version is their latest revision's (1
 * before any edit). The read models follow through the triggers on persons, person_aliases and roles.
 */

export interface EditablePerson {
  id: number;
  slug: string;
  version: number;
  snapshot: PersonSnapshot;
}

export function personSnapshot(db: Db, personId: number): PersonSnapshot | null {
  const p = db.select().from(persons).where(eq(persons.id, personId)).get();
  if (!p) return null;
  const aliases = db
    .select({ alias: personAliases.alias })
    .from(personAliases)
    .where(eq(personAliases.personId, personId))
    .orderBy(asc(personAliases.alias))
    .all()
    .map((a) => a.alias);
  const roleRows = db
    .select({
      slug: roles.slug,
      title: roles.title,
      rank: roles.rank,
      organization: organizations.slug,
      startDate: roles.startDate,
      startPrecision: roles.startPrecision,
      endDate: roles.endDate,
      endPrecision: roles.endPrecision,
    })
    .from(roles)
    .leftJoin(organizations, eq(organizations.id, roles.organizationId))
    .where(eq(roles.personId, personId))
    .orderBy(asc(roles.id))
    .all();
  return {
    name: p.name,
    nativeName: p.nativeName,
    country: p.country,
    aliases,
    roles: roleRows.map((r) => ({
      slug: r.slug,
      title: r.title,
      rank: r.rank,
      organization: r.organization,
      start: roleDateText(r.startDate, r.startPrecision),
      end: roleDateText(r.endDate, r.endPrecision),
    })),
  };
}

function currentVersion(db: Db, personId: number): number {
  // Through drizzle, not $client: inside a transaction `db` is drizzle's transaction object.
  const row = db
    .select({ v: sql<number>`coalesce(max(${personRevisions.version}), 1)` })
    .from(personRevisions)
    .where(eq(personRevisions.personId, personId))
    .get();
  return Number(row?.v ?? 1);
}

/** A live person by slug; a person merged into another is no longer editable (its slug redirects). */
export function getEditablePerson(db: Db, slug: string): EditablePerson | null {
  const row = db
    .select({ id: persons.id })
    .from(persons)
    .where(and(eq(persons.slug, slug), isNull(persons.mergedIntoId)))
    .get();
  if (!row) return null;
  const snapshot = personSnapshot(db, row.id);
  return snapshot ? { id: row.id, slug, version: currentVersion(db, row.id), snapshot } : null;
}

export type PersonWriteResult =
  | { ok: true; person: EditablePerson }
  | { ok: false; reason: "not_found" }
  | { ok: false; reason: "conflict"; current: EditablePerson }
  | { ok: false; reason: "invalid"; fieldErrors: Record<string, string> };

class InvalidPersonEdit extends Error {
  constructor(readonly fieldErrors: Record<string, string>) {
    super("invalid person edit");
  }
}

export function updatePerson(db: Db, input: UpdatePersonInput & { actorId: string }): PersonWriteResult {
  return commitPersonWrite(db, input.slug, input.expectedVersion, input.actorId, () => ({ input }));
}

export interface RestorePersonInput {
  slug: string;
  /** The version whose values come back. */
  version: number;
  /** The version the restoring reader was looking at. */
  expectedVersion: number;
  actorId: string;
}

/**
 * Brings back the names, country, aliases and roles of an earlier version as a new revision; the history itself
 * is never rewritten. Roles added since stay (records may be filed under them), with their values as they are.
 */
export function restorePersonVersion(db: Db, input: RestorePersonInput): PersonWriteResult {
  return commitPersonWrite(db, input.slug, input.expectedVersion, input.actorId, (t, current) => {
    const state = personStateAt(t, current.id, input.version);
    if (!state) return null;
    const parsed = updatePersonInput.safeParse({
      slug: current.slug,
      expectedVersion: current.version,
      ...state,
    });
    if (!parsed.success) throw new InvalidPersonEdit({ version: "That version can no longer be restored." });
    return { input: parsed.data, extra: { restoredFrom: input.version } };
  });
}

/** A person's values at `version`: that revision's after-state, or for version 1 the first edit's before-state. */
function personStateAt(db: Db, personId: number, version: number): PersonSnapshot | null {
  const at = (v: number) =>
    db
      .select({ snapshot: personRevisions.snapshot })
      .from(personRevisions)
      .where(and(eq(personRevisions.personId, personId), eq(personRevisions.version, v)))
      .get()?.snapshot as { person: PersonSnapshot; before: PersonSnapshot } | undefined;
  if (version > 1) return at(version)?.person ?? null;
  return version === 1 ? (at(2)?.before ?? null) : null;
}

/** One immediate transaction: check the version the editor started from, write, append a revision if anything changed. */
function commitPersonWrite(
  db: Db,
  slug: string,
  expectedVersion: number,
  actorId: string,
  build: (
    t: Db,
    current: EditablePerson,
  ) => { input: UpdatePersonInput; extra?: Record<string, unknown> } | null,
): PersonWriteResult {
  try {
    return transaction(db, "immediate", (tx) => {
      const t = tx as unknown as Db;
      const current = getEditablePerson(t, slug);
      if (!current) return { ok: false as const, reason: "not_found" as const };
      if (current.version !== expectedVersion)
        return { ok: false as const, reason: "conflict" as const, current };
      const change = build(t, current);
      if (!change) return { ok: false as const, reason: "not_found" as const };
      writePerson(t, current, change.input);
      const after = personSnapshot(t, current.id);
      if (!after) throw new Error("person vanished under an immediate transaction");
      if (JSON.stringify(after) === JSON.stringify(current.snapshot))
        return { ok: true as const, person: current };
      appendPersonRevision(t, current, after, actorId, change.extra);
      return { ok: true as const, person: { ...current, version: current.version + 1, snapshot: after } };
    });
  } catch (error) {
    if (error instanceof InvalidPersonEdit)
      return { ok: false, reason: "invalid", fieldErrors: error.fieldErrors };
    throw error;
  }
}

/** The next revision of a person: the state after, the state before, and what a merge or restore adds. */
export function appendPersonRevision(
  db: Db,
  person: EditablePerson,
  after: PersonSnapshot,
  authorId: string,
  extra: Record<string, unknown> = {},
): void {
  db.insert(personRevisions)
    .values({
      personId: person.id,
      version: person.version + 1,
      snapshot: { person: after, before: person.snapshot, ...extra },
      authorId,
    })
    .run();
}

function writePerson(db: Db, current: EditablePerson, input: UpdatePersonInput): void {
  const errors: Record<string, string> = {};
  const taken = livePersonNamed(db, [input.name, input.nativeName], current.id);
  if (taken) errors.name = `Another person is recorded as ${taken.nativeName ?? taken.name}.`;
  const own = new Map(
    db
      .select({ id: roles.id, slug: roles.slug })
      .from(roles)
      .where(eq(roles.personId, current.id))
      .all()
      .map((r) => [r.slug, r.id]),
  );
  const orgSlugs = [...new Set(input.roles.flatMap((r) => (r.organization ? [r.organization] : [])))];
  const orgs = new Map(
    orgSlugs.length
      ? db
          .select({ id: organizations.id, slug: organizations.slug })
          .from(organizations)
          .where(inArray(organizations.slug, orgSlugs))
          .all()
          .map((o) => [o.slug, o.id])
      : [],
  );
  input.roles.forEach((r, i) => {
    if (r.slug !== null && !own.has(r.slug)) errors[`roles.${i}.title`] = "Not one of this person's roles.";
    if (r.organization !== null && !orgs.has(r.organization))
      errors[`roles.${i}.organization`] = "No such organisation.";
  });
  if (Object.keys(errors).length > 0) throw new InvalidPersonEdit(errors);

  db.update(persons)
    .set({ name: input.name, nativeName: input.nativeName, country: input.country })
    .where(eq(persons.id, current.id))
    .run();
  // Only the differences, so the alias triggers (the search index) see real changes only.
  const had = new Set(current.snapshot.aliases);
  const keep = new Set(input.aliases);
  const gone = [...had].filter((a) => !keep.has(a));
  if (gone.length > 0)
    db.delete(personAliases)
      .where(and(eq(personAliases.personId, current.id), inArray(personAliases.alias, gone)))
      .run();
  const added = input.aliases.filter((a) => !had.has(a));
  if (added.length > 0)
    db.insert(personAliases)
      .values(added.map((alias) => ({ personId: current.id, alias })))
      .run();

  for (const r of input.roles) {
    const span = roleSpan(r.start, r.end);
    if (!span.ok) throw new InvalidPersonEdit({ roles: "A role's dates are not valid." });
    const values = {
      title: r.title,
      rank: r.rank,
      organizationId: r.organization === null ? null : (orgs.get(r.organization) ?? null),
      ...span.span,
    };
    const id = r.slug === null ? undefined : own.get(r.slug);
    if (id !== undefined) db.update(roles).set(values).where(eq(roles.id, id)).run();
    else
      db.insert(roles)
        .values({
          ...values,
          personId: current.id,
          slug: uniqueSlug(db, roles, `${current.slug}-${slugify(r.title)}`.slice(0, 80)),
        })
        .run();
  }
}

export interface PersonHistoryEntry {
  version: number;
  authorName: string;
  createdAt: string;
  changes: PersonChange[];
  /** Set on a merge: who was merged in, or (on the merged person) who they were merged into. */
  mergedFrom?: PersonMergeNote;
  mergedInto?: PersonMergeNote;
  /** Set on a restore: the version whose values came back. */
  restoredFrom?: number;
}

/** What a merge revision notes about the other person. */
export interface PersonMergeNote {
  slug: string;
  name: string;
  records: number;
}

interface StoredPersonRevision {
  person: PersonSnapshot;
  before: PersonSnapshot;
  mergedFrom?: PersonMergeNote;
  mergedInto?: PersonMergeNote;
  restoredFrom?: number;
}

/** The newest `limit` edits of a person, newest first, each as old -> new values: its cost follows the edits shown. */
export function getPersonHistory(db: Db, personId: number, limit = 20): PersonHistoryEntry[] {
  const rows = db
    .select({
      version: personRevisions.version,
      snapshot: personRevisions.snapshot,
      createdAt: personRevisions.createdAt,
      authorName: users.name,
    })
    .from(personRevisions)
    .innerJoin(users, eq(users.id, personRevisions.authorId))
    .where(eq(personRevisions.personId, personId))
    .orderBy(desc(personRevisions.version))
    .limit(limit)
    .all();
  const names = new Map(
    db
      .select({ slug: organizations.slug, name: organizations.name })
      .from(organizations)
      .all()
      .map((o) => [o.slug, o.name]),
  );
  return rows.map((r) => {
    const snap = r.snapshot as StoredPersonRevision;
    return {
      version: r.version,
      authorName: r.authorName,
      createdAt: r.createdAt,
      changes: personChanges(snap.before, snap.person, names),
      ...(snap.mergedFrom && { mergedFrom: snap.mergedFrom }),
      ...(snap.mergedInto && { mergedInto: snap.mergedInto }),
      ...(snap.restoredFrom !== undefined && { restoredFrom: snap.restoredFrom }),
    };
  });
}

/** The organisations a role may belong to, by name (tens of rows whatever the corpus). */
export function listOrganizationOptions(db: Db): { slug: string; name: string }[] {
  return db
    .select({ slug: organizations.slug, name: organizations.name })
    .from(organizations)
    .orderBy(asc(organizations.name))
    .all();
}
