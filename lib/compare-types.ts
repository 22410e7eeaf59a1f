import type {
  DateBasis,
  DatePrecision,
  EventKind,
  PositionStatus,
  SourceTier,
  StatementMode,
} from "@/lib/domain";
import type { ReviewStatus } from "./review";

/** The records and sides a comparison reads (db/queries/statements.ts builds them as record cards). */

export interface CompareTopic {
  slug: string;
  name: string;
  path: string;
}

export interface CompareCodedPosition {
  propositionSlug: string;
  propositionLabel: string;
  propositionText: string;
  status: PositionStatus;
  stance: number | null;
  /** The words in the statement that carry the position. */
  basis: string | null;
  note: string | null;
  /** Where the code stands in double coding (lib/review.ts): draft, agreed, disputed or adjudicated. */
  reviewStatus: ReviewStatus;
}

/** One position record with what a comparison needs. */
export interface CompareRecord {
  publicId: string;
  text: string;
  dateStart: string | null;
  dateEnd: string | null;
  datePrecision: DatePrecision;
  /** How the date is known; absent when the caller did not load it (then nothing is claimed about it). */
  dateBasis?: DateBasis;
  /** Why an inferred date was inferred. */
  dateNote?: string | null;
  mode: StatementMode;
  speaker: { slug: string; name: string; nativeName: string | null } | null;
  attributionText: string;
  role: { title: string; rank: string | null; organization: string | null } | null;
  event: { slug: string; name: string; kind: EventKind; city: string | null } | null;
  source: { outlet: string; tier: SourceTier };
  topics: CompareTopic[];
  positions: CompareCodedPosition[];
}

/** A side of a comparison: a label ("2018", or a record's date) and its records. */
export interface CompareSide {
  label: string;
  records: CompareRecord[];
}
