import { REPORTING_PARTICIPLES } from "./lexicon";

/** How the subject of an attribution is expressed. */
export type SubjectForm = "pronoun" | "role" | "title" | "named" | "group";

/** The attributing words found in one sentence. Offsets are relative to the sentence. */
export interface Frame {
  subject: string;
  subjectIndex: number;
  form: SubjectForm;
  /** For "named": the appositive title after the name ("Permanent Representative of Vietnam to the UN"). */
  appositive: string | null;
  /** For "role"/"title": the role noun ("ambassador") and what qualifies it ("Vietnamese"). */
  roleNoun: string | null;
  qualifier: string | null;
  verb: string;
  /** From the start of the subject to the end of the verb: "He also pledged", "Nam shared". */
  attributionText: string;
  via: "verb" | "according_to";
  /** The rule that read the frame, for the reviewer: "en.subject-verb", "vi.theo", ... */
  rule: string;
  /** A mention already parsed by the language's own rules; null: the subject names no person (a country). */
  mention?: NamedMention | null;
}

import { endsWithVietnameseName, invertedSubject, isCitedSource, widenAccording } from "./en-sources";
import {
  ACCORDING_RE,
  ASIDE_RE,
  LEADING_RE,
  mk,
  OBJECT_PRONOUN_RE,
  OPENING_WORD,
  PREFIX_RE,
  subjectAt,
  TIME_RE,
  VERB_RE,
} from "./en-subject";
import { findIntroducedPeople, type NamedMention, parseNamedMention } from "./speakers";

/** The first reporting verb (or "according to") of a sentence, whoever its subject: what a reviewer may look at. */
export function firstReportingVerb(sentence: string): string | null {
  VERB_RE.lastIndex = 0;
  const m = VERB_RE.exec(sentence);
  VERB_RE.lastIndex = 0;
  return m?.[1] ?? (/\b[Aa]ccording to\b/.test(sentence) ? "according to" : null);
}

const SPEECH_NOUNS = "speech|statement|remarks|remark|view|views|address|opinion|words|article|interview";
// "In Vu's speech, ...", "In the deputy minister's view, ...": the possessor is the speaker of the sentence.
const IN_POSSESSIVE_RE = new RegExp(
  `(?:^|[,;]\\s*)[Ii]n\\s+((?:the\\s+)?[^,.;"']{1,80}?|his|her)(?:['’]s)?\\s+(?:(?:opening|closing|keynote|video|recent)\\s+)?(${SPEECH_NOUNS})\\s*,`,
  "u",
);
// "Vu's remarks came as ...", "These were Vu's remarks at ...": the statement is the sentence before.
const POSSESSIVE_REMARKS_RE =
  /(?:\b(?:These|Those|This|That|It|They)\s+(?:were|was)\s+|^)(the\s+[\p{L}\s-]{1,60}?|\p{Lu}[\p{L}\p{M}.-]*(?:\s+\p{Lu}[\p{L}\p{M}.-]*){0,4})['’]s\s+(remarks|remark|statement|statements|comments|comment|words)\b/u;

/** A possessor as a subject: "his" is "he", "the minister's" is "the minister". */
function possessorSubject(possessor: string) {
  const p = possessor.trim();
  const pronoun = /^his$/i.test(p) ? "he" : /^her$/i.test(p) ? "she" : null;
  const found = subjectAt(pronoun ?? p);
  if (!found || found.subject !== (pronoun ?? p) || found.form === "group") return null;
  return found;
}

function possessiveFrame(sentence: string): Frame | null {
  const remarks = POSSESSIVE_REMARKS_RE.exec(sentence);
  if (remarks?.[1]) {
    const found = possessorSubject(remarks[1]);
    if (found) {
      const at = remarks.index + remarks[0].indexOf(remarks[1]);
      return {
        ...found,
        subjectIndex: at,
        verb: `'s ${remarks[2]}`,
        attributionText: remarks[0].trim(),
        via: "verb",
        rule: "en.made-the-remarks",
      };
    }
  }
  const inPossessive = IN_POSSESSIVE_RE.exec(sentence);
  if (inPossessive?.[1]) {
    const found = possessorSubject(inPossessive[1]);
    if (found) {
      const at = inPossessive.index + inPossessive[0].indexOf(inPossessive[1]);
      return {
        ...found,
        subjectIndex: at,
        verb: `in ... ${inPossessive[2]}`,
        attributionText: inPossessive[0].replace(/^[,;\s]+|[,\s]+$/g, ""),
        via: "according_to",
        rule: "en.in-possessive",
      };
    }
  }
  return null;
}

export function findFrame(sentence: string): Frame | null {
  const frame = findVerbFrame(sentence);
  // A named or titled speaker of the sentence's own verb wins ("In his speech, Vu said"); a country, a group or no
  // verb at all gives way to the possessor ("In Vu's speech, Vietnam pledged ...").
  if (
    frame &&
    frame.form !== "group" &&
    !(frame.form === "named" && frame.mention === undefined && isCountryLike(frame.subject))
  )
    return frame;
  return possessiveFrame(sentence) ?? frame;
}

const COUNTRY_SUBJECT = /^(?:the\s+)?(?:Vietnam|Viet Nam|Việt Nam|the country|Hanoi|Ha Noi)$/iu;
export function isCountryLike(subject: string): boolean {
  return COUNTRY_SUBJECT.test(subject.trim());
}

function findVerbFrame(sentence: string): Frame | null {
  const verbs: Array<{ index: number; verb: string }> = [];
  VERB_RE.lastIndex = 0;
  for (let m = VERB_RE.exec(sentence); m; m = VERB_RE.exec(sentence))
    verbs.push({ index: m.index, verb: m[1] ?? "" });
  const according = widenAccording(sentence, ACCORDING_RE.exec(sentence));
  // "According to the Tuoi Tre News, Chinh also shared ...": an outlet or an institution cited first is where the
  // report comes from, and the person whose verb follows is the speaker; "according to" a person ends the search.
  const citesSource = !!according?.[1] && isCitedSource(according[1]);
  let countryFrame: Frame | null = null;
  for (const { index, verb } of verbs) {
    if (according && according.index < index && !citesSource) break;
    if (according && citesSource && index > according.index && index < according.index + according[0].length)
      continue;
    // "agreed to resume exports" is a decision, not something said ("agreed that ..." is).
    if (verb === "agreed" && /^\s+to\s+\p{Ll}/u.test(sentence.slice(index + verb.length))) continue;
    let pre = sentence.slice(0, index).replace(/\s+$/, "");
    for (let guard = 0; guard < 4; guard++) {
      const aside = ASIDE_RE.exec(pre);
      if (aside) {
        pre = pre.slice(0, aside.index);
        continue;
      }
      const p = PREFIX_RE.exec(` ${pre}`) ?? TIME_RE.exec(` ${pre}`);
      if (!p) break;
      pre = pre.slice(0, pre.length - (p[0].length - 1)).replace(/\s+$/, "");
    }
    // "X attended the meeting ..., emphasising ...", "..., where he welcomed ...": the sentence's first subject.
    // "X signed a telegram to the ministries asking for ...": a document asks what its signer asks.
    const documentAsks =
      /^(?:asking|requesting|urging|calling for|calling on)$/.test(verb) &&
      /\b(?:telegram|dispatch|directive|letter|message|decision|document|instruction|order)s?\b[^,;]{0,120}$/.test(
        pre,
      );
    const shared =
      (REPORTING_PARTICIPLES.has(verb) && /,$/.test(pre)) ||
      documentAsks ||
      /,\s*(?:where|when)\s+(?:he|she)$/.test(pre);
    if (shared) {
      const lead = LEADING_RE.exec(sentence);
      // "In the morning of ...": a capitalised preposition opening the sentence is no subject.
      const found = lead?.[1] && !OPENING_WORD.test(lead[1]) ? subjectAt(lead[1]) : null;
      if (lead?.[1] && found && found.subject === lead[1] && found.form !== "group") {
        const at = lead.index + lead[0].length - lead[1].length;
        return {
          ...found,
          subjectIndex: at,
          verb,
          attributionText: `${lead[1]} ... ${sentence.slice(index, index + verb.length)}`,
          via: "verb",
          rule: "en.shared-subject",
        };
      }
      // "In the morning of June 19, Governor X of the State Bank joined the session ..., emphasizing ...": the
      // clause's subject stands after an opening phrase; it is the one Vietnamese official named before the verb.
      const named = findIntroducedPeople(sentence.slice(0, index), []).filter(
        (p) => p.mention.country === "VN" && !p.mention.nonVietnameseName,
      );
      const only = named[0];
      if (only && named.every((p) => p.mention.name === only.mention.name)) {
        return {
          ...mk(only.mention.asWritten, only.index, "named"),
          mention: only.mention,
          verb,
          attributionText: `${only.mention.asWritten} ... ${sentence.slice(index, index + verb.length)}`,
          via: "verb",
          rule: "en.shared-subject",
        };
      }
      if (REPORTING_PARTICIPLES.has(verb)) continue;
    }
    // "Vu's remarks came ...": after a possessive the word is a noun ("remarks", "hopes"), not a verb.
    if (/['’]s$/.test(pre)) continue;
    const subject = subjectAt(pre);
    if (!subject) {
      const inverted = invertedSubject(sentence, pre, index + verb.length);
      if (inverted)
        return {
          ...inverted,
          verb,
          attributionText: sentence.slice(index, inverted.end),
          via: "verb",
          rule: "en.verb-then-speaker",
        };
      continue;
    }
    const frame: Frame = {
      ...subject,
      verb,
      attributionText: sentence.slice(subject.subjectIndex, index + verb.length),
      via: "verb",
      rule: MADE_REMARKS.test(verb) ? "en.made-the-remarks" : "en.speaker-verb",
    };
    // "Viet Nam firmly opposes the actions, spokeswoman X said": the country's verb is the content of what the
    // person after it said. A country subject is kept only if no later verb of the sentence has a person's.
    if (subject.form === "named" && isCountryLike(subject.subject)) {
      countryFrame ??= frame;
      continue;
    }
    return frame;
  }
  if (countryFrame) return countryFrame;
  if (according?.[1]) {
    const who = according[1].trim();
    const start = according.index + according[0].indexOf(who);
    if (OBJECT_PRONOUN_RE.test(who)) {
      // "According to him, ...": the pronoun of the last person mentioned, like "he said".
      return {
        ...mk(who, start, "pronoun"),
        verb: "according to",
        attributionText: according[0].trim(),
        via: "according_to",
        rule: "en.according-to",
      };
    }
    // A title with commas widened to its name: the whole phrase is the mention.
    const widened = who.includes(",") && endsWithVietnameseName(who) ? parseNamedMention(who) : null;
    if (widened && widened.nameTokens.length >= 2)
      return {
        ...mk(who, start, "named"),
        mention: widened,
        verb: "according to",
        attributionText: according[0].trim(),
        via: "according_to",
        rule: "en.according-to",
      };
    const inner = subjectAt(who);
    const form: SubjectForm = inner && inner.subject === who ? inner.form : "group";
    return {
      subject: who,
      subjectIndex: start,
      form: inner?.form === "named" && inner.subject !== who ? "group" : form,
      appositive: inner?.appositive ?? null,
      roleNoun: inner?.roleNoun ?? null,
      qualifier: inner?.qualifier ?? null,
      verb: "according to",
      attributionText: according[0].trim(),
      via: "according_to",
      rule: "en.according-to",
    };
  }
  return null;
}

/** "X made the statement at ...": the statement is the sentence before. */
export const MADE_REMARKS = /^made the (?:statement|statements|remark|remarks|comment|comments|call|calls)$/;

const TITLE_INTRO = /(?:\bon|\bof|\bentitled|\btitled|\bthemed|\bcalled|\bnamed|\bat|\bin)\s*$/i;

/** Direct quote when the statement's own words are in quotation marks, not merely a quoted title. */
export function isDirectQuote(sentence: string): boolean {
  const re = /"([^"]+)"/g;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    const words = (m[1] ?? "").trim().split(/\s+/).length;
    if (words < 4) continue;
    if (TITLE_INTRO.test(sentence.slice(0, m.index))) continue;
    return true;
  }
  // A quotation running over several sentences or paragraphs: one mark opens it (after a colon or at the start)
  // or closes it (before the attribution or at the end).
  const marks = [...sentence.matchAll(/"/g)].map((m) => m.index);
  if (marks.length % 2 === 1) {
    const words = (t: string) => t.trim().split(/\s+/).filter(Boolean).length;
    const last = marks.at(-1) ?? 0;
    const first = marks[0] ?? 0;
    if (/(?:^|:)\s*$/.test(sentence.slice(0, last)) && words(sentence.slice(last + 1)) >= 4) return true;
    if (/^\s*(?:[,.;!?…]|$)/.test(sentence.slice(first + 1)) && words(sentence.slice(0, first)) >= 4)
      return true;
  }
  return false;
}
