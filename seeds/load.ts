import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import {
  ATTRIBUTION_KINDS,
  ATTRIBUTION_STATUSES,
  codedPositions,
  DATE_BASES,
  DATE_PRECISIONS,
  EVENT_KINDS,
  events,
  ORGANIZATION_KINDS,
  organizations,
  POSITION_STATUSES,
  personAliases,
  persons,
  propositions,
  roles,
  SOURCE_TIERS,
  STATEMENT_MODES,
  sources,
  statements,
  statementTopics,
  topics,
} from "@/db/schema";
import { cleanDisplayText, sliceCodePoints } from "@/lib/text";

export const SEEDS_DIR = import.meta.dirname;
export const ARTICLES_DIR = path.join(SEEDS_DIR, "articles");

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const evidence = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  text: z.string().min(1),
});

const curatedSchema = z.object({
  topics: z.array(
    z.object({ slug, parent: slug.nullable(), name: z.string(), description: z.string().nullable() }),
  ),
  propositions: z.array(z.object({ slug, topic: slug, label: z.string(), text: z.string() })),
  organizations: z.array(
    z.object({
      slug,
      name: z.string(),
      nativeName: z.string().nullable(),
      kind: z.enum(ORGANIZATION_KINDS),
      country: z.string().length(2).nullable(),
      parent: slug.nullable(),
    }),
  ),
  persons: z.array(
    z.object({
      slug,
      name: z.string(),
      nativeName: z.string().nullable(),
      familyName: z.string().nullable(),
      givenName: z.string().nullable(),
      country: z.string().length(2),
      aliases: z.array(z.string()),
    }),
  ),
  roles: z.array(
    z.object({
      slug,
      person: slug,
      organization: slug.nullable(),
      title: z.string(),
      rank: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
  events: z.array(
    z.object({
      slug,
      name: z.string(),
      series: z.string().nullable(),
      edition: z.number().int().nullable(),
      kind: z.enum(EVENT_KINDS),
      city: z.string().nullable(),
      country: z.string().nullable(),
      startDate: isoDate.nullable(),
      endDate: isoDate.nullable(),
      datePrecision: z.enum(DATE_PRECISIONS),
      dateBasis: z.enum(DATE_BASES),
      dateNote: z.string().nullable(),
      organiser: z.string().nullable(),
      chair: z.string().nullable(),
      documentSymbol: z.string().nullable(),
      outcome: z.string().nullable(),
    }),
  ),
  sources: z.array(
    z.object({
      slug,
      file: z.string(),
      outlet: z.string(),
      title: z.string(),
      url: z.string().url().nullable(),
      publishedDate: isoDate.nullable(),
      retrievedDate: isoDate.nullable(),
      tier: z.enum(SOURCE_TIERS),
      note: z.string().nullable(),
      sha256: z.string().length(64),
    }),
  ),
  statements: z.array(
    z.object({
      publicId: slug,
      source: slug,
      evidence,
      text: z.string().min(1),
      language: z.string(),
      person: slug.nullable(),
      role: slug.nullable(),
      event: slug.nullable(),
      dateStart: isoDate.nullable(),
      dateEnd: isoDate.nullable(),
      datePrecision: z.enum(DATE_PRECISIONS),
      dateBasis: z.enum(DATE_BASES),
      dateNote: z.string().nullable(),
      attributionText: z.string(),
      attributionKind: z.enum(ATTRIBUTION_KINDS),
      attributionStatus: z.enum(ATTRIBUTION_STATUSES),
      attributionNote: z.string().nullable(),
      mode: z.enum(STATEMENT_MODES),
      topics: z.array(slug).min(1),
      positions: z.array(
        z.object({
          proposition: slug,
          status: z.enum(POSITION_STATUSES),
          stance: z.number().int().nullable(),
          basis: z.string().nullable(),
          note: z.string().nullable(),
        }),
      ),
    }),
  ),
  excluded: z.array(z.object({ source: slug, evidence, reason: z.string() })),
});

export type CuratedSeeds = z.infer<typeof curatedSchema>;

export function readCuratedSeeds(): CuratedSeeds {
  const json: unknown = JSON.parse(fs.readFileSync(path.join(SEEDS_DIR, "curated.json"), "utf8"));
  return curatedSchema.parse(json);
}

/** The article exactly as received: read as bytes and decoded, never trimmed or normalised. */
export function readArticle(file: string): string {
  return fs.readFileSync(path.join(ARTICLES_DIR, file)).toString("utf8");
}

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

function idBySlug(rows: { id: number; slug: string }[], wanted: string, kind: string): number {
  const row = rows.find((r) => r.slug === wanted);
  if (!row) throw new Error(`seed refers to unknown ${kind} "${wanted}"`);
  return row.id;
}

export interface SeedReport {
  statementsAdded: number;
  statementsPresent: number;
}

/**
 * Adds whatever curated records the database lacks, in one transaction. Existing rows are left as they are
 * (analysts may have edited them), and public ids come from the seed file, so permalinks survive any re-run.
 */
export function loadSeeds(db: Db, seeds: CuratedSeeds = readCuratedSeeds()): SeedReport {
  const rawBySource = new Map<string, string>();
  for (const source of seeds.sources) {
    const raw = readArticle(source.file);
    if (sha256(raw) !== source.sha256) throw new Error(`seed article ${source.file} does not match its hash`);
    rawBySource.set(source.slug, raw);
  }
  for (const s of seeds.statements) {
    const raw = rawBySource.get(s.source) ?? "";
    if (sliceCodePoints(raw, s.evidence.start, s.evidence.end) !== s.evidence.text) {
      throw new Error(`seed statement ${s.publicId}: evidence offsets do not match the source text`);
    }
  }

  return db.transaction(
    (tx) => {
      for (const t of seeds.topics) {
        const parent = t.parent ? seeds.topics.find((p) => p.slug === t.parent) : undefined;
        const parentRow = parent
          ? tx
              .select({ id: topics.id, path: topics.path })
              .from(topics)
              .where(eq(topics.slug, parent.slug))
              .get()
          : undefined;
        if (t.parent && !parentRow) throw new Error(`topic ${t.slug} listed before its parent ${t.parent}`);
        tx.insert(topics)
          .values({
            slug: t.slug,
            name: t.name,
            description: t.description,
            parentId: parentRow?.id ?? null,
            path: parentRow ? `${parentRow.path}/${t.slug}` : t.slug,
          })
          .onConflictDoNothing()
          .run();
      }
      const topicRows = tx.select({ id: topics.id, slug: topics.slug }).from(topics).all();

      for (const p of seeds.propositions) {
        tx.insert(propositions)
          .values({
            slug: p.slug,
            topicId: idBySlug(topicRows, p.topic, "topic"),
            label: p.label,
            text: p.text,
          })
          .onConflictDoNothing()
          .run();
      }
      const propositionRows = tx
        .select({ id: propositions.id, slug: propositions.slug })
        .from(propositions)
        .all();

      for (const o of seeds.organizations) {
        const orgRows = tx
          .select({ id: organizations.id, slug: organizations.slug })
          .from(organizations)
          .all();
        tx.insert(organizations)
          .values({
            slug: o.slug,
            name: o.name,
            nativeName: o.nativeName,
            kind: o.kind,
            country: o.country,
            parentId: o.parent ? idBySlug(orgRows, o.parent, "organization") : null,
          })
          .onConflictDoNothing()
          .run();
      }
      const orgRows = tx.select({ id: organizations.id, slug: organizations.slug }).from(organizations).all();

      for (const p of seeds.persons) {
        const { aliases, ...person } = p;
        tx.insert(persons).values(person).onConflictDoNothing().run();
        const personId = idBySlug(
          tx.select({ id: persons.id, slug: persons.slug }).from(persons).all(),
          p.slug,
          "person",
        );
        for (const alias of aliases) {
          tx.insert(personAliases).values({ personId, alias }).onConflictDoNothing().run();
        }
      }
      const personRows = tx.select({ id: persons.id, slug: persons.slug }).from(persons).all();

      for (const r of seeds.roles) {
        tx.insert(roles)
          .values({
            slug: r.slug,
            personId: idBySlug(personRows, r.person, "person"),
            organizationId: r.organization ? idBySlug(orgRows, r.organization, "organization") : null,
            title: r.title,
            rank: r.rank,
            note: r.note,
          })
          .onConflictDoNothing()
          .run();
      }
      const roleRows = tx.select({ id: roles.id, slug: roles.slug }).from(roles).all();

      for (const e of seeds.events) tx.insert(events).values(e).onConflictDoNothing().run();
      const eventRows = tx.select({ id: events.id, slug: events.slug }).from(events).all();

      for (const s of seeds.sources) {
        const { file: _file, sha256: hash, ...source } = s;
        tx.insert(sources)
          .values({ ...source, rawText: rawBySource.get(s.slug) ?? "", rawTextSha256: hash })
          .onConflictDoNothing()
          .run();
      }
      const sourceRows = tx.select({ id: sources.id, slug: sources.slug }).from(sources).all();

      let statementsAdded = 0;
      for (const s of seeds.statements) {
        const inserted = tx
          .insert(statements)
          .values({
            publicId: s.publicId,
            sourceId: idBySlug(sourceRows, s.source, "source"),
            personId: s.person ? idBySlug(personRows, s.person, "person") : null,
            roleId: s.role ? idBySlug(roleRows, s.role, "role") : null,
            eventId: s.event ? idBySlug(eventRows, s.event, "event") : null,
            attributionText: s.attributionText,
            attributionKind: s.attributionKind,
            attributionStatus: s.attributionStatus,
            attributionNote: s.attributionNote,
            dateStart: s.dateStart,
            dateEnd: s.dateEnd,
            datePrecision: s.datePrecision,
            dateBasis: s.dateBasis,
            dateNote: s.dateNote,
            mode: s.mode,
            text: cleanDisplayText(s.text),
            evidenceStart: s.evidence.start,
            evidenceEnd: s.evidence.end,
            evidenceText: s.evidence.text,
            language: s.language,
          })
          .onConflictDoNothing()
          .returning({ id: statements.id })
          .get();
        if (!inserted) continue;
        statementsAdded++;
        for (const topic of s.topics) {
          tx.insert(statementTopics)
            .values({ statementId: inserted.id, topicId: idBySlug(topicRows, topic, "topic") })
            .run();
        }
        for (const p of s.positions) {
          tx.insert(codedPositions)
            .values({
              statementId: inserted.id,
              propositionId: idBySlug(propositionRows, p.proposition, "proposition"),
              status: p.status,
              stance: p.stance,
              basis: p.basis,
              note: p.note,
            })
            .run();
        }
      }
      return { statementsAdded, statementsPresent: seeds.statements.length - statementsAdded };
    },
    { behavior: "immediate" },
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { openDatabase } = await import("@/db/client");
  const { migrateDatabase } = await import("@/db/migrate");
  const db = openDatabase();
  migrateDatabase(db);
  console.log(loadSeeds(db));
  db.$client.close();
}
