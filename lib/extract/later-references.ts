/**
 * References the passage resolves only after reading further: a one-word name, a title or a pronoun used before
 * the person is named (an excerpt that starts mid-story, a lead that names its speaker last), and "Vietnam" as
 * the voice of the one official the passage quotes. Every one is inferred and says so in its note.
 */
import type { Discourse, Entity } from "./coreference";
import { type Draft, isNotVietnameseOfficial, roleFor } from "./drafts";

/**
 * "Speaking at a ceremony ..., the State leader called for ...", "..., he said." and only then "President Truong
 * Tan Sang also hailed ...": a pronoun or a role no one before it fits is the person the passage names next as a
 * speaker, when that person is Vietnamese and (for a role) holds a title that fits.
 */
function resolveForward(drafts: Draft[], discourses: Map<number, Discourse>) {
  // Walked backwards, so that each draft knows the next named speaker of its passage in one pass (linear).
  let next: Draft | null = null;
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i];
    if (!d) continue;
    if (next && next.unit.context !== d.unit.context) next = null;
    const named = d.status === "resolved" && (d.kind === "full_name" || d.kind === "title_and_name");
    const forward =
      d.status === "unresolved" &&
      !d.entity &&
      !d.setAside &&
      (d.kind === "pronoun" || d.kind === "role_reference" || d.kind === "title_only");
    const who = next?.entity;
    if (forward && who && !isNotVietnameseOfficial(who)) {
      const fits =
        d.kind === "pronoun" || !d.roleNoun
          ? true
          : (discourses.get(d.unit.context)?.byRole(d.roleNoun, null) ?? []).includes(who);
      if (fits) {
        d.entity = who;
        d.status = "resolved";
        d.role = roleFor(who);
        d.note = `"${d.speakerAsWritten}" refers to no one named before it; taken to be ${who.name}, the next speaker the passage names in full${d.kind === "pronoun" ? "" : ", whose title fits"}.`;
        d.considered = [
          { name: who.name, score: 1, why: "the next speaker named in full, after this sentence" },
        ];
      }
    }
    if (named) next = d;
  }
}

export function resolveLaterReferences(drafts: Draft[], discourses: Map<number, Discourse>): void {
  // "Bà Hằng nhấn mạnh" before the article names "bà Lê Thị Thu Hằng" (an excerpt that starts mid-story): a
  // one-word name left unresolved is the one person of the passage named in full with it, if there is one.
  for (const d of drafts) {
    if (d.kind !== "given_name" || d.status !== "unresolved" || !d.entity || d.setAside) continue;
    const discourse = discourses.get(d.unit.context);
    const word = d.entity.name;
    const matches = discourse?.byGivenName(word) ?? [];
    const only = matches.length === 1 ? matches[0] : undefined;
    if (!only || isNotVietnameseOfficial(only)) continue;
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
    if (!only || isNotVietnameseOfficial(only)) continue;
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
  resolveForward(drafts, discourses);
}
