import type { ThrottleSettings } from "./sign-in-throttle";

/** Account and session settings, read from the environment once per process. Pure: takes the env as an argument. */
export type AuthSettings = {
  /** REQUIRE_SIGN_IN=1: every page, query and route needs a signed-in account, reading included. */
  requireSignIn: boolean;
  /** SESSION_IDLE_MINUTES (default 120): a session unused for this long is ended. */
  sessionIdleMs: number;
  /** SESSION_MAX_DAYS (default 7): a session ends this long after sign-in, however busy. */
  sessionMaxAgeSeconds: number;
  /**
   * Sign-in throttling (lib/sign-in-throttle.ts), per SIGN_IN_WINDOW_MINUTES (default 15):
   * SIGN_IN_MAX_PER_ACCOUNT (default 5) failures for one account from one address, then a doubling wait up to
   * SIGN_IN_MAX_LOCK_MINUTES (default 1440); SIGN_IN_MAX_PER_ADDRESS (default 30) failures from one address;
   * SIGN_IN_MAX_PER_ACCOUNT_TOTAL (default 100) failures for one account from addresses it never signed in from.
   */
  signIn: ThrottleSettings;
  /**
   * TRUST_PROXY=1: a reverse proxy in front of the app sets X-Forwarded-For and X-Forwarded-Proto itself, so they
   * are believed. Unset, a client could write anything there, so only the socket's address counts.
   */
  trustProxy: boolean;
  /**
   * Whether the session cookie is sent over HTTPS only (Secure, `__Secure-` prefix): when BETTER_AUTH_URL says
   * https, or when it is unset in production. BETTER_AUTH_URL=http://... turns it off for a trusted network.
   */
  secureCookies: boolean;
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
    signIn: {
      maxPerPair: Math.floor(positiveNumber(env.SIGN_IN_MAX_PER_ACCOUNT, 5)),
      maxPerAddress: Math.floor(positiveNumber(env.SIGN_IN_MAX_PER_ADDRESS, 30)),
      maxPerAccountTotal: Math.floor(positiveNumber(env.SIGN_IN_MAX_PER_ACCOUNT_TOTAL, 100)),
      windowMs: positiveNumber(env.SIGN_IN_WINDOW_MINUTES, 15) * 60_000,
      maxLockMs: positiveNumber(env.SIGN_IN_MAX_LOCK_MINUTES, 1440) * 60_000,
      knownAddressMs: 30 * 86_400_000,
    },
    trustProxy: flag(env.TRUST_PROXY),
    secureCookies: env.BETTER_AUTH_URL?.trim()
      ? env.BETTER_AUTH_URL.trim().toLowerCase().startsWith("https://")
      : env.NODE_ENV === "production",
  };
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/**
 * Why a sign-in from this page would not stick, or null. A browser keeps a Secure cookie only from an HTTPS page
 * (or from localhost): signed in over plain HTTP at a network address, the account would look signed out on the
 * next page, with no word of why. `origin` is the Origin header the browser sent with the form.
 */
export function insecureOriginProblem(origin: string | null, secureCookies: boolean): string | null {
  if (!secureCookies || !origin) return null;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" || LOOPBACK.test(url.hostname)) return null;
  return `This server keeps you signed in with a cookie sent over HTTPS only, and this page was opened over plain HTTP (${url.origin}), so your browser would drop it. Open the site over https://, or, on a network you trust, start the server with BETTER_AUTH_URL=${url.origin}.`;
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

/**
 * Where to go after signing in: only a path on this site, never another origin. The check runs on the path as a
 * browser will read it, after normalisation: "/.//evil", "/\\evil" and "/\t/evil" all become "//evil", which a
 * browser follows to another host.
 */
export function safeRedirectPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/")) return fallback;
  let url: URL;
  try {
    url = new URL(value, "http://localhost");
  } catch {
    return fallback;
  }
  if (url.origin !== "http://localhost") return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : fallback;
}

/**
 * The client address for per-address rate limiting: the first X-Forwarded-For entry. The server
 * (app/_server/serve.ts) overwrites that header with the socket's address unless TRUST_PROXY=1 says a proxy in
 * front sets it, so a client cannot choose its own address by sending the header.
 */
export function clientAddress(headers: { get(name: string): string | null }): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || "unknown";
}
