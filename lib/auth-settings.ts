/** Account and session settings, read from the environment once per process. Pure: takes the env as an argument. */
export type AuthSettings = {
  /** REQUIRE_SIGN_IN=1: every page, query and route needs a signed-in account, reading included. */
  requireSignIn: boolean;
  /** SESSION_IDLE_MINUTES (default 120): a session unused for this long is ended. */
  sessionIdleMs: number;
  /** SESSION_MAX_DAYS (default 7): a session ends this long after sign-in, however busy. */
  sessionMaxAgeSeconds: number;
  /** SIGN_IN_MAX_PER_ACCOUNT (default 5) attempts per SIGN_IN_WINDOW_MINUTES (default 15); success resets it. */
  signInMaxPerAccount: number;
  /** SIGN_IN_MAX_PER_ADDRESS (default 30) attempts from one client address per window, successful or not. */
  signInMaxPerAddress: number;
  signInWindowMs: number;
};

type Env = Record<string, string | undefined>;

function positiveNumber(value: string | undefined, fallback: number): number {
  const n = value === undefined || value.trim() === "" ? Number.NaN : Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

function flag(value: string | undefined): boolean {
  return value !== undefined && ["1", "true", "yes", "on"].includes(value.trim().toLowerCase());
}

export function readAuthSettings(env: Env): AuthSettings {
  return {
    requireSignIn: flag(env.REQUIRE_SIGN_IN),
    sessionIdleMs: positiveNumber(env.SESSION_IDLE_MINUTES, 120) * 60_000,
    sessionMaxAgeSeconds: Math.round(positiveNumber(env.SESSION_MAX_DAYS, 7) * 86_400),
    signInMaxPerAccount: Math.floor(positiveNumber(env.SIGN_IN_MAX_PER_ACCOUNT, 5)),
    signInMaxPerAddress: Math.floor(positiveNumber(env.SIGN_IN_MAX_PER_ADDRESS, 30)),
    signInWindowMs: positiveNumber(env.SIGN_IN_WINDOW_MINUTES, 15) * 60_000,
  };
}

/**
 * Whether a session last used at `lastUsed` (ms) is still alive at `now`, and whether its last-used time is stale
 * enough to be worth writing again (so a busy reader does not write on every request).
 */
export function sessionIdleState(
  lastUsed: number,
  createdAt: number,
  now: number,
  settings: Pick<AuthSettings, "sessionIdleMs" | "sessionMaxAgeSeconds">,
): "expired" | "touch" | "fresh" {
  if (now - lastUsed > settings.sessionIdleMs) return "expired";
  if (now - createdAt > settings.sessionMaxAgeSeconds * 1000) return "expired";
  return now - lastUsed > Math.min(settings.sessionIdleMs / 10, 5 * 60_000) ? "touch" : "fresh";
}

/**
 * Same-origin test for a state-changing request. Browsers send Sec-Fetch-Site and Origin on every POST; a
 * cross-site form or script cannot forge either. A request with neither (curl, old clients) is refused: this app's
 * own pages always send them.
 */
export function isSameOriginRequest(headers: { get(name: string): string | null }): boolean {
  const site = headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin") return false;
  const origin = headers.get("origin");
  if (origin === null) return site === "same-origin";
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (host === null) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** Where to go after signing in: only a path on this site, never another origin ("//evil", "/\\evil", "https:"). */
export function safeRedirectPath(value: unknown, fallback = "/"): string {
  if (
    typeof value !== "string" ||
    !value.startsWith("/") ||
    value.startsWith("//") ||
    value.startsWith("/\\")
  )
    return fallback;
  try {
    const url = new URL(value, "http://localhost");
    return url.origin === "http://localhost" ? `${url.pathname}${url.search}${url.hash}` : fallback;
  } catch {
    return fallback;
  }
}

/**
 * The client address for per-address rate limiting: the first X-Forwarded-For entry (Next's server sets it from
 * the socket when no proxy did), else X-Real-IP. Behind a proxy, that proxy must overwrite these headers.
 */
export function clientAddress(headers: { get(name: string): string | null }): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || "unknown";
}
