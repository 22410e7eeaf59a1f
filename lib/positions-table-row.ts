/**
 * What the records table shows of one row, formatted once on the server (the excerpt rather than the whole
 * statement, labels rather than codes), so the page stays small whatever the statements' length.
 */
import { formatPreciseDate } from "./dates";
import type { DatePrecision, EventKind, PositionStatus, StatementMode } from "./domain";
import { excerptAround, findMatches, splitByRanges } from "./fts-query";
import { EVENT_KIND_LABELS, MODE_LABELS, POSITION_STATUS_LABELS, stanceLabel } from "./labels";
import type { ColumnKey } from "./positions-view";

/** Column headers, shared by the table and its column chooser. */
export const COLUMN_LABELS: Record<ColumnKey, string> = {
  date: "Date",
  speaker: "Speaker",
  excerpt: "Statement",
  post: "Role · organisation",
  role: "Role at the time",
  organization: "Organisation",
  topics: "Topics",
  event: "Event / venue",
  mode: "Mode",
  stance: "Stance",
  annotations: "Notes",
};

/** Topic names shown per row; the rest are counted ("+2"). */
export const TOPICS_SHOWN = 2;

/** Coded stances shown per row; the rest are counted ("+2 more"). */
export const STANCES_SHOWN = 3;
/** Characters of statement text shown around the first match. */
export const EXCERPT_LENGTH = 240;

/** Fields that would be empty are left out: each row's keys are repeated in the page's payload. */
export interface TableRow {
  publicId: string;
  date: string;
  /** Native name if known, else the name; absent when the attribution is unresolved. */
  speaker?: string;
  /** The speaker is named in Vietnamese (lang="vi"). */
  vi?: true;
  /** The attribution as written, for unresolved rows. */
  attribution?: string;
  role?: string;
  organization?: string;
  /** Topic names. */
  topics: string[];
  event?: string;
  /** "UN Security Council open debate · US". */
  eventDetail?: string;
  mode: string;
  stances?: { label: string; value: string }[];
  moreStances?: number;
  /** The excerpt as alternating plain and matching pieces, plain first (possibly ""), ellipses included. */
  excerpt: string[];
  /** With a search: where it matched, in words ("statement, speaker"). */
  matchedIn?: string;
  annotations: number;
  /**
   * In a view `asof` a moment: the moment, so the record's link opens it as it stood then, and whether it has been
   * edited since (it is listed by its values now).
   */
  asof?: { at: string; editedSince: boolean };
}

function excerptPieces(text: string, groups: readonly (readonly string[])[]): string[] {
  const excerpt = excerptAround(text, findMatches(text, groups), EXCERPT_LENGTH);
  const pieces: string[] = [];
  for (const part of splitByRanges(excerpt.text, excerpt.ranges)) {
    // Keep plain pieces at even indices: two plain (or two matching) pieces in a row are merged.
    const wantMatch = pieces.length % 2 === 1;
    if (part.match === wantMatch) pieces.push(part.text);
    else if (pieces.length > 0) pieces[pieces.length - 1] += part.text;
    else pieces.push("", part.text);
  }
  if (pieces.length === 0) pieces.push("");
  if (excerpt.truncatedStart) pieces[0] = `… ${pieces[0]}`;
  if (excerpt.truncatedEnd) {
    if (pieces.length % 2 === 0) pieces.push(" …");
    else pieces[pieces.length - 1] += " …";
  }
  return pieces;
}

/** The fields a search looks in, by weight (db/queries/positions-rank.ts ranks and reports matches by them). */
export const MATCH_FIELDS = ["text", "speaker", "role", "event", "source"] as const;
export type MatchField = (typeof MATCH_FIELDS)[number];

/** What the table reads of a record: the columns of db/queries/position-rows.ts's PositionRow it formats. */
export interface TableSourceRow {
  publicId: string;
  dateStart: string | null;
  dateEnd: string | null;
  datePrecision: DatePrecision;
  text: string;
  mode: StatementMode;
  annotationCount: number;
  speakerName: string | null;
  speakerNativeName: string | null;
  attributionText: string;
  roleTitle: string | null;
  organizationName: string | null;
  eventName: string | null;
  eventKind: EventKind | null;
  eventCountry: string | null;
  topics: readonly { name: string }[];
  stances: readonly { label: string; status: PositionStatus; stance: number | null }[];
}

/** The searched fields in the table's words. */
export const MATCH_FIELD_LABELS: Record<MatchField, string> = {
  text: "statement",
  speaker: "speaker",
  role: "role",
  event: "event",
  source: "source title",
};

export function toTableRow(
  row: TableSourceRow,
  searchGroups: readonly (readonly string[])[],
  matchedIn?: readonly MatchField[],
): TableRow {
  const coded = row.stances.filter((s) => s.status !== "not_addressed");
  const out: TableRow = {
    publicId: row.publicId,
    date: formatPreciseDate({ start: row.dateStart, end: row.dateEnd, precision: row.datePrecision }),
    topics: row.topics.map((t) => t.name),
    mode: MODE_LABELS[row.mode],
    excerpt: excerptPieces(row.text, searchGroups),
    annotations: row.annotationCount,
  };
  if (matchedIn && matchedIn.length > 0)
    out.matchedIn = matchedIn.map((f) => MATCH_FIELD_LABELS[f]).join(", ");
  if (row.speakerName) {
    out.speaker = row.speakerNativeName ?? row.speakerName;
    if (row.speakerNativeName) out.vi = true;
  } else out.attribution = row.attributionText;
  if (row.roleTitle) out.role = row.roleTitle;
  if (row.organizationName) out.organization = row.organizationName;
  if (row.eventName) {
    out.event = row.eventName;
    const detail = [row.eventKind ? EVENT_KIND_LABELS[row.eventKind] : "", row.eventCountry ?? ""]
      .filter((x) => x !== "")
      .join(" · ");
    if (detail) out.eventDetail = detail;
  }
  if (coded.length > 0) {
    out.stances = coded.slice(0, STANCES_SHOWN).map((s) => ({
      label: s.label,
      value:
        s.status === "stated" && s.stance !== null ? stanceLabel(s.stance) : POSITION_STATUS_LABELS[s.status],
    }));
    if (coded.length > STANCES_SHOWN) out.moreStances = coded.length - STANCES_SHOWN;
  }
  return out;
}
