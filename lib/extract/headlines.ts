/**
 * Statements a headline or a subheading makes: "Vietnam likely to lead rice exports: Minister", "Phó Thủ tướng
 * Trần Hồng Hà: Vấn đề ...", "Bộ trưởng Nguyễn Văn Thể cam kết ...". They are read once the whole passage is,
 * since the body names the person a headline only titles.
 */
import type { Frame } from "./attribution";
import { considerFor, type Discourse, type Entity } from "./coreference";
import { type Draft, isNotVietnameseOfficial, resolvedFields, roleFor, type Unit } from "./drafts";
import type { EventMention } from "./events";
import { resolveFrame } from "./resolve";
import { HEADLINE_LEAD, HEADLINE_LEAD_VI, HEADLINE_TAG } from "./structure";
import type { KnownPerson } from "./types";

export interface HeadlineContext {
  language: "en" | "vi";
  frameOf: (sentence: string) => Frame | null;
  discourse: Discourse;
  persons: KnownPerson[];
  event: EventMention | null;
  /** The people the passage quotes by name, in the order it first does. */
  speakers: Entity[];
}

/** Kinds that name the speaker in the line itself: the only ones a subheading (a teaser of a story) may use. */
const NAMED = new Set(["full_name", "title_and_name", "given_name"]);

/** The speaker a headline tags ("...: Ambassador", "Thủ tướng: ..."), as a frame of its own. */
function taggedSpeaker(unit: Unit, first: boolean, ctx: HeadlineContext) {
  const text = unit.span.text;
  const endTag = first ? HEADLINE_TAG.exec(text) : null;
  const lead = endTag ? null : (ctx.language === "vi" ? HEADLINE_LEAD_VI : HEADLINE_LEAD).exec(text);
  const tag = (endTag ?? lead)?.[1]?.trim();
  if (!tag || tag.split(/\s+/).length > 12) return null;
  // "...: official", "...: trade minister": a post in lower case is "the official".
  const who = /^\p{Ll}/u.test(tag) && ctx.language === "en" ? `the ${tag}` : tag;
  const frame = ctx.frameOf(ctx.language === "vi" ? `${who} cho biết` : `${who} said`);
  if (!frame || frame.subject.trim() !== who || frame.form === "group") return null;
  return { frame: { ...frame, attributionText: who }, how: endTag ? "ends" : "opens", cue: ":" };
}

/**
 * The proposal a headline (`first`: the article's title) or a subheading makes; "no-person" when it speaks for a
 * country or an institution; null when it names no speaker that can be resolved. A subheading has to name its
 * speaker; the headline may title them only ("Thủ tướng: ..."), resolved to the holder the article names.
 */
export function headlineDraft(unit: Unit, first: boolean, ctx: HeadlineContext): Draft | "no-person" | null {
  const tagged = taggedSpeaker(unit, first, ctx);
  const frame = tagged?.frame ?? ctx.frameOf(unit.span.text);
  if (!frame || frame.form === "pronoun") return null;
  const considered = considerFor(frame, ctx.discourse);
  const resolution = resolveFrame(frame, ctx.discourse, ctx.persons);
  // A headline's title is its lead's speaker: of those it fits, the one the passage named first, not the last.
  if ((frame.form === "title" || frame.form === "role") && resolution.status === "resolved") {
    const fits = ctx.discourse.byRole(frame.roleNoun ?? "", frame.qualifier);
    const earliest = ctx.speakers.find((e) => fits.includes(e));
    if (earliest && earliest !== resolution.entity) {
      resolution.entity = earliest;
      resolution.note = `"${resolution.asWritten}" is taken to be ${earliest.title ? `${earliest.title} ` : ""}${earliest.name}, the first speaker the passage names whom it fits.`;
    }
  }
  // "Viet Nam opposes fishing ban": a country's line, which the body attributes to its official; nothing for the
  // reviewer to take in from the headline itself. An institution's ("State Bank vows ...") is listed as set aside.
  if (resolution.kind === "country") return "no-person";
  const aside = !!resolution.setAside;
  if (!aside && (resolution.status !== "resolved" || !resolution.entity)) return null;
  if (!aside && !first && !NAMED.has(resolution.kind)) return null;
  const foreign = !!resolution.entity && isNotVietnameseOfficial(resolution.entity);
  const said = tagged
    ? `The ${first ? "headline" : "subheading"} ${tagged.how} with its speaker ("${frame.attributionText}").`
    : `The ${first ? "headline" : "subheading"} reports what its speaker said ("${frame.attributionText}").`;
  return {
    ...resolvedFields(unit, frame.attributionText, resolution),
    note: `${said} ${resolution.note}`,
    event: ctx.event,
    mode: "summary",
    setAside: foreign ? "the speaker is not a Vietnamese official" : resolution.setAside,
    pendingCountry: false,
    notVietnamese: foreign || resolution.notVietnamese,
    sentenceDate: null,
    role: aside ? null : roleFor(resolution.entity),
    rule: `${ctx.language}.${tagged ? "headline-tag" : "headline-frame"}`,
    cue: tagged?.cue ?? frame.verb,
    considered,
  };
}
