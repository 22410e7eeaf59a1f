import type { NextRequest } from "next/server";
import { authorize } from "@/app/_server/current-user";
import { getDb } from "@/db/client";
import { getVisibleSavedView, markSavedViewOpened } from "@/db/queries/saved-views";

export const dynamic = "force-dynamic";

// A relative Location: behind a proxy or on 127.0.0.1 the request's own origin may name another host, whose
// cookies the browser would not send.
function to(_request: NextRequest, path: string): Response {
  return new Response(null, { status: 303, headers: { Location: path, "Cache-Control": "no-store" } });
}

/**
 * GET /views/<id>/open: marks the view opened now for this user (its "new or changed" count starts again) and
 * redirects to its URL. Marking is a write, so it needs a request from this site's own pages: a link from
 * another site or a typed address lands on /views instead, with nothing changed.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id: raw } = await params;
  const gate = await authorize("views:write", request);
  if (!gate.ok) {
    if (gate.reason === "unauthenticated")
      return to(request, `/sign-in?next=${encodeURIComponent(`/views/${raw}/open`)}`);
    return to(request, `/views?notice=${gate.reason === "cross-origin" ? "open-here" : "forbidden"}`);
  }
  const user = gate.user;
  if (!user) return to(request, `/sign-in?next=${encodeURIComponent(`/views/${raw}/open`)}`);
  const id = /^[1-9][0-9]{0,15}$/.test(raw) ? Number(raw) : null;
  const db = getDb();
  const view = id !== null ? getVisibleSavedView(db, user.id, id) : undefined;
  if (!view || id === null) return to(request, "/views?notice=not-found");
  markSavedViewOpened(db, user.id, id);
  return to(request, view.url);
}
