import { asc, eq, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { codedPositions, propositions, topics } from "@/db/schema";
import { listRecordCards, type RecordCard, statementIdsInTopic } from "./statements";

export interface TopicSummary {
  slug: string;
  name: string;
  path: string;
  depth: number;
  description: string | null;
  /** Records tagged with the topic or any subtopic. */
  records: number;
}

/** The codebook in tree order (materialised path), each with its record count including subtopics. */
export function listTopics(db: Db): TopicSummary[] {
  const rows = db
    .select({
      slug: topics.slug,
      name: topics.name,
      path: topics.path,
      description: topics.description,
      // Written out: drizzle leaves columns unqualified inside a single-table select, which would bind to the subquery.
      records: sql<number>`(select count(distinct st.statement_id) from statement_topics st
        join topics t2 on t2.id = st.topic_id
        where t2.path = topics.path or t2.path like topics.path || '/%')`,
    })
    .from(topics)
    .orderBy(asc(topics.path))
    .all();
  return rows.map((r) => ({ ...r, records: Number(r.records), depth: r.path.split("/").length - 1 }));
}

export interface TopicPropositionSummary {
  slug: string;
  label: string;
  text: string;
  /** Coded positions by status, over all records. */
  stated: number;
  other: number;
}

export interface TopicDetail {
  topic: typeof topics.$inferSelect;
  parent: { slug: string; name: string } | null;
  subtopics: TopicSummary[];
  propositions: TopicPropositionSummary[];
  /** Records on the topic or a subtopic, chronological, undated last. */
  records: RecordCard[];
}

export function getTopic(db: Db, slug: string): TopicDetail | null {
  const topic = db.select().from(topics).where(eq(topics.slug, slug)).get();
  if (!topic) return null;
  const parent = topic.parentId
    ? (db
        .select({ slug: topics.slug, name: topics.name })
        .from(topics)
        .where(eq(topics.id, topic.parentId))
        .get() ?? null)
    : null;
  const subtopics = listTopics(db).filter((t) => t.path.startsWith(`${topic.path}/`));
  const props = db
    .select({
      slug: propositions.slug,
      label: propositions.label,
      text: propositions.text,
      stated: sql<number>`coalesce(sum(${codedPositions.status} = 'stated'), 0)`,
      other: sql<number>`coalesce(sum(${codedPositions.status} <> 'stated'), 0)`,
    })
    .from(propositions)
    .innerJoin(topics, eq(topics.id, propositions.topicId))
    .leftJoin(codedPositions, eq(codedPositions.propositionId, propositions.id))
    .where(or(eq(topics.path, topic.path), sql`${topics.path} like ${`${topic.path}/%`}`))
    .groupBy(propositions.id)
    .orderBy(asc(propositions.id))
    .all()
    .map((p) => ({ ...p, stated: Number(p.stated), other: Number(p.other) }));
  const ids = statementIdsInTopic(db, slug) ?? [];
  return { topic, parent, subtopics, propositions: props, records: listRecordCards(db, ids) };
}

/** Topics for a select control, in tree order. */
export function listTopicOptions(db: Db): { slug: string; label: string; depth: number }[] {
  return listTopics(db).map((t) => ({ slug: t.slug, label: t.name, depth: t.depth }));
}
