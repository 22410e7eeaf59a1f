import { createHash, randomInt } from "node:crypto";
import { asc, eq, inArray, isNull } from "drizzle-orm";
import type { Conn, Tx } from "@/db/client";
import {
  type AttributionKind,
  type AttributionStatus,
  type DateBasis,
  type DatePrecision,
  events,
  type OrganizationKind,
  organizations,
  persons,
  type RedirectKind,
  roles,
  type SourceTier,
  type StatementMode,
  type sources,
  statementAppearances,
  statements,
  topics,
} from "@/db/schema";
import type { KnownEvent } from "@/lib/extract/types";
import { PUBLIC_ID_ALPHABET } from "@/lib/records-format";
import { foldForSearch, slugify } from "@/lib/text";
import { redirectTarget } from "./redirects";

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** A new permalink id in the seeds' format: 10 characters, random, from an alphabet without look-alikes. */
export function newPublicId(): string {
  let id = "";
  for (let i = 0; i < 10; i++) id += PUBLIC_ID_ALPHABET[randomInt(PUBLIC_ID_ALPHABET.length)];
  return id;
}

export interface ImportSourceInput {
  rawText: string;
  title: string;
  outlet: string;
  url: string | null;
  publishedDate: string | null;
  tier: SourceTier;
  language: string;
}

export interface ImportRecordInput {
  /** Store as another appearance of this existing statement instead of a new record. */
  appearanceOf: string | null;
  text: string;
  evidenceStart: number;
  evidenceEnd: number;
  personId: number | null;
  /** A person not yet in the database, created on save. */
  newPerson: { name: string; country: string } | null;
  role: {
    roleId: number | null;
    title: string;
    rank: string | null;
    /** The organisation of the post: an existing one, or one found by name or created with this kind. */
    organization?: { organizationId: number | null; name: string; kind: OrganizationKind } | null;
  } | null;
  eventId: number | null;
  newEvent: Omit<KnownEvent, "id" | "slug"> | null;

  attributionText: string;
  attributionKind: AttributionKind;
  attributionStatus: AttributionStatus;
  attributionNote: string | null;
  dateStart: string | null;
  dateEnd: string | null;
  datePrecision: DatePrecision;
  dateBasis: DateBasis;
  dateNote: string | null;
  mode: StatementMode;
  topics: string[];
  language: string;
}

/** An expected failure inside a save: the transaction rolls back and the message goes to the user. */
export class ImportError extends Error {
  constructor(
    message: string,
    readonly field: string | null = null,
  ) {
    super(message);
  }
}

/**
 * The live person (not merged away) recorded under any of `names`, in either of their name forms, accents and
 * case aside; `exceptId` leaves out the person being edited. Some hundreds of people at a million records: one
 * narrow read, folded in memory.
 */
export function livePersonNamed(
  db: Conn,
  names: readonly (string | null | undefined)[],
  exceptId?: number,
): { id: number; name: string; nativeName: string | null } | undefined {
  const wanted = new Set(names.flatMap((n) => (n ? [foldForSearch(n)] : [])));
  return db
    .select({ id: persons.id, name: persons.name, nativeName: persons.nativeName })
    .from(persons)
    .where(isNull(persons.mergedIntoId))
    .all()
    .find(
      (p) =>
        p.id !== exceptId &&
        (wanted.has(foldForSearch(p.name)) ||
          (p.nativeName !== null && wanted.has(foldForSearch(p.nativeName)))),
    );
}

export function uniqueSlug(
  db: Conn,
  table: typeof persons | typeof roles | typeof events | typeof sources | typeof organizations,
  wanted: string,
) {
  const base = wanted.slice(0, 80).replace(/-+$/, "") || "item";
  // A slug retired by a rename or merge still answers for its old links (slug_redirects): a new person or event
  // taking it would capture them.
  const kind: RedirectKind | null = table === persons ? "person" : table === events ? "event" : null;
  const taken = (slug: string) =>
    db.select({ id: table.id }).from(table).where(eq(table.slug, slug)).get() !== undefined ||
    (kind !== null && redirectTarget(db, kind, slug) !== null);
  let slug = base;
  for (let n = 2; taken(slug); n++) slug = `${base}-${n}`;
  return slug;
}

export function insertStatementId(
  tx: Tx,
  values: Omit<typeof statements.$inferInsert, "publicId">,
): { id: number; publicId: string } {
  for (let attempt = 0; attempt < 5; attempt++) {
    const publicId = newPublicId();
    if (tx.select({ id: statements.id }).from(statements).where(eq(statements.publicId, publicId)).get())
      continue;
    const row = tx
      .insert(statements)
      .values({ ...values, publicId })
      .returning({ id: statements.id })
      .get();
    return { id: row.id, publicId };
  }
  throw new Error("could not draw an unused public id");
}

export function resolvePerson(tx: Tx, r: ImportRecordInput, key: string): number | null {
  if (r.attributionStatus === "unresolved") return null;
  if (r.personId !== null) {
    const chosen = tx
      .select({ mergedInto: persons.mergedIntoId })
      .from(persons)
      .where(eq(persons.id, r.personId))
      .get();
    if (!chosen) throw new ImportError("The chosen person no longer exists.", `${key}.person`);
    if (chosen.mergedInto !== null)
      throw new ImportError(
        "The chosen person was merged into another: choose them instead.",
        `${key}.person`,
      );
    return r.personId;
  }
  if (!r.newPerson) throw new ImportError("A resolved attribution needs a speaker.", `${key}.person`);
  const existing = livePersonNamed(tx, [r.newPerson.name]);
  if (existing) return existing.id;
  // Names are stored in their usual English form; a name written with diacritics is also the native form.
  const written = r.newPerson.name.trim().normalize("NFC");
  const english = written
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
  const words = english.split(/\s+/);
  return tx
    .insert(persons)
    .values({
      slug: uniqueSlug(tx, persons, slugify(written)),
      name: english,
      nativeName: english !== written ? written : null,
      familyName: words.length > 1 ? (words[0] ?? null) : null,
      givenName: words.length > 1 ? (words.at(-1) ?? null) : null,
      country: r.newPerson.country,
    })
    .returning({ id: persons.id })
    .get().id;
}

export function resolveRole(
  tx: Tx,
  personId: number | null,
  r: ImportRecordInput,
  key: string,
): number | null {
  if (!r.role || personId === null) return null;
  if (r.role.roleId !== null) {
    const row = tx.select({ personId: roles.personId }).from(roles).where(eq(roles.id, r.role.roleId)).get();
    if (!row || row.personId !== personId)
      throw new ImportError("The chosen role is not this person's.", `${key}.role`);
    return r.role.roleId;
  }
  const organizationId = r.role.organization ? resolveOrganization(tx, r.role.organization, key) : null;
  return findOrCreateRole(tx, personId, r.role.title, r.role.rank, organizationId);
}

/**
 * Per distinct (person, title, rank, organisation when given): two records of one person with the same post share
 * a role record, one that differs in rank or organisation gets its own. Never changes a stored role, so editing one
 * candidate cannot alter what another candidate (or an earlier record) points to.
 */
export function findOrCreateRole(
  tx: Tx,
  personId: number,
  title: string,
  rank: string | null,
  organizationId: number | null,
): number {
  const fold = (s: string | null) => foldForSearch((s ?? "").trim());
  const existing = tx
    .select({ id: roles.id, title: roles.title, rank: roles.rank, organizationId: roles.organizationId })
    .from(roles)
    .where(eq(roles.personId, personId))
    .orderBy(asc(roles.id))
    .all()
    .find(
      (x) =>
        fold(x.title) === fold(title) &&
        fold(x.rank) === fold(rank) &&
        (organizationId === null || x.organizationId === organizationId),
    );
  if (existing) return existing.id;
  const person = tx.select({ slug: persons.slug }).from(persons).where(eq(persons.id, personId)).get();
  return tx
    .insert(roles)
    .values({
      slug: uniqueSlug(tx, roles, `${person?.slug ?? "person"}-${slugify(title)}`),
      personId,
      organizationId,
      title: title.trim(),
      rank: rank?.trim() || null,
    })
    .returning({ id: roles.id })
    .get().id;
}

/** An organisation chosen by id, else found by its name (any form, folded), else created with the given kind. */
export function resolveOrganization(
  tx: Tx,
  org: { organizationId: number | null; name: string; kind: OrganizationKind },
  key: string,
): number {
  if (org.organizationId !== null) {
    if (
      !tx
        .select({ id: organizations.id })
        .from(organizations)
        .where(eq(organizations.id, org.organizationId))
        .get()
    )
      throw new ImportError("The chosen organisation no longer exists.", `${key}.organization`);
    return org.organizationId;
  }
  const folded = foldForSearch(org.name.trim());
  const existing = tx
    .select({ id: organizations.id, name: organizations.name, nativeName: organizations.nativeName })
    .from(organizations)
    .all()
    .find((o) => foldForSearch(o.name) === folded || foldForSearch(o.nativeName ?? "") === folded);
  if (existing) return existing.id;
  return tx
    .insert(organizations)
    .values({
      slug: uniqueSlug(tx, organizations, slugify(org.name).slice(0, 60)),
      name: org.name.trim(),
      kind: org.kind,
    })
    .returning({ id: organizations.id })
    .get().id;
}

/** Organisations to pick from on the review page. */
export function listOrganizations(db: Conn): Array<{ id: number; name: string; kind: OrganizationKind }> {
  return db
    .select({ id: organizations.id, name: organizations.name, kind: organizations.kind })
    .from(organizations)
    .orderBy(asc(organizations.name))
    .all();
}

/** The records first stored from a source, and those it is another appearance of: where a re-import leads. */
export function listSourceRecords(db: Conn, sourceId: number): Array<{ publicId: string; text: string }> {
  const own = db
    .select({ publicId: statements.publicId, text: statements.text })
    .from(statements)
    .where(eq(statements.sourceId, sourceId))
    .orderBy(asc(statements.evidenceStart))
    .all();
  const also = db
    .select({ publicId: statements.publicId, text: statements.text })
    .from(statementAppearances)
    .innerJoin(statements, eq(statements.id, statementAppearances.statementId))
    .where(eq(statementAppearances.sourceId, sourceId))
    .orderBy(asc(statementAppearances.evidenceStart))
    .all();
  return [...own, ...also.filter((a) => !own.some((o) => o.publicId === a.publicId))];
}

export function resolveEvent(tx: Tx, r: ImportRecordInput, key: string): number | null {
  if (r.eventId !== null) {
    if (!tx.select({ id: events.id }).from(events).where(eq(events.id, r.eventId)).get())
      throw new ImportError("The chosen event no longer exists.", `${key}.event`);
    return r.eventId;
  }
  if (!r.newEvent) return null;
  const e = r.newEvent;
  const folded = foldForSearch(e.name);
  const existing = tx
    .select({ id: events.id, name: events.name, startDate: events.startDate })
    .from(events)
    .all()
    .find((x) => foldForSearch(x.name) === folded && x.startDate === e.startDate);
  if (existing) return existing.id;
  return tx
    .insert(events)
    .values({
      slug: uniqueSlug(tx, events, `${slugify(e.name).slice(0, 60)}${e.startDate ? `-${e.startDate}` : ""}`),
      name: e.name.trim(),
      ...eventDetails(e),
    })
    .returning({ id: events.id })
    .get().id;
}

/** An event's fields besides its id, slug and name, as the importers copy them from what the extractor knows. */
export function eventDetails(
  e: Omit<KnownEvent, "id" | "slug" | "name">,
): Omit<KnownEvent, "id" | "slug" | "name"> {
  const { kind, city, country, startDate, endDate, datePrecision, dateBasis, dateNote } = e;
  return { kind, city, country, startDate, endDate, datePrecision, dateBasis, dateNote };
}

export function topicIds(tx: Tx, slugs: string[], key: string): number[] {
  const unique = [...new Set(slugs)];
  if (unique.length === 0) return [];
  const rows = tx
    .select({ id: topics.id, slug: topics.slug })
    .from(topics)
    .where(inArray(topics.slug, unique))
    .all();
  const missing = unique.filter((s) => !rows.some((r) => r.slug === s));
  if (missing.length) throw new ImportError(`Unknown topics: ${missing.join(", ")}.`, `${key}.topics`);
  return rows.map((r) => r.id);
}
