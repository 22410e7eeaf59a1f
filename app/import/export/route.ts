import { getDb } from "@/db/client";
import { exportRecords } from "@/db/queries/import";
import { recordsToCsv, recordsToJson } from "@/lib/records-format";
import { authorize } from "../../_server/current-user";

export const dynamic = "force-dynamic";

/** Every record in the interchange format: /import/export?format=csv (default) or json. */
export async function GET(request: Request): Promise<Response> {
  const gate = await authorize("records:read", request);
  if (!gate.ok) return new Response(gate.error, { status: gate.status });
  const format = new URL(request.url).searchParams.get("format") === "json" ? "json" : "csv";
  const records = exportRecords(getDb());
  const day = new Date().toISOString().slice(0, 10);
  const body = format === "json" ? recordsToJson(records) : recordsToCsv(records);
  return new Response(body, {
    headers: {
      "content-type": format === "json" ? "application/json; charset=utf-8" : "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="positions-records-${day}.${format}"`,
      "cache-control": "no-store",
    },
  });
}
