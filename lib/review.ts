/**
 * Double coding and review (issue 12): how the codes of several coders settle into the one current code that
 * comparisons and timelines read. Pure: no framework, no database.
 */
import { z } from "zod";
import { POSITION_STATUSES, type PositionStatus, STANCE_MAX, STANCE_MIN } from "./domain";
import { optionalText, recordIdField as publicId, slugField as slug } from "./input-fields";

/**
 * The review status of a record's code on one proposition: `draft` while one coder has coded it, `agreed` when
 * every coder gave the same status and stance, `disputed` when they differ, `adjudicated` once a reviewer decided.
 */
export const REVIEW_STATUSES = ["draft", "agreed", "disputed", "adjudicated"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  draft: "Draft (one coder)",
  agreed: "Agreed",
  disputed: "Disputed",
  adjudicated: "Adjudicated",
};

/** What a reviewer's decision or a restore was: decisions are kept, append-only, with their reason. */
export const DECISION_KINDS = ["adjudication", "restore"] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export interface CoderCode {
  status: PositionStatus;
  stance: number | null;
  basis: string | null;
  note: string | null;
}

/** Two codes agree when status and stance are the same; the evidence and rationale may be worded differently. */
export function sameCode(a: Pick<CoderCode, "status" | "stance">, b: Pick<CoderCode, "status" | "stance">) {
  return a.status === b.status && (a.stance ?? null) === (b.stance ?? null);
}

/**
 * The current code of one item from its coders' codes, in the order they first coded it. The first coder's code
 * is the current one in every case: a draft is theirs, an agreed code carries their basis and note, and a disputed
 * item keeps the code it had before the second coder disagreed, so that a disagreement never moves a comparison
 * by itself (it is flagged instead) until a reviewer settles it. No codes: no current code.
 */
export function settleCodes<T extends CoderCode>(
  codes: readonly T[],
): { review: ReviewStatus; code: T } | null {
  const [first, ...rest] = codes;
  if (!first) return null;
  if (rest.length === 0) return { review: "draft", code: first };
  return { review: rest.every((c) => sameCode(first, c)) ? "agreed" : "disputed", code: first };
}

const codeFields = {
  status: z.enum(POSITION_STATUSES),
  stance: z.number().int().min(STANCE_MIN).max(STANCE_MAX).nullable(),
  basis: optionalText(2000),
  note: optionalText(2000),
};

function stanceRule(c: { status: PositionStatus; stance: number | null }, ctx: z.RefinementCtx) {
  if (c.status === "stated" && c.stance === null)
    ctx.addIssue({ code: "custom", path: ["stance"], message: "Choose a stance from -2 to +2." });
  if (c.status !== "stated" && c.stance !== null)
    ctx.addIssue({
      code: "custom",
      path: ["stance"],
      message: "A status other than a stance has no stance.",
    });
}

/**
 * A reviewer's decision on a disputed item: the code that stands and the written reason (required). `seen` is
 * the state of the coders' codes the reviewer decided on, so a coder's change in the meantime is a conflict.
 */
export const adjudicateInput = z
  .object({
    publicId,
    proposition: slug,
    seen: z.string().max(4000),
    ...codeFields,
    reason: z
      .string()
      .trim()
      .min(1, "Write the reason for this decision: it is kept with the code.")
      .max(4000, "At most 4,000 characters."),
  })
  .superRefine(stanceRule);
export type AdjudicateInput = z.infer<typeof adjudicateInput>;

/** A coder's own codes of one record, checked against the version of their own sheet that the page showed. */
export const saveOwnCodesInput = z
  .object({
    publicId,
    expectedSheetVersion: z.number().int().min(0),
    codings: z.array(z.object({ proposition: slug, ...codeFields }).superRefine(stanceRule)).max(500),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    for (const [i, c] of v.codings.entries()) {
      if (seen.has(c.proposition))
        ctx.addIssue({ code: "custom", path: ["codings", i], message: "A proposition is coded twice." });
      seen.add(c.proposition);
    }
  });
export type SaveOwnCodesInput = z.infer<typeof saveOwnCodesInput>;
