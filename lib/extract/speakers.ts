import { foldForSearch } from "@/lib/text";
import {
  COUNTRIES,
  countryIn,
  opensVietnameseName,
  RANKS,
  TITLE_WORDS,
  VIETNAMESE_FAMILY_NAMES,
} from "./lexicon";
import type { KnownPerson } from "./types";
import { looksVietnameseName } from "./vi/lexicon";

/** A person named in the text: title and rank as written, the name, and what the text says of nationality. */
export interface NamedMention {
  /** The whole mention as written, appositive included. */
  asWritten: string;
  title: string | null;
  rank: string | null;
  name: string;
  nameTokens: string[];
  /** From the title ("Lao Minister", "of Vietnam"), else from the name's form, else null. */
  country: string | null;
  /** Whether the country comes from the title (certain) or only from a Vietnamese-looking family name. */
  countryFrom: "title" | "name" | null;
  /** Set when the name's words are not Vietnamese syllables ("Sugiono", "Wendy Sherman"): not a Vietnamese official. */
  nonVietnameseName?: boolean;
  /**
   * Called by a private occupation and by no post ("Lawyer X", "X, an activist", "Luật sư X"): a Vietnamese
   * citizen, not an official, so neither the passage nor a later "he said" is proposed.
   */
  privateOccupation?: boolean;
}

// Occupations news prose puts before or after a private person's name; a post anywhere in the mention wins
// ("X, a lawyer and National Assembly deputy" is an official).
const PRIVATE_OCCUPATION =
  /(?:^|[\s,(])(?:an?\s+)?(?:lawyer|attorney|activist|blogger|dissident|journalist|businessman|businesswoman|entrepreneur|economist|analyst|luật sư|nhà báo|nhà hoạt động|doanh nhân)(?=$|[\s,)])/iu;

const NAME_TOKEN = /^\p{Lu}[\p{L}\p{M}'-]*$/u;

function isTitleWord(token: string): boolean {
  return TITLE_WORDS.has(token.toLowerCase()) || TITLE_WORDS.has(foldForSearch(token));
}

function isCountryWord(token: string): boolean {
  const f = foldForSearch(token).replace(/'s$/, "");
  return COUNTRIES.some(([name]) => name === f);
}

// Each syllable of a Vietnamese name is a word of its own, so a capital inside a name's word is a scrape that ran
// two words together ("Nguyen ManhHung"): "ManhHung" is "Manh Hung".
const GLUED_SYLLABLES = /^(\p{Lu}[\p{Ll}\p{M}]{0,6})(\p{Lu}[\p{Ll}\p{M}]{0,6})$/u;
function splitGluedSyllables(token: string): string[] {
  const m = GLUED_SYLLABLES.exec(token);
  return m?.[1] && m[2] ? [m[1], m[2]] : [token];
}

/**
 * Split "Deputy Minister of Public Security Sen. Lt. Gen. Bui Van Nam" into title, rank and name. The name is
 * a Vietnamese family name and what follows it, or else the capitalised words after the last title word.
 * Returns null when there is no name (a title alone, an organisation).
 */
export function parseNamedMention(text: string, appositive: string | null = null): NamedMention | null {
  let body = text.trim();
  let rank: string | null = null;
  for (const [re, spelled] of RANKS) {
    const m = re.exec(body);
    if (m) {
      rank = spelled;
      body = `${body.slice(0, m.index)} ${body.slice(m.index + m[0].length)}`.replace(/\s+/g, " ").trim();
      break;
    }
  }
  // "Minister ofPublic Security": a function word a scrape glued to the next word is a word of its own.
  const tokens = body
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((t) =>
      /^(?:of|and|the|for)\p{Lu}\p{Ll}/u.test(t)
        ? [t.replace(/^(of|and|the|for).*$/u, "$1"), t.replace(/^(?:of|and|the|for)/u, "")]
        : [t],
    );
  if (tokens.length === 0) return null;

  let nameStart = -1;
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i] ?? "";
    const next = tokens[i + 1] ?? "";
    if (opensVietnameseName(t, next) && NAME_TOKEN.test(t) && NAME_TOKEN.test(next)) {
      if (isTitleWord(next) && !VIETNAMESE_FAMILY_NAMES.has(foldForSearch(next))) continue;
      nameStart = i;
      break;
    }
  }
  let nameTokens: string[];
  let titleTokens: string[];
  if (nameStart >= 0) {
    nameTokens = [];
    for (let j = nameStart; j < tokens.length && nameTokens.length < 4; j++) {
      const t = tokens[j] ?? "";
      if (!NAME_TOKEN.test(t)) break;
      nameTokens.push(...splitGluedSyllables(t));
    }
    titleTokens = tokens.slice(0, nameStart);
  } else {
    let lastTitle = -1;
    tokens.forEach((t, i) => {
      if (isTitleWord(t) || isCountryWord(t) || !NAME_TOKEN.test(t)) lastTitle = i;
    });
    nameTokens = tokens.slice(lastTitle + 1).slice(-3);
    titleTokens = tokens.slice(0, tokens.length - nameTokens.length);
  }
  if (nameTokens.length === 0 || !nameTokens.every((t) => NAME_TOKEN.test(t))) return null;
  if (nameTokens.every((t) => isTitleWord(t) || isCountryWord(t))) return null;

  // "According to Deputy Minister X": the title starts at its first title, rank or country word.
  const startsTitle = (t: string) =>
    (isTitleWord(t) && !/^(?:to|of|and|the|for|on|in|at)$/i.test(t)) || isCountryWord(t);
  while (titleTokens.length && !startsTitle(titleTokens[0] ?? "")) titleTokens = titleTokens.slice(1);
  // "Vietnamese Minister of Foreign Affairs": the adjective says the country, the post is what follows it.
  const adjectiveCountry =
    titleTokens.length > 1 && isCountryWord(titleTokens[0] ?? "") ? countryIn(titleTokens[0] ?? "") : null;
  if (adjectiveCountry) titleTokens = titleTokens.slice(1);
  const described = [
    ...tokens.slice(0, tokens.length - nameTokens.length),
    ...(appositive ?? "").split(/\s+/),
  ];
  const privateOccupation =
    PRIVATE_OCCUPATION.test(described.join(" ")) &&
    !described.some((t) => isTitleWord(t) && !PRIVATE_OCCUPATION.test(t));
  const titleParts = [titleTokens.join(" ").trim(), appositive?.trim() ?? ""].filter(Boolean);
  const title = titleParts.length ? titleParts.join(", ") : null;
  const titleCountry = adjectiveCountry ?? (title ? countryIn(title) : null);
  const looksVietnamese =
    nameTokens.length >= 2 && opensVietnameseName(nameTokens[0] ?? "", nameTokens[1] ?? "");
  return {
    asWritten: appositive ? `${text.trim()}, ${appositive.trim()}` : text.trim(),
    title,
    rank,
    name: nameTokens.join(" "),
    nameTokens,
    country: titleCountry ?? (looksVietnamese ? "VN" : null),
    countryFrom: titleCountry ? "title" : looksVietnamese ? "name" : null,
    // "Chairperson of the Asia Business Council Lubna Olayan": words that are no Vietnamese syllables name someone
    // who is not a Vietnamese official, as in Vietnamese text.
    nonVietnameseName: !looksVietnamese && !looksVietnameseName(nameTokens),
    privateOccupation,
  };
}

/** Full names of known people, with and without diacritics, and their multi-word aliases. */
export function knownFullNames(person: KnownPerson): string[] {
  const names = [person.name, person.nativeName ?? "", ...person.aliases].filter(
    (n) => n.trim().split(/\s+/).length >= 2,
  );
  return [...new Set(names.map((n) => foldForSearch(n).trim()))];
}

/** The known person whose full name (any form) is this name, folded; null when none or several. */
export function matchKnownPerson(name: string, persons: KnownPerson[]): KnownPerson | null {
  const folded = foldForSearch(name).trim();
  const hits = persons.filter((p) => knownFullNames(p).includes(folded));
  return hits.length === 1 ? (hits[0] ?? null) : null;
}

/** Known people a one-word name could refer to (given name or alias): a hint only, never a resolution. */
export function knownByOneWord(word: string, persons: KnownPerson[]): KnownPerson[] {
  const folded = foldForSearch(word);
  return persons.filter(
    (p) =>
      foldForSearch(p.givenName ?? "") === folded ||
      p.aliases.some((a) => foldForSearch(a) === folded) ||
      foldForSearch(p.name).split(/\s+/).at(-1) === folded,
  );
}

/**
 * Every "Title Name" in a passage (a title word right before a capitalised name) and every known person's
 * full name: the people a later "Nam shared" or "the ambassador" may refer back to.
 */
export function findIntroducedPeople(
  raw: string,
  persons: KnownPerson[],
): Array<{ index: number; mention: NamedMention }> {
  const out: Array<{ index: number; mention: NamedMention }> = [];
  // Lower-case post words join the title as in attribution.ts: "Deputy Foreign Minister and head of the ... X".
  // A scrape may glue an abbreviated rank to the name ("Lieut. Gen.Nguyen Van Thanh"); the same length keeps
  // indexes: the dot becomes a space-padded dot only where a capital follows at once.
  const text = raw.replace(/\b(Sen|Lieut|Lt|Gen|Col|Maj|Dr|Amb|Dep|Prof)\.(?=\p{Lu})/gu, "$1 ");
  const re =
    /(?:(?:[\p{Lu}][\p{L}\p{M}'-]*|of|and|the|for|to|head|chief|leader|spokesperson|spokesman|spokeswoman|delegation|minister|ambassador|deputy|Sen\.?|Lt\.?|Lieut\.?|Gen\.?|Col\.|Maj\.|Dr\.|Amb\.|Dep\.|Prof\.|Mr\.|Mrs\.|Ms\.)\s+)*[\p{Lu}][\p{L}\p{M}'-]*(?:\s+[\p{Lu}][\p{L}\p{M}'-]*)+/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let run = m[0];
    let index = m.index;
    // Drop leading function words.
    const lead = /^(?:(?:of|and|the|for|to|The)\s+)+/.exec(run);
    if (lead) {
      run = run.slice(lead[0].length);
      index += lead[0].length;
    }
    const mention = parseNamedMention(run);
    if (!mention || mention.nameTokens.length < 2) continue;
    const known = matchKnownPerson(mention.name, persons);
    // A country adjective is no title, and a possessive is no name: "Vietnamese Doctors' Day" is not a person.
    const hasTitle = (!!mention.title && mention.title.split(/[\s,]+/).some(isTitleWord)) || !!mention.rank;
    if (mention.nameTokens.some((t) => /['’](?:s)?$/.test(t))) continue;
    if (!known && !(hasTitle && mention.country === "VN") && !(hasTitle && mention.countryFrom === "title"))
      continue;
    out.push({ index, mention });
  }
  return out;
}
