/**
 * Who a frame's subject is, from what the passage said before it: a pronoun's antecedent, the holder of a title or
 * role, a one-word name (given or family), a person named in full, a country, or a group or institution to set
 * aside.
 */
import type { AttributionKind, AttributionStatus } from "@/lib/domain";
import { foldForSearch } from "@/lib/text";
import { type Frame, isCountryLike } from "./attribution";
import type { Discourse, Entity } from "./coreference";
import { isNotVietnameseOfficial } from "./drafts";
import { countryIn } from "./lexicon";
import { knownByOneWord, parseNamedMention } from "./speakers";
import type { KnownPerson } from "./types";

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
  // "Deputy Minister Thai" after "Tran Hong Thai": a word that names a country is also a given name, and the
  // person named in full before it wins over the country.
  // Not "Việt Nam ủng hộ ..." after "Bùi Văn Nam": a country's own name, or a country before the word, stays one.
  const words = frame.subject.trim().split(/\s+/);
  const lastWord = words.at(-1) ?? "";
  const namesake =
    !mention &&
    /^\p{Lu}/u.test(lastWord) &&
    !isCountryLike(frame.subject) &&
    !countryIn(words.slice(0, -1).join(" "))
      ? discourse.byGivenName(lastWord)
      : [];
  if (namesake.length === 1 && namesake[0] && !isNotVietnameseOfficial(namesake[0])) {
    const entity = namesake[0];
    discourse.touch(entity);
    return res({
      kind: "given_name",
      status: "resolved",
      note: `"${lastWord}" is the given name of ${entity.name}, introduced in full earlier in this passage (the word also names a country).`,
      asWritten,
      entity,
    });
  }
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
