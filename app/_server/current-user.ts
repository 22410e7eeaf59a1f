import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import { deleteSessionByToken, deleteUserSessions, touchSession } from "@/db/queries/sessions";
import { getUser } from "@/db/queries/users";
import { isSameOriginRequest, sessionIdleState } from "@/lib/auth-settings";
import { type Actor, can, type Permission, type Refusal, type Role, refusal } from "@/lib/authz";
import { authSettings, getAuth } from "./auth";

export type CurrentUser = { id: string; name: string; email: string; role: Role };

type HeaderSource = Awaited<ReturnType<typeof headers>> | Headers;

/**
 * The signed-in user behind these request headers, or null. Checked on every request, not only at sign-in: the
 * account is re-read from the database (a disabled account loses its sessions at once), and a session idle for
 * longer than SESSION_IDLE_MINUTES or older than SESSION_MAX_DAYS is deleted.
 */
export async function userFromHeaders(requestHeaders: HeaderSource): Promise<CurrentUser | null> {
  if (!requestHeaders.get("cookie")) return null;
  const result = await getAuth().api.getSession({ headers: new Headers(requestHeaders) });
  if (!result) return null;
  const db = getDb();
  const user = getUser(db, result.user.id);
  if (!user || user.disabled) {
    if (user) deleteUserSessions(db, user.id);
    return null;
  }
  const now = Date.now();
  const state = sessionIdleState(
    result.session.updatedAt.getTime(),
    result.session.createdAt.getTime(),
    now,
    authSettings,
  );
  if (state === "expired") {
    deleteSessionByToken(db, result.session.token);
    return null;
  }
  if (state === "touch") touchSession(db, result.session.token, new Date(now));
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}

/** The current user of this request (pages, layouts, server actions); computed once per request. */
export const getCurrentUser = cache(
  async (): Promise<CurrentUser | null> => userFromHeaders(await headers()),
);

export type AuthzFailure = {
  ok: false;
  /** "cross-origin": the request did not come from this site's own pages. */
  reason: Refusal["reason"] | "cross-origin";
  error: string;
  status: 401 | 403;
};
export type AuthzResult = { ok: true; user: CurrentUser | null } | AuthzFailure;

export const AUTHZ_MESSAGES: Record<AuthzFailure["reason"], string> = {
  "cross-origin": "This request did not come from this site, so it was refused.",
  unauthenticated: "Sign in to do this.",
  forbidden: "Your account is not allowed to do this.",
};

function failure(reason: AuthzFailure["reason"]): AuthzFailure {
  return {
    ok: false,
    reason,
    error: AUTHZ_MESSAGES[reason],
    status: reason === "unauthenticated" ? 401 : 403,
  };
}

export function toActor(user: CurrentUser | null): Actor {
  return user ? { id: user.id, role: user.role } : null;
}

/**
 * The gate every server action and route handler passes first. Returns the user (null for an anonymous visitor
 * who is allowed) or a typed refusal. State-changing permissions (everything but "records:read") also require the
 * request to come from this site: Next lets an action without Origin through, and route handlers get no CSRF check.
 * Route handlers pass their Request; server actions and pages use the request's headers.
 */
export async function authorize(permission: Permission, request?: Request): Promise<AuthzResult> {
  const requestHeaders: HeaderSource = request ? request.headers : await headers();
  if (permission !== "records:read" && !isSameOriginRequest(requestHeaders)) return failure("cross-origin");
  const user = request ? await userFromHeaders(requestHeaders) : await getCurrentUser();
  const denied = refusal(toActor(user), permission, authSettings);
  return denied ? failure(denied.reason) : { ok: true, user };
}

/** What a server action returns when `authorizeAction` refuses. */
export type ActionRefusal = { ok: false; code: AuthzFailure["reason"]; error: string };

/**
 * For server actions that need a signed-in user: their id, or the refusal to return before reading any input
 * (an anonymous visitor allowed by the rules still has no one to record as the author).
 */
export async function authorizeAction(permission: Permission): Promise<{ userId: string } | ActionRefusal> {
  const allowed = await authorize(permission);
  if (!allowed.ok) return { ok: false, code: allowed.reason, error: allowed.error };
  if (!allowed.user) return { ok: false, code: "unauthenticated", error: AUTHZ_MESSAGES.unauthenticated };
  return { userId: allowed.user.id };
}

/** For pages: the user if they may read, else a redirect to sign-in (only happens with REQUIRE_SIGN_IN=1). */
export async function requireReader(nextPath: string): Promise<CurrentUser | null> {
  const user = await getCurrentUser();
  if (!can(toActor(user), "records:read", authSettings)) {
    redirect(`/sign-in?next=${encodeURIComponent(nextPath)}`);
  }
  return user;
}
