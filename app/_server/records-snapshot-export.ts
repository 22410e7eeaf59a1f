import type { RecordsSnapshot } from "@/db/queries/export";
import { encodeRecords } from "@/lib/records-format";

/** Bytes of encoded text per chunk: large enough that per-chunk overhead vanishes, small enough to stay flat. */
const CHUNK_CHARS = 256 * 1024;

/**
 * An export response streamed from one read snapshot (db/queries/export.ts openRecordsSnapshot): both
 * /api/positions/export (a view) and /import/export (everything) use it, so their files differ only in which
 * records they hold and in what order. Rows are read only when the client takes the previous chunk (a slow
 * client never makes the server hold the export in memory), and the snapshot's connection is released when the
 * last row is sent, when reading fails, and when the client goes away (the stream is cancelled or the request
 * aborted), whichever comes first.
 */
export function snapshotExportResponse(
  request: Request,
  snapshot: RecordsSnapshot,
  format: "csv" | "json",
  filename: string,
): Response {
  const rows: Iterable<import("@/lib/records-format").RecordRow> = { [Symbol.iterator]: () => snapshot.rows };
  const pieces = encodeRecords(rows, format);
  const encoder = new TextEncoder();
  const release = () => {
    pieces.return(undefined);
    snapshot.close();
  };
  request.signal.addEventListener("abort", release, { once: true });
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        try {
          let chunk = "";
          while (chunk.length < CHUNK_CHARS) {
            const next = pieces.next();
            if (next.done) {
              release();
              if (chunk) controller.enqueue(encoder.encode(chunk));
              controller.close();
              return;
            }
            chunk += next.value;
          }
          controller.enqueue(encoder.encode(chunk));
        } catch (error) {
          release();
          controller.error(error);
        }
      },
      cancel: release,
    },
    { highWaterMark: 0 },
  );
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
