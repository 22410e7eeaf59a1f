import type { NextRequest } from "next/server";
import { feedRoute, positionsFeed } from "../_lib/feeds";

export const dynamic = "force-dynamic";

/** GET /feeds/positions?<table query>: the view's 50 newest records (by statement date) as Atom. */
export async function GET(request: NextRequest) {
  return feedRoute(request, positionsFeed);
}
