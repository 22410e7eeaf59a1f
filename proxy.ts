import { type NextRequest, NextResponse } from "next/server";
import { authSettings } from "./app/_server/auth";
import { userFromHeaders } from "./app/_server/current-user";

/**
 * With REQUIRE_SIGN_IN=1, nothing is served to a visitor without a live session except the sign-in page itself:
 * pages redirect to /sign-in, API routes answer 401. Pages and route handlers check again on their own
 * (requireReader, authorize("records:read", request)), so this is a first line, not the only one.
 */
export async function proxy(request: NextRequest) {
  if (!authSettings.requireSignIn) return NextResponse.next();
  const { pathname, search } = request.nextUrl;
  if (pathname === "/sign-in") return NextResponse.next();
  const user = await userFromHeaders(request.headers);
  if (user) return NextResponse.next();
  if (pathname.startsWith("/api/")) {
    return NextResponse.json({ ok: false, error: "Sign in to read this." }, { status: 401 });
  }
  const url = request.nextUrl.clone();
  url.pathname = "/sign-in";
  url.search = `?next=${encodeURIComponent(`${pathname}${search}`)}`;
  return NextResponse.redirect(url);
}

export const config = {
  // Everything but Next's static assets; server actions posted from /sign-in pass through the exception above.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
