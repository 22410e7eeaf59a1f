import type { NextRequest } from "next/server";
import { authorize, toActor } from "@/app/_server/current-user";
import { getDb } from "@/db/client";
import { listVisibleSavedViews, savedViewChanges } from "@/db/queries/saved-views";
import { errorResponse, jsonResponse } from "@/lib/api-http";
import type { SavedViewsResponse } from "@/lib/api-schemas";
import { changesFeedHref } from "@/lib/atom-links";
import { can } from "@/lib/authz";
import { savedViewTableView } from "@/lib/saved-views";
import { ignoredPart } from "@/lib/url-grammar";
import { authSettings } from "../../_server/auth";

export const dynamic = "force-dynamic";

const pageHref = (page: number) => (page === 1 ? "/api/views" : `/api/views?page=${page}`);

/**
 * GET /api/views: what /views lists for the caller (their views and the shared ones), with the same rules: a
 * private view of someone else is not there. Reading is not a write, so no same-origin check (a poller may call
 * it with its session cookie), but it needs an account that holds "views:write".
 */
export async function GET(request: NextRequest) {
  const gate = await authorize("records:read", request);
  if (!gate.ok) return errorResponse(gate.status, gate.error);
  if (!gate.user) return errorResponse(401, "Sign in to see saved views: they belong to accounts.");
  if (!can(toActor(gate.user), "views:write", authSettings))
    return errorResponse(403, "Your account is not allowed to do this.");
  const raw = request.nextUrl.searchParams.get("page");
  const valid = raw === null || /^[1-9][0-9]{0,4}$/.test(raw);
  const page = raw !== null && valid ? Number(raw) : 1;
  const db = getDb();
  const { views, hasMore } = listVisibleSavedViews(db, gate.user.id, page);
  const body: SavedViewsResponse = {
    views: views.map((v) => {
      const table = savedViewTableView(v.kind, v.url);
      return {
        id: v.id,
        name: v.name,
        kind: v.kind,
        url: v.url,
        shared: v.shared,
        owner: { name: v.ownerName },
        mine: v.mine,
        createdAt: v.createdAt,
        openedAt: v.openedAt,
        changes: savedViewChanges(db, v),
        links: { open: `/views/${v.id}/open`, html: v.url, feed: table ? changesFeedHref(table) : null },
      };
    }),
    page,
    links: {
      next: hasMore ? pageHref(page + 1) : null,
      prev: page > 1 ? pageHref(page - 1) : null,
      html: page === 1 ? "/views" : `/views?page=${page}`,
    },
    ignored: valid ? [] : [ignoredPart("page", raw ?? "", "not a page number (1 to 99999)")],
  };
  return jsonResponse(request, body);
}
