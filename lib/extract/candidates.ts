import type { StatementMode } from "@/lib/domain";
import { foldForSearch } from "@/lib/text";
import { findFrame, firstReportingVerb, isDirectQuote } from "./attribution";
import { cleanForDisplay, type PreparedText, prepareText, rawSlice, toRawSpan } from "./clean";
import {
  type Considered,
  considerFor,
  Discourse,
  type Discourse as DiscourseT,
  type Entity,
  resolveFrame,
} from "./coreference";
import { findDates, findPublishedDate, type ResolvedDate, resolveDate, unknownDate } from "./dates";
import { type EventMention, findEvents, matchKnownEvent } from "./events";
import { expandTitle } from "./lexicon";
import { organizationOf } from "./organizations";
import { type Span, splitParagraphs, splitSentences } from "./sentences";
import { findIntroducedPeople } from "./speakers";
import { suggestTopics } from "./topics";
import type {
  Candidate,
  CandidateEvent,
  CandidateFlag,
  CandidateRole,
  ExtractInput,
  ExtractResult,
  KnownEvent,
  KnownPerson,
  NotUnderstood,
  SetAside,
} from "./types";
import { detectLanguage, findFrameVi, findIntroducedPeopleVi, firstReportingVerbVi } from "./vi/attribution";
import { findEventsVi } from "./vi/events";
import { translateTitleVi } from "./vi/lexicon";

const MAX_SENTENCE = 3000;

type ParagraphKind = "title" | "heading" | "boilerplate" | "dateline" | "caption" | "prose";

interface Unit {
  span: Span;
  paragraph: number;
  paragraphKind: ParagraphKind;
  context: number;
  contextKind: "article" | "snippet";
  afterBodyStart: boolean;
}

// "Moscow (VNA) –", "Moscow, November 8 (NDO/VNA) -", "Hà Nội (TTXVN) –": city, date, agency marker.
const DATELINE =
  /^(?:([\p{Lu}][\p{L} .'-]{1,40}?)(?:,\s*((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\/\d{1,2}(?:\/\d{4})?))?,?\s*)?\(?([A-Z]{2,}(?:\/[A-Z]{2,})?)\)?\s*[-–—]\s+/u;

/** Agency and paper codes of datelines, spelt out as the stored sources name them. */
const OUTLET_CODES: Record<string, string> = {
  VNA: "Vietnam News Agency (VNA)",
  NDO: "Nhan Dan Online (NDO)",
  VOV: "Voice of Vietnam (VOV)",
  VNS: "Viet Nam News (VNS)",
  VGP: "Government News (VGP)",
  SGGP: "Saigon Giai Phong (SGGP)",
  QDND: "People's Army Newspaper (QDND)",
  TTXVN: "Thông tấn xã Việt Nam (TTXVN)",
  VOVWORLD: "VOV World (VOVWORLD)",
};

/** "NDO/VNA" -> "Nhan Dan Online (NDO) / Vietnam News Agency (VNA)"; null unless every code is known. */
function outletFromMarker(marker: string): string | null {
  const names = marker.split("/").map((code) => OUTLET_CODES[code]);
  return names.every((n) => n !== undefined) ? names.join(" / ") : null;
}
const BOILERPLATE =
  /^(?:[\s|:·•]|Font Size|Print|Share|Email|Tweet|Facebook|Twitter|Zalo|A\+|A-|Back|Top)*$/i;
const CAPTION =
  /\((?:Photo|Image|Source)\s*:|\bPhoto:\s|\(Photo\b|\(Ảnh\b|(?<!\p{L})Ảnh\s*:|Nguồn ảnh|\bảnh \d+\s*$/iu;
/** "...: Ambassador", "...: Deputy FM Dung", "...: Bộ trưởng Bùi Thanh Sơn" at the end of a headline. */
const TAG_WORD = `(?:[\\p{Lu}][\\p{L}\\p{M}.'-]*|of|and|the|for|thứ|trưởng|tướng|tịch|sứ|thư|ngoại|giao|phát|ngôn)`;
const HEADLINE_TAG = new RegExp(`[:|]\\s*(${TAG_WORD}(?:\\s+${TAG_WORD}){0,7})\\s*$`, "u");
/** "Thủ tướng: Thể chế đang là ...", "Ambassador Giang: Vietnam backs ...": a headline that opens with its speaker. */
const HEADLINE_LEAD = new RegExp(`^\\s*(${TAG_WORD}(?:\\s+${TAG_WORD}){0,7})\\s*:\\s*(?=\\S)`, "u");
const END_MARKER = /\.\/\.\s*$/;
// Also the items of an enumeration: "Hai là, ...", "Định hướng lớn thứ hai là ...".
const CONNECTIVE_VI =
  /^(?:(?:Tuy nhiên|Do đó|Vì vậy|Vì thế|Ngoài ra|Bên cạnh đó|Đồng thời|Cụ thể|Mặt khác|Thứ nhất|Thứ hai|Thứ ba|Thứ tư|Thứ năm|Trong đó|Qua đó|Từ đó|Theo đó|Do vậy|Bởi vậy|Như vậy|Hơn nữa|Cuối cùng|(?:Một|Hai|Ba|Bốn|Năm|Sáu) là)(?![\p{L}])|[^,.;:"]{1,40}?\sthứ (?:hai|ba|tư|năm|sáu) là(?![\p{L}])|"|')/u;
const CONNECTIVE =
  /^(?:First(?: of all)?|Second(?:ly)?|Third(?:ly)?|Finally|However|Therefore|Thus|Hence|Moreover|Furthermore|In addition|Additionally|Besides|At the same time|Also|Accordingly|Consequently|In particular|Specifically|Notably|Similarly|Likewise|In this regard|In that spirit|To that end|Further|Meanwhile, (?:he|she)|"|')\b/;

function paragraphKind(p: Span, index: number, last: boolean): ParagraphKind {
  if (BOILERPLATE.test(p.text) || !/\p{L}{2}/u.test(p.text)) return "boilerplate";
  // A closing quotation mark ends nothing by itself: 'Thủ tướng: Thể chế là "đột phá của đột phá"' is a headline.
  const unterminated = !/[.!?…:]["']?$/.test(p.text);
  if (index === 0 && unterminated && p.text.length <= 250) return "title";
  if (CAPTION.test(p.text)) return "caption";
  // A short line with no full stop inside the article is a subheading or a teaser of another story, not prose;
  // the last line of a text is rather a sentence the scrape cut off.
  if (index > 0 && !last && unterminated && p.text.length <= 120 && !/"/.test(p.text)) return "heading";
  if (p.text.length < 60 && /^\D{0,20}\d{4}-\d{2}-\d{2}/.test(p.text)) return "dateline";
  return "prose";
}

/**
 * Names the text writes with Vietnamese diacritics ("Nguyễn Xuân Phúc", even in an English article's caption),
 * by their folded form: the native name of a person the text also writes without them.
 */
function nativeNames(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){1,7}/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const run = m[0];
    if (foldForSearch(run) === run.toLowerCase()) continue;
    const words = run.split(/\s+/);
    // The run's tails of two to four words: "Deputy Foreign Minister Đỗ Hùng Việt" gives "Đỗ Hùng Việt".
    for (let i = Math.max(0, words.length - 4); i < words.length - 1; i++) {
      const name = words.slice(i).join(" ");
      const key = foldForSearch(name);
      if (!out.has(key)) out.set(key, name);
    }
  }
  return out;
}

function normalizeForDuplicate(text: string): string {
  return foldForSearch(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

interface Draft {
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

/** A paragraph that opens as an item of a list: "- ...", "+ ...", "• ...", "Một là, ...", "Thứ hai, ...". */
const LIST_ITEM =
  /^(?:[-+•–]\s|\d{1,2}[.)]\s|(?:Một|Hai|Ba|Bốn|Năm|Sáu) là[,:]|(?:Thứ nhất|Thứ hai|Thứ ba|Thứ tư|Thứ năm|Cuối cùng)[,:]|(?:First|Second|Third|Finally)[,:])/u;

function roleFor(entity: Entity | null): CandidateRole | null {
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

function eventFor(
  mention: EventMention | null,
  published: string | null,
  knownEvents: KnownEvent[],
  fallbackCity: string | null,
): { event: CandidateEvent | null; date: ResolvedDate | null } {
  if (!mention) return { event: null, date: null };
  const known = matchKnownEvent(mention, knownEvents);
  if (known) {
    return {
      event: {
        name: known.name,
        asWritten: mention.asWritten,
        kind: known.kind,
        edition: mention.edition,
        city: known.city,
        country: known.country,
        organiser: mention.organiser,
        startDate: known.startDate,
        endDate: known.endDate,
        precision: known.datePrecision,
        basis: known.dateBasis,
        note: known.dateNote,
        eventId: known.id,
        eventSlug: known.slug,
      },
      date: {
        start: known.startDate,
        end: known.endDate,
        precision: known.datePrecision,
        basis: known.dateBasis,
        note: known.dateNote,
        asWritten: mention.date?.asWritten ?? null,
        needsYear: false,
      },
    };
  }
  const date = mention.date ? resolveDate(mention.date, published, mention.future) : unknownDate(null);
  const city = mention.city ?? fallbackCity;
  return {
    event: {
      name:
        mention.organiser && !foldForSearch(mention.name).includes(foldForSearch(mention.organiser))
          ? `${mention.organiser} ${mention.name}`
          : mention.name,
      asWritten: mention.asWritten,
      kind: mention.kind,
      edition: mention.edition,
      city,
      country: mention.country,
      organiser: mention.organiser,
      startDate: date.start,
      endDate: date.end,
      precision: date.precision,
      basis: date.basis,
      note: date.note,
      eventId: null,
      eventSlug: null,
    },
    date,
  };
}

/**
 * Whether a sentence is the content a colon introduced: the paragraph right after one whose proposal ends with
 * ":", the rest of that paragraph, and further paragraphs that open as list items.
 */
function colonContinues(previous: Draft, unit: Unit): boolean {
  const endsWithColon = /:\s*$/.test(previous.unit.span.text) && previous.rule !== "continuation.after-colon";
  if (endsWithColon) return unit.paragraph === previous.unit.paragraph + 1;
  // "X said: Vietnam condemns ... . Vietnam would like ...": speech a colon opens without quotation marks runs to
  // the end of its paragraph.
  if (previous.kind !== "continuation" && unit.paragraph === previous.unit.paragraph) {
    const text = previous.unit.span.text;
    const at = text.indexOf(`${previous.frameText}:`);
    if (at >= 0 && /^\s*[^\s"]/.test(text.slice(at + previous.frameText.length + 1))) return true;
  }
  if (!previous.colonRun) return false;
  if (unit.paragraph === previous.unit.paragraph) return true;
  return unit.paragraph === previous.unit.paragraph + 1 && LIST_ITEM.test(unit.span.text);
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
  const paragraphs = splitParagraphs(prepared.text);
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
  let headline: Unit | null = null;

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

    if (unit.paragraphKind === "title" && unit.contextKind === "article" && !headline) headline = unit;
    const frame = eligible ? frameOf(sentence) : null;
    let draft: Draft | null = null;
    if (frame) {
      const considered = considerFor(frame, discourse);
      const resolution = resolveFrame(frame, discourse, persons);
      // Whoever a reference resolves to, a foreign official is not proposed ("Wang said" after "Wang Yi").
      if (
        resolution.entity &&
        ((resolution.entity.country && resolution.entity.country !== "VN") || resolution.entity.nonVietnamese)
      ) {
        resolution.notVietnamese = true;
        resolution.setAside ??= "the speaker is not a Vietnamese official";
      }
      draft = {
        unit,
        evidenceStart: unit.span.start,
        evidenceEnd: unit.span.end,
        frameText: frame.attributionText,
        speakerAsWritten: resolution.asWritten,
        kind: resolution.kind,
        status: resolution.status,
        note: resolution.note,
        entity: resolution.entity,
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
    // "X made the statement at ...": the statement is the sentence just before, which had no attribution.
    if (
      draft &&
      frame?.rule === "en.made-the-remarks" &&
      draftless &&
      draftless.context === unit.context &&
      draftless.contextKind === "article" &&
      !draft.setAside
    ) {
      const before = draftless;
      drafts.push({
        ...draft,
        unit: before,
        evidenceStart: before.span.start,
        evidenceEnd: before.span.end,
        kind: "continuation",
        note: `The next sentence says "${draft.frameText}": this is the statement it refers to. ${draft.note}`,
        mode: isDirectQuote(before.span.text) ? "direct_quote" : "paraphrase",
        sentenceDate: findDates(before.span.text)[0] ?? draft.sentenceDate,
        rule: "en.made-the-remarks.preceding",
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
              ? "the headline, not read for statements"
              : unit.paragraphKind === "heading"
                ? "a subheading or a teaser line, not read for statements"
                : unit.paragraphKind !== "prose"
                  ? "not part of the article's prose"
                  : `has "${verb}" but no speaker the extractor could read next to it (a name, a title, a pronoun or a role)`;
        missed.push({ unit, verb, reason });
      }
    }
    if (eligible) previous = draft;
    draftless = eligible && !draft ? unit : null;
  }

  // A headline that ends with its speaker ("Vietnam completes all targets at UNSC: Ambassador"): the tag is read
  // once the whole article is, since the body names the person the headline only titles.
  const endTag = headline ? HEADLINE_TAG.exec(headline.span.text) : null;
  const tag = endTag ?? (headline ? HEADLINE_LEAD.exec(headline.span.text) : null);
  const articleDiscourse = discourses.get(0);
  if (headline && tag?.[1] && articleDiscourse) {
    const who = tag[1].trim();
    const frame = frameOf(language === "vi" ? `${who} cho biết` : `${who} said`);
    if (frame && frame.subject.trim() === who && frame.form !== "group") {
      const considered = considerFor(frame, articleDiscourse);
      const resolution = resolveFrame(frame, articleDiscourse, persons);
      const foreign =
        !!resolution.entity &&
        ((!!resolution.entity.country && resolution.entity.country !== "VN") ||
          !!resolution.entity.nonVietnamese);
      drafts.unshift({
        unit: headline,
        evidenceStart: headline.span.start,
        evidenceEnd: headline.span.end,
        frameText: who,
        speakerAsWritten: who,
        kind: resolution.kind,
        status: resolution.status,
        note: `The headline ${endTag ? "ends" : "opens"} with its speaker ("${who}"). ${resolution.note}`,
        entity: resolution.entity,
        event: currentEvent.get(0) ?? firstEvent ?? null,
        mode: "summary",
        setAside: foreign ? "the speaker is not a Vietnamese official" : resolution.setAside,
        pendingCountry: false,
        notVietnamese: foreign || resolution.notVietnamese,
        sentenceDate: null,
        role: resolution.status === "resolved" ? roleFor(resolution.entity) : null,
        rule: `${language}.headline-tag`,
        cue: ":",
        considered,
      });
    }
  }

  // "Bà Hằng nhấn mạnh" before the article names "bà Lê Thị Thu Hằng" (an excerpt that starts mid-story): a
  // one-word name left unresolved is the one person of the passage named in full with it, if there is one.
  for (const d of drafts) {
    if (d.kind !== "given_name" || d.status !== "unresolved" || !d.entity || d.setAside) continue;
    const discourse = discourses.get(d.unit.context);
    const word = d.entity.name;
    const matches = discourse?.byGivenName(word) ?? [];
    const only = matches.length === 1 ? matches[0] : undefined;
    if (!only || (only.country && only.country !== "VN") || only.nonVietnamese) continue;
    d.entity = only;
    d.status = "resolved";
    d.role = roleFor(only);
    d.note = `"${word}" is the given name of ${only.name}, the only person the passage names in full with it (later in the text).`;
    d.considered = [{ name: only.name, score: 1, why: "named in full later in the passage" }];
  }

  // "Người Phát ngôn Bộ Ngoại giao khẳng định ..." as the lead, "Bà Lê Thị Thu Hằng, ..." after it: a title the
  // passage gives its holder's name only later is that person's, if exactly one person named in it fits.
  for (const d of drafts) {
    if (d.kind !== "title_only" || d.status !== "unresolved" || d.setAside || !d.roleNoun) continue;
    const matches = discourses.get(d.unit.context)?.byRole(d.roleNoun, null) ?? [];
    const only = matches.length === 1 ? matches[0] : undefined;
    if (!only || (only.country && only.country !== "VN") || only.nonVietnamese) continue;
    d.entity = only;
    d.status = "resolved";
    d.role = roleFor(only);
    d.note = `"${d.speakerAsWritten}" is taken to be ${only.name}, the only person with that title the passage names (after this sentence).`;
    d.considered = [{ name: only.name, score: 1, why: "named with the title later in the passage" }];
  }

  // "Vietnam has urged ...": the country speaks through the one Vietnamese official quoted in the passage.
  for (const d of drafts) {
    if (!d.pendingCountry) continue;
    const speakers = new Map<string, Entity>();
    for (const o of drafts) {
      if (
        o.unit.context === d.unit.context &&
        o.status === "resolved" &&
        o.entity &&
        o.entity.country === "VN" &&
        !o.pendingCountry
      )
        speakers.set(o.entity.name, o.entity);
    }
    const only = speakers.size === 1 ? [...speakers.values()][0] : undefined;
    if (only) {
      d.entity = only;
      d.status = "resolved";
      d.note = `Attributed to Vietnam; the passage reports it as the content of ${only.title ? `${only.title} ` : ""}${only.name}'s address, the only Vietnamese official quoted in it.`;
    } else {
      d.note =
        speakers.size > 1
          ? `Attributed to Vietnam; several Vietnamese officials are quoted (${[...speakers.keys()].join(", ")}), so not resolved.`
          : "Attributed to Vietnam; no Vietnamese official is quoted in the passage. Not resolved.";
    }
  }

  const native = nativeNames(prepared.text);
  const candidates: Candidate[] = [];
  const setAside: SetAside[] = [];
  for (const d of drafts) {
    const raw = toRawSpan(prepared, d.evidenceStart, d.evidenceEnd);
    const evidenceText = rawSlice(prepared, raw.start, raw.end);
    const text = cleanForDisplay(evidenceText);
    const { event, date: eventDate } = eventFor(d.event, published, knownEvents, datelineCity);
    let date: ResolvedDate;
    const own =
      d.sentenceDate && d.unit.contextKind === "article" ? resolveDate(d.sentenceDate, published) : null;
    const ownDiffers =
      own &&
      (own.precision !== "unknown" || own.needsYear) &&
      eventDate &&
      own.asWritten !== eventDate.asWritten &&
      (own.start === null || own.start !== eventDate.start);
    if (own && ownDiffers) {
      // The sentence dates itself ("told reporters on October 6"): that is when it was said.
      date = own;
    } else if (eventDate && eventDate.precision !== "unknown") {
      date = {
        ...eventDate,
        note:
          eventDate.precision === "range"
            ? `Made at the event held ${eventDate.asWritten ? `"${eventDate.asWritten}"` : `${eventDate.start}..${eventDate.end}`}; which day is not stated.${eventDate.note ? ` ${eventDate.note}` : ""}`
            : eventDate.note,
      };
    } else if (eventDate?.needsYear) {
      date = eventDate;
    } else if (d.sentenceDate && d.unit.contextKind === "article") {
      date = resolveDate(d.sentenceDate, published);
    } else if (datelineDate && d.unit.contextKind === "article") {
      // The dateline dates the report; a statement it reports was made that day or shortly before.
      const fromDateline = resolveDate(datelineDate, published);
      date = {
        ...fromDateline,
        basis: "inferred",
        note: `Not stated in the sentence; the dateline dates the report "${datelineDate.asWritten}".${fromDateline.note ? ` ${fromDateline.note}` : ""}`,
      };
    } else {
      date = unknownDate(
        d.unit.contextKind === "snippet"
          ? "A news snippet with no date of its own; the page gives none for it."
          : "The text does not say when this was said.",
      );
    }
    if (d.dateCarried && own && date.start === own.start && date.asWritten === own.asWritten)
      date = {
        ...date,
        basis: "inferred",
        note: `Not stated in this sentence: "${d.frameText}" continues the preceding one, dated "${own.asWritten ?? own.start}".${date.note ? ` ${date.note}` : ""}`,
      };
    const speaker =
      d.status === "resolved" && d.entity
        ? {
            name: d.entity.name,
            personId: d.entity.known?.id ?? null,
            personSlug: d.entity.known?.slug ?? null,
            nativeName: d.entity.known?.nativeName ?? native.get(foldForSearch(d.entity.name)) ?? null,
            country: d.entity.country,
          }
        : null;
    const role = d.status === "resolved" ? (d.role ?? roleFor(d.entity)) : null;
    const flags: CandidateFlag[] = [];
    if (d.status === "unresolved") flags.push("unresolved_speaker");
    if (date.basis === "inferred") flags.push("inferred_date");
    if (date.needsYear) flags.push("date_needs_year");
    if (!event) flags.push("no_event");
    if (d.notVietnamese) flags.push("not_vietnamese_official");
    if (d.setAside && !d.notVietnamese) flags.push("group_or_institution");
    if (speaker && speaker.personId === null) flags.push("new_person");
    if (role && role.roleId === null) flags.push("new_role");
    if (event && event.eventId === null) flags.push("new_event");
    const candidate: Candidate = {
      key: "",
      speaker,
      speakerAsWritten: d.speakerAsWritten,
      attribution: { text: d.frameText, kind: d.kind, status: d.status, note: d.note },
      role,
      event,
      date: {
        start: date.start,
        end: date.end,
        precision: date.precision,
        basis: date.basis,
        inferred: date.basis === "inferred",
        note: date.note,
        asWritten: date.asWritten,
      },
      mode: d.mode,
      topics: suggestTopics(text, topics),
      text,
      evidence: { start: raw.start, end: raw.end, text: evidenceText },
      flags,
      context: d.unit.contextKind,
      language,
      provenance: {
        rule: d.rule,
        cue: d.cue,
        speech: d.mode === "direct_quote" ? "direct" : "indirect",
        considered: d.considered,
        reason: d.note,
      },
    };
    if (d.setAside) setAside.push({ ...candidate, reason: d.setAside });
    else candidates.push(candidate);
  }
  candidates.forEach((c, i) => {
    c.key = `c${i + 1}`;
  });
  setAside.forEach((c, i) => {
    c.key = `s${i + 1}`;
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
