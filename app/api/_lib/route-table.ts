/**
 * The read routes by path, so that tests can call a handler the way Next would (the path's parameters resolved,
 * a real NextRequest) and know which schema its answer must follow.
 */
import { NextRequest } from "next/server";
import type { z } from "zod";
import {
  compareResponseSchema,
  eventResponseSchema,
  officialResponseSchema,
  positionsResponseSchema,
  recordResponseSchema,
  savedViewsResponseSchema,
  timelineResponseSchema,
  topicResponseSchema,
} from "@/lib/api-schemas";
import { GET as getCompare } from "../compare/route";
import { GET as getEvent } from "../events/[slug]/route";
import { GET as getOfficial } from "../officials/[slug]/route";
import { GET as getOpenApi } from "../openapi.json/route";
import { GET as getRecord } from "../positions/[id]/route";
import { GET as getPositions } from "../positions/route";
import { GET as getTimeline } from "../timeline/route";
import { GET as getTopic } from "../topics/[slug]/route";
import { GET as getViews } from "../views/route";

type Handler = (
  request: NextRequest,
  context: { params: Promise<Record<string, string>> },
) => Promise<Response>;

interface RouteEntry {
  pattern: RegExp;
  param?: string;
  handler: Handler;
  schema: z.ZodType | null;
}

const ROUTES: RouteEntry[] = [
  { pattern: /^\/api\/positions$/, handler: getPositions as Handler, schema: positionsResponseSchema },
  {
    pattern: /^\/api\/positions\/([^/]+)$/,
    param: "id",
    handler: getRecord as Handler,
    schema: recordResponseSchema,
  },
  { pattern: /^\/api\/compare$/, handler: getCompare as Handler, schema: compareResponseSchema },
  { pattern: /^\/api\/timeline$/, handler: getTimeline as Handler, schema: timelineResponseSchema },
  {
    pattern: /^\/api\/officials\/([^/]+)$/,
    param: "slug",
    handler: getOfficial as Handler,
    schema: officialResponseSchema,
  },
  {
    pattern: /^\/api\/events\/([^/]+)$/,
    param: "slug",
    handler: getEvent as Handler,
    schema: eventResponseSchema,
  },
  {
    pattern: /^\/api\/topics\/([^/]+)$/,
    param: "slug",
    handler: getTopic as Handler,
    schema: topicResponseSchema,
  },
  { pattern: /^\/api\/views$/, handler: getViews as Handler, schema: savedViewsResponseSchema },
  { pattern: /^\/api\/openapi\.json$/, handler: getOpenApi as Handler, schema: null },
];

export async function callApi(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ response: Response; schema: z.ZodType | null }> {
  const url = new URL(path, "http://localhost");
  for (const route of ROUTES) {
    const m = route.pattern.exec(url.pathname);
    if (!m) continue;
    const params = route.param ? { [route.param]: decodeURIComponent(m[1] ?? "") } : {};
    const response = await route.handler(new NextRequest(url, { headers }), {
      params: Promise.resolve(params),
    });
    return { response, schema: route.schema };
  }
  throw new Error(`no route for ${path}`);
}
