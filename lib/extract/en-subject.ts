/**
 * The building blocks of English attribution: the patterns of verbs, names, titles, roles and groups, and the
 * subject a reporting verb has right before it ("Nam shared", "the ambassador said", "Deputy Minister X, head of
 * ..., said"). attribution.ts reads frames with them; en-sources.ts reads speakers named after the verb.
 */

import { escapeRe } from "../text";
import type { Frame, SubjectForm } from "./attribution";
import { GROUP_NOUNS, REPORTING_VERB_FORMS, ROLE_NOUNS, VERB_PREFIXES } from "./lexicon";
import { parseNamedMention } from "./speakers";

// A scrape may glue the verb to the next word ("appreciatedthe organisation"): a following article still ends it.
export const VERB_RE = new RegExp(
  `\\b(${REPORTING_VERB_FORMS.map(escapeRe).join("|")})(?:\\b|(?=(?:the|that|an?|his|her|its)\\s))`,
  "g",
);
export const PREFIX_RE = new RegExp(`\\s+(?:${VERB_PREFIXES.map(escapeRe).join("|")})\\s*$`, "i");
// "Prime Minister Pham Minh Chinh on October 5 urged": a time phrase between the speaker and the verb.
export const TIME_RE =
  /,?\s+(?:on\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?)|(?:\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?))|today|yesterday|last week|this week|earlier today),?\s*$/;
// "He, therefore, asked ...", "The minister, for his part, said": an aside between commas.
export const ASIDE_RE =
  /\s*,\s*(?:therefore|however|in turn|meanwhile|moreover|furthermore|thus|also|in addition|in particular|for (?:his|her) part|on (?:his|her) part|in (?:his|her) (?:turn|view|opinion)|in response|in reply|at the same time)\s*,\s*$/i;
export const ROLE_ALT = [...ROLE_NOUNS]
  .sort((a, b) => b.length - a.length)
  .map(escapeRe)
  .join("|");
export const GROUP_ALT = [...GROUP_NOUNS]
  .sort((a, b) => b.length - a.length)
  .map(escapeRe)
  .join("|");
// Where a subject may begin: the sentence start, after a clause break, or after "that".
export const LEFT = `(?:^|[,;:"(]\\s*|\\bthat\\s+|\\bwhile\\s+|\\band\\s+)`;

export const PRONOUN_RE = new RegExp(`${LEFT}(he|she|He|She)$`);
export const OBJECT_PRONOUN_RE = /^(?:him|her)$/i;
export const GROUP_RE = new RegExp(`${LEFT}((?:the\\s+|The\\s+|all\\s+|many\\s+)?(?:${GROUP_ALT}))$`, "i");
// The post may name its organisation: "the Deputy Spokesperson of the Ministry of Foreign Affairs said".
export const OF_ORGANISATION = `(?:\\s+of\\s+(?:the\\s+)?[\\p{Lu}][\\p{L}-]*(?:\\s+(?:(?:and|of|for|the)\\s+)*[\\p{Lu}][\\p{L}-]*){0,6})?`;
// A scrape may glue the article to the noun: "According to theminister, ...".
export const ROLE_RE = new RegExp(
  `${LEFT}((the|The)(?:\\s+|(?=(?:${ROLE_ALT})$))((?:[\\p{L}-]+\\s+){0,3}?)(${ROLE_ALT})${OF_ORGANISATION})$`,
  "iu",
);
// A headline's bare role after its verb: "..., says information minister."
export const BARE_ROLE_RE = new RegExp(`^((?:\\p{Ll}[\\p{L}-]*\\s+){0,3}?)(${ROLE_ALT})$`, "u");
export const TITLE_RE = new RegExp(`${LEFT}(((?:[\\p{Lu}][\\p{L}-]*\\s+){0,3}?)(${ROLE_ALT}))$`, "iu");
export const NAME_WORD = `(?:[\\p{Lu}][\\p{L}\\p{M}'.-]*)`;
// Lower-case words that still belong to a title before a name: "Party chief To Lam".
// Lower-case post nouns too: "Foreign Ministry spokesperson Pham Thu Hang", "Head of the Vietnamese delegation X".
export const POST_WORDS =
  "spokesperson|spokesman|spokeswoman|delegation|minister|ambassador|deputy|director|secretary|chairman|chairwoman|chairperson|representative|envoy|official|officer|president";
// A scrape may glue a function word to the next word ("Minister ofPublic Security"): it still joins the title.
export const RUN = `${NAME_WORD}(?:\\s+(?:(?:of|and|the|for|to|on|chief|leader|head|${POST_WORDS})\\s+)*(?:(?:of|and|the|for)(?=\\p{Lu}))?${NAME_WORD})*`;
export const ASIDE_PARTICIPLES =
  "speaking|addressing|talking|answering|responding|replying|writing|asked|commenting";
// The appositive may begin in lower case with a post noun: "Dang Dinh Quy, head of the Vietnamese delegation, said".
// Or with a relative clause or "a member of": "Việt, who is also head of ..., called on", "To Lam, a member of ...".
// A participle clause too, which is an aside and no title: "Tien, speaking on Vietnamese Doctors' Day, said".
export const APPOSITIVE_START = `(?:[\\p{Lu}]|(?:head|former|deputy|chief|director|permanent|chairman|chairwoman|minister|ambassador|spokesperson|spokesman|spokeswoman|secretary|vice|who|a member|member|${ASIDE_PARTICIPLES})\\b)`;
// A lower-case post may open the mention after a clause break: "Asked about it, spokesperson Pham Thu Hang said".
export const NAMED_RE = new RegExp(
  `${LEFT}((?:(?:${POST_WORDS})\\s+)?${RUN})(?:,\\s+(${APPOSITIVE_START}[^,;"]{2,200}),)?$`,
  "u",
);
export const OPENING_WORD =
  /^(?:In|On|At|During|After|Before|With|For|From|By|As|While|When|Amid|Following|Speaking|Addressing|Regarding|According|Earlier|Later|Also|Meanwhile|Last|This|Next)$/;
export const DASH_TITLE_RE = new RegExp(`${LEFT}(${RUN})\\s+[–—]\\s+(\\p{Lu}[^;:"–—]{2,150}?)$`, "u");
export const RELATIVE_START = /^(?:who\s+(?:is|was|has been)\s+(?:also\s+)?|a\s+)/;
export const ASIDE_START = new RegExp(`^(?:${ASIDE_PARTICIPLES})\\b`);
// The sentence's first subject, for a participle or a "where he ..." clause that shares it.
export const LEADING_RE = new RegExp(
  `^(?:[\\p{Lu}]{2,}\\s+)?(${RUN})(?=\\s+(?:on\\s|has\\s|had\\s|also\\s|\\p{Ll}))`,
  "u",
);
export const ACCORDING_RE = /\b[Aa]ccording to\s+((?:the\s+)?[^,.;"]{2,120}?)(?=\s*(?:,|\.|;|$))/u;

export function subjectAt(pre: string): Omit<Frame, "verb" | "attributionText" | "via" | "rule"> | null {
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

export function mk(subject: string, subjectIndex: number, form: SubjectForm) {
  return { subject, subjectIndex, form, appositive: null, roleNoun: null, qualifier: null };
}
