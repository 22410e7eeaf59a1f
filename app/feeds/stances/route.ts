import type { NextRequest } from "next/server";
import { feedRoute, stancesFeed } from "../_lib/feeds";

export const dynamic = "force-dynamic";

/** GET /feeds/stances: see app/feeds/_lib/feeds.ts. */
export async function GET(request: NextRequest) {
  return feedRoute(request, stancesFeed);
}
