import type { NextRequest } from "next/server";
import { authorize } from "@/app/_server/current-user";
import type { Db } from "@/db/client";
import { getDb } from "@/db/client";
import { errorResponse, jsonResponse } from "@/lib/api-http";
import type { NotFound } from "./read-api";

/**
 * Every read route: the reader's permission first (with REQUIRE_SIGN_IN=1 an anonymous caller gets 401, as the
 * pages redirect to sign-in), then one builder, sent with an ETag so that a poller gets 304 while nothing changed.
 */
export async function readRoute<T extends object>(
  request: NextRequest,
  build: (db: Db, search: URLSearchParams) => T | NotFound,
): Promise<Response> {
  const gate = await authorize("records:read", request);
  if (!gate.ok) return errorResponse(gate.status, gate.error);
  const body = build(getDb(), request.nextUrl.searchParams);
  if ("notFound" in body) return errorResponse(404, body.notFound);
  return jsonResponse(request, body);
}
