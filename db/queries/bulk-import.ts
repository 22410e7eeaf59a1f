import { and, eq, isNull, sql } from "drizzle-orm";
import type { Conn, Db } from "@/db/client";
import { events, persons, sources, statements, statementTopics, topics } from "@/db/schema";
import {
  COLUMN_KEYS,
  INFORMATIONAL_COLUMNS,
  type ParsedRow,
  type RecordColumn,
  type RecordRow,
  type RowError,
} from "@/lib/records-format";
import { sliceCodePoints } from "@/lib/text";
import { exportRecords } from "./export";
import { findOrCreateRole, topicIds } from "./import-entities";
import { STATEMENT_JOINS_SQL } from "./statement-join";
import { transaction } from "./transaction";

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
  return bulkPlanner(db, rows).next(rows.length);
}

/** Plans a file's rows in order, a batch at a time (the import page shows the progress between batches). */
export interface BulkPlanner {
  total: number;
  /** Rows planned so far. */
  done(): number;
  /** Plans the next `count` rows (fewer at the end); what earlier rows claimed (ids, contents) carries over. */
  next(count: number): BulkRowPlan[];
}

export function bulkPlanner(db: Conn, rows: ParsedRow[]): BulkPlanner {
  const seenIds = new Map<string, number>();
  const seenContent = new Map<string, number>();
  const refs = referenceLookups(db);
  let at = 0;
  const planRow = (
    stored: Map<string, RecordRow>,
    { row, record, errors, cells }: ParsedRow,
  ): BulkRowPlan => {
    if (!record) {
      // Also what the row refers to, so that an unknown person shows with a malformed date, not after it.
      const problems = [...errors];
      if (cells) referenceProblems(refs, row, cells, problems);
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
    referenceProblems(refs, row, record, problems);
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
  };
  return {
    total: rows.length,
    done: () => at,
    next: (count) => {
      const batch = rows.slice(at, at + count);
      at += batch.length;
      const stored = new Map(
        exportRecords(
          db,
          batch.flatMap((r) => (r.record ? [r.record.public_id] : [])),
        ).map((r) => [r.public_id, r]),
      );
      return batch.map((r) => planRow(stored, r));
    },
  };
}

/** A stored record with the row's source, speaker, first possible day and text, if any: the row would copy it. */
function storedCopyOf(db: Conn, record: RecordRow): string | null {
  const found = db.get<{ id: string } | undefined>(
    sql`SELECT s.public_id AS id FROM statements s ${sql.raw(STATEMENT_JOINS_SQL)}
      WHERE so.raw_text_sha256 = ${record.source_sha256} AND s.text = ${record.text}
        AND s.date_start IS ${record.date_start} AND p.slug IS ${record.person_slug} LIMIT 1`,
  );
  return found?.id ?? null;
}

/**
 * What a file's rows refer to, each looked up once per file: a file of 5,000 rows names a few sources, people and
 * events many times over, and looking each up per row (a source with its whole article text) was most of a check.
 */
interface ReferenceLookups {
  sourceText(sha256: string): string | null;
  personExists(slug: string): boolean;
  eventExists(slug: string): boolean;
  topicExists(slug: string): boolean;
}

function memo<T>(lookup: (key: string) => T): (key: string) => T {
  const seen = new Map<string, T>();
  return (key) => {
    if (seen.has(key)) return seen.get(key) as T;
    const value = lookup(key);
    seen.set(key, value);
    return value;
  };
}

function referenceLookups(db: Conn): ReferenceLookups {
  return {
    sourceText: memo(
      (sha) =>
        db.select({ raw: sources.rawText }).from(sources).where(eq(sources.rawTextSha256, sha)).get()?.raw ??
        null,
    ),
    personExists: memo(
      // A person or event merged into another keeps its row but takes no records (migration 0024).
      (slug) =>
        !!db
          .select({ id: persons.id })
          .from(persons)
          .where(and(eq(persons.slug, slug), isNull(persons.mergedIntoId)))
          .get(),
    ),
    eventExists: memo(
      (slug) =>
        !!db
          .select({ id: events.id })
          .from(events)
          .where(and(eq(events.slug, slug), isNull(events.mergedIntoId)))
          .get(),
    ),
    topicExists: memo(
      (slug) => !!db.select({ id: topics.id }).from(topics).where(eq(topics.slug, slug)).get(),
    ),
  };
}

/**
 * The stored things a row names, checked: its source (and the evidence at its offsets), person, event and topics.
 * Works on a valid record or on an invalid row's cells (each column only when it holds the right type).
 */
function referenceProblems(
  refs: ReferenceLookups,
  row: number,
  r: Record<string, unknown>,
  problems: RowError[],
): void {
  const fail = (column: string, message: string) =>
    problems.push({ row, column, message: `${column} ${message}` });
  if (typeof r.source_sha256 === "string" && /^[0-9a-f]{64}$/.test(r.source_sha256)) {
    const raw = refs.sourceText(r.source_sha256);
    if (raw === null) fail("source_sha256", "matches no stored source; import the article's text first");
    else if (
      typeof r.evidence_start === "number" &&
      typeof r.evidence_end === "number" &&
      typeof r.evidence_text === "string" &&
      sliceCodePoints(raw, r.evidence_start, r.evidence_end) !== r.evidence_text
    )
      fail("evidence_text", "does not match the source text at those offsets");
  }
  if (typeof r.person_slug === "string" && r.person_slug && !refs.personExists(r.person_slug))
    fail("person_slug", `"${r.person_slug}" is not a known person`);
  if (typeof r.event_slug === "string" && r.event_slug && !refs.eventExists(r.event_slug))
    fail("event_slug", `"${r.event_slug}" is not a known event`);
  const wanted = Array.isArray(r.topics)
    ? r.topics.filter((t): t is string => typeof t === "string" && t !== "")
    : [];
  const missing = wanted.filter((t) => !refs.topicExists(t));
  if (missing.length) fail("topics", `unknown: ${missing.join(", ")}`);
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
  return transaction(db, "immediate", (tx) => {
    const plan = planBulkImport(tx, rows);
    const invalid = plan.filter((p) => p.status === "invalid").length;
    const unchanged = plan.filter((p) => p.status === "unchanged").length;
    if (invalid > 0 && !options.validOnly)
      return { written: false, created: [], unchanged, skipped: invalid, plan };
    const created: string[] = [];
    const byRow = new Map(rows.map((r) => [r.row, r.record]));
    for (const p of plan) {
      if (p.status !== "new") continue;
      const record = byRow.get(p.row);
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
  });
}
