import { type ActionResult, conflict, notFound } from "./action";

/** What merging two people or two events answers (app/officials/[slug]/actions.ts, app/events/[slug]/actions.ts). */
export type MergeActionResult = ActionResult<{ slug: string; movedRecords: number }>;

/** A refused merge in words. */
export function mergeFailure(reason: "conflict" | "not_found", noun: string): MergeActionResult {
  if (reason === "conflict")
    return conflict(
      "One of the two was edited after this page was loaded, so nothing was merged. Reload to see what would move now.",
    );
  return notFound(`One of the two ${noun} no longer exists or was merged already.`);
}
