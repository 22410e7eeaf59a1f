import { databasePath } from "@/db/client";
import { openRecordsSnapshot } from "@/db/queries/export";
import { errorResponse } from "@/lib/api-http";
import { authorize } from "../../_server/current-user";
import { exportFormat } from "../../_server/records-export";
import { snapshotExportResponse } from "../../_server/records-snapshot-export";

export const dynamic = "force-dynamic";

/**
 * GET /import/export?format=csv|json: every record, in the same format as /api/positions/export, but in permalink
 * order rather than a view's: the order of a view breaks ties by internal row id, which an import into another
 * database does not preserve, while permalink order makes export -> import -> export give the identical file.
 */
export async function GET(request: Request): Promise<Response> {
  const gate = await authorize("records:read", request);
  if (!gate.ok) return errorResponse(gate.status, gate.error);
  const format = exportFormat(new URL(request.url).searchParams);
  if (!format) return errorResponse(400, "format must be csv or json");
  return snapshotExportResponse(
    request,
    openRecordsSnapshot(databasePath(), () => null),
    format,
    "positions-records",
  );
}
