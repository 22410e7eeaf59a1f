import type { NextRequest } from "next/server";
import { errorResponse } from "@/lib/api-http";
import { parseRecords } from "@/lib/records-file";
import { MAX_IMPORT_BYTES, MAX_UPLOAD_BODY_BYTES, tooLargeMessage } from "@/lib/upload-limits";
import { readBoundedForm } from "../../_server/bounded-body";
import { authorize } from "../../_server/current-user";
import { runBulkImport } from "../bulk-run";
import { bulkInput } from "../input";

export const dynamic = "force-dynamic";

/**
 * POST /import/bulk (multipart: file, mode = check | import | import-valid, optional format): checks or imports a
 * CSV/JSON file of records, answering with its progress as it goes (bulk-protocol.ts, bulk-run.ts). The file is
 * refused before it is read when it is too large, and the work stops when the client goes away.
 */
export async function POST(request: NextRequest) {
  const gate = await authorize("records:import", request);
  if (!gate.ok) return errorResponse(gate.status, gate.error);
  const form = await readBoundedForm(request, MAX_UPLOAD_BODY_BYTES);
  if (form === "too-large")
    return errorResponse(413, tooLargeMessage(MAX_IMPORT_BYTES), { file: "Too large." });
  if (form === null) return errorResponse(400, "The form was not sent correctly.");
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0)
    return errorResponse(400, "Choose a CSV or JSON file.", { file: "Choose a file." });
  if (file.size > MAX_IMPORT_BYTES)
    return errorResponse(413, tooLargeMessage(MAX_IMPORT_BYTES), { file: "Too large." });
  const options = bulkInput.safeParse({
    format: form.get("format") || (/\.json$/i.test(file.name) ? "json" : "csv"),
    mode: form.get("mode"),
  });
  if (!options.success) return errorResponse(400, "Choose what to do with the file.");
  const { mode, format } = options.data;
  const parsed = parseRecords(await file.text(), format);
  if (!parsed.ok) return errorResponse(400, parsed.error, { file: parsed.error });
  let cancelled = false;
  request.signal.addEventListener("abort", () => {
    cancelled = true;
  });
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      await runBulkImport(
        { rows: parsed.rows, mode, fileName: file.name, user: gate.user },
        (event) => controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`)),
        () => cancelled,
      );
      // A client that went away has cancelled the stream already: there is nothing left to close.
      if (!cancelled) controller.close();
    },
    cancel() {
      cancelled = true;
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "application/x-ndjson; charset=utf-8",
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
