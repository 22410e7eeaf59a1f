import type { NextRequest } from "next/server";
import { readRoute } from "../_lib/handler";
import { timelineBody } from "../_lib/read-api";

export const dynamic = "force-dynamic";

/** GET /api/timeline?<timeline params>: the marks or bins /timeline draws, as JSON (Timeline). */
export async function GET(request: NextRequest) {
  return readRoute(request, timelineBody);
}
