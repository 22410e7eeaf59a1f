import { createHash, randomInt } from "node:crypto";
import { asc, eq, inArray, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  type AttributionKind,
  type AttributionStatus,
  type DateBasis,
  type DatePrecision,
  type EventKind,
  type ExtractionDecision,
  events,
  extractionDecisions,
  extractionRuleCounts,
  type OrganizationKind,
  organizations,
  personAliases,
  persons,
  roles,
  type SourceTier,
  type StatementMode,
  sources,
  statementAppearances,
  statements,
  statementTopics,
  topics,
} from "@/db/schema";
import type { KnownEvent, KnownPerson, KnownTopic } from "@/lib/extract/types";
import {
  COLUMN_KEYS,
  INFORMATIONAL_COLUMNS,
  type ParsedRow,
  PUBLIC_ID_ALPHABET,
  type RecordColumn,
  type RecordRow,
  type RowError,
} from "@/lib/records-format";
import { codePointLength, foldForSearch, sliceCodePoints, slugify } from "@/lib/text";
import { allRecordRows, recordRowsByPublicId, recordRowsInOrder } from "./export";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
type Conn = Db | Tx;

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** A new permalink id in the seeds' format: 10 characters, random, from an alphabet without look-alikes. */
export function newPublicId(): string {
  let id = "";
  for (let i = 0; i < 10; i++) id += PUBLIC_ID_ALPHABET[randomInt(PUBLIC_ID_ALPHABET.length)];
  return id;
}

/** People (with aliases and roles), events and topics, for the extraction to link to. */
export function loadKnownEntities(db: Conn): {
  persons: KnownPerson[];
  events: KnownEvent[];
  topics: KnownTopic[];
} {
  const personRows = db.select().from(persons).orderBy(asc(persons.id)).all();
  const aliasRows = db.select().from(personAliases).all();
  const roleRows = db.select().from(roles).orderBy(asc(roles.id)).all();
  return {
    persons: personRows.map((p) => ({
      id: p.id,
      slug: p.slug,
      name: p.name,
      nativeName: p.nativeName,
      givenName: p.givenName,
      familyName: p.familyName,
      country: p.country,
      aliases: aliasRows.filter((a) => a.personId === p.id).map((a) => a.alias),
      roles: roleRows
        .filter((r) => r.personId === p.id)
        .map((r) => ({ id: r.id, title: r.title, rank: r.rank })),
    })),
    events: db
      .select()
      .from(events)
      .orderBy(asc(events.id))
      .all()
      .map((e) => ({
        id: e.id,
        slug: e.slug,
        name: e.name,
        kind: e.kind,
        city: e.city,
        country: e.country,
        startDate: e.startDate,
        endDate: e.endDate,
        datePrecision: e.datePrecision,
        dateBasis: e.dateBasis,
        dateNote: e.dateNote,
      })),
    topics: db
      .select({ slug: topics.slug, name: topics.name, description: topics.description, path: topics.path })
      .from(topics)
      .orderBy(asc(topics.path))
      .all(),
  };
}

export interface DuplicateSource {
  id: number;
  slug: string;
  title: string;
  url: string | null;
  by: "url" | "text";
}

/** A source already stored with the same URL or the same raw text (by its SHA-256). */
export function findDuplicateSource(
  db: Conn,
  input: { url: string | null; rawText: string },
): DuplicateSource | null {
  const hash = sha256Hex(input.rawText);
  const conditions = [eq(sources.rawTextSha256, hash)];
  if (input.url) conditions.push(eq(sources.url, input.url));
  const row = db
    .select({
      id: sources.id,
      slug: sources.slug,
      title: sources.title,
      url: sources.url,
      hash: sources.rawTextSha256,
    })
    .from(sources)
    .where(or(...conditions))
    .get();
  if (!row) return null;
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    url: row.url,
    by: row.hash === hash ? "text" : "url",
  };
}

// The near-duplicate check lives with its index-backed candidate search; callers import it from here as before.
export { findSimilarStatements, type SimilarStatement } from "./near-duplicates";

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
  newEvent: {
    name: string;
    kind: EventKind;
    city: string | null;
    country: string | null;
    startDate: string | null;
    endDate: string | null;
    datePrecision: DatePrecision;
    dateBasis: DateBasis;
    dateNote: string | null;
  } | null;
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

function uniqueSlug(
  db: Conn,
  table: typeof persons | typeof roles | typeof events | typeof sources | typeof organizations,
  wanted: string,
) {
  const base = wanted.slice(0, 80).replace(/-+$/, "") || "item";
  let slug = base;
  for (let n = 2; db.select({ id: table.id }).from(table).where(eq(table.slug, slug)).get(); n++)
    slug = `${base}-${n}`;
  return slug;
}

function insertStatementId(
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

function resolvePerson(tx: Tx, r: ImportRecordInput, key: string): number | null {
  if (r.attributionStatus === "unresolved") return null;
  if (r.personId !== null) {
    if (!tx.select({ id: persons.id }).from(persons).where(eq(persons.id, r.personId)).get())
      throw new ImportError("The chosen person no longer exists.", `${key}.person`);
    return r.personId;
  }
  if (!r.newPerson) throw new ImportError("A resolved attribution needs a speaker.", `${key}.person`);
  const folded = foldForSearch(r.newPerson.name);
  const existing = tx
    .select({ id: persons.id, name: persons.name, nativeName: persons.nativeName })
    .from(persons)
    .all()
    .find((p) => foldForSearch(p.name) === folded || foldForSearch(p.nativeName ?? "") === folded);
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

function resolveRole(tx: Tx, personId: number | null, r: ImportRecordInput, key: string): number | null {
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
function findOrCreateRole(
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
function resolveOrganization(
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

function resolveEvent(tx: Tx, r: ImportRecordInput, key: string): number | null {
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
      kind: e.kind,
      city: e.city,
      country: e.country,
      startDate: e.startDate,
      endDate: e.endDate,
      datePrecision: e.datePrecision,
      dateBasis: e.dateBasis,
      dateNote: e.dateNote,
    })
    .returning({ id: events.id })
    .get().id;
}

function topicIds(tx: Tx, slugs: string[], key: string): number[] {
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

export interface SavedImport {
  sourceSlug: string;
  created: string[];
  appearances: string[];
}

/**
 * Save a reviewed article: the source and every accepted record, in one immediate transaction. A duplicate
 * source (same URL or same text) is refused; records marked as another appearance of a stored statement add an
 * appearance instead of a new record. Any failure rolls everything back.
 */
/** What the reviewer did with one of the extractor's proposals, by the rule that made it. */
export interface ReviewDecision {
  key: string;
  rule: string;
  attributionKind: AttributionKind;
  decision: ExtractionDecision;
}

export function saveImport(
  db: Db,
  source: ImportSourceInput,
  records: Array<ImportRecordInput & { key: string }>,
  decisions: ReviewDecision[] = [],
): SavedImport {
  return db.transaction(
    (tx) => {
      const duplicate = findDuplicateSource(tx, { url: source.url, rawText: source.rawText });
      if (duplicate) {
        throw new ImportError(
          duplicate.by === "url"
            ? `A source with this URL is already stored: "${duplicate.title}".`
            : `This exact text is already stored as "${duplicate.title}".`,
          duplicate.by === "url" ? "url" : "text",
        );
      }
      const hash = sha256Hex(source.rawText);
      const sourceId = tx
        .insert(sources)
        .values({
          slug: uniqueSlug(tx, sources, `${slugify(source.title).slice(0, 60)}-${hash.slice(0, 8)}`),
          outlet: source.outlet,
          title: source.title,
          url: source.url,
          publishedDate: source.publishedDate,
          tier: source.tier,
          language: source.language,
          rawText: source.rawText,
          rawTextSha256: hash,
        })
        .returning({ id: sources.id })
        .get().id;
      const slug =
        tx.select({ slug: sources.slug }).from(sources).where(eq(sources.id, sourceId)).get()?.slug ?? "";
      const rawLength = codePointLength(source.rawText);
      const created: string[] = [];
      const appearances: string[] = [];
      for (const r of records) {
        if (r.evidenceStart < 0 || r.evidenceEnd > rawLength || r.evidenceEnd <= r.evidenceStart)
          throw new ImportError("The evidence lies outside the text.", `${r.key}.evidence`);
        const evidenceText = sliceCodePoints(source.rawText, r.evidenceStart, r.evidenceEnd);
        if (r.appearanceOf) {
          const target = tx
            .select({ id: statements.id })
            .from(statements)
            .where(eq(statements.publicId, r.appearanceOf))
            .get();
          if (!target)
            throw new ImportError(`Record ${r.appearanceOf} no longer exists.`, `${r.key}.appearanceOf`);
          tx.insert(statementAppearances)
            .values({
              statementId: target.id,
              sourceId,
              evidenceStart: r.evidenceStart,
              evidenceEnd: r.evidenceEnd,
              evidenceText,
            })
            .run();
          appearances.push(r.appearanceOf);
          continue;
        }
        const personId = resolvePerson(tx, r, r.key);
        const roleId = resolveRole(tx, personId, r, r.key);
        const eventId = resolveEvent(tx, r, r.key);
        const ids = topicIds(tx, r.topics, r.key);
        const { id, publicId } = insertStatementId(tx, {
          sourceId,
          personId,
          roleId,
          eventId,
          attributionText: r.attributionText,
          attributionKind: r.attributionKind,
          attributionStatus: r.attributionStatus,
          attributionNote: r.attributionNote,
          dateStart: r.dateStart,
          dateEnd: r.dateEnd,
          datePrecision: r.datePrecision,
          dateBasis: r.dateBasis,
          dateNote: r.dateNote,
          mode: r.mode,
          text: r.text,
          evidenceStart: r.evidenceStart,
          evidenceEnd: r.evidenceEnd,
          evidenceText,
          language: r.language,
        });
        for (const topicId of ids) tx.insert(statementTopics).values({ statementId: id, topicId }).run();
        created.push(publicId);
      }
      // In the same transaction as the records: a decision counts only if what it decided was saved.
      for (const d of decisions)
        tx.insert(extractionDecisions)
          .values({
            sourceId,
            candidateKey: d.key,
            rule: d.rule,
            attributionKind: d.attributionKind,
            language: source.language,
            decision: d.decision,
          })
          .run();
      return { sourceSlug: slug, created, appearances };
    },
    { behavior: "immediate" },
  );
}

export interface Appearance {
  sourceTitle: string;
  sourceOutlet: string;
  sourceUrl: string | null;
  publishedDate: string | null;
  evidenceStart: number;
  evidenceEnd: number;
  evidenceText: string;
}

/** Other sources that reported a record's statement (saved as "another appearance" on /import). */
export function listAppearances(db: Conn, publicId: string): Appearance[] {
  return db
    .select({
      sourceTitle: sources.title,
      sourceOutlet: sources.outlet,
      sourceUrl: sources.url,
      publishedDate: sources.publishedDate,
      evidenceStart: statementAppearances.evidenceStart,
      evidenceEnd: statementAppearances.evidenceEnd,
      evidenceText: statementAppearances.evidenceText,
    })
    .from(statementAppearances)
    .innerJoin(statements, eq(statements.id, statementAppearances.statementId))
    .innerJoin(sources, eq(sources.id, statementAppearances.sourceId))
    .where(eq(statements.publicId, publicId))
    .orderBy(asc(sources.publishedDate), asc(statementAppearances.id))
    .all();
}

// ---- Bulk export and import of records ----
// The rows themselves are built by db/queries/export.ts, the one row builder of every export and of the bulk
// import's "already stored" check.

/** The records with these internal ids in the interchange format, in the order given (unknown ids skipped). */
export function* iterateRecordRows(db: Db, ids: readonly number[]): Generator<RecordRow> {
  yield* recordRowsInOrder(db, ids);
}

/** Records in the interchange format, in permalink order: all of them, or those with these public ids. */
export function exportRecords(db: Conn, publicIds?: readonly string[]): RecordRow[] {
  return publicIds ? recordRowsByPublicId(db, publicIds) : allRecordRows(db);
}

export type BulkRowStatus = "new" | "unchanged" | "invalid";

export interface BulkRowPlan {
  row: number;
  publicId: string | null;
  status: BulkRowStatus;
  errors: RowError[];
}

/** The importable columns in which a stored record and a file's row differ (informational ones never count). */
function differingColumns(stored: RecordRow, row: RecordRow): RecordColumn[] {
  return COLUMN_KEYS.filter(
    (k) => !INFORMATIONAL_COLUMNS.has(k) && JSON.stringify(stored[k]) !== JSON.stringify(row[k]),
  );
}

/**
 * Check parsed rows against the database: sources, people, events and topics exist, evidence matches. A row whose
 * public_id is already stored is "unchanged" when its importable columns equal the stored record's (so a file
 * exported from this database, from the positions table or /import/export, imports as "already stored", never as
 * duplicates), and invalid otherwise, naming the columns that differ: bulk import adds records, it does not edit.
 */
export function planBulkImport(db: Conn, rows: ParsedRow[]): BulkRowPlan[] {
  const seenIds = new Map<string, number>();
  const seenContent = new Map<string, number>();
  const stored = new Map(
    exportRecords(
      db,
      rows.flatMap((r) => (r.record ? [r.record.public_id] : [])),
    ).map((r) => [r.public_id, r]),
  );
  return rows.map(({ row, record, errors, cells }) => {
    if (!record) {
      // Also what the row refers to, so that an unknown person shows with a malformed date, not after it.
      const problems = [...errors];
      if (cells) referenceProblems(db, row, cells, problems);
      return {
        row,
        publicId: typeof cells?.public_id === "string" ? cells.public_id : null,
        status: "invalid",
        errors: problems,
      };
    }
    const problems: RowError[] = [];
    const fail = (column: string, message: string) =>
      problems.push({ row, column, message: `${column} ${message}` });
    const earlier = seenIds.get(record.public_id);
    if (earlier) fail("public_id", `repeats row ${earlier}`);
    seenIds.set(record.public_id, row);

    const existing = stored.get(record.public_id);
    if (existing) {
      const differs = differingColumns(existing, record);
      if (differs.length === 0)
        return {
          row,
          publicId: record.public_id,
          status: problems.length ? "invalid" : "unchanged",
          errors: problems,
        };
      fail(
        "public_id",
        `is already stored with different ${differs.join(", ")}; bulk import adds records, it does not edit them`,
      );
      return { row, publicId: record.public_id, status: "invalid", errors: problems };
    }
    referenceProblems(db, row, record, problems);
    // The same statement under another id: same source, speaker, first possible day and text.
    const content = JSON.stringify([
      record.source_sha256,
      record.person_slug,
      record.date_start,
      record.text,
    ]);
    const twin = seenContent.get(content);
    if (twin)
      fail("public_id", `is new, but the row repeats row ${twin} (same source, speaker, date and text)`);
    seenContent.set(content, row);
    const copy = storedCopyOf(db, record);
    if (copy)
      fail(
        "public_id",
        `is new, but the record is already stored as ${copy} (same source, speaker, date and text); leave the row out, or import that record's own row`,
      );
    return { row, publicId: record.public_id, status: problems.length ? "invalid" : "new", errors: problems };
  });
}

/** A stored record with the row's source, speaker, first possible day and text, if any: the row would copy it. */
function storedCopyOf(db: Conn, record: RecordRow): string | null {
  const found = db.get<{ id: string } | undefined>(
    sql`SELECT s.public_id AS id FROM statements s JOIN sources so ON so.id = s.source_id
      LEFT JOIN persons p ON p.id = s.person_id
      WHERE so.raw_text_sha256 = ${record.source_sha256} AND s.text = ${record.text}
        AND s.date_start IS ${record.date_start} AND p.slug IS ${record.person_slug} LIMIT 1`,
  );
  return found?.id ?? null;
}

/**
 * The stored things a row names, checked: its source (and the evidence at its offsets), person, event and topics.
 * Works on a valid record or on an invalid row's cells (each column only when it holds the right type).
 */
function referenceProblems(db: Conn, row: number, r: Record<string, unknown>, problems: RowError[]): void {
  const fail = (column: string, message: string) =>
    problems.push({ row, column, message: `${column} ${message}` });
  if (typeof r.source_sha256 === "string" && /^[0-9a-f]{64}$/.test(r.source_sha256)) {
    const source = db
      .select({ raw: sources.rawText })
      .from(sources)
      .where(eq(sources.rawTextSha256, r.source_sha256))
      .get();
    if (!source) fail("source_sha256", "matches no stored source; import the article's text first");
    else if (
      typeof r.evidence_start === "number" &&
      typeof r.evidence_end === "number" &&
      typeof r.evidence_text === "string" &&
      sliceCodePoints(source.raw, r.evidence_start, r.evidence_end) !== r.evidence_text
    )
      fail("evidence_text", "does not match the source text at those offsets");
  }
  if (
    typeof r.person_slug === "string" &&
    r.person_slug &&
    !db.select({ id: persons.id }).from(persons).where(eq(persons.slug, r.person_slug)).get()
  )
    fail("person_slug", `"${r.person_slug}" is not a known person`);
  if (
    typeof r.event_slug === "string" &&
    r.event_slug &&
    !db.select({ id: events.id }).from(events).where(eq(events.slug, r.event_slug)).get()
  )
    fail("event_slug", `"${r.event_slug}" is not a known event`);
  const wanted = Array.isArray(r.topics)
    ? r.topics.filter((t): t is string => typeof t === "string" && t !== "")
    : [];
  if (wanted.length) {
    const found = db.select({ slug: topics.slug }).from(topics).where(inArray(topics.slug, wanted)).all();
    const missing = wanted.filter((t) => !found.some((f) => f.slug === t));
    if (missing.length) fail("topics", `unknown: ${missing.join(", ")}`);
  }
}

export interface BulkImportResult {
  written: boolean;
  created: string[];
  unchanged: number;
  skipped: number;
  plan: BulkRowPlan[];
}

/**
 * Import parsed rows in one immediate transaction. The plan is made inside it, so what is checked is what is
 * written. Unless validOnly is set, one invalid row means nothing is written.
 */
export function applyBulkImport(
  db: Db,
  rows: ParsedRow[],
  options: { validOnly: boolean },
): BulkImportResult {
  return db.transaction(
    (tx) => {
      const plan = planBulkImport(tx, rows);
      const invalid = plan.filter((p) => p.status === "invalid").length;
      const unchanged = plan.filter((p) => p.status === "unchanged").length;
      if (invalid > 0 && !options.validOnly)
        return { written: false, created: [], unchanged, skipped: invalid, plan };
      const created: string[] = [];
      for (const p of plan) {
        if (p.status !== "new") continue;
        const record = rows.find((r) => r.row === p.row)?.record;
        if (!record) continue;
        const source = tx
          .select({ id: sources.id })
          .from(sources)
          .where(eq(sources.rawTextSha256, record.source_sha256))
          .get();
        const person = record.person_slug
          ? tx.select({ id: persons.id }).from(persons).where(eq(persons.slug, record.person_slug)).get()
          : undefined;
        const event = record.event_slug
          ? tx.select({ id: events.id }).from(events).where(eq(events.slug, record.event_slug)).get()
          : undefined;
        if (!source) throw new Error("source vanished inside the transaction");
        const roleId =
          person && record.role_title
            ? findOrCreateRole(tx, person.id, record.role_title, record.role_rank, null)
            : null;
        const inserted = tx
          .insert(statements)
          .values({
            publicId: record.public_id,
            sourceId: source.id,
            personId: person?.id ?? null,
            roleId,
            eventId: event?.id ?? null,
            attributionText: record.attribution_text,
            attributionKind: record.attribution_kind,
            attributionStatus: record.attribution_status,
            attributionNote: record.attribution_note,
            dateStart: record.date_start,
            dateEnd: record.date_end,
            datePrecision: record.date_precision,
            dateBasis: record.date_basis,
            dateNote: record.date_note,
            mode: record.mode,
            text: record.text,
            evidenceStart: record.evidence_start,
            evidenceEnd: record.evidence_end,
            evidenceText: record.evidence_text,
            language: record.language,
          })
          .returning({ id: statements.id })
          .get();
        for (const topicId of topicIds(tx, record.topics, `row ${p.row}`))
          tx.insert(statementTopics).values({ statementId: inserted.id, topicId }).run();
        created.push(record.public_id);
      }
      return { written: created.length > 0, created, unchanged, skipped: invalid, plan };
    },
    { behavior: "immediate" },
  );
}

export interface RulePrecision {
  rule: string;
  language: string;
  accepted: number;
  corrected: number;
  rejected: number;
  reviewed: number;
  /** Share accepted as proposed, of all reviewed. */
  precision: number;
}

/** Live precision of each extraction rule from reviewers' decisions: one maintained row per rule and language. */
export function listRulePrecision(db: Conn): RulePrecision[] {
  return db
    .select()
    .from(extractionRuleCounts)
    .orderBy(asc(extractionRuleCounts.language), asc(extractionRuleCounts.rule))
    .limit(200)
    .all()
    .map((r) => {
      const reviewed = r.accepted + r.corrected + r.rejected;
      return { ...r, reviewed, precision: reviewed ? r.accepted / reviewed : 0 };
    });
}
