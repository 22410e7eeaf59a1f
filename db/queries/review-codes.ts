import type { Db } from "@/db/client";
import { type CoderCode, type ReviewStatus, sameCode, settleCodes } from "@/lib/review";
import { codebookVersion } from "./codebook";

/**
 * Double coding, the writes under every coding path (issue 12): a coder's own codes (coder_codes), and the
 * settling of an item's current code in coded_positions from them. Called inside the caller's immediate
 * transaction; the caller bumps the record's version and appends its revision when the current codes changed.
 * Only the item's row in coded_positions is written, and only when it differs, so the read models' triggers
 * (timeline counts, compare_facts, coding_facts, disputed_records) see real changes only.
 */

export class InvalidCodes extends Error {
  constructor(readonly fieldErrors: Record<string, string>) {
    super("invalid codes");
  }
}

export interface CodeValue extends CoderCode {
  proposition: string;
}

type StoredCode = CoderCode & { id: number; propositionId: number };

function propositionIds(db: Db, codings: readonly CodeValue[]): number[] {
  const errors: Record<string, string> = {};
  const find = db.$client.prepare("SELECT id FROM propositions WHERE slug = ?").pluck();
  const ids = codings.map((c, i) => {
    const id = find.get(c.proposition) as number | undefined;
    if (id === undefined) errors[`codings.${i}`] = `No such proposition: ${c.proposition}.`;
    return id ?? 0;
  });
  if (Object.keys(errors).length > 0) throw new InvalidCodes(errors);
  return ids;
}

const sameValue = (a: CoderCode, b: CoderCode) =>
  sameCode(a, b) && (a.basis ?? null) === (b.basis ?? null) && (a.note ?? null) === (b.note ?? null);

/** The coder's sheet version for a record (0 before their first save). */
export function sheetVersion(db: Db, statementId: number, coderId: string): number {
  return (
    (db.$client
      .prepare("SELECT version FROM coder_sheets WHERE statement_id = ? AND coder_id = ?")
      .pluck()
      .get(statementId, coderId) as number | undefined) ?? 0
  );
}

/**
 * Replaces one coder's codes of a record with the given set (propositions left out: no code of theirs), bumps
 * their sheet's version, and settles every item whose code of theirs changed. Returns those items' ids.
 */
export function writeOwnCodes(
  db: Db,
  statementId: number,
  coderId: string,
  codings: readonly CodeValue[],
): number[] {
  const sqlite = db.$client;
  const ids = propositionIds(db, codings);
  const existing = new Map(
    (
      sqlite
        .prepare(
          `SELECT id, proposition_id AS propositionId, status, stance, basis, note FROM coder_codes
           WHERE statement_id = ? AND coder_id = ?`,
        )
        .all(statementId, coderId) as StoredCode[]
    ).map((c) => [c.propositionId, c]),
  );
  const changed: number[] = [];
  // The codebook the coder coded under: agreement is given per codebook version.
  const version = codebookVersion(db);
  const update = sqlite.prepare(
    `UPDATE coder_codes SET status = ?, stance = ?, basis = ?, note = ?, codebook_version = ?,
       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`,
  );
  const insert = sqlite.prepare(
    `INSERT INTO coder_codes (statement_id, proposition_id, coder_id, status, stance, basis, note, codebook_version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const kept = new Set<number>();
  for (const [i, c] of codings.entries()) {
    const propositionId = ids[i] ?? 0;
    kept.add(propositionId);
    const old = existing.get(propositionId);
    if (old && sameValue(old, c)) continue;
    if (old) update.run(c.status, c.stance, c.basis, c.note, version, old.id);
    else insert.run(statementId, propositionId, coderId, c.status, c.stance, c.basis, c.note, version);
    changed.push(propositionId);
  }
  const remove = sqlite.prepare("DELETE FROM coder_codes WHERE id = ?");
  for (const [propositionId, old] of existing)
    if (!kept.has(propositionId)) {
      remove.run(old.id);
      changed.push(propositionId);
    }
  sqlite
    .prepare(
      `INSERT INTO coder_sheets (statement_id, coder_id, version) VALUES (?, ?, 1)
       ON CONFLICT (statement_id, coder_id) DO UPDATE SET version = version + 1,
         updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
    )
    .run(statementId, coderId);
  for (const propositionId of changed) settleItem(db, statementId, propositionId);
  return changed;
}

/** Writes an item's current code and review status, or removes it (null); nothing when it is already so. */
export function setCurrentCode(
  db: Db,
  statementId: number,
  propositionId: number,
  value: (CoderCode & { review: ReviewStatus }) | null,
): void {
  const sqlite = db.$client;
  const row = sqlite
    .prepare(
      `SELECT id, status, stance, basis, note, review_status AS review FROM coded_positions
       WHERE statement_id = ? AND proposition_id = ?`,
    )
    .get(statementId, propositionId) as (CoderCode & { id: number; review: ReviewStatus }) | undefined;
  if (value === null) {
    if (row) sqlite.prepare("DELETE FROM coded_positions WHERE id = ?").run(row.id);
    return;
  }
  if (row && sameValue(row, value) && row.review === value.review) return;
  if (row)
    sqlite
      .prepare(
        "UPDATE coded_positions SET status = ?, stance = ?, basis = ?, note = ?, review_status = ? WHERE id = ?",
      )
      .run(value.status, value.stance, value.basis, value.note, value.review, row.id);
  else
    sqlite
      .prepare(
        `INSERT INTO coded_positions (statement_id, proposition_id, status, stance, basis, note, review_status)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(statementId, propositionId, value.status, value.stance, value.basis, value.note, value.review);
}

/**
 * Settles one item from its coders' codes (lib/review.ts settleCodes), in the order they first coded it. A
 * reviewer's decision stands until a coder changes their code of the item, which reopens it: that code is new
 * evidence the decision did not see. An item nobody codes any longer has no current code.
 */
export function settleItem(db: Db, statementId: number, propositionId: number): void {
  const codes = db.$client
    .prepare(
      `SELECT status, stance, basis, note FROM coder_codes WHERE statement_id = ? AND proposition_id = ?
       ORDER BY id`,
    )
    .all(statementId, propositionId) as CoderCode[];
  const settled = settleCodes(codes);
  setCurrentCode(
    db,
    statementId,
    propositionId,
    settled ? { ...settled.code, review: settled.review } : null,
  );
}

/** How many coders have coded an item. */
export function coderCount(db: Db, statementId: number, propositionId: number): number {
  return db.$client
    .prepare("SELECT count(*) FROM coder_codes WHERE statement_id = ? AND proposition_id = ?")
    .pluck()
    .get(statementId, propositionId) as number;
}

/**
 * A restore's coded positions: every item whose current code differs from the restored version's is set to it
 * and logged as a decision ("restored version N"). An item two coders coded is under review, so only a reviewer
 * may override it that way; anyone else gets a field error and nothing is written. An item with fewer coders
 * stays a draft.
 */
export function restoreCodes(
  db: Db,
  statementId: number,
  target: readonly CodeValue[],
  actorId: string,
  version: number,
  canAdjudicate: boolean,
): void {
  const sqlite = db.$client;
  const ids = propositionIds(db, target);
  const wanted = new Map(target.map((c, i) => [ids[i] ?? 0, c]));
  const current = new Map(
    (
      sqlite
        .prepare(
          `SELECT proposition_id AS propositionId, status, stance, basis, note, review_status AS review
           FROM coded_positions WHERE statement_id = ?`,
        )
        .all(statementId) as (CoderCode & { propositionId: number; review: ReviewStatus })[]
    ).map((c) => [c.propositionId, c]),
  );
  const touched = [...new Set([...wanted.keys(), ...current.keys()])].filter((id) => {
    const a = wanted.get(id);
    const b = current.get(id);
    return !(a && b && sameValue(a, b));
  });
  const underReview = touched.filter((id) => coderCount(db, statementId, id) >= 2);
  if (underReview.length > 0 && !canAdjudicate)
    throw new InvalidCodes({
      codings:
        "Some of these coded positions were coded by two coders; only a reviewer can restore over them. Restore them by adjudicating in the coding queue, or ask a reviewer.",
    });
  const log = sqlite.prepare(
    `INSERT INTO code_decisions (statement_id, proposition_id, decider_id, kind, status, stance, basis, note, reason)
     VALUES (?, ?, ?, 'restore', ?, ?, ?, ?, ?)`,
  );
  for (const id of touched) {
    const c = wanted.get(id) ?? null;
    log.run(
      statementId,
      id,
      actorId,
      c?.status ?? null,
      c?.stance ?? null,
      c?.basis ?? null,
      c?.note ?? null,
      `Restored version ${version}.`,
    );
    setCurrentCode(
      db,
      statementId,
      id,
      c && { ...c, review: underReview.includes(id) ? "adjudicated" : "draft" },
    );
  }
}
