import {
  GENERIC_ROLE_NOUNS,
  GROUP_NOUNS,
  opensVietnameseName,
  REPORTING_PARTICIPLES,
  REPORTING_VERB_FORMS,
  ROLE_NOUNS,
  VERB_PREFIXES,
} from "./lexicon";
import { isAbbreviationDot } from "./sentences";

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

import { findIntroducedPeople, type NamedMention, parseNamedMention } from "./speakers";

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// A scrape may glue the verb to the next word ("appreciatedthe organisation"): a following article still ends it.
const VERB_RE = new RegExp(
  `\\b(${REPORTING_VERB_FORMS.map(escapeRe).join("|")})(?:\\b|(?=(?:the|that|an?|his|her|its)\\s))`,
  "g",
);
const PREFIX_RE = new RegExp(`\\s+(?:${VERB_PREFIXES.map(escapeRe).join("|")})\\s*$`, "i");
// "Prime Minister Pham Minh Chinh on October 5 urged": a time phrase between the speaker and the verb.
const TIME_RE =
  /,?\s+(?:on\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?)|(?:\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?))|today|yesterday|last week|this week|earlier today),?\s*$/;
// "He, therefore, asked ...", "The minister, for his part, said": an aside between commas.
const ASIDE_RE =
  /\s*,\s*(?:therefore|however|in turn|meanwhile|moreover|furthermore|thus|also|in addition|in particular|for (?:his|her) part|on (?:his|her) part|in (?:his|her) (?:turn|view|opinion)|in response|in reply|at the same time)\s*,\s*$/i;
const ROLE_ALT = [...ROLE_NOUNS]
  .sort((a, b) => b.length - a.length)
  .map(escapeRe)
  .join("|");
const GROUP_ALT = [...GROUP_NOUNS]
  .sort((a, b) => b.length - a.length)
  .map(escapeRe)
  .join("|");
// Where a subject may begin: the sentence start, after a clause break, or after "that".
const LEFT = `(?:^|[,;:"(]\\s*|\\bthat\\s+|\\bwhile\\s+|\\band\\s+)`;

const PRONOUN_RE = new RegExp(`${LEFT}(he|she|He|She)$`);
const OBJECT_PRONOUN_RE = /^(?:him|her)$/i;
const GROUP_RE = new RegExp(`${LEFT}((?:the\\s+|The\\s+|all\\s+|many\\s+)?(?:${GROUP_ALT}))$`, "i");
// The post may name its organisation: "the Deputy Spokesperson of the Ministry of Foreign Affairs said".
const OF_ORGANISATION = `(?:\\s+of\\s+(?:the\\s+)?[\\p{Lu}][\\p{L}-]*(?:\\s+(?:(?:and|of|for|the)\\s+)*[\\p{Lu}][\\p{L}-]*){0,6})?`;
// A scrape may glue the article to the noun: "According to theminister, ...".
const ROLE_RE = new RegExp(
  `${LEFT}((the|The)(?:\\s+|(?=(?:${ROLE_ALT})$))((?:[\\p{L}-]+\\s+){0,3}?)(${ROLE_ALT})${OF_ORGANISATION})$`,
  "iu",
);
// A headline's bare role after its verb: "..., says information minister."
const BARE_ROLE_RE = new RegExp(`^((?:\\p{Ll}[\\p{L}-]*\\s+){0,3}?)(${ROLE_ALT})$`, "u");
const TITLE_RE = new RegExp(`${LEFT}(((?:[\\p{Lu}][\\p{L}-]*\\s+){0,3}?)(${ROLE_ALT}))$`, "iu");
const NAME_WORD = `(?:[\\p{Lu}][\\p{L}\\p{M}'.-]*)`;
// Lower-case words that still belong to a title before a name: "Party chief To Lam".
// Lower-case post nouns too: "Foreign Ministry spokesperson Pham Thu Hang", "Head of the Vietnamese delegation X".
const POST_WORDS =
  "spokesperson|spokesman|spokeswoman|delegation|minister|ambassador|deputy|director|secretary|chairman|chairwoman|chairperson|representative|envoy|official|officer|president";
// A scrape may glue a function word to the next word ("Minister ofPublic Security"): it still joins the title.
const RUN = `${NAME_WORD}(?:\\s+(?:(?:of|and|the|for|to|on|chief|leader|head|${POST_WORDS})\\s+)*(?:(?:of|and|the|for)(?=\\p{Lu}))?${NAME_WORD})*`;
const ASIDE_PARTICIPLES =
  "speaking|addressing|talking|answering|responding|replying|writing|asked|commenting";
// The appositive may begin in lower case with a post noun: "Dang Dinh Quy, head of the Vietnamese delegation, said".
// Or with a relative clause or "a member of": "Việt, who is also head of ..., called on", "To Lam, a member of ...".
// A participle clause too, which is an aside and no title: "Tien, speaking on Vietnamese Doctors' Day, said".
const APPOSITIVE_START = `(?:[\\p{Lu}]|(?:head|former|deputy|chief|director|permanent|chairman|chairwoman|minister|ambassador|spokesperson|spokesman|spokeswoman|secretary|vice|who|a member|member|${ASIDE_PARTICIPLES})\\b)`;
// A lower-case post may open the mention after a clause break: "Asked about it, spokesperson Pham Thu Hang said".
const NAMED_RE = new RegExp(
  `${LEFT}((?:(?:${POST_WORDS})\\s+)?${RUN})(?:,\\s+(${APPOSITIVE_START}[^,;"]{2,200}),)?$`,
  "u",
);
const OPENING_WORD =
  /^(?:In|On|At|During|After|Before|With|For|From|By|As|While|When|Amid|Following|Speaking|Addressing|Regarding|According|Earlier|Later|Also|Meanwhile|Last|This|Next)$/;
const DASH_TITLE_RE = new RegExp(`${LEFT}(${RUN})\\s+[–—]\\s+(\\p{Lu}[^;:"–—]{2,150}?)$`, "u");
const RELATIVE_START = /^(?:who\s+(?:is|was|has been)\s+(?:also\s+)?|a\s+)/;
const ASIDE_START = new RegExp(`^(?:${ASIDE_PARTICIPLES})\\b`);
// The sentence's first subject, for a participle or a "where he ..." clause that shares it.
const LEADING_RE = new RegExp(
  `^(?:[\\p{Lu}]{2,}\\s+)?(${RUN})(?=\\s+(?:on\\s|has\\s|had\\s|also\\s|\\p{Ll}))`,
  "u",
);
const ACCORDING_RE = /\b[Aa]ccording to\s+((?:the\s+)?[^,.;"]{2,120}?)(?=\s*(?:,|\.|;|$))/u;

function subjectAt(pre: string): Omit<Frame, "verb" | "attributionText" | "via" | "rule"> | null {
  // Long sentences: only the words nearest the verb can be its subject; \u0000 keeps "^" from matching early.
  const cut = pre.length > 300 ? pre.length - 300 : 0;
  const text = (cut ? "\u0000" : "") + pre.slice(cut);
  const base = cut - (cut ? 1 : 0);
  let m = PRONOUN_RE.exec(text);
  if (m?.[1]) return mk(m[1], base + text.length - m[1].length, "pronoun");
  m = GROUP_RE.exec(text);
  if (m?.[1]) return mk(m[1], base + text.length - m[1].length, "group");
  m = ROLE_RE.exec(text);
  if (m?.[1]) {
    return {
      ...mk(m[1], base + text.length - m[1].length, /^[A-Z]/.test(m[4] ?? "") ? "title" : "role"),
      roleNoun: m[4] ?? null,
      qualifier: (m[3] ?? "").trim() || null,
    };
  }
  // "Mr. Nguyen Ngoc Thien – Minister of Culture, Sports and Tourism emphasized": a title after a dash.
  m = DASH_TITLE_RE.exec(text);
  if (m?.[1] && m[2] && parseNamedMention(m[1])?.country === "VN") {
    const at = base + m.index + m[0].indexOf(m[1]);
    return { ...mk(m[1], at, "named"), appositive: m[2].trim() };
  }
  m = NAMED_RE.exec(text);
  if (m?.[1]) {
    const run = m[1];
    const appositive = m[2] && !ASIDE_START.test(m[2]) ? m[2].replace(RELATIVE_START, "") : null;
    const at = base + m.index + m[0].lastIndexOf(run, m[0].length - (m[2] ? m[2].length + 3 : 0));
    const title = TITLE_RE.exec(run);
    if (title && title.index === 0 && title[1] === run && !appositive) {
      return {
        ...mk(run, at, "title"),
        roleNoun: title[3] ?? null,
        qualifier: (title[2] ?? "").trim() || null,
      };
    }
    return { ...mk(run, at, "named"), appositive };
  }
  return null;
}

function mk(subject: string, subjectIndex: number, form: SubjectForm) {
  return { subject, subjectIndex, form, appositive: null, roleNoun: null, qualifier: null };
}

/**
 * The first reporting frame of a sentence: a reporting verb whose subject is a person, a role, a title, a
 * pronoun or a group ("Nam shared", "..., the ambassador said, ...", "The Chairman stressed"), or
 * "According to X". Returns null when the sentence attributes nothing.
 */
/** '"...," said Deputy Minister Bui Van Nam.' and '..., said the ambassador, adding ...': the subject after the verb. */
function invertedSubject(sentence: string, pre: string, afterVerb: number) {
  if (!/[,"]$/.test(pre)) return null;
  const rest = sentence.slice(afterVerb);
  // '..., said Foreign Minister Sugiono on Sunday.': the time phrase is not part of the speaker.
  const candidate = invertedSpeakerWords(rest)
    ?.trim()
    .replace(
      /\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?)|today|yesterday|recently|earlier|last week|this week)$/,
      "",
    );
  if (!candidate) return null;
  const bare = BARE_ROLE_RE.exec(candidate);
  // "said an official", "says officials": someone unnamed, not a reference back to a person.
  const anonymous =
    !bare ||
    GENERIC_ROLE_NOUNS.has((bare[2] ?? "").toLowerCase()) ||
    /^(?:a|an|one|another|some|several|many|other|any|each|two|three|four)\b/i.test(bare[1] ?? "");
  if (bare && !anonymous) {
    const start = afterVerb + rest.indexOf(candidate);
    return {
      ...mk(candidate, start, "role"),
      roleNoun: bare[2] ?? null,
      qualifier: (bare[1] ?? "").trim() || null,
      end: start + candidate.length,
    };
  }
  const found = subjectAt(candidate);
  if (found?.subjectIndex !== 0 || found.subject !== candidate) return titleThenName(rest, afterVerb);
  const start = afterVerb + rest.indexOf(candidate);
  return { ...found, subjectIndex: start, end: start + candidate.length };
}

// A post that may open an inverted title with commas in it, in lower case as the press writes it after "said".
const POST_START = new RegExp(
  `^(?:the\\s+)?(?:${POST_WORDS}|head|chief|vice|permanent|general|${ROLE_ALT})\\b`,
  "iu",
);

/**
 * "..., said head of the Department of Crop Production, under the Ministry of Agriculture and Rural Development
 * (MARD), Nguyen Nhu Cuong.": a title with commas of its own, then the name, at the end of the sentence. The
 * name is the last comma's clause, a Vietnamese name (family name first) and nothing else.
 */
function titleThenName(rest: string, afterVerb: number) {
  const lead = /^\s+/.exec(rest)?.[0].length ?? 0;
  let end = -1;
  for (let i = lead; i < rest.length && i - lead <= 250; i++) {
    const ch = rest[i] ?? "";
    if (/[;:!?"]/.test(ch)) return null;
    if (ch === "." && !isAbbreviationDot(rest, i)) {
      end = i;
      break;
    }
  }
  if (end < 0 && rest.length - lead <= 250) end = rest.length;
  if (end < 0) return null;
  const words = rest.slice(lead, end);
  const comma = words.lastIndexOf(",");
  if (comma < 0) return null;
  const title = words.slice(0, comma).trim();
  const name = words.slice(comma + 1).trim();
  const parts = name.split(/\s+/);
  if (!POST_START.test(title) || parts.length < 2 || parts.length > 4) return null;
  if (
    !parts.every((w) => /^\p{Lu}[\p{Ll}\p{M}]*$/u.test(w)) ||
    !opensVietnameseName(parts[0] ?? "", parts[1] ?? "")
  )
    return null;
  const start =
    afterVerb +
    lead +
    comma +
    1 +
    (words.slice(comma + 1).length - words.slice(comma + 1).trimStart().length);
  return { ...mk(name, start, "named" as const), appositive: title, end: start + name.length };
}

/**
 * The words after an inverted verb up to the first clause or sentence end, at most 150 characters: "said Deputy
 * Minister of Public Security Lieut. Gen. Luong Tam Quang." reads the whole mention, since a rank's or title's
 * abbreviation dot ends nothing.
 */
function invertedSpeakerWords(rest: string): string | null {
  const lead = /^\s+/.exec(rest);
  if (!lead) return null;
  const start = lead[0].length;
  for (let i = start; i < rest.length && i - start <= 150; i++) {
    const ch = rest[i] ?? "";
    if (/[,;:!?"]/.test(ch) || (ch === "." && !isAbbreviationDot(rest, i)))
      return i > start ? rest.slice(start, i) : null;
  }
  return rest.length - start <= 150 && rest.length > start ? rest.slice(start) : null;
}

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

/**
 * "According to Minister of Labor, Invalids and Social Affairs Dao Ngoc Dung, ...": a title with commas of its
 * own runs on to the name that ends it. The phrase is widened over at most three commas, to the first segment that
 * ends with a Vietnamese name; otherwise it is left as read.
 */
function widenAccording(sentence: string, according: RegExpExecArray | null): RegExpExecArray | null {
  const who = according?.[1];
  if (!according || !who || !POST_START.test(who) || endsWithVietnameseName(who)) return according;
  let end = according.index + according[0].length;
  for (let k = 0; k < 3 && sentence[end] === ","; k++) {
    const next = /^,([^,.;"]{2,120})/.exec(sentence.slice(end));
    if (!next?.[1]) break;
    end += next[0].length;
    if (endsWithVietnameseName(next[1])) {
      const widened = Object.assign([sentence.slice(according.index, end)], according) as RegExpExecArray;
      widened[0] = sentence.slice(according.index, end);
      widened[1] = `${who}${sentence.slice(according.index + according[0].length, end)}`;
      return widened;
    }
  }
  return according;
}

function endsWithVietnameseName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  for (let n = Math.min(4, words.length); n >= 2; n--) {
    const tail = words.slice(-n);
    if (
      tail.every((w) => /^\p{Lu}[\p{Ll}\p{M}]*$/u.test(w)) &&
      opensVietnameseName(tail[0] ?? "", tail[1] ?? "")
    )
      return true;
  }
  return false;
}

// What news prose cites that is not a person: outlets, institutions, documents, figures.
const SOURCE_WORDS =
  /\b(?:News|Times|Post|Daily|Herald|Journal|Gazette|Tribune|Online|Magazine|Agency|Press|Radio|Television|TV|Express|Review|Reuters|AFP|Xinhua|Bloomberg|VnExpress|VietnamPlus|Tuoi Tre|Thanh Nien|Nhan Dan|newspaper|report|reports|data|statistics|figures|survey|study|statement|website|portal|Ministry|Association|Committee|Department|Office|Government|Council|Bank|Institute|Union|Organisation|Organization|Authority|General Statistics)\b/;

/** Whether "according to X" cites an outlet, an institution or a document rather than a person. */
function isCitedSource(who: string): boolean {
  const w = who.trim();
  if (OBJECT_PRONOUN_RE.test(w)) return false;
  return (
    SOURCE_WORDS.test(w) || /^(?:the\s+)?\p{Lu}{2,}$/u.test(w) || /\b(?:ministry|agency|government)\b/.test(w)
  );
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
