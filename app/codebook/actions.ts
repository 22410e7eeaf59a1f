"use server";

import { getDb } from "@/db/client";
import { applyCodebookChange } from "@/db/queries/codebook-edit";
import { codebookEdit } from "@/lib/codebook";
import type { CodebookChangeKind } from "@/lib/domain";
import { wholePath } from "@/lib/field-errors";
import { type ActionResult, action } from "../_server/action";

/**
 * On a version conflict the failure carries the codebook version now current; on a refused merge (`invalid`),
 * the records coded on both propositions (the first 20).
 */
export type CodebookActionResult = ActionResult<
  { version: number; kind: CodebookChangeKind; slug: string },
  { current: number; records: string[] }
>;

/** One change to the codebook (create, edit, move or merge a topic or proposition), as the next codebook version. */
export const changeCodebookAction = action({
  permission: "codebook:write",
  input: codebookEdit,
  // The form names its fields without the `change.` the schema nests them under.
  fieldKey: (path) => wholePath(path).replace(/^change\./, ""),
  handler: (input, { user }): CodebookActionResult => {
    const result = applyCodebookChange(getDb(), { ...input, actorId: user.id });
    if (!result.ok) {
      const { reason, ok: _ok, ...rest } = result;
      // A merge refused for codes on both sides is a problem of the request, not of a colleague's edit.
      return { ok: false, code: reason === "merge_conflict" ? "invalid" : reason, ...rest };
    }
    // No revalidatePath: every page renders from the database on each request, and the form refreshes itself;
    // revalidating made every save render twice.
    return { ok: true, data: { version: result.version, kind: result.kind, slug: result.slug } };
  },
});
