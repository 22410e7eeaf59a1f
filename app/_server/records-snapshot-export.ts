import type { RecordsSnapshot } from "@/db/queries/export";
import { nextTurn } from "@/lib/admission";
import { RECORD_COUNT_HEADER } from "@/lib/export-progress";
import { encodeRecords } from "@/lib/records-file";

/** Characters of encoded text per chunk: large enough that per-chunk overhead vanishes. */
const CHUNK_CHARS = 64 * 1024;
/**
 * How long one turn of the export may hold the server's thread before the other requests get theirs: chunks are
 * encoded back to back for this long, then the export yields (lib/admission.ts nextTurn).
 */
const SLICE_MS = 10;

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
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    pieces.return(undefined);
    snapshot.close();
  };
  request.signal.addEventListener("abort", release, { once: true });
  let sliceStarted = performance.now();
  const stream = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (performance.now() - sliceStarted > SLICE_MS) {
          await nextTurn();
          sliceStarted = performance.now();
          if (released) return; // the client went away while this chunk waited its turn
        }
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
      // The export is streamed, so there is no Content-Length; this lets a client show how far it has come.
      [RECORD_COUNT_HEADER]: String(snapshot.total),
    },
  });
}
