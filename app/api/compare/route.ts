import type { NextRequest } from "next/server";
import { readRoute } from "../_lib/handler";
import { compareBody } from "../_lib/read-api";

export const dynamic = "force-dynamic";

/** GET /api/compare?<compare params>: the comparison /compare shows, as JSON (Comparison). */
export async function GET(request: NextRequest) {
  return readRoute(request, compareBody);
}
