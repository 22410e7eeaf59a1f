import { topLine } from "@/lib/compare";
import { CAVEAT_KINDS, CAVEAT_WHY, type Caveat } from "@/lib/compare-caveats";
import {
  type ChangeLabel,
  changeLabel,
  type PositionEvidence,
  type PositionTally,
  type PropositionInfo,
  type PropositionRow,
  sidePositionFromTally,
} from "@/lib/compare-positions";
import type { DatePrecision, SourceTier, StatementMode } from "@/lib/domain";
import { MODE_LABELS, SOURCE_TIER_LABELS } from "@/lib/labels";
import { countLabel, formatNumber } from "@/lib/text";

/**
 * A comparison of two periods told from aggregates: per side, counts and distributions computed in SQL, and a
 * bounded sample of passages; per proposition, a tally of how the side's records are coded. Nothing here grows
 * with the number of records on a side, and the change labels come from the same rule as a comparison of single
 * records (lib/compare-positions.ts sidePositionFromTally, changeLabel).
 */

/** The dimensions on which two sides may not be alike (the comparability caveats). */
export type DistributionKind = (typeof CAVEAT_KINDS)[number];

export interface ValueCount {
  /** What SQL grouped by (a kind, a title, a person id); stable, for comparing sides. */
  value: string;
  /** What the page shows. */
  label: string;
  n: number;
}

/** The most frequent values of one dimension on one side, and how many distinct values there are in all. */
export interface Distribution {
  top: ValueCount[];
  distinct: number;
}

/** One passage of the side's sample, chosen by source tier, then recency. */
export interface SamplePassage {
  publicId: string;
  text: string;
  dateStart: string | null;
  dateEnd: string | null;
  datePrecision: DatePrecision;
  mode: StatementMode;
  tier: SourceTier;
  outlet: string;
  /** The speaker's name, or the attributing words when the speaker is unresolved. */
  speaker: string;
  event: string | null;
  coded: boolean;
}

export interface SideAggregate {
  label: string;
  records: number;
  /** Records carrying no coded position on any proposition. */
  uncoded: number;
  /** Distinct resolved speakers, and records whose speaker is unresolved. */
  speakers: number;
  unresolved: number;
  events: number;
  first: string | null;
  last: string | null;
  /** Records whose date was inferred rather than printed, with the most frequent reasons given. */
  inferred: number;
  dateNotes: { note: string; n: number }[];
  distributions: Record<DistributionKind, Distribution>;
  /** Topics the records are tagged with (as tagged, not rolled up), most frequent first. */
  topics: ValueCount[];
  sample: SamplePassage[];
  /** The positions table view holding the side's records, and whether it holds exactly them. */
  table: { href: string; exact: boolean; note: string | null };
  /** The codes the side's tallies count, by review status (double coding, docs/coding.md). */
  review: ReviewCounts;
  /** The same table view narrowed to records with a disputed code (`coding=disputed`). */
  disputedHref: string;
}

export interface ReviewCounts {
  draft: number;
  agreed: number;
  disputed: number;
  adjudicated: number;
}

export function emptyReviewCounts(): ReviewCounts {
  return { draft: 0, agreed: 0, disputed: 0, adjudicated: 0 };
}

/**
 * When a side's codes are not settled enough to rest a comparison on: more than half of them are drafts or
 * disputed (as "rests mostly on uncoded records" is more than half), or at least a tenth are disputed (a dispute
 * keeps the first coder's code, so those stances may still move). Null when the side is settled enough.
 */
export function unsettledShare(
  review: ReviewCounts,
): { draft: number; disputed: number; total: number } | null {
  const total = review.draft + review.agreed + review.disputed + review.adjudicated;
  if (total === 0) return null;
  const unsettled = review.draft + review.disputed;
  if (unsettled * 2 > total || (review.disputed > 0 && review.disputed * 10 >= total))
    return { draft: review.draft, disputed: review.disputed, total };
  return null;
}

export interface PropositionAggregate {
  proposition: PropositionInfo;
  /** One per side, in side order. */
  tallies: PositionTally[];
  /** A bounded sample of passages per side, best first. */
  evidence: PositionEvidence[][];
}

export interface PeriodAggregate {
  sides: SideAggregate[];
  propositions: PropositionAggregate[];
  /** Per dimension, how many values occur on every side. */
  shared: Record<DistributionKind, number>;
}

/** A side rests mostly on uncoded records when more than half of them carry no coded position. */
export function restsMostlyOnUncoded(side: SideAggregate): boolean {
  return side.records > 0 && side.uncoded * 2 > side.records;
}

export function isSideAggregateCoded(side: SideAggregate): boolean {
  return side.uncoded < side.records;
}

export function aggregateRows(agg: PeriodAggregate): PropositionRow[] {
  return agg.propositions.map((p) => {
    const positions = agg.sides.map((side, i) =>
      sidePositionFromTally(
        p.tallies[i] ?? { stated: [], ambiguous: 0, noPosition: 0, notAddressed: 0 },
        isSideAggregateCoded(side),
        p.evidence[i] ?? [],
      ),
    );
    const changes: ChangeLabel[] = [];
    for (let i = 0; i + 1 < positions.length; i++) {
      const before = positions[i];
      const after = positions[i + 1];
      if (before && after) changes.push(changeLabel(before, after));
    }
    return { proposition: p.proposition, positions, changes };
  });
}

export function formatCount(n: number): string {
  return formatNumber(n);
}

/** "+2 strongly supports" etc. are the badge; this is the distribution under it: "+1 × 12 · +2 × 3 · ambiguous × 1". */
export function describeTally(tally: PositionTally): string {
  const parts = [...tally.stated]
    .filter((s) => s.n > 0)
    .sort((a, b) => b.stance - a.stance)
    .map((s) => `${s.stance > 0 ? `+${s.stance}` : String(s.stance)} × ${formatCount(s.n)}`);
  if (tally.ambiguous > 0) parts.push(`ambiguous × ${formatCount(tally.ambiguous)}`);
  if (tally.noPosition > 0) parts.push(`no position × ${formatCount(tally.noPosition)}`);
  if (tally.notAddressed > 0) parts.push(`coded not addressed × ${formatCount(tally.notAddressed)}`);
  return parts.join(" · ");
}

export function tallyRecords(tally: PositionTally): number {
  return tally.stated.reduce((a, s) => a + s.n, 0) + tally.ambiguous + tally.noPosition + tally.notAddressed;
}

/** "Multilateral meeting (4)", and "… and 12 more" when a side has more values than it shows. */
export function distributionValues(d: Distribution): string[] {
  const values = d.top.map((v) => `${v.label} (${formatCount(v.n)})`);
  if (d.distinct > d.top.length) values.push(`${formatCount(d.distinct - d.top.length)} more`);
  return values;
}

/**
 * Where the sides differ in venue kind, office, rank, speaker, source tier or mode: they differ unless every side
 * has the same number of distinct values and all of them are shared. Rank is only compared when every side has a
 * recorded rank, as for single records. Then the data caveats: uncoded records, inferred dates.
 */
export function aggregateCaveats(agg: PeriodAggregate): Caveat[] {
  const caveats: Caveat[] = [];
  for (const kind of CAVEAT_KINDS) {
    const ds = agg.sides.map((s) => s.distributions[kind]);
    if (kind === "rank" && ds.some((d) => d.distinct === 0)) continue;
    const shared = agg.shared[kind];
    if (ds.every((d) => d.distinct === shared)) continue;
    caveats.push({ kind, values: ds.map(distributionValues), message: CAVEAT_WHY[kind] });
  }
  const uncoded = agg.sides.filter((s) => s.uncoded > 0);
  if (uncoded.length > 0) {
    const mostly = agg.sides.filter(restsMostlyOnUncoded).map((s) => s.label);
    const none = agg.sides.filter((s) => s.records > 0 && !isSideAggregateCoded(s)).map((s) => s.label);
    caveats.push({
      kind: "not_coded",
      values: agg.sides.map((s) => [`${formatCount(s.uncoded)} of ${formatCount(s.records)} not coded`]),
      message:
        `Records with no coded position: ${joinAnd(
          uncoded.map((s) => `${s.label} (${formatCount(s.uncoded)} of ${formatCount(s.records)})`),
        )}. ` +
        (none.length > 0
          ? `${joinAnd(none)} ${none.length === 1 ? "has" : "have"} no coded position at all, so propositions there are “not coded”, never dropped or new. `
          : "") +
        (mostly.length > none.length
          ? `${joinAnd(mostly.filter((l) => !none.includes(l)))} ${mostly.length - none.length === 1 ? "rests" : "rest"} mostly on uncoded records: what ${mostly.length - none.length === 1 ? "it has" : "they have"} not addressed may only not have been read for it yet.`
          : "A proposition the coded records do not address counts as not addressed on that side."),
    });
  }
  const inferred = agg.sides.filter((s) => s.inferred > 0);
  if (inferred.length > 0) {
    caveats.push({
      kind: "inferred_date",
      values: agg.sides.map((s) => [
        s.inferred > 0 ? `date inferred: ${formatCount(s.inferred)}` : "dates stated",
      ]),
      message: `Dates not stated with the statement but inferred (the reason is given), so their place in time rests on that reasoning: ${inferred
        .map(
          (s) =>
            `${s.label}, ${countLabel(s.inferred, "record", "records")}${
              s.dateNotes.length > 0
                ? ` (${s.dateNotes.map((d) => `${d.note.replace(/\.$/, "")}: ${formatCount(d.n)}`).join("; ")})`
                : ""
            }`,
        )
        .join("; ")}.`,
    });
  }
  return caveats;
}

function joinAnd(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/**
 * One sentence per side saying what kind of evidence it is, from the distributions: "3,412 records (2,001
 * paraphrases, 900 summaries, 511 direct quotes) by 41 speakers at 230 events; sources: state media 3,000, …".
 */
export function describeSideAggregate(side: SideAggregate): string {
  if (side.records === 0) return `${side.label}: no records`;
  const modes = side.distributions.mode.top
    .map((m) => `${formatCount(m.n)} ${MODE_LABELS[m.value as StatementMode]?.toLowerCase() ?? m.label}`)
    .join(", ");
  const tiers = side.distributions.source_tier.top
    .map((t) => `${(SOURCE_TIER_LABELS[t.value as SourceTier] ?? t.label).toLowerCase()} ${formatCount(t.n)}`)
    .join(", ");
  const who = [
    side.speakers > 0 ? countLabel(side.speakers, "speaker", "speakers") : null,
    side.unresolved > 0 ? `${formatCount(side.unresolved)} unresolved` : null,
  ]
    .filter(Boolean)
    .join(" and ");
  return `${side.label}: ${countLabel(side.records, "record", "records")} (${modes}) by ${who} at ${countLabel(
    side.events,
    "event",
    "events",
  )}; sources: ${tiers}`;
}

/** The one-line conclusion, from the same labels as the table. */
export function aggregateConclusion(agg: PeriodAggregate, rows: PropositionRow[]): string {
  return topLine(
    agg.sides.map((s) => ({ label: s.label, records: [] })),
    rows,
  );
}
