import type {
  AttributionKind,
  AttributionStatus,
  DateBasis,
  DatePrecision,
  EventKind,
  StatementMode,
} from "@/lib/domain";

/** People, roles, events and topics already in the database, so that extraction can link to them. */
export interface KnownRole {
  id: number;
  title: string;
  rank: string | null;
}

export interface KnownPerson {
  id: number;
  slug: string;
  name: string;
  nativeName: string | null;
  givenName: string | null;
  familyName: string | null;
  country: string;
  aliases: string[];
  roles: KnownRole[];
}

export interface KnownEvent {
  id: number;
  slug: string;
  name: string;
  kind: EventKind;
  city: string | null;
  country: string | null;
  startDate: string | null;
  endDate: string | null;
  datePrecision: DatePrecision;
  dateBasis: DateBasis;
  dateNote: string | null;
}

export interface KnownTopic {
  slug: string;
  name: string;
  description: string | null;
  path: string;
}

export interface ExtractInput {
  /** The article exactly as received. */
  raw: string;
  url?: string | null;
  outlet?: string | null;
  /** YYYY-MM-DD; when absent, a dateline in the text is used if there is one. */
  published?: string | null;
  known?: {
    persons?: KnownPerson[];
    events?: KnownEvent[];
    topics?: KnownTopic[];
  };
}

export const CANDIDATE_FLAGS = [
  "unresolved_speaker",
  "inferred_date",
  "date_needs_year",
  "no_event",
  "possible_duplicate",
  // Set by the import review (not the pure extraction): a stored record in another language may be this statement.
  "other_language_report",
  "not_vietnamese_official",
  "group_or_institution",
  "new_person",
  "new_role",
  "new_event",
] as const;
export type CandidateFlag = (typeof CANDIDATE_FLAGS)[number];

/** Offsets in Unicode code points into the raw text, end exclusive; text repeats the raw slice. */
export interface Evidence {
  start: number;
  end: number;
  text: string;
}

export interface CandidateSpeaker {
  /** English form as written ("Bui Van Nam"), or the known person's name when linked. */
  name: string;
  personId: number | null;
  personSlug: string | null;
  /** The name with its diacritics ("Nguyễn Xuân Phúc") when the article writes it so anywhere; else null. */
  nativeName: string | null;
  /** ISO 3166-1 alpha-2 when known. */
  country: string | null;
}

export interface CandidateRole {
  title: string;
  rank: string | null;
  roleId: number | null;
  /** The organisation the title names: "Deputy Minister of Public Security" -> "Ministry of Public Security". */
  organization: string | null;
}

/** How a proposal was made, for the reviewer: the rule, its cue, and whom else the speaker could have been. */
export interface Provenance {
  /** "en.speaker-verb", "en.according-to", "en.made-the-remarks", "vi.theo", "continuation", ... */
  rule: string;
  /** The reporting verb or phrase: "stressed", "according to", "nhấn mạnh", "theo". */
  cue: string;
  speech: "direct" | "indirect";
  /** People the subject could refer to, best first, with a score in 0..1; empty when the sentence names them. */
  considered: Array<{ name: string; score: number; why: string }>;
  /** Why the speaker is who they are (or why unresolved). */
  reason: string;
}

export interface CandidateEvent {
  name: string;
  asWritten: string;
  kind: EventKind;
  edition: number | null;
  city: string | null;
  country: string | null;
  organiser: string | null;
  startDate: string | null;
  endDate: string | null;
  precision: DatePrecision;
  basis: DateBasis;
  note: string | null;
  eventId: number | null;
  eventSlug: string | null;
}

export interface CandidateDate {
  start: string | null;
  end: string | null;
  precision: DatePrecision;
  basis: DateBasis;
  inferred: boolean;
  note: string | null;
  /** The words the date came from, if any. */
  asWritten: string | null;
}

export interface Candidate {
  /** Position in the extraction output ("c1", "c2", ...), stable for one run. */
  key: string;
  speaker: CandidateSpeaker | null;
  /** The mention of the speaker as written: "Nam", "the Vietnamese officer", "he". */
  speakerAsWritten: string;
  attribution: {
    text: string;
    kind: AttributionKind;
    status: AttributionStatus;
    note: string;
  };
  role: CandidateRole | null;
  event: CandidateEvent | null;
  date: CandidateDate;
  mode: StatementMode;
  topics: string[];
  /** Display text, cleaned of scraping junk. */
  text: string;
  evidence: Evidence;
  flags: CandidateFlag[];
  /** "article": the main text; "snippet": a separate item after the article's end marker. */
  context: "article" | "snippet";
  /** The article's language: the record keeps it. */
  language: "en" | "vi";
  provenance: Provenance;
}

/** A passage with an attribution that is deliberately not proposed, and why. */
export interface SetAside extends Candidate {
  reason: string;
}

export interface ExtractResult {
  /** Detected from the text: "vi" for Vietnamese, else "en". */
  language: "en" | "vi";
  title: string | null;
  published: string | null;
  /** Where the publication date came from. */
  publishedFrom: "input" | "text" | null;
  datelineCity: string | null;
  /** The outlet named by the dateline's agency marker ("(VNA)", "NDO/VNA –"), spelt out when known. */
  outlet: string | null;
  cleanedText: string;
  candidates: Candidate[];
  setAside: SetAside[];
  /** Sentences with a reporting verb that produced no candidate at all, and why: for the reviewer to look at. */
  notUnderstood: NotUnderstood[];
}

export interface NotUnderstood {
  key: string;
  /** Offsets in code points into the raw text, like a candidate's evidence. */
  evidence: Evidence;
  verb: string;
  reason: string;
}
