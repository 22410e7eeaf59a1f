import { type NextRequest, NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { redirectTarget } from "@/db/queries/redirects";
import { hasSlugKeys, liveSlugSearch } from "@/lib/live-slugs";
import { contentSecurityPolicy, HSTS_VALUE, servedOverHttps } from "@/lib/security-headers";
import { authSettings } from "./app/_server/auth";
import { userFromHeaders } from "./app/_server/current-user";

/**
 * Every request but Next's static files passes here. It gets a fresh CSP nonce (set on the request too, where Next
 * reads it to put the nonce on its own scripts), and HSTS when it came over HTTPS.
 *
 * With REQUIRE_SIGN_IN=1, nothing is served to a visitor without a live session except the sign-in page itself:
 * pages redirect to /sign-in, API routes answer 401. Pages and route handlers check again on their own
 * (requireReader, authorize("records:read", request)), so this is a first line, not the only one.
 *
 * A link whose speaker= or event= names a slug retired by a merge or rename (lib/live-slugs.ts) is sent on,
 * permanently, to the same address with the live slug: one lookup for every view, the API and the feeds.
 */
export async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy({ nonce, development: process.env.NODE_ENV === "development" });
  const https = servedOverHttps(
    request.nextUrl,
    request.headers.get("x-forwarded-proto"),
    authSettings.trustProxy,
  );
  const secure = (response: NextResponse) => {
    response.headers.set("Content-Security-Policy", policy);
    if (https) response.headers.set("Strict-Transport-Security", HSTS_VALUE);
    return response;
  };
  const pass = () => {
    const moved = liveSlugRedirect(request);
    if (moved) return secure(moved);
    const headers = new Headers(request.headers);
    headers.set("x-nonce", nonce);
    headers.set("Content-Security-Policy", policy);
    return secure(NextResponse.next({ request: { headers } }));
  };

  if (!authSettings.requireSignIn) return pass();
  const { pathname, search } = request.nextUrl;
  if (pathname === "/sign-in") return pass();
  const user = await userFromHeaders(request.headers);
  if (user) return pass();
  if (pathname.startsWith("/api/")) {
    return secure(NextResponse.json({ ok: false, error: "Sign in to read this." }, { status: 401 }));
  }
  const url = request.nextUrl.clone();
  url.pathname = "/sign-in";
  url.search = `?next=${encodeURIComponent(`${pathname}${search}`)}`;
  return secure(NextResponse.redirect(url));
}

function liveSlugRedirect(request: NextRequest): NextResponse | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const params = request.nextUrl.searchParams;
  if (!hasSlugKeys(params)) return null;
  const db = getDb();
  const search = liveSlugSearch(params, (kind, slug) => redirectTarget(db, kind, slug));
  if (search === null) return null;
  const url = request.nextUrl.clone();
  url.search = `?${search}`;
  return NextResponse.redirect(url, 308);
}

export const config = {
  // Everything but Next's static assets (their headers come from next.config.ts); server actions posted from
  // /sign-in pass through the exception above.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
