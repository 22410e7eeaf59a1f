/** The units of analysis and the drafts of proposals the extraction builds from them, before they are output. */
import type { StatementMode } from "@/lib/domain";
import type { Considered, Entity } from "./coreference";
import type { findDates } from "./dates";
import type { EventMention } from "./events";
import { expandTitle } from "./lexicon";
import { organizationOf } from "./organizations";
import type { Resolution } from "./resolve";
import type { Span } from "./sentences";
import type { ParagraphKind } from "./structure";
import type { Candidate, CandidateRole } from "./types";
import { translateTitleVi } from "./vi/lexicon";

/** One sentence of the text with where it stands: its paragraph and its kind, its passage (article or snippet). */
export interface Unit {
  span: Span;
  paragraph: number;
  paragraphKind: ParagraphKind;
  context: number;
  contextKind: "article" | "snippet";
  afterBodyStart: boolean;
}

export interface Draft {
  unit: Unit;
  evidenceStart: number;
  evidenceEnd: number;
  frameText: string;
  speakerAsWritten: string;
  kind: Candidate["attribution"]["kind"];
  status: Candidate["attribution"]["status"];
  note: string;
  entity: Entity | null;
  event: EventMention | null;
  mode: StatementMode;
  setAside: string | null;
  pendingCountry: boolean;
  notVietnamese: boolean;
  sentenceDate: ReturnType<typeof findDates>[number] | null;
  /** The date is the preceding sentence's, carried to a pronoun sentence that continues it ("She added"). */
  dateCarried?: boolean;
  /** The speaker's title and rank as known when the statement was made, not as later sentences extend them. */
  role: CandidateRole | null;
  rule: string;
  cue: string;
  considered: Considered[];
  /**
   * The statement a colon introduced ("Bộ trưởng nhấn mạnh:" ending its paragraph): the next paragraph is its
   * content, and so are the paragraphs after it that open as items of a list.
   */
  colonRun?: boolean;
  /** The title or role noun of a title-only or role reference, for a holder the passage names only later. */
  roleNoun?: string | null;
}

export function roleFor(entity: Entity | null): CandidateRole | null {
  if (!entity?.title && !entity?.rank) return null;
  const title = entity.title ?? "";
  const organization = organizationOf(title);
  let roleId: number | null = null;
  if (entity.known) {
    // A Vietnamese title is compared in English words: stored roles are in their English form.
    const want = new Set(expandTitle(translateTitleVi(title)).split(" "));
    let best = 0;
    for (const r of entity.known.roles) {
      const have = new Set(expandTitle(r.title).split(" "));
      const inter = [...want].filter((w) => have.has(w)).length;
      const jaccard = inter / new Set([...want, ...have]).size;
      if (jaccard >= 0.6 && jaccard > best) {
        best = jaccard;
        roleId = r.id;
      }
    }
  }
  return { title, rank: entity.rank, roleId, organization };
}

/** Not a Vietnamese official: a country in the title, a name that is not Vietnamese, or a private occupation. */
export function isNotVietnameseOfficial(e: Entity): boolean {
  return (!!e.country && e.country !== "VN") || !!e.nonVietnamese || !!e.notOfficial;
}

/** The fields of a draft that a resolved frame decides: where it stands, who speaks, and why. */
export function resolvedFields(unit: Unit, frameText: string, resolution: Resolution) {
  return {
    unit,
    evidenceStart: unit.span.start,
    evidenceEnd: unit.span.end,
    frameText,
    speakerAsWritten: resolution.asWritten,
    kind: resolution.kind,
    status: resolution.status,
    note: resolution.note,
    entity: resolution.entity,
  };
}

/** A paragraph that opens as an item of a list: "- ...", "+ ...", "• ...", "Một là, ...", "Thứ hai, ...". */
const LIST_ITEM =
  /^(?:[-+•–]\s|\d{1,2}[.)]\s|(?:Một|Hai|Ba|Bốn|Năm|Sáu) là[,:]|(?:Thứ nhất|Thứ hai|Thứ ba|Thứ tư|Thứ năm|Cuối cùng)[,:]|(?:First|Second|Third|Finally)[,:])/u;

/**
 * Whether a sentence is the content a colon introduced: the paragraph right after one whose proposal ends with
 * ":", the rest of that paragraph, and further paragraphs that open as list items.
 */
export function colonContinues(previous: Draft, unit: Unit): boolean {
  const endsWithColon = /:\s*$/.test(previous.unit.span.text) && previous.rule !== "continuation.after-colon";
  if (endsWithColon) return unit.paragraph === previous.unit.paragraph + 1;
  // "X said: Vietnam condemns ... . Vietnam would like ...": speech a colon opens without quotation marks runs to
  // the end of its paragraph.
  if (previous.kind !== "continuation" && unit.paragraph === previous.unit.paragraph) {
    const text = previous.unit.span.text;
    // The colon may close a short phrase after the verb: "Bộ trưởng nói và nêu quan điểm: Du lịch ...".
    const at = text.indexOf(previous.frameText);
    const tail = at >= 0 ? text.slice(at + previous.frameText.length) : "";
    const colon = /^[^.!?:"“”]{0,40}:/.exec(tail);
    if (colon && /^\s*[^\s"“]/.test(tail.slice(colon[0].length))) return true;
  }
  if (!previous.colonRun) return false;
  if (unit.paragraph === previous.unit.paragraph) return true;
  return unit.paragraph === previous.unit.paragraph + 1 && LIST_ITEM.test(unit.span.text);
}

/**
 * Whether a sentence's attribution points at the sentence before it: "X made the statement at ...", and "Đó là
 * khẳng định của X" ("That was X's affirmation").
 */
export function refersBack(rule: string, sentence: string): boolean {
  if (rule === "en.made-the-remarks") return true;
  return rule === "vi.speech-noun" && /^\s*(?:Đó|Đây|Đấy)\s+(?:chính\s+)?là\s/iu.test(sentence);
}
