import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { iteratePositions } from "@/db/queries/positions";
import { positionCsvHeader, positionCsvLine, positionJsonRecord, UTF8_BOM } from "@/lib/csv-safe";
import { parseView } from "@/lib/positions-view";

export const dynamic = "force-dynamic";

/** Rows encoded per pull: keeps each chunk small and lets other requests use the connection in between. */
const ROWS_PER_CHUNK = 250;

/**
 * GET /api/positions/export?<view params>&format=csv|json: every record of the view (all pages, the view's
 * order), streamed. CSV is UTF-8 with a byte order mark so spreadsheets keep the diacritics, and formula-like
 * cells are neutralised; JSON is an array of objects keyed by the same column names.
 */
export function GET(request: NextRequest) {
  const format = request.nextUrl.searchParams.get("format") ?? "csv";
  if (format !== "csv" && format !== "json") {
    return Response.json({ error: "format must be csv or json" }, { status: 400 });
  }
  const { view } = parseView(request.nextUrl.searchParams);
  const rows = iteratePositions(getDb(), view);
  const encoder = new TextEncoder();
  let started = false;
  let first = true;

  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      let chunk = "";
      if (!started) {
        started = true;
        chunk += format === "csv" ? UTF8_BOM + positionCsvHeader() : "[";
      }
      for (let i = 0; i < ROWS_PER_CHUNK; i++) {
        const next = rows.next();
        if (next.done) {
          if (format === "json") chunk += first ? "]\n" : "\n]\n";
          controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        if (format === "csv") chunk += positionCsvLine(next.value);
        else {
          chunk += `${first ? "\n" : ",\n"}${JSON.stringify(positionJsonRecord(next.value))}`;
          first = false;
        }
      }
      controller.enqueue(encoder.encode(chunk));
    },
    cancel() {
      rows.return(undefined);
    },
  });

  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="positions-${stamp}.${format}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
