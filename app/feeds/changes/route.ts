import type { NextRequest } from "next/server";
import { changesFeed, feedRoute } from "../_lib/feeds";

export const dynamic = "force-dynamic";

/** GET /feeds/changes?<table query>: new records, recodes and resolved speakers of the view, newest first, as Atom. */
export async function GET(request: NextRequest) {
  return feedRoute(request, changesFeed);
}
