"use client";

import { type RowClasses, tableBodyHtml } from "@/lib/positions-table-html";
import type { TableRow } from "@/lib/positions-table-row";
import type { ColumnKey } from "@/lib/positions-view";

/**
 * The table's rows. A client component so that the page's flight payload carries the rows once, as compact
 * data, next to their HTML; and the rows are one escaped string rather than React elements, so neither the
 * server nor the browser renders a thousand elements per page (lib/positions-table-html.ts).
 */
export function TableRows({
  rows,
  columns,
  selected,
  classes,
}: {
  rows: TableRow[];
  columns: ColumnKey[];
  selected: string[];
  classes: RowClasses;
}) {
  return (
    <tbody
      // biome-ignore lint/security/noDangerouslySetInnerHtml: every value is escaped by tableBodyHtml
      dangerouslySetInnerHTML={{ __html: tableBodyHtml(rows, columns, new Set(selected), classes) }}
    />
  );
}
