/**
 * What the article import saves, built from the review's drafts: pure functions of the drafts (kept beside
 * drafts.ts, whose Draft type they read; lib/ imports nothing from app/).
 */
import { foldForSearch } from "@/lib/text";
import { type Draft, type OrganizationOption, speakerOf } from "./drafts";

/** The records to save: one per accepted draft, a role found or created by the save from its title. */
export function recordsFrom(accepted: Draft[], organizations: OrganizationOption[]) {
  return accepted.map((d) => {
    const personId = d.speakerChoice.startsWith("person:") ? Number(d.speakerChoice.slice(7)) : null;
    const resolved = d.speakerChoice !== "unresolved";
    return {
      key: d.key,
      // Another appearance of a near-identical record, or another report of a record in the other language.
      appearanceOf: d.asAppearance && d.similar ? d.similar.publicId : d.reportOf,
      text: d.text,
      evidenceStart: Number(d.evidenceStart),
      evidenceEnd: Number(d.evidenceEnd),
      personId,
      newPerson: d.speakerChoice === "new" ? { name: d.newPersonName, country: d.newPersonCountry } : null,
      // No role id: the save finds or creates the role per (person, title, rank, organisation), as planned.
      role:
        resolved && d.roleTitle.trim()
          ? {
              roleId: null,
              title: d.roleTitle,
              rank: d.roleRank,
              organization: d.organizationName.trim()
                ? {
                    organizationId:
                      organizations.find(
                        (o) => foldForSearch(o.name) === foldForSearch(d.organizationName.trim()),
                      )?.id ?? null,
                    name: d.organizationName,
                    kind: d.organizationKind,
                  }
                : null,
            }
          : null,
      eventId: d.eventChoice.startsWith("event:") ? Number(d.eventChoice.slice(6)) : null,
      newEvent:
        d.eventChoice === "new"
          ? { name: d.eventName, kind: d.eventKind, city: d.eventCity, country: d.eventCountry }
          : null,
      attributionText: d.attributionText,
      attributionKind: d.attributionKind,
      attributionStatus: resolved ? ("resolved" as const) : ("unresolved" as const),
      attributionNote: d.attributionNote,
      dateStart: d.dateStart,
      dateEnd: d.dateEnd,
      datePrecision: d.datePrecision,
      dateBasis: d.dateBasis,
      dateNote: d.dateNote,
      mode: d.mode,
      topics: d.topics,
    };
  });
}

/** The reviewer's decision on each proposal (not passages set aside or added by hand), with its rule. */
export function decisionsFrom(drafts: Draft[]) {
  // Proposals only: accepted as they were, corrected, rejected.
  return drafts
    .filter((d) => d.key.startsWith("c") && d.provenance)
    .map((d) => ({
      key: d.key,
      rule: d.provenance?.rule ?? "",
      attributionKind: d.attributionKind,
      decision: !d.accepted
        ? ("rejected" as const)
        : speakerOf(d) === d.proposedSpeaker
          ? ("accepted" as const)
          : ("corrected" as const),
    }));
}
