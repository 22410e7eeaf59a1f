import type { Db } from "@/db/client";
import type { PositionStatus } from "@/lib/domain";
import type { AdjudicateInput, CoderCode, ReviewStatus, SaveOwnCodesInput } from "@/lib/review";
import { InvalidCodes, setCurrentCode, sheetVersion, writeOwnCodes } from "./review-codes";
import { type EditableRecord, getEditableRecord } from "./statement-snapshot";
import { commitRevision } from "./statement-write";
import { transaction } from "./transaction";

/**
 * Double coding and review (issue 12): a coder's blind save, a reviewer's decision, and what the coding page
 * shows each of them. Every write is one immediate transaction; a change of the current codes bumps the record's
 * version and appends its revision exactly as a record edit does (commitRevision), so the change feeds see it.
 */

export interface OwnCodes {
  /** The coder's sheet version for this record (0 before their first save). */
  sheetVersion: number;
  codes: (CoderCode & { proposition: string })[];
}

export type SaveOwnCodesResult =
  | { ok: true; record: EditableRecord; own: OwnCodes }
  | { ok: false; reason: "not_found" }
  /** Only ever the coder's own codes, saved from another tab: a colleague's are never revealed by a conflict. */
  | { ok: false; reason: "conflict"; own: OwnCodes }
  | { ok: false; reason: "invalid"; fieldErrors: Record<string, string> };

function statementIdOf(db: Db, publicId: string): number | undefined {
  return db.$client.prepare("SELECT id FROM statements WHERE public_id = ?").pluck().get(publicId) as
    | number
    | undefined;
}

export function getOwnCodes(db: Db, statementId: number, coderId: string): OwnCodes {
  const codes = db.$client
    .prepare(
      `SELECT p.slug AS proposition, c.status, c.stance, c.basis, c.note FROM coder_codes c
       JOIN propositions p ON p.id = c.proposition_id WHERE c.statement_id = ? AND c.coder_id = ? ORDER BY p.id`,
    )
    .all(statementId, coderId) as (CoderCode & { proposition: string })[];
  return { sheetVersion: sheetVersion(db, statementId, coderId), codes };
}

/**
 * A coder saves their own codes of a record (blind: nothing of a colleague's is read back to them), checked
 * against their own sheet's version: two coders never conflict (each writes their own rows and the current code
 * is settled from both in this transaction), and one coder's two tabs do.
 */
export function saveOwnCodes(db: Db, input: SaveOwnCodesInput & { actorId: string }): SaveOwnCodesResult {
  try {
    return transaction(db, "immediate", () => {
      // One connection: the outer handle runs inside this transaction (raw statements need its $client).
      const t = db;
      const id = statementIdOf(t, input.publicId);
      if (id === undefined) return { ok: false as const, reason: "not_found" as const };
      const current = getEditableRecord(t, input.publicId);
      if (!current) return { ok: false as const, reason: "not_found" as const };
      if (sheetVersion(t, id, input.actorId) !== input.expectedSheetVersion)
        return { ok: false as const, reason: "conflict" as const, own: getOwnCodes(t, id, input.actorId) };
      writeOwnCodes(t, id, input.actorId, input.codings);
      const record = commitRevision(t, current, input.actorId, undefined, true);
      return { ok: true as const, record, own: getOwnCodes(t, id, input.actorId) };
    });
  } catch (error) {
    if (error instanceof InvalidCodes)
      return { ok: false, reason: "invalid", fieldErrors: error.fieldErrors };
    throw error;
  }
}

export interface ItemCoder {
  coderId: string;
  coderName: string;
  status: PositionStatus;
  stance: number | null;
  basis: string | null;
  note: string | null;
  updatedAt: string;
}

export interface ReviewItem {
  proposition: string;
  label: string;
  /** Null when the item has no current code. */
  review: ReviewStatus | null;
  /** The current code (what comparisons read), when visible to this reader. */
  current: (CoderCode & { review: ReviewStatus }) | null;
  coderCount: number;
  /** Whether this reader coded it. */
  mine: boolean;
  /** The current code was recorded before double coding, by a coder nobody knows. */
  unattributed: boolean;
  /**
   * Every coder's code, side by side, when this reader may see them: after saving their own code of the item,
   * or as a reviewer of a disputed item. Null while they are blind to it.
   */
  coders: ItemCoder[] | null;
  /** The coders' codes as the reader saw them, sent back with a decision so a change since is a conflict. */
  seen: string;
  /** The newest decision on the item, with its reason. */
  decision: { deciderName: string; reason: string; kind: string; createdAt: string } | null;
}

/** The state of the coders' codes of an item, compared when a decision is saved. */
function itemToken(
  coders: readonly Pick<ItemCoder, "coderId" | "status" | "stance" | "updatedAt">[],
): string {
  return coders.map((c) => `${c.coderId}:${c.status}:${c.stance ?? ""}:${c.updatedAt}`).join("|");
}

function itemCoders(db: Db, statementId: number, propositionId: number): ItemCoder[] {
  return db.$client
    .prepare(
      `SELECT c.coder_id AS coderId, u.name AS coderName, c.status, c.stance, c.basis, c.note,
         c.updated_at AS updatedAt
       FROM coder_codes c JOIN users u ON u.id = c.coder_id
       WHERE c.statement_id = ? AND c.proposition_id = ? ORDER BY c.id`,
    )
    .all(statementId, propositionId) as ItemCoder[];
}

/**
 * What the coding page shows one reader about each item of a record that anyone coded: its review status, and
 * the codes they may see. Bounded by the record's propositions.
 */
export function listReviewItems(
  db: Db,
  statementId: number,
  readerId: string,
  isReviewer: boolean,
): ReviewItem[] {
  const sqlite = db.$client;
  const rows = sqlite
    .prepare(
      `SELECT p.id, p.slug, p.label, cp.status, cp.stance, cp.basis, cp.note, cp.review_status AS review
       FROM propositions p
       LEFT JOIN coded_positions cp ON cp.proposition_id = p.id AND cp.statement_id = ?
       WHERE cp.id IS NOT NULL
          OR EXISTS (SELECT 1 FROM coder_codes c WHERE c.statement_id = ? AND c.proposition_id = p.id)
       ORDER BY p.id`,
    )
    .all(statementId, statementId) as {
    id: number;
    slug: string;
    label: string;
    status: PositionStatus | null;
    stance: number | null;
    basis: string | null;
    note: string | null;
    review: ReviewStatus | null;
  }[];
  const lastDecision = sqlite.prepare(
    `SELECT u.name AS deciderName, d.reason, d.kind, d.created_at AS createdAt FROM code_decisions d
     JOIN users u ON u.id = d.decider_id WHERE d.statement_id = ? AND d.proposition_id = ?
     ORDER BY d.id DESC LIMIT 1`,
  );
  return rows.map((r) => {
    const coders = itemCoders(db, statementId, r.id);
    const mine = coders.some((c) => c.coderId === readerId);
    const visible = mine || (isReviewer && (r.review === "disputed" || r.review === "adjudicated"));
    const current =
      r.status !== null && r.review !== null
        ? { status: r.status, stance: r.stance, basis: r.basis, note: r.note, review: r.review }
        : null;
    const decision = (lastDecision.get(statementId, r.id) as ReviewItem["decision"] | undefined) ?? null;
    return {
      proposition: r.slug,
      label: r.label,
      review: r.review,
      // Blind: the current code is someone else's (or unattributed) until the reader has coded the item too.
      current: visible ? current : null,
      coderCount: coders.length,
      mine,
      unattributed: current !== null && coders.length === 0,
      coders: visible ? coders : null,
      seen: itemToken(coders),
      decision,
    };
  });
}

export type AdjudicateResult =
  | { ok: true; record: EditableRecord }
  | { ok: false; reason: "not_found" }
  | { ok: false; reason: "conflict"; message: string }
  | { ok: false; reason: "invalid"; fieldErrors: Record<string, string> };

/**
 * A reviewer settles a disputed item: the code that stands (one of the coders' or another) and a written reason,
 * kept in code_decisions. Refused when the item is not disputed, when the reviewer coded it (a coder does not
 * judge their own dispute), or when the coders' codes changed since the reviewer's page was loaded.
 */
export function adjudicateCode(db: Db, input: AdjudicateInput & { actorId: string }): AdjudicateResult {
  return transaction(db, "immediate", () => {
    const t = db;
    const current = getEditableRecord(t, input.publicId);
    if (!current) return { ok: false as const, reason: "not_found" as const };
    const proposition = t.$client
      .prepare("SELECT id FROM propositions WHERE slug = ?")
      .pluck()
      .get(input.proposition) as number | undefined;
    if (proposition === undefined) return { ok: false as const, reason: "not_found" as const };
    const review = t.$client
      .prepare("SELECT review_status FROM coded_positions WHERE statement_id = ? AND proposition_id = ?")
      .pluck()
      .get(current.id, proposition) as ReviewStatus | undefined;
    const coders = itemCoders(t, current.id, proposition);
    if (itemToken(coders) !== input.seen)
      return {
        ok: false as const,
        reason: "conflict" as const,
        message:
          "A coder changed their code of this item after this page was loaded, so nothing was decided. Reload to see the codes as they are now.",
      };
    if (review !== "disputed")
      return {
        ok: false as const,
        reason: "invalid" as const,
        fieldErrors: { form: "Only a disputed code can be adjudicated." },
      };
    if (coders.some((c) => c.coderId === input.actorId))
      return {
        ok: false as const,
        reason: "invalid" as const,
        fieldErrors: { form: "You coded this item, so another reviewer has to decide it." },
      };
    t.$client
      .prepare(
        `INSERT INTO code_decisions (statement_id, proposition_id, decider_id, kind, status, stance, basis, note, reason)
           VALUES (?, ?, ?, 'adjudication', ?, ?, ?, ?, ?)`,
      )
      .run(
        current.id,
        proposition,
        input.actorId,
        input.status,
        input.stance,
        input.basis,
        input.note,
        input.reason,
      );
    setCurrentCode(t, current.id, proposition, {
      status: input.status,
      stance: input.stance,
      basis: input.basis,
      note: input.note,
      review: "adjudicated",
    });
    return { ok: true as const, record: commitRevision(t, current, input.actorId, undefined, true) };
  });
}

/** Counts of coded positions per review status (draft: the rest of every coded position), stored: no scan. */
export function countReviewStatuses(db: Db): {
  agreed: number;
  disputed: number;
  adjudicated: number;
  disputedRecords: number;
} {
  const rows = db.$client.prepare("SELECT status, n FROM review_status_counts").all() as {
    status: string;
    n: number;
  }[];
  const get = (s: string) => rows.find((r) => r.status === s)?.n ?? 0;
  return {
    agreed: get("agreed"),
    disputed: get("disputed"),
    adjudicated: get("adjudicated"),
    disputedRecords: get("disputed_records"),
  };
}

/**
 * The propositions of a record that someone else coded and the reader has not, a reviewer's decision aside
 * (blind: the record page hides those codes from a coder until they have coded the item themselves, unless they
 * choose to look; a settled decision is no longer anyone's to code blind).
 */
export function listBlindPropositions(db: Db, statementId: number, readerId: string): Set<string> {
  const rows = db.$client
    .prepare(
      `SELECT DISTINCT p.slug FROM coder_codes c JOIN propositions p ON p.id = c.proposition_id
       WHERE c.statement_id = ? AND c.coder_id <> ?
         AND NOT EXISTS (SELECT 1 FROM coded_positions cp WHERE cp.statement_id = c.statement_id
           AND cp.proposition_id = c.proposition_id AND cp.review_status = 'adjudicated')
         AND NOT EXISTS (SELECT 1 FROM coder_codes m WHERE m.statement_id = c.statement_id
           AND m.proposition_id = c.proposition_id AND m.coder_id = ?)`,
    )
    .pluck()
    .all(statementId, readerId, readerId) as string[];
  return new Set(rows);
}

/** The review status of each of a record's current codes, by proposition slug. */
export function listReviewStatuses(db: Db, statementId: number): Map<string, ReviewStatus> {
  const rows = db.$client
    .prepare(
      `SELECT p.slug, cp.review_status FROM coded_positions cp JOIN propositions p ON p.id = cp.proposition_id
       WHERE cp.statement_id = ?`,
    )
    .raw()
    .all(statementId) as [string, ReviewStatus][];
  return new Map(rows);
}

export interface AgreementUnit {
  topicSlug: string;
  topicName: string;
  topicPath: string;
  /**
   * The codebook version the item's agreement was completed under: that of its latest code (codes are kept per
   * version when the codebook changes, so an item coded before and after a change counts under the later one).
   */
  codebookVersion: number;
  /** Every coder's code of the item, in the order they first coded it. */
  codes: { status: PositionStatus; stance: number | null }[];
}

/**
 * The items two or more coders coded, with their codes, by topic of the proposition: what agreement is computed
 * from. Read along the partial index of double-coded items (coded_positions_review_idx), so the cost follows how
 * much has been double-coded, never the corpus.
 */
export function listAgreementUnits(db: Db): AgreementUnit[] {
  const rows = db.$client
    .prepare(
      `SELECT cp.statement_id AS s, cp.proposition_id AS p, t.slug, t.name, t.path, c.status, c.stance,
         c.codebook_version AS version
       FROM coded_positions cp INDEXED BY coded_positions_review_idx
       JOIN coder_codes c ON c.statement_id = cp.statement_id AND c.proposition_id = cp.proposition_id
       JOIN propositions pr ON pr.id = cp.proposition_id JOIN topics t ON t.id = pr.topic_id
       -- The <> 'draft' term is the index's own condition: SQLite uses a partial index only when it can see that.
       WHERE cp.review_status <> 'draft' AND cp.review_status IN ('agreed', 'disputed', 'adjudicated')
       ORDER BY t.path, cp.statement_id, cp.proposition_id, c.id`,
    )
    .all() as {
    s: number;
    p: number;
    slug: string;
    name: string;
    path: string;
    status: PositionStatus;
    stance: number | null;
    version: number;
  }[];
  const units: AgreementUnit[] = [];
  let key = "";
  for (const r of rows) {
    const k = `${r.s}:${r.p}`;
    if (k !== key) {
      units.push({ topicSlug: r.slug, topicName: r.name, topicPath: r.path, codebookVersion: 0, codes: [] });
      key = k;
    }
    const unit = units.at(-1);
    if (!unit) continue;
    unit.codes.push({ status: r.status, stance: r.stance });
    unit.codebookVersion = Math.max(unit.codebookVersion, r.version);
  }
  return units.filter((u) => u.codes.length >= 2);
}
