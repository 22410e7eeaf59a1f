import { and, asc, eq, isNull, ne, type SQL, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  annotations,
  codedPositions,
  personAliases,
  persons,
  roles,
  statementAppearances,
  statements,
} from "@/db/schema";
import { mergedAliases } from "@/lib/person-edit";
import { moveMergedRecords } from "./merge-revisions";
import {
  appendPersonRevision,
  type EditablePerson,
  getEditablePerson,
  type PersonMergeNote,
  personSnapshot,
} from "./person-edit";
import { retireSlug } from "./redirects";
import { transaction } from "./transaction";

/**
 * Merging two people (issue 12): the duplicate's records, roles and names move to the person who stays, the
 * duplicate's names become aliases, its slug redirects, and each of the two gets a revision. The duplicate's row is
 * kept and marked (persons.merged_into_id) so that its own revisions, and older record revisions that name it,
 * stay readable; triggers (migration 0024) refuse anything attached to it afterwards. Codings, annotations and
 * appearances hang off the records, so they follow the records without being touched; the read models follow
 * through the triggers on statements, roles and person_aliases.
 */

export interface MergeCandidate {
  slug: string;
  name: string;
  nativeName: string | null;
  country: string;
}

/** Everyone else who could be this person's duplicate, by name (some hundreds of people whatever the corpus). */
export function listMergeCandidates(db: Db, slug: string): MergeCandidate[] {
  return db
    .select({
      slug: persons.slug,
      name: persons.name,
      nativeName: persons.nativeName,
      country: persons.country,
    })
    .from(persons)
    .where(and(ne(persons.slug, slug), isNull(persons.mergedIntoId)))
    .orderBy(asc(persons.name), asc(persons.slug))
    .all();
}

/** What a merge would move, counted before it is confirmed. */
export interface PersonMergePreview {
  survivor: EditablePerson;
  merged: EditablePerson;
  records: number;
  roles: number;
  /** The names the survivor would gain as aliases (the duplicate's name, native name and aliases, less repeats). */
  newAliases: string[];
  codings: number;
  annotations: number;
  appearances: number;
  /** The duplicate's own edit history, which stays readable under its old record. */
  revisions: number;
}

export function previewPersonMerge(
  db: Db,
  survivorSlug: string,
  mergedSlug: string,
): PersonMergePreview | null {
  if (survivorSlug === mergedSlug) return null;
  const survivor = getEditablePerson(db, survivorSlug);
  const merged = getEditablePerson(db, mergedSlug);
  if (!survivor || !merged) return null;
  return {
    survivor,
    merged,
    ...countOnRecords(db, eq(statements.personId, merged.id)),
    roles: merged.snapshot.roles.length,
    newAliases: mergedAliases(survivor.snapshot, merged.snapshot).filter(
      (a) => !survivor.snapshot.aliases.includes(a),
    ),
    revisions: merged.version - 1,
  };
}

/** What hangs off the records a merge moves (they follow the records untouched), counted for its preview. */
export function countOnRecords(
  db: Db,
  onRecords: SQL,
): { records: number; codings: number; annotations: number; appearances: number } {
  const count = (
    table: typeof codedPositions | typeof annotations | typeof statementAppearances,
    extra?: SQL,
  ) =>
    Number(
      db
        .select({ n: sql<number>`count(*)` })
        .from(table)
        .innerJoin(statements, eq(statements.id, table.statementId))
        .where(extra ? and(onRecords, extra) : onRecords)
        .get()?.n ?? 0,
    );
  return {
    records: Number(db.select({ n: sql<number>`count(*)` }).from(statements).where(onRecords).get()?.n ?? 0),
    codings: count(codedPositions),
    annotations: count(annotations, isNull(annotations.deletedAt)),
    appearances: count(statementAppearances),
  };
}

export interface MergePersonsInput {
  survivorSlug: string;
  mergedSlug: string;
  /** The versions the preview showed: a person edited since then must be looked at again. */
  survivorVersion: number;
  mergedVersion: number;
  actorId: string;
}

export type MergeResult =
  | { ok: true; survivor: EditablePerson; movedRecords: number }
  | { ok: false; reason: "not_found" | "same" }
  | { ok: false; reason: "conflict"; preview: PersonMergePreview };

export function mergePersons(db: Db, input: MergePersonsInput): MergeResult {
  if (input.survivorSlug === input.mergedSlug) return { ok: false, reason: "same" };
  const result = checkedMerge(db, input, previewPersonMerge, (t, preview) => {
    const { survivor, merged } = preview;
    const moved = moveMergedRecords(
      t,
      {
        field: "person",
        fromId: merged.id,
        intoId: survivor.id,
        fromSlug: merged.slug,
        intoSlug: survivor.slug,
      },
      input.actorId,
    );
    t.update(roles).set({ personId: survivor.id }).where(eq(roles.personId, merged.id)).run();
    t.delete(personAliases).where(eq(personAliases.personId, merged.id)).run();
    if (preview.newAliases.length > 0)
      t.insert(personAliases)
        .values(preview.newAliases.map((alias) => ({ personId: survivor.id, alias })))
        .onConflictDoNothing()
        .run();
    t.update(persons).set({ mergedIntoId: survivor.id }).where(eq(persons.id, merged.id)).run();
    retireSlug(t, "person", merged.slug, survivor.slug);

    const survivorAfter = personSnapshot(t, survivor.id);
    const mergedAfter = personSnapshot(t, merged.id);
    if (!survivorAfter || !mergedAfter) throw new Error("person vanished under an immediate transaction");
    const note = (p: EditablePerson, records: number): PersonMergeNote => ({
      slug: p.slug,
      name: p.snapshot.nativeName ?? p.snapshot.name,
      records,
    });
    appendPersonRevision(t, survivor, survivorAfter, input.actorId, { mergedFrom: note(merged, moved) });
    appendPersonRevision(t, merged, mergedAfter, input.actorId, { mergedInto: note(survivor, moved) });
    return {
      survivor: { ...survivor, version: survivor.version + 1, snapshot: survivorAfter },
      movedRecords: moved,
    };
  });
  return result.ok ? { ok: true, ...result.value } : result;
}

/**
 * The frame of a merge (people or events), in one immediate transaction: the preview read again, refused when
 * either side changed since the versions the reader confirmed, then `write`.
 */
export function checkedMerge<P extends { survivor: { version: number }; merged: { version: number } }, R>(
  db: Db,
  input: { survivorSlug: string; mergedSlug: string; survivorVersion: number; mergedVersion: number },
  preview: (t: Db, survivorSlug: string, mergedSlug: string) => P | null,
  write: (t: Db, preview: P) => R,
):
  | { ok: true; value: R }
  | { ok: false; reason: "not_found" }
  | { ok: false; reason: "conflict"; preview: P } {
  return transaction(db, "immediate", (tx) => {
    const t = tx as unknown as Db;
    const p = preview(t, input.survivorSlug, input.mergedSlug);
    if (!p) return { ok: false as const, reason: "not_found" as const };
    if (p.survivor.version !== input.survivorVersion || p.merged.version !== input.mergedVersion)
      return { ok: false as const, reason: "conflict" as const, preview: p };
    return { ok: true as const, value: write(t, p) };
  });
}
