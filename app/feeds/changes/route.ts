import type { NextRequest } from "next/server";
import { changesFeed, feedRoute } from "../_lib/feeds";

export const dynamic = "force-dynamic";

/** GET /feeds/changes: see app/feeds/_lib/feeds.ts. */
export async function GET(request: NextRequest) {
  return feedRoute(request, changesFeed);
}
