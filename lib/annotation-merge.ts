/**
 * Merging an annotation edit with a colleague's save (issue 12): field by field against the version both started
 * from. A field only one side changed takes that side's value; a field both changed differently is the user's
 * choice, and the merge cannot be saved until every such field has one. Nothing is dropped without being shown.
 * Pure: no framework.
 */
import type { Anchor } from "./annotations";
import { parseTags } from "./annotations";

export interface NoteFields {
  body: string;
  tags: string[];
  anchor: Anchor | null;
}

export const MERGE_FIELDS = ["body", "tags", "anchor"] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

/** same: both sides hold one value; theirs / mine: only that side changed it; both: each changed it differently. */
export type FieldState = "same" | "theirs" | "mine" | "both";

function equal(field: MergeField, a: NoteFields, b: NoteFields): boolean {
  if (field === "tags") {
    const x = [...parseTags(a.tags)].sort();
    const y = [...parseTags(b.tags)].sort();
    return x.length === y.length && x.every((t, i) => t === y[i]);
  }
  if (field === "anchor") return JSON.stringify(a.anchor) === JSON.stringify(b.anchor);
  return a.body === b.body;
}

export function fieldStates(
  base: NoteFields,
  mine: NoteFields,
  theirs: NoteFields,
): Record<MergeField, FieldState> {
  const out = {} as Record<MergeField, FieldState>;
  for (const f of MERGE_FIELDS) {
    if (equal(f, mine, theirs)) out[f] = "same";
    else if (equal(f, mine, base)) out[f] = "theirs";
    else if (equal(f, theirs, base)) out[f] = "mine";
    else out[f] = "both";
  }
  return out;
}

/** The starting point of a merge: the colleague's value where only they changed a field, the user's elsewhere. */
export function autoMerge(base: NoteFields, mine: NoteFields, theirs: NoteFields): NoteFields {
  const states = fieldStates(base, mine, theirs);
  return {
    body: states.body === "theirs" ? theirs.body : mine.body,
    tags: states.tags === "theirs" ? theirs.tags : mine.tags,
    anchor: states.anchor === "theirs" ? theirs.anchor : mine.anchor,
  };
}

/** Both sides' tags, the user's first: for "keep both" when each side tagged differently. */
export function unionTags(mine: readonly string[], theirs: readonly string[]): string[] {
  return parseTags([...mine, ...theirs]);
}
