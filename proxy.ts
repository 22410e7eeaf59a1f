import { type NextRequest, NextResponse } from "next/server";
import { contentSecurityPolicy, HSTS_VALUE, servedOverHttps } from "@/lib/security-headers";
import { authSettings } from "./app/_server/auth";
import { userFromHeaders } from "./app/_server/current-user";
import { liveSlugLocation } from "./app/_server/retired-slugs";

/**
 * Every request but Next's static files passes here. It gets a fresh CSP nonce (set on the request too, where Next
 * reads it to put the nonce on its own scripts), and HSTS when it came over HTTPS.
 *
 * With REQUIRE_SIGN_IN=1, nothing is served to a visitor without a live session except the sign-in page itself:
 * pages redirect to /sign-in, API routes answer 401. Pages and route handlers check again on their own
 * (requireReader, authorize("records:read", request)), so this is a first line, not the only one.
 *
 * A URL naming a topic, proposition, person or event by a slug that a rename or a merge retired is sent on, permanently, to the
 * same URL with the live slug (app/_server/retired-slugs.ts), so no permalink breaks (issue 12). Not cached: a
 * retired slug can be given back to its topic, and a cached redirect would then loop.
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
    const moved =
      request.method === "GET" || request.method === "HEAD" ? liveSlugLocation(request.nextUrl) : null;
    if (moved) {
      const response = NextResponse.redirect(moved, 308);
      response.headers.set("Cache-Control", "no-store");
      return secure(response);
    }
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

export const config = {
  // Everything but Next's static assets (their headers come from next.config.ts); server actions posted from
  // /sign-in pass through the exception above.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
