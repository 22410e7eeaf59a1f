import type { AttributionKind, AttributionStatus } from "@/lib/domain";
import { foldForSearch } from "@/lib/text";
import { type Frame, isCountryLike } from "./attribution";
import { countryIn, expandTitle, GENERIC_ROLE_NOUNS } from "./lexicon";
import { knownByOneWord, matchKnownPerson, type NamedMention, parseNamedMention } from "./speakers";
import type { KnownPerson } from "./types";
import { genderOfVi, titleFitsVi } from "./vi/attribution";

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

export interface Resolution {
  kind: AttributionKind;
  status: AttributionStatus;
  note: string;
  entity: Entity | null;
  /** The mention as written. */
  asWritten: string;
  /** A reason not to propose the passage at all (a group, an institution, a foreign country). */
  setAside: string | null;
  /** For a country subject that is Vietnam: settled after the whole passage is read. */
  pendingCountry: boolean;
  notVietnamese: boolean;
}

const INSTITUTION =
  /\b(Ministry|Embassy|Authority|Committee|Government|Council|Agency|Department|Office|Party|Bank|Association|Union|Front|Court|Procuracy|Assembly|Commission|Organisation|Organization|Agency|Institute|Army|Police|Side)\b/;

function res(
  partial: Partial<Resolution> & Pick<Resolution, "kind" | "status" | "note" | "asWritten">,
): Resolution {
  return { entity: null, setAside: null, pendingCountry: false, notVietnamese: false, ...partial };
}

/** Decide who a frame's subject is, using only what the passage said before it. */
export function resolveFrame(frame: Frame, discourse: Discourse, persons: KnownPerson[]): Resolution {
  const asWritten = frame.subject;
  if (frame.form === "group") {
    return res({
      kind: "role_reference",
      status: "unresolved",
      note: `"${asWritten}" is a group or an institution, not one official.`,
      asWritten,
      setAside: "the speaker is a group or an institution, not one official",
    });
  }
  if (frame.form === "pronoun") {
    const antecedent = discourse.lastMentioned(asWritten);
    if (!antecedent) {
      return res({
        kind: "pronoun",
        status: "unresolved",
        note: `A pronoun ("${asWritten}") with no one named before it in this passage; not resolved.`,
        asWritten,
      });
    }
    discourse.touch(antecedent);
    if (!antecedent.resolved) {
      return res({
        kind: "pronoun",
        status: "unresolved",
        note: `Refers to "${antecedent.asWritten}", the last person mentioned, who is himself or herself unresolved.`,
        asWritten,
        entity: antecedent,
      });
    }
    return res({
      kind: "pronoun",
      status: "resolved",
      note: `"${asWritten}" refers to ${antecedent.name}, the last person mentioned before it.`,
      asWritten,
      entity: antecedent,
    });
  }
  if (frame.form === "role" || frame.form === "title") {
    const kind: AttributionKind = frame.form === "role" ? "role_reference" : "title_only";
    const matches = discourse.byRole(frame.roleNoun ?? "", frame.qualifier);
    const chosen = matches[0];
    // "Đại tướng Phan Văn Giang: ..." in the headline, then "Bộ trưởng Quốc phòng cho biết": a title can belong to
    // the one person the passage has named, when that person was named with no title (a rank at most).
    const everyone = discourse.compatible().filter((e) => e.resolved);
    const untitled = everyone.length === 1 ? everyone[0] : undefined;
    if (!chosen && untitled && !untitled.title && (!untitled.country || untitled.country === "VN")) {
      discourse.touch(untitled);
      return res({
        kind,
        status: "resolved",
        note: `"${asWritten}" is taken to be ${untitled.rank ? `${untitled.rank} ` : ""}${untitled.name}, the only person the passage names before it, named there without a title; check the title is theirs.`,
        asWritten,
        entity: untitled,
      });
    }
    if (!chosen) {
      return res({
        kind,
        status: "unresolved",
        note: `${frame.form === "title" ? "A title alone" : "A role reference"} ("${asWritten}"); no one introduced earlier in this passage fits it. Not resolved.`,
        asWritten,
      });
    }
    discourse.touch(chosen);
    const alone = matches.length === 1;
    return res({
      kind,
      status: "resolved",
      note: `"${asWritten}" refers back to ${chosen.title ? `${chosen.title} ` : ""}${chosen.name}, ${alone ? "the only person introduced earlier who fits" : "the most recently mentioned of those who fit"}.`,
      asWritten,
      entity: chosen,
      notVietnamese: !!chosen.country && chosen.country !== "VN",
    });
  }

  // A capitalised run: a person, a country or an institution.
  // "Việt Nam welcomes ...": a country, even when its name looks like a person's ("Việt" opens names too).
  const mention =
    frame.mention !== undefined
      ? frame.mention
      : isCountryLike(frame.subject)
        ? null
        : parseNamedMention(frame.subject, frame.appositive);
  if (!mention) {
    const country = countryIn(frame.subject);
    const isCountry =
      country &&
      foldForSearch(frame.subject).replace(/^the /, "").split(/\s+/).length <= 3 &&
      !INSTITUTION.test(frame.subject);
    if (isCountry) {
      if (country !== "VN") {
        return res({
          kind: "country",
          status: "unresolved",
          note: `Attributed to a country (${asWritten}) other than Vietnam.`,
          asWritten,
          setAside: "the speaker is another country, not a Vietnamese official",
          notVietnamese: true,
        });
      }
      return res({
        kind: "country",
        status: "unresolved",
        note: `Attributed to the country ("${asWritten}") and to no one in this passage.`,
        asWritten,
        pendingCountry: true,
      });
    }
    return res({
      kind: "role_reference",
      status: "unresolved",
      note: `"${asWritten}" is an institution or a group, not one official.`,
      asWritten,
      setAside: "the speaker is a group or an institution, not one official",
    });
  }
  if (mention.nameTokens.length === 1) {
    const word = mention.name;
    const matches = discourse.byGivenName(word);
    if (matches.length === 1 && matches[0]) {
      const entity = matches[0];
      discourse.touch(entity);
      return res({
        kind: "given_name",
        status: "resolved",
        note: `"${word}" is the given name of ${entity.name}, introduced in full earlier in this passage.`,
        asWritten,
        entity,
        notVietnamese: !!entity.country && entity.country !== "VN",
      });
    }
    // "Nguyen made the statement ...": a family name as the later reference, in English only, and only when one
    // person of the passage has it (several Nguyens make it ambiguous).
    const byFamily = matches.length === 0 && discourse.language === "en" ? discourse.byFamilyName(word) : [];
    if (byFamily.length === 1 && byFamily[0] && !mention.title) {
      const entity = byFamily[0];
      discourse.touch(entity);
      return res({
        kind: "given_name",
        status: "resolved",
        note: `"${word}" is the family name of ${entity.name}, the only person of that name introduced in full earlier in this passage.`,
        asWritten,
        entity,
      });
    }
    const hints = knownByOneWord(word, persons).map((p) => p.name);
    const entity = discourse.introduce(mention);
    const notVietnamese =
      (mention.countryFrom === "title" && mention.country !== "VN") || !!mention.nonVietnameseName;
    return res({
      kind: "given_name",
      status: "unresolved",
      note:
        matches.length > 1
          ? `"${word}" could be any of ${matches.map((m) => m.name).join(", ")}; not resolved.`
          : `${mention.title ? `A title and one name ("${asWritten}")` : `One name only ("${word}")`}, never introduced in full in this passage; not resolved.${hints.length ? ` Known people with this name: ${hints.join(", ")}.` : ""}`,
      asWritten,
      entity,
      notVietnamese,
      setAside: notVietnamese ? "the speaker is not a Vietnamese official" : null,
    });
  }
  const entity = discourse.introduce(mention);
  const notVietnamese =
    (!!entity.country && entity.country !== "VN") || (!!mention.nonVietnameseName && !entity.known);
  const titled = !!(mention.title || mention.rank);
  return res({
    kind: titled ? "title_and_name" : "full_name",
    status: "resolved",
    note: `Named in full${titled ? " with a title" : ""}.${entity.known ? ` Matches the known person ${entity.known.name}.` : ""}`,
    asWritten,
    entity,
    notVietnamese,
    setAside: notVietnamese ? "the speaker is not a Vietnamese official" : null,
  });
}
