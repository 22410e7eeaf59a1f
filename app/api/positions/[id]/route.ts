import type { NextRequest } from "next/server";
import { readRoute } from "../../_lib/handler";
import { recordBody } from "../../_lib/read-api";

export const dynamic = "force-dynamic";

/** GET /api/positions/{id}: one record as its page shows it, with its related records (RecordDetail);
 * with `asof`, also its values at that moment. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return readRoute(request, (db, search) => recordBody(db, id, search));
}
