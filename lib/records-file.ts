import { parse as parseCsv } from "csv-parse/sync";
import { csvLine, restoreCell, UTF8_BOM } from "@/lib/csv-safe";
import {
  COLUMN_KEYS,
  crossFieldIssues,
  MAX_IMPORT_ROWS,
  type ParsedRow,
  type ParseOutcome,
  REQUIRED_COLUMNS,
  type RecordColumn,
  type RecordRow,
  type RowError,
  recordSchema,
} from "./records-format";
import { MAX_IMPORT_BYTES, tooLargeMessage } from "./upload-limits";

/**
 * Records files, CSV and JSON: writing them (as an export streams them) and reading them back, checked row by row
 * against the format of lib/records-format.ts, so an export imports back unchanged.
 */

function cell(record: RecordRow, key: RecordColumn): string | number | null {
  const value = record[key];
  if (Array.isArray(value)) return value.join("; ");
  return value;
}

/** The JSON file's opening: the records follow one per line, so it can be written while the rows are read. */
export const JSON_FORMAT = { format: "positions-records", version: 2 } as const;

/**
 * A file of records, piece by piece: the one encoder of every export, streamed by the routes and joined by
 * recordsToCsv / recordsToJson. CSV is UTF-8 with a byte order mark (spreadsheets keep the diacritics), RFC 4180
 * quoting, CRLF line ends and formula-like cells neutralised; JSON is `{ format, version, columns, records }`
 * with typed values.
 */
export function* encodeRecords(records: Iterable<RecordRow>, format: "csv" | "json"): Generator<string> {
  if (format === "csv") {
    yield UTF8_BOM + csvLine(COLUMN_KEYS);
    for (const r of records) yield csvLine(COLUMN_KEYS.map((k) => cell(r, k)));
    return;
  }
  yield `${JSON.stringify({ ...JSON_FORMAT, columns: COLUMN_KEYS }).slice(0, -1)},"records":[`;
  let first = true;
  for (const r of records) {
    // Keys in column order whatever order the object was built in (a plain loop: twice as fast as fromEntries).
    const ordered: Record<string, unknown> = {};
    for (const k of COLUMN_KEYS) ordered[k] = r[k];
    yield `${first ? "\n" : ",\n"}${JSON.stringify(ordered)}`;
    first = false;
  }
  yield first ? "]}\n" : "\n]}\n";
}

export function recordsToCsv(records: Iterable<RecordRow>): string {
  return [...encodeRecords(records, "csv")].join("");
}

export function recordsToJson(records: Iterable<RecordRow>): string {
  return [...encodeRecords(records, "json")].join("");
}

/** Text cells to the typed shape the schema checks: empty is null, numbers are numbers, topics a list. */
function fromTextCells(cells: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of COLUMN_KEYS) {
    const raw = cells[key] ?? "";
    if (key === "topics") {
      out[key] = raw
        .split(";")
        .map((t) => t.trim())
        .filter(Boolean);
    } else if (key === "evidence_start" || key === "evidence_end" || key === "annotation_count") {
      out[key] = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : raw === "" ? null : raw;
    } else if (key === "evidence_text" || key === "text") {
      out[key] = raw;
    } else {
      out[key] = raw === "" ? null : raw;
    }
  }
  return out;
}

function validate(rowNumber: number, input: unknown): ParsedRow {
  const parsed = recordSchema.safeParse(input);
  if (parsed.success) return { row: rowNumber, record: parsed.data, errors: [], cells: null };
  const errors: RowError[] = parsed.error.issues.map((i) => ({
    row: rowNumber,
    column: i.path.length ? String(i.path[0]) : null,
    message: i.path.length ? `${String(i.path[0])} ${i.message}` : i.message,
  }));
  const cells = input && typeof input === "object" ? (input as Record<string, unknown>) : null;
  // Zod ran the refinement itself when the failures were only refinements (a date that is no real day); else not.
  const said = new Set(errors.map((e) => e.message));
  if (cells)
    crossFieldIssues(cells, (column, message) => {
      if (!said.has(`${column} ${message}`))
        errors.push({ row: rowNumber, column, message: `${column} ${message}` });
    });
  return { row: rowNumber, record: null, errors, cells };
}

/** Why a file with this many records is refused, if it is: none, or more than one import takes. */
function countProblem(records: number): string | null {
  if (records === 0) return "The file has no records.";
  return records > MAX_IMPORT_ROWS ? `More than ${MAX_IMPORT_ROWS} records; split the file.` : null;
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Parse and validate a CSV export. The size is checked before parsing; every row gets its errors, if any. */
export function parseRecordsCsv(text: string): ParseOutcome {
  if (byteLength(text) > MAX_IMPORT_BYTES) return { ok: false, error: tooLargeMessage(MAX_IMPORT_BYTES) };
  let table: string[][];
  try {
    table = parseCsv(text.replace(/^\uFEFF/, ""), { relax_column_count: true, skip_empty_lines: true });
  } catch (error) {
    return {
      ok: false,
      error: `Not readable as CSV: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const [header, ...body] = table;
  if (!header) return { ok: false, error: "The file is empty." };
  const missing = REQUIRED_COLUMNS.filter((k) => !header.includes(k));
  if (missing.length) return { ok: false, error: `Missing columns: ${missing.join(", ")}.` };
  const unknown = header.filter((h) => !(COLUMN_KEYS as string[]).includes(h));
  if (unknown.length) return { ok: false, error: `Unknown columns: ${unknown.join(", ")}.` };
  const count = countProblem(body.length);
  if (count) return { ok: false, error: count };
  return {
    ok: true,
    rows: body.map((cells, i) => {
      if (cells.length !== header.length) {
        return {
          row: i + 1,
          record: null,
          errors: [
            {
              row: i + 1,
              column: null,
              message: `has ${cells.length} cells, the header has ${header.length}`,
            },
          ],
          cells: null,
        };
      }
      const byKey: Record<string, string> = {};
      header.forEach((h, j) => {
        byKey[h] = restoreCell(cells[j] ?? "");
      });
      return validate(i + 1, fromTextCells(byKey));
    }),
  };
}

/** Parse and validate a JSON export ({ records: [...] } or a bare array). */
export function parseRecordsJson(text: string): ParseOutcome {
  if (byteLength(text) > MAX_IMPORT_BYTES) return { ok: false, error: tooLargeMessage(MAX_IMPORT_BYTES) };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return {
      ok: false,
      error: `Not readable as JSON: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const list = Array.isArray(data)
    ? data
    : data && typeof data === "object" && Array.isArray((data as { records?: unknown }).records)
      ? (data as { records: unknown[] }).records
      : null;
  if (!list) return { ok: false, error: 'Expected an array of records or an object with a "records" array.' };
  const count = countProblem(list.length);
  if (count) return { ok: false, error: count };
  return {
    ok: true,
    rows: list.map((item, i) => {
      if (!item || typeof item !== "object" || Array.isArray(item)) {
        return {
          row: i + 1,
          record: null,
          errors: [{ row: i + 1, column: null, message: "is not an object" }],
          cells: null,
        };
      }
      const unknown = Object.keys(item).filter((k) => !(COLUMN_KEYS as string[]).includes(k));
      const result = validate(i + 1, item);
      if (unknown.length) {
        result.errors.push({ row: i + 1, column: null, message: `unknown fields: ${unknown.join(", ")}` });
        result.record = null;
      }
      return result;
    }),
  };
}

export function parseRecords(text: string, format: "csv" | "json"): ParseOutcome {
  return format === "csv" ? parseRecordsCsv(text) : parseRecordsJson(text);
}
