/**
 * Editing and merging events (issue 12): name, kind, place, organiser, slug and the date at its precision,
 * validated here and written with an append-only revision (db/queries/event-edit.ts). Pure: no framework, no
 * database. The date follows the one rule (lib/date-rule.ts) through dateProblems, as records' dates do.
 */
import { z } from "zod";
import { formatPreciseDate } from "./dates";
import {
  DATE_BASES,
  DATE_PRECISIONS,
  type DateBasis,
  type DatePrecision,
  EVENT_KINDS,
  type EventKind,
} from "./domain";
import { optionalText, versionField as version } from "./input-fields";
import { EVENT_KIND_LABELS } from "./labels";
import { dateProblems } from "./record-edit";

const slug = z.string().regex(/^[a-z0-9-]{1,200}$/, "Lower-case letters, digits and hyphens only.");
/** What an event revision stores, and what the editor edits. */
export interface EventSnapshot {
  slug: string;
  name: string;
  kind: EventKind;
  series: string | null;
  city: string | null;
  country: string | null;
  organiser: string | null;
  dateStart: string | null;
  dateEnd: string | null;
  datePrecision: DatePrecision;
  dateBasis: DateBasis;
  dateNote: string | null;
}

const eventFields = z.object({
  slug,
  name: z.string().trim().min(1, "Name the event.").max(300, "At most 300 characters."),
  kind: z.enum(EVENT_KINDS, "Choose what kind of event it was."),
  series: optionalText(300),
  city: optionalText(120),
  country: optionalText(2)
    .transform((v) => v?.toUpperCase() ?? null)
    .refine((v) => v === null || /^[A-Z]{2}$/.test(v), "Two letters (ISO 3166-1), e.g. VN; empty if none."),
  organiser: optionalText(300),
  dateStart: optionalText(10),
  dateEnd: optionalText(10),
  datePrecision: z.enum(DATE_PRECISIONS),
  dateBasis: z.enum(DATE_BASES),
  dateNote: optionalText(2000),
});

/** Field errors of the date, as the record form gives them. */
function checkDates(v: z.infer<typeof eventFields>, ctx: z.RefinementCtx) {
  for (const [field, message] of Object.entries(dateProblems(v)))
    ctx.addIssue({ code: "custom", path: [field], message });
}

/** An edit: `currentSlug` names the event, `slug` is what it should be called from now on. */
export const updateEventInput = eventFields
  .extend({ currentSlug: slug, expectedVersion: version })
  .superRefine(checkDates);
export type UpdateEventInput = z.infer<typeof updateEventInput>;

/** A stored snapshot read back for a restore: the same rules apply as to an edit. */
export const eventSnapshotInput = eventFields.superRefine(checkDates);

export const restoreEventInput = z.object({ slug, version, expectedVersion: version });

export const mergeEventsInput = z
  .object({ survivorSlug: slug, mergedSlug: slug, survivorVersion: version, mergedVersion: version })
  .refine((v) => v.survivorSlug !== v.mergedSlug, {
    path: ["mergedSlug"],
    message: "An event cannot be merged into itself.",
  });

export interface EventChange {
  field: string;
  before: string;
  after: string;
}

const shown = (v: string | null) => v ?? "(none)";
const dateLine = (s: EventSnapshot) => {
  const date = formatPreciseDate({ start: s.dateStart, end: s.dateEnd, precision: s.datePrecision });
  return s.dateBasis === "unknown" ? date : `${date} (${s.dateBasis})`;
};

/** The fields an edit changed, each with its old and new value in words. */
export function eventChanges(before: EventSnapshot, after: EventSnapshot): EventChange[] {
  const rows: [string, string, string][] = [
    ["Name", before.name, after.name],
    ["Address", `/events/${before.slug}`, `/events/${after.slug}`],
    ["Kind", EVENT_KIND_LABELS[before.kind], EVENT_KIND_LABELS[after.kind]],
    ["Series", shown(before.series), shown(after.series)],
    ["City", shown(before.city), shown(after.city)],
    ["Country", shown(before.country), shown(after.country)],
    ["Organiser", shown(before.organiser), shown(after.organiser)],
    ["Date", dateLine(before), dateLine(after)],
    ["Date note", shown(before.dateNote), shown(after.dateNote)],
  ];
  return rows.filter(([, a, b]) => a !== b).map(([field, a, b]) => ({ field, before: a, after: b }));
}
