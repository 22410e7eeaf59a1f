import { asc, eq, isNull, or } from "drizzle-orm";
import type { Conn, Db } from "@/db/client";
import {
  type AttributionKind,
  type ExtractionDecision,
  events,
  extractionDecisions,
  extractionRuleCounts,
  personAliases,
  persons,
  roles,
  sources,
  statementAppearances,
  statements,
  statementTopics,
  topics,
} from "@/db/schema";
import type { KnownEvent, KnownPerson, KnownTopic } from "@/lib/extract/types";
import { codePointLength, sliceCodePoints, slugify } from "@/lib/text";

import {
  eventDetails,
  ImportError,
  type ImportRecordInput,
  type ImportSourceInput,
  insertStatementId,
  resolveEvent,
  resolvePerson,
  resolveRole,
  sha256Hex,
  topicIds,
  uniqueSlug,
} from "./import-entities";
import { transaction } from "./transaction";
/** People (with aliases and roles), events and topics, for the extraction to link to. */
export function loadKnownEntities(db: Conn): {
  persons: KnownPerson[];
  events: KnownEvent[];
  topics: KnownTopic[];
} {
  const personRows = db
    .select()
    .from(persons)
    .where(isNull(persons.mergedIntoId))
    .orderBy(asc(persons.id))
    .all();
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
      .where(isNull(events.mergedIntoId))
      .orderBy(asc(events.id))
      .all()
      .map((e) => ({ id: e.id, slug: e.slug, name: e.name, ...eventDetails(e) })),
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
  return transaction(db, "immediate", (tx) => {
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
  });
}

export interface Appearance {
  sourceTitle: string;
  sourceOutlet: string;
  sourceUrl: string | null;
  publishedDate: string | null;
  /** The reporting source's language: a report in another language than the record's is a translation's. */
  language: string;
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
      language: sources.language,
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
