/**
 * What the records table shows of one row, already formatted on the server: the client table receives only
 * this (the excerpt rather than the whole statement, labels rather than codes), so the page's payload stays
 * small whatever the statements' length.
 */
import type { PositionRow } from "@/db/queries/positions";
import { formatPreciseDate } from "./dates";
import { excerptAround, findMatches, splitByRanges } from "./fts-query";
import { EVENT_KIND_LABELS, MODE_LABELS, POSITION_STATUS_LABELS, stanceLabel } from "./labels";

/** Coded stances shown per row; the rest are counted ("+2 more"). */
export const STANCES_SHOWN = 3;
/** Characters of statement text shown around the first match. */
export const EXCERPT_LENGTH = 240;

export interface TableRow {
  publicId: string;
  date: string;
  /** Native name if known, else the name; null when the attribution is unresolved. */
  speaker: string | null;
  speakerIsNative: boolean;
  /** The attribution as written, for unresolved rows ("" otherwise). */
  attribution: string;
  role: string | null;
  organization: string | null;
  topics: { name: string; path: string }[];
  event: string | null;
  /** "UN Security Council open debate · US". */
  eventDetail: string;
  mode: string;
  stances: { label: string; value: string }[];
  moreStances: number;
  /** The excerpt as alternating plain and matching pieces, plain first (possibly ""), ellipses included. */
  excerpt: string[];
  annotations: number;
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

export function toTableRow(row: PositionRow, searchGroups: readonly (readonly string[])[]): TableRow {
  const coded = row.stances.filter((s) => s.status !== "not_addressed");
  return {
    publicId: row.publicId,
    date: formatPreciseDate({ start: row.dateStart, end: row.dateEnd, precision: row.datePrecision }),
    speaker: row.speakerName ? (row.speakerNativeName ?? row.speakerName) : null,
    speakerIsNative: !!row.speakerName && !!row.speakerNativeName,
    attribution: row.speakerName ? "" : row.attributionText,
    role: row.roleTitle,
    organization: row.organizationName,
    topics: row.topics.map((t) => ({ name: t.name, path: t.path })),
    event: row.eventName,
    eventDetail: [row.eventKind ? EVENT_KIND_LABELS[row.eventKind] : "", row.eventCountry ?? ""]
      .filter((x) => x !== "")
      .join(" · "),
    mode: MODE_LABELS[row.mode],
    stances: coded.slice(0, STANCES_SHOWN).map((s) => ({
      label: s.label,
      value:
        s.status === "stated" && s.stance !== null ? stanceLabel(s.stance) : POSITION_STATUS_LABELS[s.status],
    })),
    moreStances: Math.max(0, coded.length - STANCES_SHOWN),
    excerpt: excerptPieces(row.text, searchGroups),
    annotations: row.annotationCount,
  };
}
