import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { topics } from "@/db/schema";
import { type EntityListView, LIST_PAGE_SIZE, likeContains } from "@/lib/entity-list-view";
import {
  cardsInOrder,
  LATEST_LIMIT,
  latestRecordIdsInTopics,
  propositionStanceMix,
  type StanceMix,
  topicDateSpan,
  topicSubtreeIds,
  type YearCount,
  yearCounts,
} from "./entity-summaries";
import type { RecordCard } from "./statements";

export interface TopicSummary {
  slug: string;
  name: string;
  path: string;
  depth: number;
  description: string | null;
  /** Records tagged with the topic or any subtopic, each once (maintained in position_facet_counts). */
  records: number;
}

type TopicRow = Omit<TopicSummary, "depth">;
const withDepth = (r: TopicRow): TopicSummary => ({
  ...r,
  records: Number(r.records),
  depth: r.path.split("/").length - 1,
});

const TOPIC_COLUMNS = `t.slug, t.name, t.path, t.description, coalesce(c.n, 0) AS records
  FROM topics t LEFT JOIN position_facet_counts c ON c.facet = 'topic' AND c.value = CAST(t.id AS TEXT)`;

export interface TopicsPage {
  rows: TopicSummary[];
  total: number;
}

/** One page of the codebook in tree order (materialised path), matching the search in name, slug or description. */
export function listTopics(db: Db, view: EntityListView): TopicsPage {
  const sqlite = db.$client;
  const where = view.q
    ? `WHERE t.name LIKE @q ESCAPE '\\' OR t.slug LIKE @q ESCAPE '\\' OR t.description LIKE @q ESCAPE '\\'`
    : "";
  const bind = view.q ? [{ q: likeContains(view.q) }] : [];
  const total = Number(
    sqlite
      .prepare(`SELECT count(*) FROM topics t ${where}`)
      .pluck()
      .get(...bind) ?? 0,
  );
  const rows = sqlite
    .prepare(
      `SELECT ${TOPIC_COLUMNS} ${where} ORDER BY t.path
       LIMIT ${LIST_PAGE_SIZE} OFFSET ${(view.page - 1) * LIST_PAGE_SIZE}`,
    )
    .all(...bind) as TopicRow[];
  return { rows: rows.map(withDepth), total };
}

export interface TopicPropositionSummary {
  slug: string;
  label: string;
  text: string;
  mix: StanceMix;
}

export interface TopicDetail {
  topic: typeof topics.$inferSelect;
  parent: { slug: string; name: string } | null;
  subtopics: TopicSummary[];
  propositions: TopicPropositionSummary[];
  total: number;
  first: string | null;
  last: string | null;
  perYear: YearCount[];
  /** The newest records on the topic or a subtopic, each once (at most LATEST_LIMIT). */
  latest: RecordCard[];
}

export function getTopic(db: Db, slug: string): TopicDetail | null {
  const topic = db.select().from(topics).where(eq(topics.slug, slug)).get();
  if (!topic) return null;
  const sqlite = db.$client;
  const parent = topic.parentId
    ? (db
        .select({ slug: topics.slug, name: topics.name })
        .from(topics)
        .where(eq(topics.id, topic.parentId))
        .get() ?? null)
    : null;
  const subtree = topicSubtreeIds(db, topic.path);
  const subtopics = (
    sqlite
      .prepare(`SELECT ${TOPIC_COLUMNS} WHERE t.path LIKE ? ESCAPE '\\' ORDER BY t.path`)
      .all(`${topic.path.replace(/[\\%_]/g, (c) => `\\${c}`)}/%`) as TopicRow[]
  ).map(withDepth);
  const props = sqlite
    .prepare(
      `SELECT p.id, p.slug, p.label, p.text FROM propositions p JOIN topics t ON t.id = p.topic_id
       WHERE t.path = @path OR t.path LIKE @sub ESCAPE '\\' ORDER BY p.id`,
    )
    .all({ path: topic.path, sub: `${topic.path.replace(/[\\%_]/g, (c) => `\\${c}`)}/%` }) as {
    id: number;
    slug: string;
    label: string;
    text: string;
  }[];
  const total = Number(
    sqlite
      .prepare("SELECT n FROM position_facet_counts WHERE facet = 'topic' AND value = ?")
      .pluck()
      .get(String(topic.id)) ?? 0,
  );
  const { first, last } = topicDateSpan(db, subtree);
  return {
    topic,
    parent,
    subtopics,
    propositions: props.map(({ id, ...p }) => ({ ...p, mix: propositionStanceMix(db, id) })),
    total,
    first,
    last,
    perYear: yearCounts(db, "topic_year", topic.id),
    latest: cardsInOrder(db, latestRecordIdsInTopics(db, subtree, LATEST_LIMIT)),
  };
}

/** Topics for a select control, in tree order (no counts: the controls do not show them). */
export function listTopicOptions(db: Db): { slug: string; label: string; depth: number }[] {
  return db
    .select({ slug: topics.slug, name: topics.name, path: topics.path })
    .from(topics)
    .orderBy(asc(topics.path))
    .all()
    .map((t) => ({ slug: t.slug, label: t.name, depth: t.path.split("/").length - 1 }));
}
