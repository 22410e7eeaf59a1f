import type { PositionStatus } from "@/lib/domain";
import { stanceLabel } from "@/lib/labels";
import type { CompareRecord, CompareSide } from "./compare-types";

/** A side's position on a proposition (from its records, or from tallies of many), and the change between two. */

export interface PositionEvidence {
  publicId: string;
  text: string;
  basis: string | null;
  note: string | null;
  status: PositionStatus;
  stance: number | null;
}

/**
 * What a side says on a proposition, aggregated over its records:
 * - `stated`: at least one record takes a stance; `stance` is the mean rounded away from zero, `min`/`max` show
 *   the spread. Stances of opposite sign on one side are not averaged into a middle: that side is `ambiguous`.
 * - `ambiguous`: coded ambiguous (and nothing stated), or contradictory within the side.
 * - `no_position`: addressed, explicitly without taking a position.
 * - `silent`: no record on the side addresses it (no coded position, or coded not_addressed).
 * - `not_coded`: no record on the side carries any coded position at all (an imported record not yet coded). Its
 *   silence says nothing: the text may well address the proposition, nobody has read it for that yet.
 */
export type SidePosition =
  | { kind: "stated"; stance: number; min: number; max: number; evidence: PositionEvidence[] }
  | { kind: "ambiguous"; conflicting: boolean; evidence: PositionEvidence[] }
  | { kind: "no_position"; evidence: PositionEvidence[] }
  | { kind: "silent"; evidence: PositionEvidence[] }
  | { kind: "not_coded"; evidence: PositionEvidence[] };

/** A side is coded when at least one of its records carries a coded position (on any proposition). */
export function isSideCoded(records: CompareRecord[]): boolean {
  return records.some((r) => r.positions.length > 0);
}

function roundAwayFromZero(x: number): number {
  return Math.sign(x) * Math.round(Math.abs(x));
}

/**
 * How the records of a side are coded on one proposition: how many state each stance, and how many carry each
 * status that is not a stance. It is all the rule below needs, so the same rule labels a side of two records
 * (tallied here from the records) and a side of a hundred thousand (tallied in SQL).
 */
export interface PositionTally {
  /** Records stating each stance; stances absent from the list are stated by no record. */
  stated: { stance: number; n: number }[];
  ambiguous: number;
  noPosition: number;
  notAddressed: number;
}

export function emptyTally(): PositionTally {
  return { stated: [], ambiguous: 0, noPosition: 0, notAddressed: 0 };
}

/** Adds `n` records coded `status` (and `stance`, when stated) to a tally, in place. */
export function addToTally(tally: PositionTally, status: PositionStatus, stance: number | null, n = 1): void {
  if (status === "stated" && stance !== null) {
    const at = tally.stated.find((s) => s.stance === stance);
    if (at) at.n += n;
    else tally.stated.push({ stance, n });
  } else if (status === "ambiguous") tally.ambiguous += n;
  else if (status === "no_position") tally.noPosition += n;
  else if (status === "not_addressed") tally.notAddressed += n;
}

/**
 * The rule, from a tally. `sideCoded` says whether any record of the side carries a coded position at all;
 * `evidence` is whatever passages the caller holds for this proposition (all of them, or a sample): each kind keeps
 * the ones that carry it.
 */
export function sidePositionFromTally(
  tally: PositionTally,
  sideCoded: boolean,
  evidence: PositionEvidence[],
): SidePosition {
  if (!sideCoded) return { kind: "not_coded", evidence: [] };
  const stated = tally.stated.filter((s) => s.n > 0);
  if (stated.length > 0) {
    const kept = evidence.filter((e) => e.status === "stated" && e.stance !== null);
    const min = Math.min(...stated.map((s) => s.stance));
    const max = Math.max(...stated.map((s) => s.stance));
    if (min < 0 && max > 0) return { kind: "ambiguous", conflicting: true, evidence: kept };
    const n = stated.reduce((a, s) => a + s.n, 0);
    const mean = stated.reduce((a, s) => a + s.stance * s.n, 0) / n;
    return { kind: "stated", stance: roundAwayFromZero(mean), min, max, evidence: kept };
  }
  if (tally.ambiguous > 0) {
    return {
      kind: "ambiguous",
      conflicting: false,
      evidence: evidence.filter((e) => e.status === "ambiguous"),
    };
  }
  if (tally.noPosition > 0) {
    return { kind: "no_position", evidence: evidence.filter((e) => e.status === "no_position") };
  }
  // Explicit "not addressed" codings are kept: their notes say what was said instead.
  return { kind: "silent", evidence };
}

export function sidePosition(records: CompareRecord[], propositionSlug: string): SidePosition {
  if (!isSideCoded(records)) return { kind: "not_coded", evidence: [] };
  const evidence: PositionEvidence[] = [];
  const tally = emptyTally();
  for (const r of records) {
    for (const p of r.positions) {
      if (p.propositionSlug !== propositionSlug) continue;
      addToTally(tally, p.status, p.stance);
      evidence.push({
        publicId: r.publicId,
        text: r.text,
        basis: p.basis,
        note: p.note,
        status: p.status,
        stance: p.stance,
      });
    }
  }
  return sidePositionFromTally(tally, true, evidence);
}

export function describeSidePosition(p: SidePosition): string {
  switch (p.kind) {
    case "stated":
      return p.min === p.max
        ? stanceLabel(p.stance)
        : `${stanceLabel(p.stance)} (records range ${signed(p.min)} to ${signed(p.max)})`;
    case "ambiguous":
      return p.conflicting ? "Ambiguous (records on this side conflict)" : "Ambiguous";
    case "no_position":
      return "Addressed, no position taken";
    case "silent":
      return "Not addressed";
    case "not_coded":
      return "Not coded";
  }
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

// Change labels.

export const CHANGE_LABELS = [
  "no_shift",
  "partial_shift",
  "reversal",
  "new_position",
  "dropped",
  "not_addressed_one_side",
  "ambiguous",
  "not_addressed_either",
  "not_coded",
] as const;
export type ChangeLabel = (typeof CHANGE_LABELS)[number];

export const CHANGE_LABEL_TEXT: Record<ChangeLabel, string> = {
  no_shift: "No shift",
  partial_shift: "Partial shift",
  reversal: "Reversal",
  new_position: "New position",
  // Not "dropped": the later side is silent on it, which is not the same as abandoning it.
  dropped: "Not restated",
  not_addressed_one_side: "Not addressed on one side",
  ambiguous: "Ambiguous",
  not_addressed_either: "Not addressed on either side",
  not_coded: "Not coded on one side",
};

/**
 * The change from an earlier side to a later one on one proposition.
 * - both stated: same stance = no shift; opposite signs = reversal; otherwise (degree, or to/from 0) partial shift.
 * - stated only later, earlier silent or without a position = new position; the reverse = dropped (not restated:
 *   absence from a report is not proof of abandonment, which the explanation says).
 * - one side silent and the other not a stance (ambiguous, no position) = not addressed on one side.
 * - any side ambiguous otherwise = ambiguous: no shift is claimed either way.
 * - a side without any coded position = not coded: never dropped or new, since nobody has read it for this.
 */
export function changeLabel(before: SidePosition, after: SidePosition): ChangeLabel {
  const a = before.kind;
  const b = after.kind;
  if (a === "not_coded" || b === "not_coded") return "not_coded";
  if (a === "silent" && b === "silent") return "not_addressed_either";
  if (a === "silent" || b === "silent") {
    if (a === "stated") return "dropped";
    if (b === "stated") return "new_position";
    return "not_addressed_one_side";
  }
  if (a === "ambiguous" || b === "ambiguous") return "ambiguous";
  if (a === "stated" && b === "stated") {
    if (before.stance === after.stance) return "no_shift";
    if (Math.sign(before.stance) * Math.sign(after.stance) < 0) return "reversal";
    return "partial_shift";
  }
  if (a === "no_position" && b === "no_position") return "no_shift";
  if (b === "stated") return "new_position";
  // Stated before, explicitly no position after: a step back from the stance, short of a reversal.
  return "partial_shift";
}

/**
 * The rule of sidePositionFromTally and changeLabel in words, for the page: an analyst must be able to check a
 * label against the distributions it came from.
 */
export const CHANGE_RULE: readonly string[] = [
  "A side's position on a proposition comes from its coded records: the mean of the stances stated, rounded away from zero. Stances of opposite sign on one side are not averaged into a middle: that side is ambiguous.",
  "With no stance stated, a side is ambiguous if a record is coded ambiguous, or “addressed, no position” if one says so; otherwise it has not addressed the proposition. Silence is never scored as a neutral 0.",
  "Both sides stated: the same stance is no shift, opposite signs a reversal, anything else a partial shift. Stated on the later side only is a new position; on the earlier only, not restated (which is not the same as abandoned).",
  "A side with no coded record at all is “not coded”: its silence says nothing, so a change against it is never dropped or new.",
];

export function explainChange(
  label: ChangeLabel,
  before: SidePosition,
  after: SidePosition,
  names: [string, string],
): string {
  const [first, second] = names;
  const desc = (p: SidePosition) => describeSidePosition(p).toLowerCase();
  switch (label) {
    case "no_shift":
      return `Same position in ${first} and ${second}: ${desc(after)}.`;
    case "partial_shift":
      return `Moved from ${desc(before)} in ${first} to ${desc(after)} in ${second}.`;
    case "reversal":
      return `Reversed: ${desc(before)} in ${first}, ${desc(after)} in ${second}.`;
    case "new_position":
      return `Not stated in ${first}; ${desc(after)} in ${second}.`;
    case "dropped":
      return `${desc(before)} in ${first}; not addressed in ${second}. Silence is not a stance: not restated is not the same as abandoned.`;
    case "not_addressed_one_side":
      return `Only one side touches it, and without a stance (${first}: ${desc(before)}; ${second}: ${desc(after)}).`;
    case "ambiguous":
      return `At least one side is ambiguous (${first}: ${desc(before)}; ${second}: ${desc(after)}); no shift is claimed.`;
    case "not_addressed_either":
      return `Neither ${first} nor ${second} addresses it.`;
    case "not_coded": {
      const uncoded = [before.kind === "not_coded" ? first : null, after.kind === "not_coded" ? second : null]
        .filter((x): x is string => x !== null)
        .join(" and ");
      return `The records of ${uncoded} carry no coded position yet, so no change can be claimed (${first}: ${desc(before)}; ${second}: ${desc(after)}).`;
    }
  }
}

export interface PropositionInfo {
  slug: string;
  label: string;
  text: string;
}

export interface PropositionRow {
  proposition: PropositionInfo;
  /** One per side, in side order. */
  positions: SidePosition[];
  /** Between consecutive sides: changes[i] is from side i to side i + 1. */
  changes: ChangeLabel[];
}

/** Every proposition coded on any record of any side, in first-seen order. */
export function propositionsOf(sides: CompareSide[]): PropositionInfo[] {
  const seen = new Map<string, PropositionInfo>();
  for (const side of sides) {
    for (const r of side.records) {
      for (const p of r.positions) {
        if (!seen.has(p.propositionSlug)) {
          seen.set(p.propositionSlug, {
            slug: p.propositionSlug,
            label: p.propositionLabel,
            text: p.propositionText,
          });
        }
      }
    }
  }
  return [...seen.values()];
}

export function propositionRows(sides: CompareSide[]): PropositionRow[] {
  return propositionsOf(sides).map((proposition) => {
    const positions = sides.map((s) => sidePosition(s.records, proposition.slug));
    const changes: ChangeLabel[] = [];
    for (let i = 0; i + 1 < positions.length; i++) {
      const before = positions[i];
      const after = positions[i + 1];
      if (before && after) changes.push(changeLabel(before, after));
    }
    return { proposition, positions, changes };
  });
}
