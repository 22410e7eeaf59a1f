import { createHash } from "node:crypto";
import type { z } from "zod";
import type { errorSchema } from "./api-schemas";

/**
 * Conditional GETs for the read API and the feeds. The validator is a hash of the exact bytes sent, so it changes
 * exactly when the answer does, whatever changed underneath (an edit, a recode, a new record); a poller that
 * sends it back gets a 304 with no body.
 *
 * `private, no-cache`: a cache may keep the answer but must ask again every time (records are edited at any
 * moment), and only the browser may keep it, because with REQUIRE_SIGN_IN=1, or for private saved views, the
 * answer depends on who asks.
 */
export const API_CACHE_CONTROL = "private, no-cache";

export function etagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

/** RFC 9110 13.1.2: If-None-Match is `*` or a list of entity tags, compared weakly (a W/ prefix is ignored). */
export function ifNoneMatchHits(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const bare = etag.replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === bare);
}

/** RFC 9110 13.1.3: a date-only validator, used when the client sends no If-None-Match. */
export function notModifiedSince(header: string | null, lastModified: Date | null): boolean {
  if (!header || !lastModified) return false;
  const since = Date.parse(header);
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

export interface ConditionalOptions {
  contentType: string;
  status?: number;
  lastModified?: Date | null;
  cacheControl?: string;
}

/** The answer, or a 304 when the request's validators say the client already has these bytes. */
export function conditionalResponse(request: Request, body: string, options: ConditionalOptions): Response {
  const etag = etagOf(body);
  const headers = new Headers({
    "Content-Type": options.contentType,
    ETag: etag,
    "Cache-Control": options.cacheControl ?? API_CACHE_CONTROL,
    Vary: "Cookie",
  });
  if (options.lastModified) headers.set("Last-Modified", options.lastModified.toUTCString());
  const status = options.status ?? 200;
  if (status === 200) {
    const inm = request.headers.get("if-none-match");
    const fresh = inm
      ? ifNoneMatchHits(inm, etag)
      : notModifiedSince(request.headers.get("if-modified-since"), options.lastModified ?? null);
    if (fresh) {
      headers.delete("Content-Type");
      return new Response(null, { status: 304, headers });
    }
  }
  return new Response(body, { status, headers });
}

/** JSON with an ETag; `body` is typed by the route against its zod response schema. */
export function jsonResponse(request: Request, body: unknown, status = 200): Response {
  return conditionalResponse(request, JSON.stringify(body), {
    contentType: "application/json; charset=utf-8",
    status,
    // A refusal or a 404 is not worth keeping: the next request may be signed in, or the record created.
    cacheControl: status === 200 ? API_CACHE_CONTROL : "no-store",
  });
}

/** The one error body of every route handler (its schema is the OpenAPI document's Error). */
export type ErrorBody = z.infer<typeof errorSchema>;

/**
 * Every route handler's refusal or failure, as `{ error, fieldErrors? }` JSON, never cached (the next request may
 * be signed in, or the record created). The read API's ETag'd answers use jsonResponse; errors use this.
 */
export function errorResponse(status: number, error: string, fieldErrors?: Record<string, string>): Response {
  const body: ErrorBody = fieldErrors ? { error, fieldErrors } : { error };
  return Response.json(body, {
    status,
    headers: { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" },
  });
}
