import type { SourceTier, StatementMode } from "@/lib/domain";
import { EVENT_KIND_LABELS, MODE_LABELS, SOURCE_TIER_LABELS } from "@/lib/labels";
import { isSideCoded } from "./compare-positions";
import type { CompareRecord, CompareSide } from "./compare-types";
import { groupBy } from "./group-by";

/** Caveats: what makes two sides hard to compare (venue, office, speaker, source, mode) and gaps in their data. */

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
