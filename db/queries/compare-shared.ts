import type { Db } from "@/db/client";
import type { SourceTier, StatementMode } from "@/db/schema";
import { CAVEAT_KINDS } from "@/lib/compare-caveats";
import {
  type DistributionKind,
  emptyReviewCounts,
  type PropositionAggregate,
  type ReviewCounts,
  type SamplePassage,
  type SideAggregate,
  type ValueCount,
} from "@/lib/compare-periods";
import { addToTally, emptyTally, type PositionEvidence, type PositionTally } from "@/lib/compare-positions";
import type { Period } from "@/lib/compare-view";
import { EVENT_KIND_LABELS, MODE_LABELS, SOURCE_TIER_LABELS } from "@/lib/labels";
import { parseView, viewHref } from "@/lib/positions-view";
import { STATEMENT_JOINS_SQL } from "./statement-join";

/**
 * What both readings of a period comparison share (db/queries/compare-periods.ts reads live, compare-counted.ts
 * from maintained counts): the sizes of what the page shows, how values are labelled and ranked, and the few reads
 * of wide rows for the passages and codings it shows.
 */

/** Sides of at most this many records each are also shown record by record (themes, full texts). */
export const DETAIL_LIMIT = 20;
/** Values shown per dimension and side (the rest are counted). */
export const TOP_VALUES = 6;
/** The positions table cannot filter by the speaker's country; up to this many speakers are listed instead. */
export const MAX_LINK_SPEAKERS = 30;
export function valueLabel(kind: DistributionKind, value: string, label: string | null): string {
  switch (kind) {
    case "venue_kind":
      return value
        ? (EVENT_KIND_LABELS[value as keyof typeof EVENT_KIND_LABELS] ?? value)
        : "No recorded event";
    case "office":
      return value || "Office unknown";
    case "source_tier":
      return SOURCE_TIER_LABELS[value as SourceTier] ?? value;
    case "mode":
      return MODE_LABELS[value as StatementMode] ?? value;
    default:
      return label ?? value;
  }
}

/** Passages per side, and per side and proposition. */
export const SIDE_SAMPLE = 3;
export const PROPOSITION_SAMPLE = 2;
/** Source tiers best first, as migration 0011's compare_facts.tier_rank and 0016's evidence values rank them. */
export const TIER_RANKS: Record<string, number> = {
  verbatim_record: 0,
  official_text: 1,
  state_media: 2,
  independent_media: 3,
};

/** Evidence for a side's position first: stances, then ambiguous codes, then explicit non-positions. */
export const statusRankSql = (column: string) =>
  `CASE ${column} WHEN 'stated' THEN 0 WHEN 'ambiguous' THEN 1 WHEN 'no_position' THEN 2 ELSE 3 END`;

export function likePrefix(path: string): string {
  return `${path.replace(/[\\%_]/g, (c) => `\\${c}`)}/%`;
}

export function emptySide(label: string, href: string): SideAggregate {
  const distributions = {} as Record<DistributionKind, { top: ValueCount[]; distinct: number }>;
  for (const k of CAVEAT_KINDS) distributions[k] = { top: [], distinct: 0 };
  return {
    label,
    records: 0,
    uncoded: 0,
    speakers: 0,
    unresolved: 0,
    events: 0,
    first: null,
    last: null,
    inferred: 0,
    dateNotes: [],
    distributions,
    topics: [],
    sample: [],
    table: { href, exact: true, note: null },
    review: emptyReviewCounts(),
    disputedHref: disputedView(href),
  };
}

/** A positions table view narrowed to the records with a disputed code (the `coding=disputed` filter). */
export function disputedView(href: string): string {
  const { view } = parseView(new URLSearchParams(href.split("?")[1] ?? ""));
  return viewHref({ ...view, coding: ["disputed"], page: 1 });
}

/** Codes per side, proposition and review status, as both readings count them. */
export interface ReviewRow {
  side: number;
  propositionId: number;
  review: string;
  n: number;
}

/**
 * Each side's codes by review status (only the chosen proposition's when one is), and the link to its disputed
 * records from the side's final table view: the same on both readings.
 */
export function applyReview(
  sqlite: Db["$client"],
  sides: SideAggregate[],
  rows: ReviewRow[],
  only: string | null | undefined,
): void {
  const onlyId = only
    ? ((sqlite.prepare("SELECT id FROM propositions WHERE slug = ?").pluck().get(only) as
        | number
        | undefined) ?? -1)
    : null;
  for (const r of rows) {
    const side = sides[r.side];
    if (!side || r.n <= 0 || (onlyId !== null && r.propositionId !== onlyId)) continue;
    if (r.review in side.review) side.review[r.review as keyof ReviewCounts] += r.n;
  }
  for (const side of sides) side.disputedHref = disputedView(side.table.href);
}

export interface TallyRow {
  side: number;
  propositionId: number;
  status: PositionEvidence["status"];
  stance: number | null;
  n: number;
}

/** The sampled passages, read from the wide rows (a handful per side). */
export function passages(
  sqlite: Db["$client"],
  picks: { statementId: number; coded: boolean }[],
): SamplePassage[] {
  const passage = sqlite.prepare(`
    SELECT s.public_id AS publicId, s.text, s.date_start AS dateStart, s.date_end AS dateEnd,
      s.date_precision AS datePrecision, s.mode, so.tier, so.outlet,
      coalesce(p.native_name, p.name, 'unresolved: “' || s.attribution_text || '”') AS speaker, e.name AS event
    FROM statements s ${STATEMENT_JOINS_SQL}
    WHERE s.id = ?`);
  return picks.flatMap((pick) => {
    const row = passage.get(pick.statementId) as Omit<SamplePassage, "coded"> | undefined;
    return row ? [{ ...row, coded: pick.coded }] : [];
  });
}

/** Each proposition coded on either side, with its tally per side and the chosen codings as evidence. */
export function buildPropositions(
  sqlite: Db["$client"],
  tallies: TallyRow[],
  sideCount: number,
  evidenceOf: (side: number, propositionId: number) => number[],
  only: string | null | undefined,
): PropositionAggregate[] {
  const info = new Map(
    (
      sqlite.prepare("SELECT id, slug, label, text FROM propositions").all() as {
        id: number;
        slug: string;
        label: string;
        text: string;
      }[]
    ).map((p) => [p.id, p]),
  );
  const byProposition = new Map<number, PropositionAggregate>();
  // Stances in ascending order on each side, whichever way the rows came.
  const ordered = [...tallies].sort(
    (a, b) => a.propositionId - b.propositionId || (a.stance ?? -99) - (b.stance ?? -99),
  );
  for (const t of ordered) {
    const pr = info.get(t.propositionId);
    if (!pr || (only && pr.slug !== only)) continue;
    let p = byProposition.get(t.propositionId);
    if (!p) {
      p = {
        proposition: { slug: pr.slug, label: pr.label, text: pr.text },
        tallies: Array.from({ length: sideCount }, (): PositionTally => emptyTally()),
        evidence: Array.from({ length: sideCount }, () => []),
      };
      byProposition.set(t.propositionId, p);
    }
    const tally = p.tallies[t.side];
    if (tally) addToTally(tally, t.status, t.stance, t.n);
  }
  const code = sqlite.prepare(`
    SELECT s.public_id AS publicId, s.text, cp.basis, cp.note, cp.status, cp.stance
    FROM coded_positions cp JOIN statements s ON s.id = cp.statement_id WHERE cp.id = ?`);
  for (const [propositionId, p] of byProposition) {
    for (let i = 0; i < sideCount; i++) {
      for (const id of evidenceOf(i, propositionId)) {
        const e = code.get(id) as PositionEvidence | undefined;
        if (e) p.evidence[i]?.push(e);
      }
    }
  }
  return [...byProposition.values()];
}

/**
 * The positions table cannot filter by the speaker's country (its `country` is where the event took place): the
 * side's speakers, listed, hold exactly its records; past MAX_LINK_SPEAKERS the topic and period alone, exact only
 * when no one else spoke on them (`others`).
 */
export function countryTableLink(
  p: Period,
  speakers: string[],
  others: () => boolean,
  tableView: (p: Period, speakers: string[]) => string,
): SideAggregate["table"] {
  if (speakers.length <= MAX_LINK_SPEAKERS) return { href: tableView(p, speakers), exact: true, note: null };
  if (!others()) return { href: tableView(p, []), exact: true, note: null };
  return {
    href: tableView(p, []),
    exact: false,
    note: `The positions table filters by where an event took place, not by the speaker's country, and this side has more than ${MAX_LINK_SPEAKERS} speakers: the table view holds the side's records among those of speakers from every country.`,
  };
}
