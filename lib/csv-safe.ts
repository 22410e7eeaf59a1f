/**
 * CSV for spreadsheets: the export's column definitions (stable header names, documented in README "Export
 * columns"; the bulk import reads the same headers) and formula neutralisation, so a cell such as
 * `=HYPERLINK(...)` taken from a scraped text is shown as text by Excel, LibreOffice and Google Sheets instead
 * of being evaluated.
 */
import type { DatePrecision, EventKind, StatementMode } from "@/db/schema";

/** UTF-8 byte order mark: without it Excel reads UTF-8 as a legacy code page and mangles diacritics. */
export const UTF8_BOM = "\uFEFF";

// A spreadsheet treats these as the start of a formula; also tab and CR (OWASP "CSV injection").
const FORMULA_START = /^[\s]*[=+\-@\t\r]/;

/** Prefixes a formula-like cell with an apostrophe, which spreadsheets show as text and hide. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One RFC 4180 field: quoted when it holds a quote, comma or line break. Formula-like cells are neutralised. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "number" ? String(value) : neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line, CRLF-terminated as RFC 4180 asks. */
export function csvLine(values: readonly (string | number | null | undefined)[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}

/** A position record as exported (one row of the positions view, all of its data, no presentation). */
export interface PositionExportRow {
  publicId: string;
  dateStart: string | null;
  dateEnd: string | null;
  datePrecision: DatePrecision;
  speakerSlug: string | null;
  speakerName: string | null;
  speakerNativeName: string | null;
  attributionText: string;
  attributionStatus: "resolved" | "unresolved";
  roleTitle: string | null;
  organizationName: string | null;
  eventSlug: string | null;
  eventName: string | null;
  eventKind: EventKind | null;
  eventCountry: string | null;
  mode: StatementMode;
  /** Topic paths, e.g. "cyber-security/cybercrime". */
  topics: string[];
  /** Short summary of coded stances: "Sovereignty as basis of cooperation: +2; ...". */
  stanceSummary: string;
  text: string;
  sourceTitle: string;
  sourceUrl: string | null;
  annotationCount: number;
}

interface ExportColumn {
  /** Stable header name; never renamed (reports and the bulk import rely on it). */
  header: string;
  description: string;
  value: (row: PositionExportRow) => string | number | null;
}

/** The export columns, in order. README "Export columns" lists them; the bulk import reuses the headers. */
export const POSITION_EXPORT_COLUMNS = [
  { header: "public_id", description: "Permalink id: /positions/<public_id>", value: (r) => r.publicId },
  { header: "date_start", description: "First possible day, YYYY-MM-DD", value: (r) => r.dateStart },
  { header: "date_end", description: "Last possible day, YYYY-MM-DD", value: (r) => r.dateEnd },
  {
    header: "date_precision",
    description: "day, month, year, range or unknown",
    value: (r) => r.datePrecision,
  },
  { header: "speaker_slug", description: "Person id; empty when unresolved", value: (r) => r.speakerSlug },
  { header: "speaker", description: "Name as in English sources", value: (r) => r.speakerName },
  {
    header: "speaker_native",
    description: "Name with diacritics, where known",
    value: (r) => r.speakerNativeName,
  },
  {
    header: "attribution_text",
    description: "The attributing words as written",
    value: (r) => r.attributionText,
  },
  {
    header: "attribution_status",
    description: "resolved or unresolved",
    value: (r) => r.attributionStatus,
  },
  { header: "role", description: "Post held at the time", value: (r) => r.roleTitle },
  { header: "organization", description: "Organisation of that post", value: (r) => r.organizationName },
  { header: "event_slug", description: "Event id", value: (r) => r.eventSlug },
  { header: "event", description: "Event or venue name", value: (r) => r.eventName },
  { header: "event_kind", description: "Event kind (schema value)", value: (r) => r.eventKind },
  {
    header: "country",
    description: "Country of the event, ISO 3166-1 alpha-2",
    value: (r) => r.eventCountry,
  },
  { header: "mode", description: "direct_quote, paraphrase or summary", value: (r) => r.mode },
  { header: "topics", description: "Topic paths separated by '; '", value: (r) => r.topics.join("; ") },
  { header: "stance_summary", description: "Coded positions, '; '-separated", value: (r) => r.stanceSummary },
  { header: "text", description: "The statement as displayed", value: (r) => r.text },
  { header: "source_title", description: "Title of the source", value: (r) => r.sourceTitle },
  { header: "source_url", description: "URL of the source", value: (r) => r.sourceUrl },
  {
    header: "annotation_count",
    description: "Annotations (not deleted)",
    value: (r) => r.annotationCount,
  },
] as const satisfies readonly ExportColumn[];

export type PositionExportHeader = (typeof POSITION_EXPORT_COLUMNS)[number]["header"];

export const POSITION_EXPORT_HEADERS: readonly PositionExportHeader[] = POSITION_EXPORT_COLUMNS.map(
  (c) => c.header,
);

export function positionCsvHeader(): string {
  return csvLine(POSITION_EXPORT_HEADERS);
}

export function positionCsvLine(row: PositionExportRow): string {
  return csvLine(POSITION_EXPORT_COLUMNS.map((c) => c.value(row)));
}

/** The same row as a JSON object keyed by the CSV headers, so both formats read alike. */
export function positionJsonRecord(
  row: PositionExportRow,
): Record<PositionExportHeader, string | number | null> {
  const record = {} as Record<PositionExportHeader, string | number | null>;
  for (const c of POSITION_EXPORT_COLUMNS) record[c.header] = c.value(row);
  return record;
}
