"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { applyCodebookChange } from "@/db/queries/codebook-edit";
import { codebookEdit } from "@/lib/codebook";
import type { CodebookChangeKind } from "@/lib/domain";
import { fieldErrorsOf } from "@/lib/record-edit";
import { authorize } from "../_server/current-user";

export type CodebookActionResult =
  | { ok: true; data: { version: number; kind: CodebookChangeKind; slug: string } }
  | {
      ok: false;
      code:
        | "unauthenticated"
        | "forbidden"
        | "cross-origin"
        | "invalid"
        | "not_found"
        | "conflict"
        | "merge_conflict";
      error: string;
      fieldErrors?: Record<string, string>;
      /** On a conflict: the codebook version now current. */
      current?: number;
      /** On a refused merge: records coded on both propositions (the first 20). */
      records?: string[];
    };

/** One change to the codebook (create, edit, move or merge a topic or proposition), as the next codebook version. */
export async function changeCodebookAction(input: unknown): Promise<CodebookActionResult> {
  // Authorization first, before the input is even looked at.
  const allowed = await authorize("codebook:write");
  if (!allowed.ok) return { ok: false, code: allowed.reason, error: allowed.error };
  if (!allowed.user) return { ok: false, code: "unauthenticated", error: "Sign in to do this." };
  const parsed = codebookEdit.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = Object.fromEntries(
      Object.entries(fieldErrorsOf(parsed.error)).map(([k, v]) => [k.replace(/^change\./, ""), v]),
    );
    return { ok: false, code: "invalid", error: "Check the highlighted fields.", fieldErrors };
  }
  const result = applyCodebookChange(getDb(), { ...parsed.data, actorId: allowed.user.id });
  if (!result.ok) {
    const { reason, ...rest } = result;
    return { ...rest, code: reason };
  }
  // Every view names topics and propositions; the codebook page and the topic pages show them.
  revalidatePath("/", "layout");
  return { ok: true, data: { version: result.version, kind: result.kind, slug: result.slug } };
}
