/**
 * The drafts the article review edits (issue 15: the import components' types live with the pure review helpers):
 * one per candidate the extractor proposed or the reviewer added, strings for the form's inputs, converted when
 * saved. Pure: no React, no database.
 */
import type { SimilarStatement } from "@/db/queries/article-import";
import type { OtherLanguageReport } from "@/db/queries/duplicates-cross-language";
import type {
  AttributionKind,
  DateBasis,
  DatePrecision,
  EventKind,
  OrganizationKind,
  StatementMode,
} from "@/lib/domain";
import { cleanForDisplay } from "@/lib/extract/clean";
import type { CandidateFlag, Provenance } from "@/lib/extract/types";
import { sliceCodePoints } from "@/lib/text";
import type { ReviewCandidate } from "./actions";

export interface PersonOption {
  id: number;
  name: string;
  roles: Array<{ id: number; title: string; rank: string | null }>;
}
export interface EventOption {
  id: number;
  name: string;
  startDate: string | null;
}
export interface OrganizationOption {
  id: number;
  name: string;
  kind: OrganizationKind;
}
export interface TopicOption {
  slug: string;
  name: string;
  path: string;
}

export function draftFrom(
  c: Omit<ReviewCandidate, "otherReports"> & {
    reason?: string;
    otherReports?: ReviewCandidate["otherReports"];
  },
  accepted: boolean,
  persons: PersonOption[],
): Draft {
  // A title linked to a stored role ("Thứ trưởng Bộ Công an" to "Deputy Minister of Public Security") uses that
  // role's own title and rank, so that the save reuses the role instead of creating a second one.
  const stored =
    c.role?.roleId != null
      ? persons.find((p) => p.id === c.speaker?.personId)?.roles.find((r) => r.id === c.role?.roleId)
      : undefined;
  const speakerChoice = c.speaker
    ? c.speaker.personId !== null
      ? `person:${c.speaker.personId}`
      : "new"
    : "unresolved";
  const draft: Draft = {
    key: c.key,
    accepted,
    setAsideReason: c.reason ?? null,
    flags: c.flags,
    similar: c.similar,
    asAppearance: false,
    otherReports: c.otherReports ?? [],
    reportOf: null,
    text: c.text.trim(),
    evidenceStart: String(c.evidence.start),
    evidenceEnd: String(c.evidence.end),
    speakerAsWritten: c.speakerAsWritten,
    speakerChoice,
    // A name the article also writes with diacritics is proposed in that form; the save keeps both forms.
    newPersonName: c.speaker && c.speaker.personId === null ? (c.speaker.nativeName ?? c.speaker.name) : "",
    newPersonCountry: c.speaker?.country ?? "VN",
    roleTitle: stored?.title ?? c.role?.title ?? "",
    roleRank: stored ? (stored.rank ?? "") : (c.role?.rank ?? ""),
    organizationName: c.role?.organization ?? "",
    organizationKind: "ministry",
    eventChoice: c.event ? (c.event.eventId !== null ? `event:${c.event.eventId}` : "new") : "none",
    eventName: c.event?.name ?? "",
    eventKind: (c.event?.kind ?? "other") as EventKind,
    eventCity: c.event?.city ?? "",
    eventCountry: c.event?.country ?? "",
    attributionText: c.attribution.text,
    attributionKind: c.attribution.kind as AttributionKind,
    attributionNote: c.attribution.note,
    dateStart: c.date.start ?? "",
    dateEnd: c.date.end ?? "",
    datePrecision: c.date.precision as DatePrecision,
    dateBasis: c.date.basis as DateBasis,
    dateNote: c.date.note ?? "",
    mode: c.mode as StatementMode,
    topics: c.topics,
    provenance: c.provenance,
    expanded: false,
    proposedSpeaker: "",
  };
  return { ...draft, proposedSpeaker: speakerOf(draft) };
}

/** A candidate the reviewer adds by hand from a passage: every field to fill, nothing presumed. */
export function manualDraft(key: string, raw: string, start: number, end: number): Draft {
  return {
    key,
    accepted: true,
    setAsideReason: null,
    flags: [],
    similar: null,
    asAppearance: false,
    otherReports: [],
    reportOf: null,
    text: cleanForDisplay(sliceCodePoints(raw, start, end)).trim(),
    evidenceStart: String(start),
    evidenceEnd: String(end),
    speakerAsWritten: "added by hand",
    speakerChoice: "unresolved",
    newPersonName: "",
    newPersonCountry: "VN",
    roleTitle: "",
    roleRank: "",
    organizationName: "",
    organizationKind: "ministry",
    eventChoice: "none",
    eventName: "",
    eventKind: "other",
    eventCity: "",
    eventCountry: "",
    attributionText: "",
    attributionKind: "full_name",
    attributionNote: "Added by the reviewer from a passage the extractor did not propose.",
    dateStart: "",
    dateEnd: "",
    datePrecision: "unknown",
    dateBasis: "unknown",
    dateNote: "",
    mode: "paraphrase",
    topics: [],
    provenance: null,
    expanded: true,
    proposedSpeaker: "unresolved",
  };
}

/** One candidate as the reviewer edits it: strings for inputs, converted when saving. */
export interface Draft {
  key: string;
  accepted: boolean;
  setAsideReason: string | null;
  flags: CandidateFlag[];
  similar: SimilarStatement | null;
  asAppearance: boolean;
  /** Records in the other language that may be this statement, and the one chosen to attach it to. */
  otherReports: OtherLanguageReport[];
  reportOf: string | null;
  text: string;
  evidenceStart: string;
  evidenceEnd: string;
  speakerAsWritten: string;
  /** "unresolved", "new", or "person:<id>". */
  speakerChoice: string;
  newPersonName: string;
  newPersonCountry: string;
  roleTitle: string;
  roleRank: string;
  /** The post's organisation by name: an existing one when the name matches, else created with the kind. */
  organizationName: string;
  organizationKind: OrganizationKind;
  /** "none", "new", or "event:<id>". */
  eventChoice: string;
  eventName: string;
  eventKind: EventKind;
  eventCity: string;
  eventCountry: string;
  attributionText: string;
  attributionKind: AttributionKind;
  attributionNote: string;
  dateStart: string;
  dateEnd: string;
  datePrecision: DatePrecision;
  dateBasis: DateBasis;
  dateNote: string;
  mode: StatementMode;
  topics: string[];
  /** How the extractor made the proposal; null for a candidate added by hand. */
  provenance: Provenance | null;
  /** The full form is open (a candidate that needs nothing shows as a compact card until opened). */
  expanded: boolean;
  /** The speaker as proposed ("person:<id>", "new:<name>", "unresolved"): a change makes the decision "corrected". */
  proposedSpeaker: string;
}

/** The speaker a draft now names, in the form of proposedSpeaker. */
export function speakerOf(d: Draft): string {
  return d.speakerChoice === "new" ? `new:${d.newPersonName.trim().normalize("NFC")}` : d.speakerChoice;
}

/** Flags that ask the reviewer to decide something; the others only inform. */
const ATTENTION: CandidateFlag[] = [
  "unresolved_speaker",
  "date_needs_year",
  "possible_duplicate",
  "other_language_report",
  "not_vietnamese_official",
  "group_or_institution",
  // A person or a role would be created: worth a look before it enters the corpus.
  "new_person",
  "new_role",
];

/** A proposal the reviewer can accept as it stands: accepted, nothing to decide, no field in error. */
export function needsNothing(d: Draft, errors: Record<string, string>): boolean {
  return (
    d.accepted &&
    !d.setAsideReason &&
    d.provenance !== null &&
    !d.flags.some((f) => ATTENTION.includes(f)) &&
    !Object.keys(errors).some((k) => k.startsWith(`${d.key}.`))
  );
}
