import { z } from "zod";
import { dateRangeProblem } from "@/lib/date-rule";
import { isValidIsoDate } from "@/lib/dates";
import {
  ATTRIBUTION_KINDS,
  ATTRIBUTION_STATUSES,
  DATE_BASES,
  DATE_PRECISIONS,
  STATEMENT_MODES,
} from "@/lib/domain";

/**
 * The one column set of position records, shared by every export and the bulk import: the positions table's export
 * (`/api/positions/export`, the rows of a view) and the whole-collection export (`/import/export`). One row per
 * record; every column is text in CSV (topics joined with "; "), typed in JSON. Columns marked informational are
 * written on export for readers and ignored on import (the database is the truth for them); they may be missing
 * from an imported file. README "Record columns" documents this table.
 */
export const RECORD_COLUMNS = [
  {
    key: "public_id",
    doc: "the record's permalink id, /positions/<public_id> (10 characters from abcdefghjkmnpqrstvwxyz23456789)",
  },
  { key: "source_sha256", doc: "SHA-256 of the source's raw text: identifies the source, which must exist" },
  { key: "source_url", doc: "the source's URL", informational: true },
  { key: "source_title", doc: "the source's title", informational: true },
  { key: "evidence_start", doc: "evidence start, Unicode code points into the source's raw text" },
  { key: "evidence_end", doc: "evidence end (exclusive), code points" },
  { key: "evidence_text", doc: "the raw passage; must equal that slice of the source" },
  { key: "text", doc: "the statement as displayed" },
  { key: "language", doc: "language of the text, e.g. en" },
  {
    key: "person_slug",
    doc: "the speaker (a known person's slug); empty when the attribution is unresolved",
  },
  { key: "speaker", doc: "the speaker's name as in English-language sources", informational: true },
  { key: "speaker_native", doc: "the speaker's name with diacritics, where known", informational: true },
  { key: "role_title", doc: "the post held, as written; matched to the person's roles or added" },
  { key: "role_rank", doc: "rank spelt out, if any" },
  { key: "organization", doc: "the organisation of that post", informational: true },
  { key: "event_slug", doc: "the event (a known event's slug), or empty" },
  { key: "event_name", doc: "the event's or venue's name", informational: true },
  { key: "event_kind", doc: "the event's kind (schema value, e.g. unsc_open_debate)", informational: true },
  { key: "country", doc: "the event's country, ISO 3166-1 alpha-2", informational: true },
  { key: "attribution_text", doc: "the attributing words as written" },
  { key: "attribution_kind", doc: ATTRIBUTION_KINDS.join(" | ") },
  { key: "attribution_status", doc: ATTRIBUTION_STATUSES.join(" | ") },
  { key: "attribution_note", doc: "why it resolves to the speaker, or why not" },
  { key: "date_start", doc: "YYYY-MM-DD, first possible day; empty when unknown" },
  { key: "date_end", doc: "YYYY-MM-DD, last possible day; empty when unknown" },
  { key: "date_precision", doc: DATE_PRECISIONS.join(" | ") },
  { key: "date_basis", doc: DATE_BASES.join(" | ") },
  { key: "date_note", doc: "required when the date is inferred" },
  { key: "mode", doc: STATEMENT_MODES.join(" | ") },
  { key: "topics", doc: 'topic slugs; in CSV joined with "; "' },
  {
    key: "stance_summary",
    doc: 'coded positions, "; "-separated ("Label: +2 strongly supports")',
    informational: true,
  },
  { key: "annotation_count", doc: "annotations, not counting deleted ones", informational: true },
] as const satisfies readonly { key: string; doc: string; informational?: true }[];

export type RecordColumn = (typeof RECORD_COLUMNS)[number]["key"];
export const COLUMN_KEYS: RecordColumn[] = RECORD_COLUMNS.map((c) => c.key);
export const INFORMATIONAL_COLUMNS: ReadonlySet<RecordColumn> = new Set(
  RECORD_COLUMNS.filter((c) => "informational" in c).map((c) => c.key),
);
/** The columns an imported file must have. */
export const REQUIRED_COLUMNS: RecordColumn[] = COLUMN_KEYS.filter((k) => !INFORMATIONAL_COLUMNS.has(k));

export const PUBLIC_ID_ALPHABET = "abcdefghjkmnpqrstvwxyz23456789";
const PUBLIC_ID_RE = new RegExp(`^[${PUBLIC_ID_ALPHABET}]{10}$`);

/** Rows an imported file may hold (its size in bytes is MAX_IMPORT_BYTES, lib/upload-limits.ts). */
export const MAX_IMPORT_ROWS = 5000;

const optionalText = z.string().nullable();
// Informational values are kept as given (so a parsed file writes back identically) but never rejected.
const info = z.string().nullable().catch(null);
const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a slug: lower-case letters, digits and hyphens");
const isoDate = z.string().refine(isValidIsoDate, "must be a real date, YYYY-MM-DD");

export const recordSchema = z
  .object({
    public_id: z.string().regex(PUBLIC_ID_RE, `must be 10 characters from ${PUBLIC_ID_ALPHABET}`),
    source_sha256: z.string().regex(/^[0-9a-f]{64}$/, "must be 64 lower-case hex digits"),
    source_url: info,
    source_title: info,
    evidence_start: z.number().int("must be a whole number").min(0, "must be 0 or more"),
    evidence_end: z.number().int("must be a whole number").min(1, "must be 1 or more"),
    evidence_text: z.string().min(1, "is required"),
    text: z.string().refine((s) => s.trim().length > 0, "is required"),
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)?$/, "must be a language code such as en"),
    person_slug: slug.nullable(),
    speaker: info,
    speaker_native: info,
    role_title: optionalText,
    role_rank: optionalText,
    organization: info,
    event_slug: slug.nullable(),
    event_name: info,
    event_kind: info,
    country: info,
    attribution_text: z.string().min(1, "is required"),
    attribution_kind: z.enum(ATTRIBUTION_KINDS, { error: `must be one of ${ATTRIBUTION_KINDS.join(", ")}` }),
    attribution_status: z.enum(ATTRIBUTION_STATUSES, {
      error: `must be one of ${ATTRIBUTION_STATUSES.join(", ")}`,
    }),
    attribution_note: optionalText,
    date_start: isoDate.nullable(),
    date_end: isoDate.nullable(),
    date_precision: z.enum(DATE_PRECISIONS, { error: `must be one of ${DATE_PRECISIONS.join(", ")}` }),
    date_basis: z.enum(DATE_BASES, { error: `must be one of ${DATE_BASES.join(", ")}` }),
    date_note: optionalText,
    mode: z.enum(STATEMENT_MODES, { error: `must be one of ${STATEMENT_MODES.join(", ")}` }),
    topics: z.array(slug),
    stance_summary: info,
    annotation_count: z.number().int().min(0).nullable().catch(null),
  })
  .superRefine((r, ctx) =>
    crossFieldIssues(r, (path, message) => ctx.addIssue({ code: "custom", path: [path], message })),
  );

/**
 * The rules between columns. Zod runs a refinement only once every column is valid, so validate() also runs these
 * on a row that failed: a file's every problem is reported at once, not one class per upload. Each rule looks
 * only at columns that hold the right type.
 */
export function crossFieldIssues(
  r: Record<string, unknown>,
  issue: (path: RecordColumn, message: string) => void,
): void {
  const { evidence_start: start, evidence_end: end, attribution_status: status, person_slug: person } = r;
  if (typeof start === "number" && typeof end === "number" && end <= start)
    issue("evidence_end", "must be after evidence_start");
  const hasPerson = typeof person === "string" && person !== "";
  if (status === "resolved" && !hasPerson)
    issue(
      "person_slug",
      "is empty, but attribution_status is resolved: name the speaker's person, or mark it unresolved",
    );
  if (status === "unresolved" && hasPerson)
    issue(
      "person_slug",
      "names a person, but attribution_status is unresolved: mark it resolved, or leave it empty",
    );
  if (typeof r.role_title === "string" && r.role_title && !hasPerson) issue("role_title", "needs a person");
  const dateOrNull = (v: unknown) =>
    v === null || v === undefined || (typeof v === "string" && isValidIsoDate(v));
  if (
    (DATE_PRECISIONS as readonly unknown[]).includes(r.date_precision) &&
    (DATE_BASES as readonly unknown[]).includes(r.date_basis) &&
    dateOrNull(r.date_start) &&
    dateOrNull(r.date_end)
  )
    checkDate(
      {
        date_start: (r.date_start as string | null | undefined) ?? null,
        date_end: (r.date_end as string | null | undefined) ?? null,
        date_precision: r.date_precision as RecordRow["date_precision"],
        date_basis: r.date_basis as RecordRow["date_basis"],
        date_note: typeof r.date_note === "string" ? r.date_note : null,
      },
      issue,
    );
}

/** The same rules as the database's CHECK constraints on dates, with reasons a person can act on. */
export function checkDate(
  r: Pick<RecordRow, "date_start" | "date_end" | "date_precision" | "date_basis" | "date_note">,
  issue: (path: "date_start" | "date_end" | "date_basis" | "date_note", message: string) => void,
) {
  if (r.date_precision === "unknown") {
    if (r.date_start || r.date_end) issue("date_start", "must be empty when the precision is unknown");
    if (r.date_basis !== "unknown") issue("date_basis", "must be unknown when the precision is unknown");
    return;
  }
  if (!r.date_start || !r.date_end) {
    issue(r.date_start ? "date_end" : "date_start", `is required for precision ${r.date_precision}`);
    return;
  }
  if (r.date_basis === "unknown") issue("date_basis", "must be stated or inferred when there is a date");
  if (r.date_basis === "inferred" && !r.date_note?.trim())
    issue("date_note", "must give the reason for an inferred date");
  const problem = dateRangeProblem(r.date_start, r.date_end, r.date_precision);
  if (problem) issue(problem.field === "start" ? "date_start" : "date_end", problem.message);
}

export type RecordRow = z.infer<typeof recordSchema>;

export interface RowError {
  /** 1-based data row number (the CSV header is row 0). */
  row: number;
  column: string | null;
  message: string;
}

/**
 * A file's row: the record when it is valid, else its problems and, when it was an object, its cells as read, so
 * the import can still check what they refer to (an unknown person as well as a malformed date).
 */
export interface ParsedRow {
  row: number;
  record: RecordRow | null;
  errors: RowError[];
  cells: Record<string, unknown> | null;
}

export type ParseOutcome = { ok: true; rows: ParsedRow[] } | { ok: false; error: string };

/** What kind of problem a row error is, by its column: the import page groups a file's problems by it. */
export function problemKind(column: string | null): string {
  if (column === null) return "Row structure";
  if (column === "public_id") return "Record ids and duplicates";
  if (column.startsWith("date_")) return "Dates";
  if (column === "person_slug" || column.startsWith("attribution_") || column === "role_title")
    return "Speaker and attribution";
  if (column === "source_sha256" || column.startsWith("evidence_") || column === "text")
    return "Source, evidence and text";
  if (column === "event_slug") return "Events";
  if (column === "topics") return "Topics";
  return "Other columns";
}
