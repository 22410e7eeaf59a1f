/**
 * CSV for spreadsheets, the one place that writes and reads CSV cells for record exports and imports (the column
 * set lives in lib/records-format.ts). Formula neutralisation: a cell such as `=HYPERLINK(...)` taken from a
 * scraped text is shown as text by Excel, LibreOffice and Google Sheets instead of being evaluated, and the bulk
 * import removes the mark again, so export -> import is lossless.
 */

/** UTF-8 byte order mark: without it Excel reads UTF-8 as a legacy code page and mangles diacritics. */
export const UTF8_BOM = "\uFEFF";

// A spreadsheet treats these as the start of a formula, also after leading spaces (OWASP "CSV injection"); a
// cell that already starts with an apostrophe is marked too, so that import can always remove exactly one.
const NEEDS_MARK = /^(?:\s*[=+\-@\t\r]|')/;

/** Prefixes a formula-like cell (or one starting with `'`) with an apostrophe, which spreadsheets show as text. */
export function neutraliseCell(value: string): string {
  return NEEDS_MARK.test(value) ? `'${value}` : value;
}

/** The inverse of neutraliseCell, applied by the import to every CSV cell: removes one leading apostrophe. */
export function restoreCell(value: string): string {
  return value.startsWith("'") ? value.slice(1) : value;
}

/** Any character that makes a text cell need a mark or quotes; most cells have none and are written as they are. */
const NEEDS_CARE = new RegExp(`[",\\r\\n]|${NEEDS_MARK.source}`);

/** One RFC 4180 field: quoted when it holds a quote, comma or line break. Text cells are neutralised. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  // The fast path matters: an export writes 31 cells per record, a million records at a time.
  if (!NEEDS_CARE.test(value)) return value;
  const text = neutraliseCell(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line, CRLF-terminated as RFC 4180 asks. */
export function csvLine(values: readonly (string | number | null | undefined)[]): string {
  let line = values.length > 0 ? csvField(values[0]) : "";
  for (let i = 1; i < values.length; i++) line += `,${csvField(values[i])}`;
  return `${line}\r\n`;
}
