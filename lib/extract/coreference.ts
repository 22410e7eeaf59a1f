import { foldForSearch } from "@/lib/text";
import type { Frame } from "./attribution";
import { countryIn, expandTitle, GENERIC_ROLE_NOUNS } from "./lexicon";
import { matchKnownPerson, type NamedMention } from "./speakers";
import type { KnownPerson } from "./types";
import { genderOfVi, titleFitsVi } from "./vi/people";

/**
 * "deputy minister" fits "deputy foreign minister": every word of the reference is in the title. A deputy or vice
 * post is not the post itself: "the prime minister" does not fit "deputy prime minister". Nor is the Prime
 * Minister "the minister": news prose calls the head of government "the Prime Minister", "the PM" or "the
 * Government leader", and "the minister" is a minister named before.
 */
export function titleFits(reference: string, title: string): boolean {
  const want = reference.split(" ").filter(Boolean);
  const have = new Set(title.split(" "));
  if (want.length === 0 || !want.every((w) => have.has(w))) return false;
  return ["deputy", "vice", "prime"].every((w) => want.includes(w) || !have.has(w));
}

/** A person the passage has mentioned so far, resolved (named in full) or not ("Son", "he"). */
export interface Entity {
  name: string;
  title: string | null;
  rank: string | null;
  country: string | null;
  known: KnownPerson | null;
  /** Named in full (two or more name words) or linked to a known person. */
  resolved: boolean;
  asWritten: string;
  lastAt: number;
  /** Only when the text says so ("spokeswoman", "Mrs"): lets "she"/"he" skip a person of the other gender. */
  gender: "female" | "male" | null;
  /** The name is not Vietnamese ("Wendy Sherman") and no known person has it: not a Vietnamese official. */
  nonVietnamese?: boolean;
  /** Called by a private occupation only ("Lawyer X"), and no known person: not an official. */
  notOfficial?: boolean;
}

/** Gender stated by the words of a mention, else null (most titles say nothing about it). */
export function genderOf(asWritten: string): "female" | "male" | null {
  if (/\b(?:spokeswoman|chairwoman|congresswoman|Mrs\.?|Ms\.?|Madam)(?=\s|$|,)/i.test(asWritten))
    return "female";
  if (/\b(?:spokesman|Mr\.?)(?=\s|$|,)/i.test(asWritten)) return "male";
  return genderOfVi(asWritten);
}

/** The people of one passage (an article, or one news snippet), in order of mention. */
export class Discourse {
  entities: Entity[] = [];
  private clock = 0;

  constructor(
    private readonly persons: KnownPerson[],
    readonly language: "en" | "vi" = "en",
  ) {}

  /** Register a named mention; returns the entity, merged with an earlier mention of the same name. */
  introduce(mention: NamedMention): Entity {
    const known = mention.nameTokens.length >= 2 ? matchKnownPerson(mention.name, this.persons) : null;
    const resolved = mention.nameTokens.length >= 2;
    const key = foldForSearch(known?.name ?? mention.name);
    let entity = this.entities.find((e) => foldForSearch(e.known?.name ?? e.name) === key);
    if (!entity) {
      entity = {
        name: known?.name ?? mention.name,
        title: mention.title,
        rank: mention.rank,
        country: mention.countryFrom === "title" ? mention.country : (known?.country ?? mention.country),
        known,
        resolved,
        asWritten: mention.asWritten,
        lastAt: 0,
        gender: genderOf(mention.asWritten),
        nonVietnamese: !known && !!mention.nonVietnameseName,
        notOfficial: !known && !!mention.privateOccupation,
      };
      this.entities.push(entity);
    } else {
      // The fullest title seen wins: "Deputy Minister of Public Security" plus the rank from the lead.
      if (mention.title && (!entity.title || mention.title.length > entity.title.length))
        entity.title = mention.title;
      entity.rank ??= mention.rank;
      entity.gender ??= genderOf(mention.asWritten);
      if (mention.countryFrom === "title") entity.country = mention.country;
    }
    entity.lastAt = ++this.clock;
    return entity;
  }

  touch(entity: Entity) {
    entity.lastAt = ++this.clock;
  }

  private byRecency(list: Entity[]): Entity[] {
    return [...list].sort((a, b) => b.lastAt - a.lastAt);
  }

  /**
   * The latest person a pronoun can refer to: "she" skips a man the text called "spokesman" or "Mr", "he" a
   * woman; a person whose gender the text never states fits either (most titles are gender-neutral).
   */
  lastMentioned(pronoun: string | null = null): Entity | null {
    return this.compatible(pronoun)[0] ?? null;
  }

  /** Everyone a pronoun may refer to, most recent first ("bà" and "she" want a woman or someone unstated). */
  compatible(pronoun: string | null = null): Entity[] {
    const p = pronoun?.toLocaleLowerCase("vi");
    const wanted =
      p === "she" || p === "her" || p === "bà"
        ? "female"
        : p === "he" || p === "his" || p === "him" || p === "ông"
          ? "male"
          : null;
    return this.byRecency(this.entities).filter((e) => !wanted || !e.gender || e.gender === wanted);
  }

  /** People named in full whose given name (the last word of a Vietnamese name) is this word. */
  byGivenName(word: string): Entity[] {
    const f = foldForSearch(word);
    // Chinese and Korean names put the family name first, and later references use it ("Wang said").
    return this.entities.filter((e) => {
      if (!e.resolved) return false;
      const words = foldForSearch(e.name).split(/\s+/);
      if (words.at(-1) === f || foldForSearch(e.known?.givenName ?? "") === f) return true;
      return !!e.country && e.country !== "VN" && words[0] === f;
    });
  }

  /**
   * Vietnamese people named in full whose family name (the first word) is this word: English-language outlets
   * abroad refer back to "Nguyen" as they would to "Smith". Most recent first.
   */
  byFamilyName(word: string): Entity[] {
    const f = foldForSearch(word);
    return this.byRecency(
      this.entities.filter(
        (e) =>
          e.resolved &&
          (!e.country || e.country === "VN") &&
          !e.nonVietnamese &&
          foldForSearch(e.name).split(/\s+/)[0] === f,
      ),
    );
  }

  byRole(roleNoun: string, qualifier: string | null): Entity[] {
    if (this.language === "vi") {
      // Vietnamese titles are matched as phrases: "Thứ trưởng" fits "Thứ trưởng Bộ Công an", not "Bộ trưởng".
      return this.byRecency(
        this.entities.filter(
          (e) =>
            e.resolved &&
            [e.title ?? "", ...(e.known?.roles.map((r) => r.title) ?? [])].some((t) =>
              titleFitsVi(roleNoun, t),
            ),
        ),
      );
    }
    const wantCountry = qualifier ? countryIn(qualifier) : null;
    const generic = GENERIC_ROLE_NOUNS.has(roleNoun.toLowerCase());
    // "the Deputy Spokesperson" is a deputy: the qualifier's rank word is part of the post it refers to.
    const deputy = (qualifier ?? "").split(/\s+/).filter((w) => /^(?:deputy|vice)$/i.test(w));
    const noun = expandTitle([...deputy, roleNoun].join(" "));
    return this.byRecency(
      this.entities.filter((e) => {
        if (!e.resolved) return false;
        if (wantCountry && e.country !== wantCountry) return false;
        if (generic) return true;
        const titles = [e.title ?? "", ...(e.known?.roles.map((r) => r.title) ?? [])].map(expandTitle);
        return titles.some((t) => titleFits(noun, t));
      }),
    );
  }
}

/** A person the resolution weighed, ranked by how recently the passage mentioned them among those who fit. */
export interface Considered {
  name: string;
  score: number;
  why: string;
}

/** The people a frame's subject could refer to, before the resolution picks one. */
export function considerFor(frame: Frame, discourse: Discourse): Considered[] {
  const ranked = (list: Entity[], why: (e: Entity) => string): Considered[] =>
    list
      .slice(0, 4)
      .map((e, i) => ({ name: e.name, score: Math.round((1 / (i + 1)) * 100) / 100, why: why(e) }));
  if (frame.form === "pronoun")
    return ranked(
      discourse.compatible(frame.subject),
      (e) => `mentioned before; gender ${e.gender ? `stated (${e.gender})` : "not stated, so either"}`,
    );
  if (frame.form === "role" || frame.form === "title")
    return ranked(
      discourse.byRole(frame.roleNoun ?? "", frame.qualifier),
      (e) => `title "${e.title ?? ""}" fits`,
    );
  if (frame.form === "named" && frame.mention?.nameTokens.length === 1)
    return ranked(discourse.byGivenName(frame.mention.name), (e) => `given name of ${e.name}`);
  return [];
}
