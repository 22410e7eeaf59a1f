/**
 * The records table's body as one HTML string. Why not React elements: a server component's elements travel
 * twice, rendered as HTML and again, attribute by attribute, in the flight payload that hydrates the page; 50
 * rows of 8 cells made that the largest part of the page's CPU time and bytes. A string travels as one value in
 * the payload and costs one concatenation to build. Everything interpolated goes through `text` or `attr`:
 * nothing from the database reaches the markup unescaped (positions-table-html.test.ts feeds it markup).
 * Attributes use single quotes, which the payload's JSON does not have to escape.
 */
import { withAsOf } from "./asof";
import { type TableRow, TOPICS_SHOWN } from "./positions-table-row";
import type { ColumnKey } from "./positions-view";

const TEXT_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  "'": "&#39;",
  '"': "&quot;",
};

/** Escapes text for an HTML text node or a single- or double-quoted attribute value. */
export function text(value: string | number): string {
  return String(value).replace(/[&<>'"]/g, (c) => TEXT_ESCAPES[c] ?? c);
}
const attr = text;

/** The CSS module's class names the cells use. */
export interface RowClasses {
  recordId: string;
  excerpt: string;
  sub: string;
  tags: string;
  stances: string;
  clamp: string;
  none: string;
}

function excerptHtml(pieces: readonly string[]): string {
  let out = "";
  pieces.forEach((piece, i) => {
    out += i % 2 === 1 ? `<mark>${text(piece)}</mark>` : text(piece);
  });
  return out;
}

function cellHtml(column: ColumnKey, row: TableRow, c: RowClasses): string {
  const dash = `<span class='muted ${c.none}'>—</span>`;
  const recordHref = attr(withAsOf(`/positions/${row.publicId}`, row.asof?.at ?? null));
  switch (column) {
    case "date":
      return `${text(row.date)}<a href='${recordHref}' data-soft class='${c.recordId}'>${text(row.publicId)}</a>${row.asof?.editedSince ? `<span class='flag' data-testid='edited-since' title='Edited since that moment: listed as it reads now; its link shows it as it stood'>edited since</span>` : ""}`;
    case "speaker":
      if (row.speaker) return row.vi ? `<span lang='vi'>${text(row.speaker)}</span>` : text(row.speaker);
      return `<span class='flag' title='The source does not say who this is; the attribution is kept as written'>unresolved: “${text(row.attribution ?? "")}”</span>`;
    case "excerpt":
      return `<a href='${recordHref}' data-soft class='${c.excerpt}'>${excerptHtml(row.excerpt)}</a>${row.matchedIn ? `<span class='${c.sub}' data-testid='matched-in'>matched in ${text(row.matchedIn)}</span>` : ""}`;
    case "post":
      if (!row.role && !row.organization) return dash;
      return `${row.role ? text(row.role) : dash}${row.organization ? `<span class='${c.sub}'>${text(row.organization)}</span>` : ""}`;
    case "role":
      return row.role ? text(row.role) : dash;
    case "organization":
      return row.organization ? text(row.organization) : dash;
    case "topics": {
      if (row.topics.length === 0) return dash;
      const shown = row.topics.slice(0, TOPICS_SHOWN);
      const rest = row.topics.slice(TOPICS_SHOWN);
      const items = shown.map((name) => `<li>${text(name)}</li>`).join("");
      const more = rest.length > 0 ? `<li title='${attr(rest.join(", "))}'>+${rest.length} more</li>` : "";
      return `<ul class='${c.tags}'>${items}${more}</ul>`;
    }
    case "event":
      if (!row.event) return dash;
      return `<span class='${c.clamp}'>${text(row.event)}</span>${row.eventDetail ? `<span class='${c.sub}'>${text(row.eventDetail)}</span>` : ""}`;
    case "mode":
      return text(row.mode);
    case "stance": {
      if (!row.stances) return "<span class='muted'>not coded</span>";
      const items = row.stances
        .map((s) => `<li>${text(s.label)}: <strong>${text(s.value)}</strong></li>`)
        .join("");
      const more = row.moreStances ? `<li class='muted'>+${row.moreStances} more</li>` : "";
      return `<ul class='${c.stances}'>${items}${more}</ul>`;
    }
    case "annotations":
      return text(row.annotations);
  }
}

/**
 * The `<tr>`s of the table: a checkbox to select the record for comparison (ticked when `selected` holds it),
 * then one cell per column in `columns` order.
 */
export function tableBodyHtml(
  rows: readonly TableRow[],
  columns: readonly ColumnKey[],
  selected: ReadonlySet<string>,
  classes: RowClasses,
): string {
  let out = "";
  for (const row of rows) {
    const id = attr(row.publicId);
    out += `<tr data-testid='position-row' data-public-id='${id}'><td data-column='select'><input type='checkbox' data-select='${id}' aria-label='Select record ${id} for comparison'${selected.has(row.publicId) ? " checked" : ""}></td>`;
    for (const column of columns) {
      out += `<td data-column='${column}'>${cellHtml(column, row, classes)}</td>`;
    }
    out += "</tr>";
  }
  return out;
}
