import { foldForSearch } from "@/lib/text";
import { findFrame, firstReportingVerb, isDirectQuote } from "./attribution";
import { cleanForDisplay, type PreparedText, prepareText, rawSlice, toRawSpan } from "./clean";
import { considerFor, Discourse, type Discourse as DiscourseT, type Entity } from "./coreference";
import { findDates, findPublishedDate } from "./dates";
import {
  colonContinues,
  type Draft,
  isNotVietnameseOfficial,
  refersBack,
  resolvedFields,
  roleFor,
  type Unit,
} from "./drafts";
import { type EventMention, findEvents } from "./events";
import { headlineDraft } from "./headlines";
import { resolveLaterReferences } from "./later-references";
import { draftsToCandidates } from "./output";
import { resolveFrame } from "./resolve";
import { splitParagraphs, splitSentences } from "./sentences";
import { findIntroducedPeople } from "./speakers";
import {
  CONNECTIVE,
  CONNECTIVE_VI,
  DATELINE,
  END_MARKER,
  outletFromMarker,
  paragraphKind,
  splitCaptions,
} from "./structure";
import type { ExtractInput, ExtractResult, KnownEvent, KnownPerson, NotUnderstood } from "./types";
import { findFrameVi, firstReportingVerbVi } from "./vi/attribution";
import { findEventsVi } from "./vi/events";
import { detectLanguage, findIntroducedPeopleVi } from "./vi/people";

const MAX_SENTENCE = 3000;

function normalizeForDuplicate(text: string): string {
  return foldForSearch(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * Propose position records from an article. Pure: the same input gives the same output, nothing is read or
 * written. Every candidate's evidence is a span of the raw text in code points.
 */
export function extractCandidates(input: ExtractInput): ExtractResult {
  const prepared: PreparedText = prepareText(input.raw ?? "");
  const persons: KnownPerson[] = input.known?.persons ?? [];
  const knownEvents: KnownEvent[] = input.known?.events ?? [];
  const topics = input.known?.topics ?? [];
  const paragraphs = splitCaptions(splitParagraphs(prepared.text));
  const language = detectLanguage(prepared.text);
  const frameOf = language === "vi" ? findFrameVi : findFrame;
  const reportingVerbOf = language === "vi" ? firstReportingVerbVi : firstReportingVerb;
  const connective = language === "vi" ? CONNECTIVE_VI : CONNECTIVE;
  // An event announced for later ("to be held", "sẽ diễn ra") is not where the article's statements were made.
  const eventsOf = (text: string) =>
    (language === "vi" ? findEventsVi(text) : findEvents(text)).filter((e) => !e.future);

  const textPublished = findPublishedDate(paragraphs.map((p) => p.text));
  const published = input.published ?? textPublished;
  const publishedFrom = input.published ? "input" : textPublished ? "text" : null;

  // Structure: title, captions, the body from its dateline, the end marker "./." after which each paragraph is
  // an unrelated snippet (scraped pages often carry teasers of other stories).
  const units: Unit[] = [];
  let context = 0;
  let contextKind: "article" | "snippet" = "article";
  let bodyStarted = false;
  let datelineCity: string | null = null;
  let datelineDate = null as ReturnType<typeof findDates>[number] | null;
  let datelineOutlet: string | null = null;
  let title: string | null = null;
  paragraphs.forEach((p, index) => {
    const kind = paragraphKind(p, index, index === paragraphs.length - 1);
    if (kind === "title") {
      const raw = toRawSpan(prepared, p.start, p.end);
      title = cleanForDisplay(rawSlice(prepared, raw.start, raw.end));
    }
    let span = p;
    if (kind === "prose" && contextKind === "article") {
      const d = DATELINE.exec(p.text);
      if (d) {
        bodyStarted = true;
        datelineCity ??= d[1]?.trim() ?? null;
        datelineOutlet ??= outletFromMarker(d[3] ?? "");
        if (d[2] && !datelineDate)
          datelineDate = findDates(/\//.test(d[2]) ? `ngày ${d[2]}` : d[2])[0] ?? null;
        span = { start: p.start + d[0].length, end: p.end, text: p.text.slice(d[0].length) };
      }
    }
    let ends = false;
    if (END_MARKER.test(span.text)) {
      ends = true;
      const cut = span.text.replace(/\/\.\s*$/, "");
      span = { start: span.start, end: span.start + cut.length, text: cut };
    }
    if (contextKind === "snippet") context++;
    for (const s of splitSentences(span)) {
      units.push({
        span: s,
        paragraph: index,
        paragraphKind: kind,
        context,
        contextKind,
        afterBodyStart: bodyStarted,
      });
    }
    if (ends && contextKind === "article") contextKind = "snippet";
  });

  // A standfirst repeats the body's lead: keep the body's copy, which carries the dateline.
  const bodyTexts = new Set(
    units
      .filter((u) => u.afterBodyStart && u.contextKind === "article")
      .map((u) => normalizeForDuplicate(u.span.text)),
  );
  const seen = new Set<string>();
  const kept = units.filter((u) => {
    const key = `${u.context}|${normalizeForDuplicate(u.span.text)}`;
    if (u.contextKind === "article" && !u.afterBodyStart && bodyTexts.has(normalizeForDuplicate(u.span.text)))
      return false;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });

  const firstEvent = kept
    .filter(
      (u) => u.contextKind === "article" && u.paragraphKind === "prose" && u.span.text.length <= MAX_SENTENCE,
    )
    .map((u) => eventsOf(u.span.text)[0])
    .find((e) => e !== undefined);
  // Paragraphs that open inside a quotation left open by an earlier one (a quoted answer of several paragraphs).
  const insideQuote = new Set<number>();
  {
    let open = false;
    paragraphs.forEach((p, i) => {
      if (open) insideQuote.add(i);
      if (((p.text.match(/"/g) ?? []).length & 1) === 1) open = !open;
    });
  }
  const drafts: Draft[] = [];
  // Sentences with a reporting verb that yield no draft: listed for the reviewer rather than silently dropped.
  const missed: Array<{ unit: Unit; verb: string; reason: string }> = [];
  const discourses = new Map<number, DiscourseT>();
  const currentEvent = new Map<number, EventMention>();
  let previous = null as Draft | null;
  let previousUnit: Unit | null = null;
  // The sentence just before, when it was prose that no attribution claimed.
  let draftless: Unit | null = null;
  let proseStarted = false;
  const topLines = new Set<Unit>();
  const headings: Unit[] = [];

  for (const unit of kept) {
    let discourse = discourses.get(unit.context);
    if (!discourse) {
      discourse = new Discourse(persons, language);
      discourses.set(unit.context, discourse);
    }
    if (previousUnit && previousUnit.context !== unit.context) previous = null;
    // Whether the last proposal came from the sentence just before this one (no other sentence between).
    const previousEligible = previous !== null && previous.unit === previousUnit;
    previousUnit = unit;
    const sentence = unit.span.text;
    // A "sentence" of thousands of characters is a run-on scrape (a table, a list), not reported speech; it is
    // not read for frames or names, which also keeps the worst case fast.
    const eligible = unit.paragraphKind === "prose" && sentence.length <= MAX_SENTENCE;

    if (unit.contextKind === "article" && sentence.length <= MAX_SENTENCE) {
      // The latest event described so far; before any, the article's first (a lead summarises what follows).
      const found = eventsOf(sentence)[0] ?? (currentEvent.has(unit.context) ? undefined : firstEvent);
      if (found) currentEvent.set(unit.context, found);
    }

    // The lines above the article's first prose are its headline(s): "Print article", then the real headline.
    if (unit.paragraphKind === "prose" && unit.contextKind === "article") proseStarted = true;
    if ((unit.paragraphKind === "title" || unit.paragraphKind === "heading") && !proseStarted)
      topLines.add(unit);
    if (unit.paragraphKind === "title" || unit.paragraphKind === "heading") headings.push(unit);
    const frame = eligible ? frameOf(sentence) : null;
    let draft: Draft | null = null;
    if (frame) {
      const considered = considerFor(frame, discourse);
      const resolution = resolveFrame(frame, discourse, persons);
      // Whoever a reference resolves to, a foreign official is not proposed ("Wang said" after "Wang Yi").
      if (resolution.entity && isNotVietnameseOfficial(resolution.entity)) {
        resolution.notVietnamese = true;
        resolution.setAside ??= "the speaker is not a Vietnamese official";
      }
      draft = {
        ...resolvedFields(unit, frame.attributionText, resolution),
        event: unit.contextKind === "article" ? (currentEvent.get(unit.context) ?? null) : null,
        mode: isDirectQuote(sentence)
          ? "direct_quote"
          : resolution.kind === "country"
            ? "summary"
            : "paraphrase",
        setAside: resolution.setAside,
        pendingCountry: resolution.pendingCountry,
        notVietnamese: resolution.notVietnamese,
        dateCarried:
          findDates(sentence).length === 0 &&
          !!previous?.sentenceDate &&
          previousEligible &&
          !!previous?.entity &&
          previous.entity === resolution.entity &&
          frame.form === "pronoun",
        sentenceDate:
          findDates(sentence)[0] ??
          // "She added ..." right after "X said on May 12 ...": the same occasion, so the same day.
          (frame.form === "pronoun" &&
          previous &&
          previousEligible &&
          previous.entity &&
          previous.entity === resolution.entity
            ? previous.sentenceDate
            : null),
        role: resolution.status === "resolved" ? roleFor(resolution.entity) : null,
        rule: frame.rule,
        cue: frame.verb,
        considered,
        roleNoun: frame.roleNoun,
      };
    } else if (
      eligible &&
      previous &&
      !previous.setAside &&
      unit.contextKind === "article" &&
      (connective.test(sentence) ||
        (insideQuote.has(unit.paragraph) && previous.unit.paragraph === unit.paragraph - 1) ||
        colonContinues(previous, unit))
    ) {
      // Reported speech often runs on without a new attribution: "However, ..." after "X underlined that ...".
      draft = {
        ...previous,
        unit,
        evidenceStart: unit.span.start,
        evidenceEnd: unit.span.end,
        kind: "continuation",
        note: `Continues the reported speech of the preceding sentence (${previous.frameText}); no attribution of its own.`,
        mode: isDirectQuote(sentence) ? "direct_quote" : "paraphrase",
        sentenceDate: findDates(sentence)[0] ?? previous.sentenceDate,
        rule: colonContinues(previous, unit) ? "continuation.after-colon" : "continuation",
        cue: sentence.match(connective)?.[0] ?? (colonContinues(previous, unit) ? ":" : ""),
        considered: [],
        colonRun: colonContinues(previous, unit),
      };
      if (draft.colonRun)
        draft.note =
          previous.kind !== "continuation" && unit.paragraph === previous.unit.paragraph
            ? `Part of the speech that "${previous.frameText}:" opens earlier in this paragraph; no attribution of its own.`
            : `The paragraph before ends with "${previous.frameText}:", which introduces this one; no attribution of its own.`;
    }
    // "X made the statement at ...": the statement is the sentence just before, which had no attribution, or only
    // the country's ("Vietnam welcomes investors.") still waiting for an official to speak through.
    const countryBefore =
      previousEligible && previous?.pendingCountry && previous.status === "unresolved" ? previous : null;
    const before = draftless ?? countryBefore?.unit ?? null;
    if (
      draft &&
      frame &&
      refersBack(frame.rule, sentence) &&
      before &&
      // "Đó là khẳng định của X" points at what the text said, not at someone else's words reported before it.
      (frame.rule !== "vi.speech-noun" || !reportingVerbOf(before.span.text)) &&
      before.context === unit.context &&
      before.contextKind === "article" &&
      !draft.setAside
    ) {
      if (countryBefore) drafts.splice(drafts.lastIndexOf(countryBefore), 1);
      drafts.push({
        ...draft,
        unit: before,
        evidenceStart: before.span.start,
        evidenceEnd: before.span.end,
        kind: "continuation",
        note: `The next sentence says "${draft.frameText}": this is the statement it refers to. ${draft.note}`,
        mode: isDirectQuote(before.span.text) ? "direct_quote" : "paraphrase",
        sentenceDate: findDates(before.span.text)[0] ?? draft.sentenceDate,
        rule: `${frame.rule}.preceding`,
      });
      const at = missed.findIndex((m) => m.unit === before);
      if (at >= 0) missed.splice(at, 1);
    }
    // People introduced in this sentence can be referred back to later ("Nam shared", "the ambassador").
    if (sentence.length <= MAX_SENTENCE)
      for (const mention of language === "vi"
        ? findIntroducedPeopleVi(sentence)
        : findIntroducedPeople(sentence, persons).map((p) => p.mention))
        discourse.introduce(mention);
    if (draft?.entity && draft.status === "resolved") discourse.touch(draft.entity);
    if (draft) drafts.push(draft);
    else {
      const verb = sentence.length <= MAX_SENTENCE ? reportingVerbOf(sentence) : null;
      if (verb) {
        const reason =
          unit.paragraphKind === "caption"
            ? "a photo caption, not read for statements"
            : unit.paragraphKind === "title"
              ? "the headline, with no speaker the extractor could resolve"
              : unit.paragraphKind === "heading"
                ? "a subheading or a teaser line, with no speaker the extractor could resolve"
                : unit.paragraphKind !== "prose"
                  ? "not part of the article's prose"
                  : `has "${verb}" but no speaker the extractor could read next to it (a name, a title, a pronoun or a role)`;
        missed.push({ unit, verb, reason });
      }
    }
    if (eligible) previous = draft;
    draftless = eligible && !draft ? unit : null;
  }

  // Headlines and subheadings that report a statement, read now that the passage has named its people.
  // The people each passage quotes by name, in the order it first does: whom a headline's bare title means.
  const speakersOf = new Map<number, Set<Entity>>();
  for (const d of drafts) {
    const e = d.entity;
    if (d.status !== "resolved" || (d.kind !== "full_name" && d.kind !== "title_and_name") || !e) continue;
    if (isNotVietnameseOfficial(e)) continue;
    const set = speakersOf.get(d.unit.context) ?? new Set<Entity>();
    set.add(e);
    speakersOf.set(d.unit.context, set);
  }
  const speakerLists = new Map([...speakersOf].map(([context, set]) => [context, [...set]]));
  const proposedLines = new Set<Unit>();
  for (const unit of headings) {
    const discourse = discourses.get(unit.context);
    if (!discourse) continue;
    const draft = headlineDraft(unit, topLines.has(unit), {
      language,
      frameOf,
      discourse,
      persons,
      speakers: speakerLists.get(unit.context) ?? [],
      event: unit.contextKind === "article" ? (currentEvent.get(unit.context) ?? firstEvent ?? null) : null,
    });
    if (!draft) continue;
    if (draft !== "no-person") drafts.push(draft);
    proposedLines.add(unit);
  }
  if (proposedLines.size) {
    const kept = missed.filter((m) => !proposedLines.has(m.unit));
    missed.splice(0, missed.length, ...kept);
  }
  drafts.sort((x, y) => x.evidenceStart - y.evidenceStart);

  resolveLaterReferences(drafts, discourses);

  const { candidates, setAside } = draftsToCandidates(drafts, {
    prepared,
    published: published ?? null,
    knownEvents,
    topics,
    language,
    datelineCity,
    datelineDate,
  });

  const notUnderstood: NotUnderstood[] = missed.map((m, i) => {
    const raw = toRawSpan(prepared, m.unit.span.start, m.unit.span.end);
    return {
      key: `n${i + 1}`,
      evidence: { start: raw.start, end: raw.end, text: rawSlice(prepared, raw.start, raw.end) },
      verb: m.verb,
      reason: m.reason,
    };
  });

  return {
    language,
    title,
    published: published ?? null,
    publishedFrom,
    datelineCity,
    outlet: datelineOutlet,
    cleanedText: prepared.text,
    candidates,
    setAside,
    notUnderstood,
  };
}
