import type { NextRequest } from "next/server";
import { authorize } from "@/app/_server/current-user";
import { conditionalResponse, errorResponse } from "@/lib/api-http";
import { openApiDocument } from "@/lib/openapi";

export const dynamic = "force-dynamic";

/** GET /api/openapi.json: the OpenAPI 3.1 description of the read API, generated from its zod schemas. */
export async function GET(request: NextRequest) {
  const gate = await authorize("records:read", request);
  if (!gate.ok) return errorResponse(gate.status, gate.error);
  return conditionalResponse(request, JSON.stringify(openApiDocument(), null, 2), {
    contentType: "application/vnd.oai.openapi+json; charset=utf-8",
  });
}
