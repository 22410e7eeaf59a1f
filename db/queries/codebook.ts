import type { Db } from "@/db/client";
import type { CodebookChangeKind } from "@/db/schema";
import type { PropositionSnapshot, TopicSnapshot } from "@/lib/codebook";
import { LIST_PAGE_SIZE } from "@/lib/entity-list-view";

/**
 * Reading the codebook for its editor (issue 12): the whole tree with its propositions (the codebook is some
 * tens of topics, not the corpus), the current codebook version, and the history of versions a page at a time.
 * The writes are in codebook-edit.ts.
 */

export interface CodebookProposition {
  slug: string;
  label: string;
  text: string;
}

export interface CodebookTopic {
  slug: string;
  name: string;
  description: string | null;
  path: string;
  depth: number;
  parent: string | null;
  /** Records filed under it or a subtopic, each once (maintained in position_facet_counts). */
  records: number;
  propositions: CodebookProposition[];
}

export interface Codebook {
  version: number;
  topics: CodebookTopic[];
}

/** The latest codebook version (0: the codebook as seeded, before any edit in the editor). */
export function codebookVersion(db: Db): number {
  return Number(db.$client.prepare("SELECT coalesce(max(version), 0) FROM codebook_versions").pluck().get());
}

export function getCodebook(db: Db): Codebook {
  const sqlite = db.$client;
  const topics = sqlite
    .prepare(
      `SELECT t.id, t.slug, t.name, t.description, t.path, p.slug AS parent, coalesce(c.n, 0) AS records
       FROM topics t LEFT JOIN topics p ON p.id = t.parent_id
       LEFT JOIN position_facet_counts c ON c.facet = 'topic' AND c.value = CAST(t.id AS TEXT)
       ORDER BY t.path`,
    )
    .all() as (Omit<CodebookTopic, "depth" | "propositions"> & { id: number })[];
  const props = sqlite
    .prepare("SELECT topic_id, slug, label, text FROM propositions ORDER BY topic_id, id")
    .all() as (CodebookProposition & { topic_id: number })[];
  const byTopic = new Map<number, CodebookProposition[]>();
  for (const { topic_id, ...p } of props) {
    const list = byTopic.get(topic_id);
    if (list) list.push(p);
    else byTopic.set(topic_id, [p]);
  }
  return {
    version: codebookVersion(db),
    topics: topics.map(({ id, ...t }) => ({
      ...t,
      records: Number(t.records),
      depth: t.path.split("/").length - 1,
      propositions: byTopic.get(id) ?? [],
    })),
  };
}

export function topicSnapshot(db: Db, slug: string): (TopicSnapshot & { id: number }) | null {
  const row = db.$client
    .prepare(
      `SELECT t.id, t.slug, t.name, t.description, p.slug AS parent, t.path
       FROM topics t LEFT JOIN topics p ON p.id = t.parent_id WHERE t.slug = ?`,
    )
    .get(slug) as (TopicSnapshot & { id: number }) | undefined;
  return row ?? null;
}

export function propositionSnapshot(
  db: Db,
  slug: string,
): (PropositionSnapshot & { id: number; topicId: number }) | null {
  const row = db.$client
    .prepare(
      `SELECT p.id, p.slug, p.label, p.text, t.slug AS topic, t.id AS topicId
       FROM propositions p JOIN topics t ON t.id = p.topic_id WHERE p.slug = ?`,
    )
    .get(slug) as (PropositionSnapshot & { id: number; topicId: number }) | undefined;
  return row ?? null;
}

export interface CodebookVersionRow {
  version: number;
  kind: CodebookChangeKind;
  subject: string;
  before: unknown;
  after: unknown;
  author: string;
  createdAt: string;
}

/** One page of the history, newest first (the primary key's order: cost does not grow with the history). */
export function listCodebookVersions(db: Db, page: number): { rows: CodebookVersionRow[]; total: number } {
  const sqlite = db.$client;
  const total = codebookVersion(db);
  const rows = sqlite
    .prepare(
      `SELECT v.version, v.kind, v.subject, v.before, v.after, u.name AS author, v.created_at AS createdAt
       FROM codebook_versions v JOIN users u ON u.id = v.author_id
       WHERE v.version <= ? ORDER BY v.version DESC LIMIT ?`,
    )
    .all(total - (page - 1) * LIST_PAGE_SIZE, LIST_PAGE_SIZE) as (Omit<
    CodebookVersionRow,
    "before" | "after"
  > & { before: string | null; after: string })[];
  return {
    rows: rows.map((r) => ({
      ...r,
      before: r.before === null ? null : JSON.parse(r.before),
      after: JSON.parse(r.after),
    })),
    total,
  };
}
