import type { NextRequest } from "next/server";
import { databasePath } from "@/db/client";
import { openRecordsSnapshot } from "@/db/queries/export";
import { listViewIds } from "@/db/queries/positions";
import { errorResponse } from "@/lib/api-http";
import { parseView } from "@/lib/positions-view";
import { authorize } from "../../../_server/current-user";
import { exportFormat } from "../../../_server/records-export";
import { snapshotExportResponse } from "../../../_server/records-snapshot-export";

export const dynamic = "force-dynamic";

/**
 * GET /api/positions/export?<view params>&format=csv|json: every record of the view (all pages, the view's
 * order), streamed from one read snapshot, in the record columns of lib/records-format.ts (README "Record
 * columns"), which the bulk import on /import reads back.
 */
export async function GET(request: NextRequest) {
  const gate = await authorize("records:read", request);
  if (!gate.ok) return errorResponse(gate.status, gate.error);
  const format = exportFormat(request.nextUrl.searchParams);
  if (!format) return errorResponse(400, "format must be csv or json");
  const { view } = parseView(request.nextUrl.searchParams);
  // The view's ids are read inside the snapshot too, so they and the rows describe the same state.
  const snapshot = openRecordsSnapshot(databasePath(), (db) => listViewIds(db, view));
  return snapshotExportResponse(request, snapshot, format, "positions");
}
