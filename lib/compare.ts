import type {
  DateBasis,
  DatePrecision,
  EventKind,
  PositionStatus,
  SourceTier,
  StatementMode,
} from "@/lib/domain";
import { EVENT_KIND_LABELS, MODE_LABELS, SOURCE_TIER_LABELS, stanceLabel } from "@/lib/labels";
import { foldForSearch } from "@/lib/text";
import { groupBy } from "./group-by";
import type { ReviewStatus } from "./review";

/**
 * Comparison of what was said on two (or more) sides: single records, or every record of a period. Everything here
 * is computed from coded positions and topics, so adding or recoding a record changes the result.
 *
 * Silence is never neutral: a side with no coded position on a proposition (or one coded `not_addressed`) has not
 * addressed it, which is a different thing from a stance of 0.
 */

export interface CompareTopic {
  slug: string;
  name: string;
  path: string;
}

export interface CompareCodedPosition {
  propositionSlug: string;
  propositionLabel: string;
  propositionText: string;
  status: PositionStatus;
  stance: number | null;
  /** The words in the statement that carry the position. */
  basis: string | null;
  note: string | null;
  /** Where the code stands in double coding (lib/review.ts): draft, agreed, disputed or adjudicated. */
  reviewStatus: ReviewStatus;
}

/** One position record with what a comparison needs. */
export interface CompareRecord {
  publicId: string;
  text: string;
  dateStart: string | null;
  dateEnd: string | null;
  datePrecision: DatePrecision;
  /** How the date is known; absent when the caller did not load it (then nothing is claimed about it). */
  dateBasis?: DateBasis;
  /** Why an inferred date was inferred. */
  dateNote?: string | null;
  mode: StatementMode;
  speaker: { slug: string; name: string; nativeName: string | null } | null;
  attributionText: string;
  role: { title: string; rank: string | null; organization: string | null } | null;
  event: { slug: string; name: string; kind: EventKind; city: string | null } | null;
  source: { outlet: string; tier: SourceTier };
  topics: CompareTopic[];
  positions: CompareCodedPosition[];
}

/** A side of a comparison: a label ("2018", or a record's date) and its records. */
export interface CompareSide {
  label: string;
  records: CompareRecord[];
}

// ---------------------------------------------------------------------------------------------------------------
// Positions of a side on a proposition

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

// ---------------------------------------------------------------------------------------------------------------
// Change labels

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

// ---------------------------------------------------------------------------------------------------------------
// Themes

export interface ThemeEvidence {
  publicId: string;
  text: string;
  /** Words within `text` that carry the theme, when known (a coded position's basis). */
  basis: string | null;
}

export interface Theme {
  kind: "proposition" | "topic";
  slug: string;
  label: string;
  /** Evidence per side, in side order; empty where the side does not raise the theme. */
  evidence: ThemeEvidence[][];
  /**
   * Per side: the side raises nothing coded here because its records are not coded. For a topic, true where every
   * record of the side carrying the topic has no coded position (present by topic, uncoded); for a proposition,
   * true where the side is not coded at all.
   */
  uncoded: boolean[];
}

export interface ThemeSets {
  /** Raised on every side. */
  all: Theme[];
  /** only[i]: raised on side i alone. */
  only: Theme[][];
  /** Raised on more than one side but not all (three or four sides only). */
  some: Theme[];
  /**
   * Positions coded on some sides while another side is not coded at all: whether that side raises them is
   * unknown, so they are neither "in both" nor "only in".
   */
  unknown: Theme[];
}

/**
 * A proposition is a theme of a side when the side states a stance on it or codes it ambiguous / no position
 * (it engaged with it); a topic is a theme of a side when one of its records is tagged with it. Topics are taken
 * as tagged, not rolled up to their parents, so "cyber security" does not swallow every subtopic.
 */
export function themeSets(sides: CompareSide[]): ThemeSets {
  const themes: Theme[] = [];
  for (const proposition of propositionsOf(sides)) {
    themes.push({
      kind: "proposition",
      slug: proposition.slug,
      label: proposition.label,
      evidence: sides.map((s) => {
        const pos = sidePosition(s.records, proposition.slug);
        if (pos.kind === "silent" || pos.kind === "not_coded") return [];
        return pos.evidence.map((e) => ({ publicId: e.publicId, text: e.text, basis: e.basis }));
      }),
      uncoded: sides.map((s) => !isSideCoded(s.records)),
    });
  }
  const topics = new Map<string, CompareTopic>();
  for (const side of sides) for (const r of side.records) for (const t of r.topics) topics.set(t.slug, t);
  for (const topic of [...topics.values()].sort((x, y) => x.path.localeCompare(y.path))) {
    const tagged = sides.map((s) => s.records.filter((r) => r.topics.some((t) => t.slug === topic.slug)));
    themes.push({
      kind: "topic",
      slug: topic.slug,
      label: topic.name,
      evidence: tagged.map((rs) => rs.map((r) => ({ publicId: r.publicId, text: r.text, basis: null }))),
      uncoded: tagged.map((rs) => rs.length > 0 && !isSideCoded(rs)),
    });
  }
  const result: ThemeSets = { all: [], only: sides.map(() => []), some: [], unknown: [] };
  for (const theme of themes) {
    const present = theme.evidence.map((e, i) => (e.length > 0 ? i : -1)).filter((i) => i >= 0);
    if (present.length === 0) continue;
    if (theme.kind === "proposition" && theme.uncoded.some(Boolean)) {
      result.unknown.push(theme);
      continue;
    }
    if (present.length === sides.length) result.all.push(theme);
    else if (present.length === 1) result.only[present[0] ?? 0]?.push(theme);
    else result.some.push(theme);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------------------
// Caveats

export const CAVEAT_KINDS = ["venue_kind", "office", "rank", "speaker", "source_tier", "mode"] as const;
/** Caveats on the data itself rather than on how alike the sides are. */
export const DATA_CAVEAT_KINDS = ["not_coded", "chronology", "undated", "inferred_date"] as const;
export type CaveatKind = (typeof CAVEAT_KINDS)[number] | (typeof DATA_CAVEAT_KINDS)[number];

export interface Caveat {
  kind: CaveatKind;
  /** The values of each side, in side order ("Multilateral meeting", "UNSC open debate"). */
  values: string[][];
  message: string;
}

function distinct(values: (string | null | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => !!v))];
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((v) => b.includes(v));
}

export const CAVEAT_WHY: Record<(typeof CAVEAT_KINDS)[number], string> = {
  venue_kind:
    "The venues differ in kind: what is said to one audience may be framed for it, so a difference may reflect the venue rather than a change of position.",
  office:
    "The speakers held different offices: a difference may reflect each office's remit rather than a change of national position.",
  rank: "The speakers' ranks differ: the weight of the words differs with the rank.",
  speaker: "Different people spoke: personal emphasis may differ from national position.",
  source_tier:
    "The sources differ in tier: a verbatim record, an official text and a media report do not carry the same certainty about the exact words.",
  mode: "The records differ in mode: a direct quote, a paraphrase and a summary carry different certainty about the exact words.",
};

function personName(speaker: { name: string; nativeName: string | null }): string {
  return speaker.nativeName ?? speaker.name;
}

/**
 * Where the sides differ in venue kind, office, rank, speaker, source tier or mode, then the data caveats (see
 * dataCaveats). Rank is only compared when every side has a recorded rank: a civilian post without a rank is a
 * difference of office, already said.
 */
export function comparabilityCaveats(sides: CompareSide[]): Caveat[] {
  const per: Record<(typeof CAVEAT_KINDS)[number], (r: CompareRecord) => string | null> = {
    venue_kind: (r) => (r.event ? EVENT_KIND_LABELS[r.event.kind] : "No recorded event"),
    office: (r) => (r.role ? r.role.title : "Office unknown"),
    rank: (r) => r.role?.rank ?? null,
    speaker: (r) => (r.speaker ? personName(r.speaker) : `Unresolved (“${r.attributionText}”)`),
    source_tier: (r) => SOURCE_TIER_LABELS[r.source.tier],
    mode: (r) => MODE_LABELS[r.mode],
  };
  const caveats: Caveat[] = [];
  for (const kind of CAVEAT_KINDS) {
    const values = sides.map((s) => distinct(s.records.map(per[kind])).sort());
    if (kind === "rank" && values.some((v) => v.length === 0)) continue;
    const first = values[0] ?? [];
    if (values.every((v) => sameSet(v, first))) continue;
    caveats.push({ kind, values, message: CAVEAT_WHY[kind] });
  }
  return [...caveats, ...dataCaveats(sides)];
}

/** Record ids by date note, in first-seen order: records of one article share their reasoning. */
function groupByNote(records: CompareRecord[]): Map<string, string[]> {
  return groupBy(
    records,
    (r) => r.dateNote ?? "",
    (r) => r.publicId,
  );
}

function sideStart(side: CompareSide): string | null {
  const starts = side.records.map((r) => r.dateStart).filter((d): d is string => d !== null);
  return starts.length > 0 ? starts.reduce((a, b) => (a < b ? a : b)) : null;
}

/**
 * What the data cannot support:
 * - not_coded: a side (or some records of a side) carries no coded position, named by record id;
 * - chronology: the sides are kept in the order asked for, but a later side starts before an earlier one, so
 *   "before" and "after" in the change labels are the order given, not time;
 * - undated: records with no known date;
 * - inferred_date: records whose date was worked out rather than printed in the source, with the reasoning.
 */
export function dataCaveats(sides: CompareSide[]): Caveat[] {
  const caveats: Caveat[] = [];
  const uncodedIds = sides.map((s) =>
    s.records.filter((r) => r.positions.length === 0).map((r) => r.publicId),
  );
  if (uncodedIds.some((ids) => ids.length > 0)) {
    const wholeSides = sides
      .filter((s) => s.records.length > 0 && !isSideCoded(s.records))
      .map((s) => s.label);
    const named = sides
      .map((s, i) =>
        (uncodedIds[i] ?? []).length > 0 ? `${s.label} (${(uncodedIds[i] ?? []).join(", ")})` : null,
      )
      .filter((x): x is string => x !== null);
    caveats.push({
      kind: "not_coded",
      values: uncodedIds.map((ids) => (ids.length > 0 ? [`not coded: ${ids.join(", ")}`] : ["coded"])),
      message:
        `Records with no coded position: ${joinAnd(named)}. ` +
        (wholeSides.length > 0
          ? `${joinAnd(wholeSides)} ${wholeSides.length === 1 ? "has" : "have"} no coded position at all, so propositions there are “not coded”, never dropped or new; read the texts and themes instead.`
          : "The other records of the same side are coded, so a proposition they do not address counts as not addressed on that side."),
    });
  }
  const starts = sides.map(sideStart);
  const outOfOrder: string[] = [];
  for (let i = 0; i + 1 < sides.length; i++) {
    const a = starts[i];
    const b = starts[i + 1];
    if (a && b && b < a) outOfOrder.push(`${sides[i + 1]?.label} comes before ${sides[i]?.label}`);
  }
  if (outOfOrder.length > 0) {
    caveats.push({
      kind: "chronology",
      values: sides.map((_, i) => [starts[i] ?? "undated"]),
      message: `The sides are compared in the order given, which is not chronological (${outOfOrder.join("; ")}): “before” and “after” in the change labels follow that order, not time.`,
    });
  }
  const undated = sides.map((s) => s.records.filter((r) => r.dateStart === null).map((r) => r.publicId));
  if (undated.some((ids) => ids.length > 0)) {
    caveats.push({
      kind: "undated",
      values: undated.map((ids) => (ids.length > 0 ? [`undated: ${ids.join(", ")}`] : ["dated"])),
      message: `The date of ${joinAnd(undated.flat())} is unknown: where ${undated.flat().length === 1 ? "it falls" : "they fall"} in time, and so which side came first, cannot be said.`,
    });
  }
  const inferred = sides.flatMap((s) => s.records.filter((r) => r.dateBasis === "inferred"));
  if (inferred.length > 0) {
    caveats.push({
      kind: "inferred_date",
      values: sides.map((s) => {
        const ids = s.records.filter((r) => r.dateBasis === "inferred").map((r) => r.publicId);
        return ids.length > 0 ? [`date inferred: ${ids.join(", ")}`] : ["date stated"];
      }),
      message: `Dates not stated with the statement but inferred (the reason is given), so their place in time rests on that reasoning: ${[
        ...groupByNote(inferred).entries(),
      ]
        .map(([note, ids]) => `${joinAnd(ids)}${note ? ` (${note.replace(/\.$/, "")})` : ""}`)
        .join("; ")}.`,
    });
  }
  return caveats;
}

const MODE_NOUN: Record<StatementMode, [string, string]> = {
  direct_quote: ["a direct quote", "direct quotes"],
  paraphrase: ["a paraphrase", "paraphrases"],
  summary: ["a summary", "summaries"],
};

const TIER_BY: Record<SourceTier, string> = {
  verbatim_record: "in a verbatim record",
  official_text: "in an official text",
  state_media: "by state media",
  independent_media: "by independent media",
  other: "by another source",
};

function joinAnd(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** Event kinds whose label is a plural noun: "at bilateral talks", never "at a bilateral talks". */
const PLURAL_KINDS = new Set<string>(["bilateral_talks"]);

function article(phrase: string): string {
  // "an open debate", but "a UNSC open debate" (acronyms starting with U are read "you").
  return /^([aeio]|u[a-z])/.test(phrase) || /^[AEIO]/.test(phrase) ? `an ${phrase}` : `a ${phrase}`;
}

/** "a multilateral meeting", "an interview", "bilateral talks". */
function venueKind(kind: string, label: string): string {
  const phrase = lowerFirst(label);
  return PLURAL_KINDS.has(kind) ? phrase : article(phrase);
}

/**
 * A list of speakers, each maybe with an appositive ("A B, Minister (General)"): commas inside the items, so
 * semicolons between them when any has one; "and" before the last.
 */
function joinSpeakers(items: string[]): string {
  if (items.length <= 1 || !items.some((i) => i.includes(", "))) return joinAnd(items);
  return `${items.slice(0, -1).join("; ")}; and ${items[items.length - 1]}`;
}

function lowerFirst(s: string): string {
  // Keep acronyms ("UNSC open debate") as they are.
  return /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

/**
 * One sentence per side saying what kind of evidence it is, built from the data:
 * "a paraphrase by state media of the Deputy Minister of Public Security (Senior Lieutenant General) Bui Van Nam
 * at a multilateral meeting in Moscow".
 */
export function describeSideEvidence(side: CompareSide): string {
  const records = side.records;
  if (records.length === 0) return "no records";
  const modeCounts = new Map<StatementMode, number>();
  for (const r of records) modeCounts.set(r.mode, (modeCounts.get(r.mode) ?? 0) + 1);
  const modes = joinAnd(
    [...modeCounts.entries()]
      .sort((x, y) => y[1] - x[1])
      .map(([mode, n]) => (n === 1 ? MODE_NOUN[mode][0] : `${n} ${MODE_NOUN[mode][1]}`)),
  );
  const tiers = joinAnd(distinct(records.map((r) => TIER_BY[r.source.tier])));
  const speakerItems = distinct(
    records.map((r) => {
      if (!r.speaker) return `an unresolved speaker (“${r.attributionText}”)`;
      if (!r.role) return personName(r.speaker);
      return `${personName(r.speaker)}, ${r.role.title}${r.role.rank ? ` (${r.role.rank})` : ""}`;
    }),
  );
  const speakers = joinSpeakers(speakerItems);
  const venues = joinAnd(
    distinct(
      records.map((r) =>
        r.event
          ? `${venueKind(r.event.kind, EVENT_KIND_LABELS[r.event.kind])}${r.event.city ? ` in ${r.event.city}` : ""}`
          : null,
      ),
    ),
  );
  // The appositive of the last speaker closes with a comma before the venue: "of A B, Minister, at ...".
  const closeAppositive = (speakerItems[speakerItems.length - 1] ?? "").includes(", ") ? "," : "";
  return `${modes} ${tiers} of ${speakers}${venues ? `${closeAppositive} at ${venues}` : ""}`;
}

/** "a paraphrase by state media of ... vs 2 paraphrases and a summary by state media of ..." */
export function caveatSummary(sides: CompareSide[]): string {
  return sides.map(describeSideEvidence).join(" vs ");
}

// ---------------------------------------------------------------------------------------------------------------
// Shared phrases

const STOPWORDS = new Set(
  (
    "a an the and or of in on at to for by with from as is are was were be been its it this that these those " +
    "has have had not no into their his her our we he she they which who whom such also than then so very all " +
    "each other both including said says say"
  ).split(" "),
);

interface Token {
  word: string;
  start: number;
  end: number;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)) {
    const index = m.index ?? 0;
    tokens.push({ word: foldForSearch(m[0]), start: index, end: index + m[0].length });
  }
  return tokens;
}

function isPhrase(words: string[]): boolean {
  const content = words.filter((w) => !STOPWORDS.has(w)).length;
  const first = words[0] ?? "";
  const last = words[words.length - 1] ?? "";
  // A phrase neither starts nor ends on a function word, and carries at least two content words.
  return content >= 2 && !STOPWORDS.has(first) && !STOPWORDS.has(last);
}

const MAX_PHRASE_WORDS = 12;

/**
 * Phrases (two or more content words, matched case- and diacritic-insensitively) that occur on both sides, longest
 * first, none contained in another.
 */
export function sharedPhrases(first: string[], second: string[]): string[] {
  const grams = new Set<string>();
  for (const text of second) {
    const words = tokenize(text).map((t) => t.word);
    for (let i = 0; i < words.length; i++) {
      for (let n = 2; n <= MAX_PHRASE_WORDS && i + n <= words.length; n++) {
        grams.add(words.slice(i, i + n).join(" "));
      }
    }
  }
  const found = new Set<string>();
  for (const text of first) {
    const words = tokenize(text).map((t) => t.word);
    for (let i = 0; i < words.length; i++) {
      for (let n = Math.min(MAX_PHRASE_WORDS, words.length - i); n >= 2; n--) {
        const slice = words.slice(i, i + n);
        if (isPhrase(slice) && grams.has(slice.join(" "))) {
          found.add(slice.join(" "));
          break;
        }
      }
    }
  }
  const words = (p: string) => p.split(" ").length;
  const phrases = [...found].sort((x, y) => words(y) - words(x) || y.length - x.length || x.localeCompare(y));
  return phrases.filter((p, i) => !phrases.slice(0, i).some((longer) => ` ${longer} `.includes(` ${p} `)));
}

export interface TextSegment {
  text: string;
  shared: boolean;
}

/** Split a text into runs, marking the words that belong to one of the shared phrases. */
export function markPhrases(text: string, phrases: string[]): TextSegment[] {
  const tokens = tokenize(text);
  const wanted = phrases.map((p) => p.split(" "));
  const marked: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    let best = 0;
    for (const words of wanted) {
      if (words.length <= best || i + words.length > tokens.length) continue;
      if (words.every((w, k) => tokens[i + k]?.word === w)) best = words.length;
    }
    if (best > 0) {
      const start = tokens[i]?.start ?? 0;
      const end = tokens[i + best - 1]?.end ?? start;
      marked.push([start, end]);
      i += best;
    } else i++;
  }
  const segments: TextSegment[] = [];
  let at = 0;
  for (const [start, end] of marked) {
    if (start > at) segments.push({ text: text.slice(at, start), shared: false });
    segments.push({ text: text.slice(start, end), shared: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), shared: false });
  return segments;
}

// ---------------------------------------------------------------------------------------------------------------
// The whole comparison

/**
 * A one-line conclusion from the change labels between the first and the last side, e.g.
 * "Constant: A; new in 2024: B; only in 2018: C; 1 partial shift: D". Built from the same labels as the table, so
 * it cannot say more than they do.
 */
export function topLine(sides: CompareSide[], rows: PropositionRow[]): string {
  if (sides.length < 2) return "";
  const first = sides[0]?.label ?? "";
  const last = sides[sides.length - 1]?.label ?? "";
  const by = new Map<ChangeLabel, string[]>();
  for (const row of rows) {
    const a = row.positions[0];
    const b = row.positions[row.positions.length - 1];
    if (!a || !b) continue;
    const label = changeLabel(a, b);
    by.set(label, [...(by.get(label) ?? []), row.proposition.label]);
  }
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const parts: string[] = [];
  const add = (label: ChangeLabel, head: (n: number) => string) => {
    const items = by.get(label) ?? [];
    if (items.length > 0) parts.push(`${head(items.length)}: ${items.join(", ")}`);
  };
  add("no_shift", () => "Constant");
  add("new_position", () => `new in ${last}`);
  add("dropped", () => `only in ${first} (not restated)`);
  add("partial_shift", (n) => count(n, "partial shift", "partial shifts"));
  add("reversal", (n) => count(n, "reversal", "reversals"));
  add("ambiguous", () => "ambiguous");
  add("not_addressed_one_side", () => "touched on one side without a stance");
  add("not_coded", () => "not comparable, one side not coded");
  if (parts.length === 0) return "No coded position to compare.";
  const text = parts.join("; ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export interface Comparison {
  sides: CompareSide[];
  /** One line, from the change labels between the first and the last side. */
  conclusion: string;
  rows: PropositionRow[];
  themes: ThemeSets;
  caveats: Caveat[];
  summary: string;
  /** Shared between the first and the last side. */
  phrases: string[];
}

export function compareSides(sides: CompareSide[]): Comparison {
  const first = sides[0]?.records.map((r) => r.text) ?? [];
  const last = sides[sides.length - 1]?.records.map((r) => r.text) ?? [];
  const rows = propositionRows(sides);
  return {
    sides,
    conclusion: topLine(sides, rows),
    rows,
    themes: themeSets(sides),
    caveats: comparabilityCaveats(sides),
    summary: caveatSummary(sides),
    phrases: sides.length >= 2 ? sharedPhrases(first, last) : [],
  };
}

/**
 * Split a passage into runs, marking the coded basis in it. A basis may elide words with "..." (each piece is then
 * found in order); a piece not found in the text is left unmarked rather than guessed.
 */
export function markBasis(text: string, basis: string | null): TextSegment[] {
  if (!basis) return [{ text, shared: false }];
  const pieces = basis
    .split(/\s*(?:\.\.\.|…)\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  const segments: TextSegment[] = [];
  let at = 0;
  for (const piece of pieces) {
    const index = text.indexOf(piece, at);
    if (index < 0) continue;
    if (index > at) segments.push({ text: text.slice(at, index), shared: false });
    segments.push({ text: piece, shared: true });
    at = index + piece.length;
  }
  if (at < text.length) segments.push({ text: text.slice(at), shared: false });
  return segments;
}
