import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { listPositions } from "@/db/queries/positions";
import { parseView } from "@/lib/positions-view";
import { authorize } from "../../_server/current-user";

export const dynamic = "force-dynamic";

/** GET /api/positions?<view params>: the same page of the same view as /positions, as JSON. */
export async function GET(request: NextRequest) {
  const gate = await authorize("records:read", request);
  if (!gate.ok) return Response.json({ error: gate.error }, { status: gate.status });
  const { view, ignored } = parseView(request.nextUrl.searchParams);
  const result = listPositions(getDb(), view);
  return Response.json(
    {
      total: result.total,
      // false: `total` is estimated from a sample (about ±5%); the rows are always exact.
      totalExact: result.totalExact,
      page: view.page,
      size: view.size,
      sort: `${view.sort.desc ? "-" : ""}${view.sort.key}`,
      // Records are identified by their public id; the internal row id stays internal.
      // With a search, `matchedIn` lists the searched fields each record matched in (text, speaker, role, event,
      // source).
      rows: result.rows.map(({ id, ...row }) =>
        view.q ? { ...row, matchedIn: result.matchedIn.get(id) ?? [] } : row,
      ),
      // With sort=relevance: how many matches were ranked (the most recently added, at most 1,000).
      ...(result.ranked !== null ? { ranked: result.ranked } : {}),
      facets: result.facets,
      // false: the facet counts are estimated from `facetSample` matching records and scaled to the total.
      facetsExact: result.facetsExact,
      facetSample: result.facetSample,
      ignored: [...ignored, ...result.ignored],
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}
