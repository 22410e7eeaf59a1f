/**
 * Validation of record edits (issue 5: analysts edit position records). The rules mirror the CHECK constraints on
 * `statements` and `coded_positions` in db/schema.ts, so a bad edit gets a field error instead of a constraint
 * failure. Pure: no framework, no database.
 */
import { z } from "zod";
import {
  type AttributionStatus,
  DATE_BASES,
  DATE_PRECISIONS,
  type DateBasis,
  type DatePrecision,
  ORGANIZATION_KINDS,
  POSITION_STATUSES,
  type PositionStatus,
  STANCE_MAX,
  STANCE_MIN,
  STATEMENT_MODES,
  type StatementMode,
} from "@/lib/domain";
import { dateRangeProblem } from "./date-rule";
import { isValidIsoDate, type PreciseDate, parsePartialDate } from "./dates";
import {
  optionalText,
  recordIdField as publicId,
  slugField as slug,
  versionField as version,
} from "./input-fields";

/** One coding: a stance -2..+2 (status "stated"), or a status that is not a stance (no stance then). */
export const codingInput = z
  .object({
    proposition: slug,
    status: z.enum(POSITION_STATUSES),
    stance: z.number().int().min(STANCE_MIN).max(STANCE_MAX).nullable(),
    basis: optionalText(2000),
    note: optionalText(2000),
  })
  .superRefine((c, ctx) => {
    if (c.status === "stated" && c.stance === null)
      ctx.addIssue({ code: "custom", path: ["stance"], message: "Choose a stance from -2 to +2." });
    if (c.status !== "stated" && c.stance !== null)
      ctx.addIssue({
        code: "custom",
        path: ["stance"],
        message: "A status other than a stance has no stance.",
      });
  });
export type CodingInput = z.infer<typeof codingInput>;

/** The whole set of codings of a record: propositions not listed are uncoded (a coding is removed). */
export const setCodingsInput = z
  .object({ publicId, expectedVersion: version, codings: z.array(codingInput).max(500) })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    for (const [i, c] of v.codings.entries()) {
      if (seen.has(c.proposition))
        ctx.addIssue({ code: "custom", path: ["codings", i], message: "A proposition is coded twice." });
      seen.add(c.proposition);
    }
  });
export type SetCodingsInput = z.infer<typeof setCodingsInput>;

export interface DateFields {
  dateStart: string | null;
  dateEnd: string | null;
  datePrecision: (typeof DATE_PRECISIONS)[number];
  dateBasis: (typeof DATE_BASES)[number];
  dateNote: string | null;
}

/** The date rules of statements_dates_ck and statements_date_basis_consistent_ck, as field errors. */
export function dateProblems(d: DateFields): Partial<Record<keyof DateFields, string>> {
  const out: Partial<Record<keyof DateFields, string>> = {};
  if (d.datePrecision === "unknown") {
    if (d.dateStart !== null) out.dateStart = "Leave empty when the date is unknown.";
    if (d.dateEnd !== null) out.dateEnd = "Leave empty when the date is unknown.";
    if (d.dateBasis !== "unknown") out.dateBasis = "An unknown date has the basis “unknown”.";
    return out;
  }
  if (d.dateBasis === "unknown") out.dateBasis = "Say whether the date is stated or inferred.";
  if (d.dateBasis === "inferred" && d.dateNote === null)
    out.dateNote = "Explain how the date was inferred, so a reader can check it.";
  if (d.dateStart === null) out.dateStart = "Enter the first possible day (YYYY-MM-DD).";
  else if (!isValidIsoDate(d.dateStart)) out.dateStart = "Not a real date (YYYY-MM-DD).";
  if (d.dateEnd === null) out.dateEnd = "Enter the last possible day (YYYY-MM-DD).";
  else if (!isValidIsoDate(d.dateEnd)) out.dateEnd = "Not a real date (YYYY-MM-DD).";
  if (out.dateStart || out.dateEnd || d.dateStart === null || d.dateEnd === null) return out;
  const problem = dateRangeProblem(d.dateStart, d.dateEnd, d.datePrecision);
  if (problem) out[problem.field === "start" ? "dateStart" : "dateEnd"] = problem.message;
  return out;
}

/**
 * A person created in place, to resolve an attribution to someone not yet in the database ("President Cuong
 * said"): names as sources write them, the country, and optionally the role held, with its dates at the precision
 * known ("2024", "2024-10", "2024-10-21") and its organisation.
 */
export const newPersonInput = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Enter the name as English-language sources write it.")
    .max(200, "At most 200 characters."),
  nativeName: optionalText(200),
  country: z
    .string()
    .trim()
    .transform((v) => v.toUpperCase())
    .pipe(z.string().regex(/^[A-Z]{2}$/, "Two letters (ISO 3166-1), e.g. VN.")),
  role: z.object({
    title: optionalText(300),
    rank: optionalText(200),
    organization: slug.nullable(),
    /** An organisation not yet in the database (found by name first, so none is recorded twice). */
    newOrganization: z
      .object({
        name: z.string().trim().min(1, "Name the organisation.").max(300, "At most 300 characters."),
        kind: z.enum(ORGANIZATION_KINDS, "Choose what kind of organisation it is."),
      })
      .nullable()
      .optional()
      .transform((v) => v ?? null),
    start: optionalText(10),
    end: optionalText(10),
  }),
});
export type NewPersonInput = z.infer<typeof newPersonInput>;

const attribution = z.discriminatedUnion("status", [
  z.object({ status: z.literal("resolved"), person: slug, role: slug.nullable(), note: optionalText(2000) }),
  z.object({ status: z.literal("unresolved"), note: optionalText(2000) }),
  z.object({ status: z.literal("new_person"), person: newPersonInput, note: optionalText(2000) }),
]);

/** A role's span as roles store it: each end a day at its precision ("2024-10" starts 1 Oct, ends 31 Oct). */
export interface RoleSpan {
  startDate: string | null;
  startPrecision: PreciseDate["precision"];
  endDate: string | null;
  endPrecision: PreciseDate["precision"];
}

/** A role's start and end as typed ("2024", "2024-10", "2024-10-21", or empty), or field errors. */
export function roleSpan(
  start: string | null,
  end: string | null,
): { ok: true; span: RoleSpan } | { ok: false; errors: { start?: string; end?: string } } {
  const errors: { start?: string; end?: string } = {};
  const from = start === null ? null : parsePartialDate(start);
  const to = end === null ? null : parsePartialDate(end);
  const hint = "A date as YYYY, YYYY-MM or YYYY-MM-DD, or empty when not known.";
  if (start !== null && !from) errors.start = hint;
  if (end !== null && !to) errors.end = hint;
  if (from?.start && to?.end && from.start > to.end) errors.end = "The role cannot end before it starts.";
  if (errors.start || errors.end) return { ok: false, errors };
  return {
    ok: true,
    span: {
      startDate: from?.start ?? null,
      startPrecision: from?.precision ?? "unknown",
      endDate: to?.end ?? null,
      endPrecision: to?.precision ?? "unknown",
    },
  };
}

/** The core fields of a record: attribution, date, mode, display text, topics, event. */
export const updateRecordInput = z
  .object({
    publicId,
    expectedVersion: version,
    text: z.string().trim().min(1, "The text cannot be empty.").max(20000, "At most 20,000 characters."),
    mode: z.enum(STATEMENT_MODES),
    dateStart: optionalText(10),
    dateEnd: optionalText(10),
    datePrecision: z.enum(DATE_PRECISIONS),
    dateBasis: z.enum(DATE_BASES),
    dateNote: optionalText(2000),
    topics: z.array(slug).max(50),
    event: slug.nullable(),
    attribution,
  })
  .superRefine((v, ctx) => {
    for (const [field, message] of Object.entries(dateProblems(v)))
      ctx.addIssue({ code: "custom", path: [field], message });
    if (v.attribution.status === "unresolved" && v.attribution.note === null)
      ctx.addIssue({
        code: "custom",
        path: ["attributionNote"],
        message: "Say why the speaker cannot be identified.",
      });
    if (v.attribution.status === "new_person") {
      const role = v.attribution.person.role;
      const span = roleSpan(role.start, role.end);
      if (!span.ok)
        for (const [field, message] of Object.entries(span.errors))
          ctx.addIssue({ code: "custom", path: ["attribution", "person", "role", field], message });
      if (role.organization !== null && role.newOrganization !== null)
        ctx.addIssue({
          code: "custom",
          path: ["attribution", "person", "role", "organization"],
          message: "Choose an organisation or name a new one, not both.",
        });
      if (
        role.title === null &&
        (role.rank !== null ||
          role.organization !== null ||
          role.newOrganization !== null ||
          role.start ||
          role.end)
      )
        ctx.addIssue({
          code: "custom",
          path: ["attribution", "person", "role", "title"],
          message: "Name the post held, or leave the role's fields empty.",
        });
    }
  });
export type UpdateRecordInput = z.infer<typeof updateRecordInput>;

/** What a revision records: the editable fields and codings after the change. */
export interface RecordSnapshot {
  text: string;
  mode: StatementMode;
  dateStart: string | null;
  dateEnd: string | null;
  datePrecision: DatePrecision;
  dateBasis: DateBasis;
  dateNote: string | null;
  attributionStatus: AttributionStatus;
  attributionNote: string | null;
  person: string | null;
  role: string | null;
  event: string | null;
  topics: string[];
  codings: {
    proposition: string;
    status: PositionStatus;
    stance: number | null;
    basis: string | null;
    note: string | null;
  }[];
}

/** The core fields of an edit, with the attribution resolved or not (a person created in place is already made). */
export type CoreRecordFields = Omit<UpdateRecordInput, "publicId" | "expectedVersion" | "attribution"> & {
  attribution: Exclude<UpdateRecordInput["attribution"], { status: "new_person" }>;
};

/**
 * A record's core fields as it stands in `s`: what restoring a version writes back, and (with the note an
 * unresolved attribution must have on the form) the start of every edit made in code.
 */
export function coreFieldsOf(s: RecordSnapshot, unresolvedNote = s.attributionNote): CoreRecordFields {
  return {
    text: s.text,
    mode: s.mode,
    dateStart: s.dateStart,
    dateEnd: s.dateEnd,
    datePrecision: s.datePrecision,
    dateBasis: s.dateBasis,
    dateNote: s.dateNote,
    topics: s.topics,
    event: s.event,
    attribution:
      s.attributionStatus === "resolved" && s.person
        ? { status: "resolved", person: s.person, role: s.role, note: s.attributionNote }
        : { status: "unresolved", note: unresolvedNote },
  };
}

/**
 * The core-edit input that would save a record as it stands: the starting point of every edit made in code (tests,
 * the crash test's writer), which then changes the fields it means to change.
 */
export function updateInputFromRecord(record: {
  publicId: string;
  version: number;
  snapshot: RecordSnapshot;
}): UpdateRecordInput {
  return {
    publicId: record.publicId,
    expectedVersion: record.version,
    ...coreFieldsOf(record.snapshot, record.snapshot.attributionNote ?? "unknown"),
  };
}

/** Names of the snapshot fields that differ between two revisions (for the history list). */
export function changedFields(before: RecordSnapshot | null, after: RecordSnapshot): string[] {
  if (!before) return [];
  const keys = Object.keys(after) as (keyof RecordSnapshot)[];
  return keys.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

/** "Restore this version": the version to bring back, and the version the page showed (checked like an edit). */
export const restoreRecordInput = z.object({ publicId, expectedVersion: version, version });
export type RestoreRecordInput = z.infer<typeof restoreRecordInput>;
