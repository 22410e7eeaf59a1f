import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { nextInQueue } from "@/db/queries/coding";
import { errorResponse } from "@/lib/api-http";
import { parseQueueView, queueHref, queueRecordHref } from "@/lib/coding-queue";
import { authorize } from "../../_server/current-user";

export const dynamic = "force-dynamic";

/**
 * GET /coding/next?<queue view>&after=<id>: the queue's next record after `after` (in the queue's order, with its
 * filters), as a redirect to its coding page; past the last one, back to the queue. Reads only.
 */
export async function GET(request: NextRequest) {
  const gate = await authorize("records:read", request);
  if (!gate.ok) return errorResponse(gate.status, gate.error);
  const { view, after } = parseQueueView(request.nextUrl.searchParams);
  const next = nextInQueue(getDb(), view, after);
  const target = next ? queueRecordHref(view, next) : queueHref({ ...view, page: 1 });
  return new Response(null, {
    status: 303,
    // A relative Location: behind a proxy the server's own idea of its origin may not be the visitor's.
    headers: { Location: target, "Cache-Control": "no-store" },
  });
}
