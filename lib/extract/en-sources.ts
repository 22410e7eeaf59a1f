/**
 * Speakers named after the reporting verb ("..., said Deputy Minister X", a title with commas before the name) and
 * the sources of "according to": a person, or an outlet or institution whose report the sentence cites.
 */

import { BARE_ROLE_RE, mk, OBJECT_PRONOUN_RE, POST_WORDS, ROLE_ALT, subjectAt } from "./en-subject";
import { GENERIC_ROLE_NOUNS, opensVietnameseName } from "./lexicon";
import { isAbbreviationDot } from "./sentences";

/**
 * The first reporting frame of a sentence: a reporting verb whose subject is a person, a role, a title, a
 * pronoun or a group ("Nam shared", "..., the ambassador said, ...", "The Chairman stressed"), or
 * "According to X". Returns null when the sentence attributes nothing.
 */
/** '"...," said Deputy Minister Bui Van Nam.' and '..., said the ambassador, adding ...': the subject after the verb. */
export function invertedSubject(sentence: string, pre: string, afterVerb: number) {
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
export const POST_START = new RegExp(
  `^(?:the\\s+)?(?:${POST_WORDS}|head|chief|vice|permanent|general|${ROLE_ALT})\\b`,
  "iu",
);

/**
 * "..., said head of the Department of Crop Production, under the Ministry of Agriculture and Rural Development
 * (MARD), Nguyen Nhu Cuong.": a title with commas of its own, then the name, at the end of the sentence. The
 * name is the last comma's clause, a Vietnamese name (family name first) and nothing else.
 */
export function titleThenName(rest: string, afterVerb: number) {
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
export function invertedSpeakerWords(rest: string): string | null {
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

/**
 * "According to Minister of Labor, Invalids and Social Affairs Dao Ngoc Dung, ...": a title with commas of its
 * own runs on to the name that ends it. The phrase is widened over at most three commas, to the first segment that
 * ends with a Vietnamese name; otherwise it is left as read.
 */
export function widenAccording(sentence: string, according: RegExpExecArray | null): RegExpExecArray | null {
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

export function endsWithVietnameseName(text: string): boolean {
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
export const SOURCE_WORDS =
  /\b(?:News|Times|Post|Daily|Herald|Journal|Gazette|Tribune|Online|Magazine|Agency|Press|Radio|Television|TV|Express|Review|Reuters|AFP|Xinhua|Bloomberg|VnExpress|VietnamPlus|Tuoi Tre|Thanh Nien|Nhan Dan|newspaper|report|reports|data|statistics|figures|survey|study|statement|website|portal|Ministry|Association|Committee|Department|Office|Government|Council|Bank|Institute|Union|Organisation|Organization|Authority|General Statistics)\b/;

/** Whether "according to X" cites an outlet, an institution or a document rather than a person. */
export function isCitedSource(who: string): boolean {
  const w = who.trim();
  if (OBJECT_PRONOUN_RE.test(w)) return false;
  return (
    SOURCE_WORDS.test(w) || /^(?:the\s+)?\p{Lu}{2,}$/u.test(w) || /\b(?:ministry|agency|government)\b/.test(w)
  );
}
