import type { NextRequest } from "next/server";
import { readRoute } from "../_lib/handler";
import { positionsBody } from "../_lib/read-api";

export const dynamic = "force-dynamic";

/** GET /api/positions?<view params>: the same page of the same view as /positions, as JSON (PositionsPage). */
export async function GET(request: NextRequest) {
  return readRoute(request, positionsBody);
}
