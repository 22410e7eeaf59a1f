/**
 * The codebook editor's rules (issue 12): what a change to the codebook may say, how a topic's materialised path
 * follows a rename or a move, and how a codebook version reads in the history. Pure: no framework, no database
 * (the writes are db/queries/codebook-edit.ts).
 */
import { z } from "zod";
import type { CodebookChangeKind } from "./domain";
import { slugField as slugRef } from "./input-fields";
import { slugify } from "./text";
import { SLUG } from "./url-grammar";

const SLUG_MAX = 100;
/** A slug as typed: blank means "derive it from the name", otherwise lower-case letters, digits and hyphens. */
const slugField = z
  .string()
  .trim()
  .toLowerCase()
  .max(SLUG_MAX, `At most ${SLUG_MAX} characters.`)
  .refine((v) => v === "" || SLUG.test(v), {
    message: "Lower-case letters, digits and single hyphens only, e.g. cyber-norms.",
  });
const name = z.string().trim().min(1, "Enter a name.").max(200, "At most 200 characters.");
const description = z
  .string()
  .trim()
  .max(2000, "At most 2,000 characters.")
  .transform((v) => (v === "" ? null : v));
const label = z.string().trim().min(1, "Enter a short label.").max(120, "At most 120 characters.");
const claim = z
  .string()
  .trim()
  .min(1, "Enter the proposition's text.")
  .max(1000, "At most 1,000 characters.");
/** A parent topic, or "" for the root of the tree. */
const parentRef = z.union([z.literal(""), slugRef]).transform((v) => (v === "" ? null : v));

export const codebookChange = z.discriminatedUnion("op", [
  z.object({ op: z.literal("topic_create"), parent: parentRef, name, slug: slugField, description }),
  z.object({ op: z.literal("topic_edit"), topic: slugRef, name, slug: slugField, description }),
  z.object({ op: z.literal("topic_move"), topic: slugRef, parent: parentRef }),
  z.object({ op: z.literal("topic_merge"), topic: slugRef, into: slugRef }),
  z.object({ op: z.literal("proposition_create"), topic: slugRef, label, text: claim, slug: slugField }),
  z.object({ op: z.literal("proposition_edit"), proposition: slugRef, label, text: claim, slug: slugField }),
  z.object({ op: z.literal("proposition_move"), proposition: slugRef, topic: slugRef }),
  z.object({ op: z.literal("proposition_merge"), proposition: slugRef, into: slugRef }),
]);
export type CodebookChange = z.infer<typeof codebookChange>;

export const codebookEdit = z.object({
  /** The codebook version the editor's page showed: a change based on an older one is refused. */
  expectedVersion: z.number().int().min(0),
  change: codebookChange,
});
export type CodebookEdit = z.infer<typeof codebookEdit>;

/** The slug typed, or one made from the name when the field was left blank. */
export function slugOrDerived(typed: string, from: string): string {
  return typed || slugify(from).slice(0, SLUG_MAX).replace(/-+$/, "");
}

/** A topic's path under a parent (null: at the root). */
export function childPath(parentPath: string | null, slug: string): string {
  return parentPath === null ? slug : `${parentPath}/${slug}`;
}

/** Whether `path` is `ancestor` itself or lies under it: moving a topic there would make a cycle. */
export function isWithin(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}/`);
}

/** A descendant's path once its subtree's root moves from `oldRoot` to `newRoot`. */
export function rebasedPath(path: string, oldRoot: string, newRoot: string): string {
  if (!isWithin(path, oldRoot)) throw new Error(`${path} is not under ${oldRoot}`);
  return newRoot + path.slice(oldRoot.length);
}

/** A topic as a codebook version records it. */
export interface TopicSnapshot {
  slug: string;
  name: string;
  description: string | null;
  parent: string | null;
  path: string;
}

/** A proposition as a codebook version records it. */
export interface PropositionSnapshot {
  slug: string;
  label: string;
  text: string;
  topic: string;
}

/** What a merge moved onto the topic or proposition kept, and what collapsed into rows it already had. */
export interface MergeCounts {
  [what: string]: number;
}

const KIND_VERBS: Record<CodebookChangeKind, string> = {
  topic_create: "Topic created",
  topic_edit: "Topic edited",
  topic_move: "Topic moved",
  topic_merge: "Topic merged",
  proposition_create: "Proposition created",
  proposition_edit: "Proposition edited",
  proposition_move: "Proposition moved",
  proposition_merge: "Proposition merged",
};

export function changeKindLabel(kind: CodebookChangeKind): string {
  return KIND_VERBS[kind];
}

export interface FieldChange {
  field: string;
  /** Null: no value on that side (a field a create adds, or a merge removes). */
  before: string | null;
  after: string | null;
}

const shown = (v: unknown): string | null =>
  v === null || v === undefined ? null : typeof v === "object" ? JSON.stringify(v) : String(v);

/**
 * The fields a version changed, old and new value side by side, from the before/after it stored. Nested objects
 * (a merge stores { from, into } before and { into, moved } after) are flattened with dotted names.
 */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const flat = (value: unknown, prefix = "", out = new Map<string, unknown>()) => {
    if (value && typeof value === "object" && !Array.isArray(value))
      for (const [k, v] of Object.entries(value)) flat(v, prefix ? `${prefix}.${k}` : k, out);
    else if (prefix) out.set(prefix, value);
    return out;
  };
  const a = flat(before);
  const b = flat(after);
  const fields = [...new Set([...a.keys(), ...b.keys()])];
  return fields
    .filter((f) => shown(a.get(f)) !== shown(b.get(f)))
    .map((field) => ({ field, before: shown(a.get(field)), after: shown(b.get(field)) }));
}

const FIELD_LABELS: Record<string, string> = {
  slug: "slug",
  name: "name",
  description: "description",
  parent: "parent",
  path: "path",
  label: "label",
  text: "text",
  topic: "topic",
  records: "records moved",
  alreadyOnTarget: "records already on it",
  propositions: "propositions moved",
  subtopics: "subtopics moved",
  coded_positions: "codes moved",
  coder_codes: "coders' codes moved",
  code_decisions: "reviewers' decisions moved",
};
const PART_LABELS: Record<string, string> = { from: "Merged", into: "Kept", moved: "Merge" };

/** A field of a version as the history names it: "Kept: slug", "Merge: codes moved", "Name". */
export function fieldLabel(field: string): string {
  const [head = "", rest] = field.includes(".") ? field.split(/\.(.*)/, 2) : ["", field];
  const name = FIELD_LABELS[rest ?? ""] ?? rest ?? field;
  const part = PART_LABELS[head];
  return part ? `${part}: ${name}` : name.charAt(0).toUpperCase() + name.slice(1);
}

/** "records coded on both" listed in a refusal: the first few ids and how many more. */
export function listSome(ids: readonly string[], total: number, max = 10): string {
  const head = ids.slice(0, max).join(", ");
  return total > max ? `${head} and ${(total - max).toLocaleString("en-US")} more` : head;
}
