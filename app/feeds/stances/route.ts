import type { NextRequest } from "next/server";
import { feedRoute, stancesFeed } from "../_lib/feeds";

export const dynamic = "force-dynamic";

/** GET /feeds/stances?speaker=<slug>|country=<XX>&proposition=<slug>: an actor's stance changes on a proposition, as Atom. */
export async function GET(request: NextRequest) {
  return feedRoute(request, stancesFeed);
}
