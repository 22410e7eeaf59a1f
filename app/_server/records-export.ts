import type { Db } from "@/db/client";
import { iterateRecordRows } from "@/db/queries/import";
import { encodeRecords } from "@/lib/records-format";

/** Rows encoded per pull: keeps each chunk small and lets other requests use the connection in between. */
const ROWS_PER_CHUNK = 250;

/** The export format asked for: csv (the default) or json; anything else is refused with a 400. */
export function exportFormat(searchParams: URLSearchParams): "csv" | "json" | null {
  const format = searchParams.get("format") ?? "csv";
  return format === "csv" || format === "json" ? format : null;
}

/**
 * The one export response: these records (by internal id, in this order) in the format of lib/records-format.ts,
 * streamed as they are read in batches. Both /api/positions/export (a view) and /import/export (everything) use it,
 * so their files differ only in which records they hold and in what order.
 */
export function recordsExportResponse(
  db: Db,
  ids: readonly number[],
  format: "csv" | "json",
  filename: string,
): Response {
  const pieces = encodeRecords(iterateRecordRows(db, ids), format);
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      let chunk = "";
      for (let i = 0; i < ROWS_PER_CHUNK; i++) {
        const next = pieces.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += next.value;
      }
      controller.enqueue(encoder.encode(chunk));
    },
    cancel() {
      pieces.return(undefined);
    },
  });
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}-${stamp}.${format}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
