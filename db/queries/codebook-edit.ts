import type { Db } from "@/db/client";
import type { CodebookChangeKind, RedirectKind } from "@/db/schema";
import {
  type CodebookChange,
  type CodebookEdit,
  childPath,
  isWithin,
  listSome,
  slugOrDerived,
} from "@/lib/codebook";
import { codebookVersion, propositionSnapshot, topicSnapshot } from "./codebook";
import { redirectTarget, retireSlug } from "./redirects";
import { transaction } from "./transaction";

/**
 * Changing the codebook (issue 12): topics and propositions created, edited, moved and merged, each change in one
 * immediate transaction that checks the codebook version the editor saw, writes, and appends the next codebook
 * version (codebook_versions, migration 0023) with the state before and after. A rename or a merge retires the old
 * slug onto the live one (slug_redirects), so permalinks keep opening.
 *
 * The read models (facet, entity, timeline, compare and coding counts) follow through the triggers on
 * statement_topics, coded_positions, propositions and topics: a merge moves rows with plain INSERT, UPDATE and
 * DELETE so that every trigger sees each row change. A move writes the descendants' paths first and the moved
 * topic's parent last, so the rebuild keyed on the parent change runs once, over the finished tree.
 */

export type CodebookFailure =
  | { ok: false; reason: "conflict"; error: string; current: number }
  | { ok: false; reason: "not_found"; error: string }
  | { ok: false; reason: "invalid"; error: string; fieldErrors: Record<string, string> }
  | { ok: false; reason: "merge_conflict"; error: string; records: string[] };

export type CodebookWriteResult =
  | { ok: true; version: number; kind: CodebookChangeKind; slug: string }
  | CodebookFailure;

class Refused extends Error {
  constructor(readonly result: CodebookFailure) {
    super(result.error);
  }
}

const invalid = (field: string, message: string): never => {
  throw new Refused({ ok: false, reason: "invalid", error: message, fieldErrors: { [field]: message } });
};

const missing = (what: string, slug: string): never => {
  throw new Refused({
    ok: false,
    reason: "not_found",
    error: `There is no ${what} “${slug}” any more: it may have been renamed or merged. Reload the page.`,
  });
};

interface Applied {
  subject: string;
  before: unknown;
  after: unknown;
  /** The live slug of the topic or proposition the change leaves (the kept one, for a merge). */
  slug: string;
}

export function applyCodebookChange(db: Db, edit: CodebookEdit & { actorId: string }): CodebookWriteResult {
  const sqlite = db.$client;
  try {
    return transaction(db, "immediate", (): CodebookWriteResult => {
      const current = codebookVersion(db);
      if (current !== edit.expectedVersion) return conflict(db, edit.expectedVersion, current);
      const done = apply(db, edit.change);
      const version = current + 1;
      sqlite
        .prepare(
          "INSERT INTO codebook_versions (version, kind, subject, before, after, author_id) VALUES (?, ?, ?, ?, ?, ?)",
        )
        .run(
          version,
          edit.change.op,
          done.subject,
          done.before === null ? null : JSON.stringify(done.before),
          JSON.stringify(done.after),
          edit.actorId,
        );
      return { ok: true, version, kind: edit.change.op, slug: done.slug };
    });
  } catch (error) {
    if (error instanceof Refused) return error.result;
    throw error;
  }
}

function conflict(db: Db, seen: number, current: number): CodebookFailure {
  const since = db.$client
    .prepare("SELECT kind, subject FROM codebook_versions WHERE version > ? ORDER BY version LIMIT 6")
    .all(seen) as { kind: string; subject: string }[];
  const what = since.map((v) => `${v.kind.replace("_", " ")} ${v.subject}`);
  return {
    ok: false,
    reason: "conflict",
    current,
    error: `The codebook changed while you were editing (version ${seen} → ${current}: ${listSome(what, current - seen, 5)}). Nothing was saved and your input is kept: check the tree, then submit again.`,
  };
}

function apply(db: Db, change: CodebookChange): Applied {
  switch (change.op) {
    case "topic_create":
      return createTopic(db, change);
    case "topic_edit":
      return editTopic(db, change);
    case "topic_move":
      return moveTopic(db, change);
    case "topic_merge":
      return mergeTopic(db, change);
    case "proposition_create":
      return createProposition(db, change);
    case "proposition_edit":
      return editProposition(db, change);
    case "proposition_move":
      return moveProposition(db, change);
    case "proposition_merge":
      return mergeProposition(db, change);
  }
}

type Op<K extends CodebookChange["op"]> = Extract<CodebookChange, { op: K }>;

const mustTopic = (db: Db, slug: string) => topicSnapshot(db, slug) ?? missing("topic", slug);
const mustProposition = (db: Db, slug: string) =>
  propositionSnapshot(db, slug) ?? missing("proposition", slug);
const withoutId = <T extends { id: number }>({ id: _, ...rest }: T) => rest;
const topicAfter = (db: Db, slug: string) => withoutId(mustTopic(db, slug));
const propositionAfter = (db: Db, slug: string) => {
  const { id: _, topicId: __, ...rest } = mustProposition(db, slug);
  return rest;
};

/**
 * A slug may be taken for `kind` unless another live entry holds it, or it is an older slug of another entry
 * (links with it open that one, and must go on doing so). `own` is the entry's current slug when it has one: an
 * entry may take back a slug it once had.
 */
function claimSlug(db: Db, kind: RedirectKind, slug: string, own: string | null): void {
  if (!slug) invalid("slug", "Enter a slug: the name gives none (use letters or digits).");
  if (slug === own) return;
  const table = kind === "topic" ? "topics" : "propositions";
  const holder = db.$client.prepare(`SELECT slug FROM ${table} WHERE slug = ?`).pluck().get(slug);
  if (holder !== undefined) invalid("slug", `“${slug}” is already the slug of another ${kind}.`);
  const target = redirectTarget(db, kind, slug);
  if (target !== null && target !== own)
    invalid(
      "slug",
      `“${slug}” is an earlier slug of “${target}”, and links with it open that ${kind}. Choose another.`,
    );
}

/** Moves every descendant of `oldRoot` under `newRoot` (the root's own row is the caller's to write). */
function rebaseDescendants(db: Db, oldRoot: string, newRoot: string): void {
  db.$client
    .prepare("UPDATE topics SET path = ? || substr(path, ?) WHERE substr(path, 1, ?) = ?")
    .run(newRoot, oldRoot.length + 1, oldRoot.length + 1, `${oldRoot}/`);
}

const parentPathOf = (path: string) => (path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : null);

function createTopic(db: Db, change: Op<"topic_create">): Applied {
  const parent = change.parent === null ? null : mustTopic(db, change.parent);
  const slug = slugOrDerived(change.slug, change.name);
  claimSlug(db, "topic", slug, null);
  db.$client
    .prepare("INSERT INTO topics (slug, name, description, parent_id, path) VALUES (?, ?, ?, ?, ?)")
    .run(slug, change.name, change.description, parent?.id ?? null, childPath(parent?.path ?? null, slug));
  return { subject: slug, before: null, after: topicAfter(db, slug), slug };
}

function editTopic(db: Db, change: Op<"topic_edit">): Applied {
  const topic = mustTopic(db, change.topic);
  const slug = slugOrDerived(change.slug, change.name);
  if (slug === topic.slug && change.name === topic.name && change.description === topic.description)
    invalid("name", "Nothing to change: the name, slug and description are as they were.");
  claimSlug(db, "topic", slug, topic.slug);
  const path = childPath(parentPathOf(topic.path), slug);
  rebaseDescendants(db, topic.path, path);
  db.$client
    .prepare("UPDATE topics SET slug = ?, path = ?, name = ?, description = ? WHERE id = ?")
    .run(slug, path, change.name, change.description, topic.id);
  retireSlug(db, "topic", topic.slug, slug);
  return { subject: topic.slug, before: withoutId(topic), after: topicAfter(db, slug), slug };
}

function moveTopic(db: Db, change: Op<"topic_move">): Applied {
  const topic = mustTopic(db, change.topic);
  const parent = change.parent === null ? null : mustTopic(db, change.parent);
  if ((parent?.slug ?? null) === topic.parent)
    invalid("parent", `“${topic.name}” is already ${parent ? `under “${parent.name}”` : "at the root"}.`);
  if (parent && isWithin(parent.path, topic.path))
    invalid(
      "parent",
      parent.id === topic.id
        ? "A topic cannot go under itself."
        : `“${parent.name}” is inside “${topic.name}”: a topic cannot go under its own subtopic.`,
    );
  const path = childPath(parent?.path ?? null, topic.slug);
  rebaseDescendants(db, topic.path, path);
  db.$client
    .prepare("UPDATE topics SET parent_id = ?, path = ? WHERE id = ?")
    .run(parent?.id ?? null, path, topic.id);
  return {
    subject: topic.slug,
    before: withoutId(topic),
    after: topicAfter(db, topic.slug),
    slug: topic.slug,
  };
}

/**
 * Count rows that a merge emptied and that no recount would produce: the merged topic's or proposition's own rows
 * in the read models. Only rows already at 0 go, so a wrong count still shows up as a difference from a recount.
 */
function dropEmptyCounts(db: Db, kind: "topic" | "proposition", id: number): void {
  const statements =
    kind === "topic"
      ? [
          "DELETE FROM position_facet_counts WHERE facet = 'topic' AND value = CAST(@id AS TEXT) AND n = 0",
          "DELETE FROM entity_counts WHERE n = 0 AND ((entity = 'topic_year' AND entity_id = @id) OR (entity = 'person_topic' AND value = CAST(@id AS TEXT)))",
          "DELETE FROM timeline_month_counts WHERE topic_id = @id AND n = 0",
          "DELETE FROM timeline_speaker_counts WHERE topic_id = @id AND n = 0",
          "DELETE FROM compare_counts WHERE n = 0 AND (topic_id = @id OR (kind = 'topic' AND value = CAST(@id AS TEXT)))",
        ]
      : [
          "DELETE FROM entity_counts WHERE entity = 'proposition' AND entity_id = @id AND n = 0",
          "DELETE FROM timeline_month_counts WHERE proposition_id = @id AND n = 0",
          "DELETE FROM timeline_speaker_counts WHERE proposition_id = @id AND n = 0",
          "DELETE FROM compare_counts WHERE kind = 'evidence' AND value LIKE @id || ':%' AND n = 0",
        ];
  for (const sql of statements) db.$client.prepare(sql).run({ id });
}

function mergeTopic(db: Db, change: Op<"topic_merge">): Applied {
  const sqlite = db.$client;
  const from = mustTopic(db, change.topic);
  const into = mustTopic(db, change.into);
  if (from.id === into.id) invalid("into", "Choose another topic to merge into.");
  if (isWithin(into.path, from.path))
    invalid(
      "into",
      `“${into.name}” is inside “${from.name}”: merge it into “${from.name}” instead, or move it out first.`,
    );
  // No INSERT OR IGNORE: the counting triggers run BEFORE INSERT and would count a row the conflict then drops.
  const records = sqlite
    .prepare(
      `INSERT INTO statement_topics (statement_id, topic_id)
       SELECT st.statement_id, @into FROM statement_topics st
       WHERE st.topic_id = @from
         AND NOT EXISTS (SELECT 1 FROM statement_topics x WHERE x.statement_id = st.statement_id AND x.topic_id = @into)`,
    )
    .run({ from: from.id, into: into.id }).changes;
  // Every record filed under the merged topic, whether it was filed under the kept one already or not.
  const filed = sqlite.prepare("DELETE FROM statement_topics WHERE topic_id = ?").run(from.id).changes;
  const propositions = sqlite
    .prepare("UPDATE propositions SET topic_id = ? WHERE topic_id = ?")
    .run(into.id, from.id).changes;
  const children = sqlite
    .prepare("SELECT id, slug, path FROM topics WHERE parent_id = ? ORDER BY path")
    .all(from.id) as {
    id: number;
    slug: string;
    path: string;
  }[];
  for (const child of children) {
    const path = childPath(into.path, child.slug);
    rebaseDescendants(db, child.path, path);
    sqlite.prepare("UPDATE topics SET parent_id = ?, path = ? WHERE id = ?").run(into.id, path, child.id);
  }
  dropEmptyCounts(db, "topic", from.id);
  sqlite.prepare("DELETE FROM topics WHERE id = ?").run(from.id);
  retireSlug(db, "topic", from.slug, into.slug);
  return {
    subject: from.slug,
    before: { from: withoutId(from), into: withoutId(into) },
    after: {
      into: topicAfter(db, into.slug),
      moved: { records, alreadyOnTarget: filed - records, propositions, subtopics: children.length },
    },
    slug: into.slug,
  };
}

function createProposition(db: Db, change: Op<"proposition_create">): Applied {
  const topic = mustTopic(db, change.topic);
  const slug = slugOrDerived(change.slug, change.label);
  claimSlug(db, "proposition", slug, null);
  db.$client
    .prepare("INSERT INTO propositions (slug, topic_id, text, label) VALUES (?, ?, ?, ?)")
    .run(slug, topic.id, change.text, change.label);
  return { subject: slug, before: null, after: propositionAfter(db, slug), slug };
}

function editProposition(db: Db, change: Op<"proposition_edit">): Applied {
  const p = mustProposition(db, change.proposition);
  const slug = slugOrDerived(change.slug, change.label);
  if (slug === p.slug && change.label === p.label && change.text === p.text)
    invalid("label", "Nothing to change: the label, text and slug are as they were.");
  claimSlug(db, "proposition", slug, p.slug);
  db.$client
    .prepare("UPDATE propositions SET slug = ?, label = ?, text = ? WHERE id = ?")
    .run(slug, change.label, change.text, p.id);
  retireSlug(db, "proposition", p.slug, slug);
  const { id: _, topicId: __, ...before } = p;
  return { subject: p.slug, before, after: propositionAfter(db, slug), slug };
}

function moveProposition(db: Db, change: Op<"proposition_move">): Applied {
  const p = mustProposition(db, change.proposition);
  const topic = mustTopic(db, change.topic);
  if (topic.id === p.topicId) invalid("topic", `“${p.label}” is already under “${topic.name}”.`);
  db.$client.prepare("UPDATE propositions SET topic_id = ? WHERE id = ?").run(topic.id, p.id);
  const { id: _, topicId: __, ...before } = p;
  return { subject: p.slug, before, after: propositionAfter(db, p.slug), slug: p.slug };
}

/** Every table that holds a code of a record on a proposition. */
const CODE_TABLES = ["coded_positions", "coder_codes", "code_decisions"] as const;

function mergeProposition(db: Db, change: Op<"proposition_merge">): Applied {
  const sqlite = db.$client;
  const from = mustProposition(db, change.proposition);
  const into = mustProposition(db, change.into);
  if (from.id === into.id) invalid("into", "Choose another proposition to merge into.");
  // A record coded on both would hold two codes of one proposition after the merge, and one would have to go:
  // refused, with the records, so that coders and reviewers settle them and no code is lost silently.
  const coded = (param: string) =>
    CODE_TABLES.map((t) => `SELECT statement_id FROM ${t} WHERE proposition_id = ${param}`).join(" UNION ");
  const both = `SELECT statement_id FROM (${coded("@from")}) INTERSECT SELECT statement_id FROM (${coded("@into")})`;
  const ids = { from: from.id, into: into.id };
  const total = Number(sqlite.prepare(`SELECT count(*) FROM (${both})`).pluck().get(ids));
  if (total > 0) {
    const records = sqlite
      .prepare(`SELECT public_id FROM statements WHERE id IN (${both}) ORDER BY id LIMIT 20`)
      .pluck()
      .all(ids) as string[];
    throw new Refused({
      ok: false,
      reason: "merge_conflict",
      records,
      error: `${total.toLocaleString("en-US")} record${total === 1 ? " is" : "s are"} coded on both “${from.label}” and “${into.label}” (${listSome(records, total)}). Merging would leave two codes of one proposition on ${total === 1 ? "it" : "them"}, so nothing was merged: code each of ${total === 1 ? "it" : "them"} on one of the two (or have a reviewer settle it), then merge.`,
    });
  }
  // Retired first: the trigger that lets a reviewer's decision follow its proposition checks for this redirect.
  retireSlug(db, "proposition", from.slug, into.slug);
  const moved: Record<string, number> = {};
  for (const table of CODE_TABLES)
    moved[table] = sqlite
      .prepare(`UPDATE ${table} SET proposition_id = ? WHERE proposition_id = ?`)
      .run(into.id, from.id).changes;
  dropEmptyCounts(db, "proposition", from.id);
  sqlite.prepare("DELETE FROM propositions WHERE id = ?").run(from.id);
  const { id: _, topicId: __, ...fromBefore } = from;
  const { id: ___, topicId: ____, ...intoBefore } = into;
  return {
    subject: from.slug,
    before: { from: fromBefore, into: intoBefore },
    after: { into: propositionAfter(db, into.slug), moved },
    slug: into.slug,
  };
}
