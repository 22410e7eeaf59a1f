import { describe, expect, it } from "vitest";
import {
  clientAddress,
  insecureOriginProblem,
  isSameOriginRequest,
  readAuthSettings,
  safeRedirectPath,
  sessionIdleState,
} from "./auth-settings";

const h = (values: Record<string, string>) => new Headers(values);

describe("readAuthSettings", () => {
  it("has safe defaults: open reading, 2 h idle, 7 days max, 5 attempts per account", () => {
    const s = readAuthSettings({});
    expect(s.requireSignIn).toBe(false);
    expect(s.sessionIdleMs).toBe(120 * 60_000);
    expect(s.sessionMaxAgeSeconds).toBe(7 * 86_400);
    expect(s.signIn.maxPerPair).toBe(5);
    expect(s.signIn.maxPerAddress).toBe(30);
    expect(s.signIn.maxPerAccountTotal).toBe(100);
    expect(s.trustProxy).toBe(false);
  });

  it("reads the flags and ignores nonsense", () => {
    expect(readAuthSettings({ REQUIRE_SIGN_IN: "1" }).requireSignIn).toBe(true);
    expect(readAuthSettings({ REQUIRE_SIGN_IN: "TRUE" }).requireSignIn).toBe(true);
    expect(readAuthSettings({ REQUIRE_SIGN_IN: "0" }).requireSignIn).toBe(false);
    expect(readAuthSettings({ SESSION_IDLE_MINUTES: "-5" }).sessionIdleMs).toBe(120 * 60_000);
    expect(readAuthSettings({ SESSION_IDLE_MINUTES: "abc" }).sessionIdleMs).toBe(120 * 60_000);
    expect(readAuthSettings({ SESSION_IDLE_MINUTES: "30" }).sessionIdleMs).toBe(30 * 60_000);
  });
});

describe("secure cookies and plain HTTP", () => {
  it("are on in production or behind an https URL, off when BETTER_AUTH_URL says http", () => {
    expect(readAuthSettings({ NODE_ENV: "production" }).secureCookies).toBe(true);
    expect(readAuthSettings({ NODE_ENV: "development" }).secureCookies).toBe(false);
    expect(
      readAuthSettings({ NODE_ENV: "development", BETTER_AUTH_URL: "https://p.example" }).secureCookies,
    ).toBe(true);
    expect(
      readAuthSettings({ NODE_ENV: "production", BETTER_AUTH_URL: "http://10.0.0.5:3000" }).secureCookies,
    ).toBe(false);
  });

  it("refuses a sign-in that would not stick: Secure cookies on a plain-HTTP network address", () => {
    expect(insecureOriginProblem("http://192.168.1.20:3000", true)).toContain(
      "BETTER_AUTH_URL=http://192.168.1.20:3000",
    );
    expect(insecureOriginProblem("http://positions.lan", true)).toContain("over plain HTTP");
    // Browsers keep Secure cookies from localhost, over HTTPS, and when cookies are not Secure at all.
    for (const origin of ["http://localhost:3000", "http://127.0.0.1:3200", "http://[::1]:3000"])
      expect(insecureOriginProblem(origin, true)).toBeNull();
    expect(insecureOriginProblem("https://positions.example", true)).toBeNull();
    expect(insecureOriginProblem("http://192.168.1.20:3000", false)).toBeNull();
    expect(insecureOriginProblem(null, true)).toBeNull();
    expect(insecureOriginProblem("not a url", true)).toBeNull();
  });
});

describe("sessionIdleState", () => {
  const settings = { sessionIdleMs: 60 * 60_000, sessionMaxAgeSeconds: 86_400 };
  const t0 = Date.parse("2026-01-01T00:00:00Z");
  it("expires a session idle longer than the limit", () => {
    expect(sessionIdleState(t0, t0, t0 + 60 * 60_000 + 1, settings)).toBe("expired");
    expect(sessionIdleState(t0, t0, t0 + 60 * 60_000, settings)).toBe("touch");
  });
  it("expires a busy session at its maximum age", () => {
    const now = t0 + 86_400_000 + 1;
    expect(sessionIdleState(now - 1000, t0, now, settings)).toBe("expired");
  });
  it("writes the last-used time only when it is stale", () => {
    expect(sessionIdleState(t0, t0, t0 + 1000, settings)).toBe("fresh");
    expect(sessionIdleState(t0, t0, t0 + 6 * 60_000, settings)).toBe("touch");
  });
});

describe("isSameOriginRequest", () => {
  it("accepts the browser's same-origin requests", () => {
    expect(
      isSameOriginRequest(h({ "sec-fetch-site": "same-origin", origin: "http://a.test", host: "a.test" })),
    ).toBe(true);
    expect(isSameOriginRequest(h({ origin: "http://a.test:3000", host: "a.test:3000" }))).toBe(true);
    expect(isSameOriginRequest(h({ "sec-fetch-site": "same-origin" }))).toBe(true);
  });
  it("refuses cross-site, same-site, missing and malformed origins", () => {
    expect(
      isSameOriginRequest(h({ "sec-fetch-site": "cross-site", origin: "http://a.test", host: "a.test" })),
    ).toBe(false);
    expect(
      isSameOriginRequest(h({ "sec-fetch-site": "same-site", origin: "http://b.a.test", host: "a.test" })),
    ).toBe(false);
    expect(isSameOriginRequest(h({ origin: "http://evil.test", host: "a.test" }))).toBe(false);
    expect(
      isSameOriginRequest(h({ "sec-fetch-site": "same-origin", origin: "http://evil.test", host: "a.test" })),
    ).toBe(false);
    expect(isSameOriginRequest(h({ host: "a.test" }))).toBe(false);
    expect(isSameOriginRequest(h({ origin: "null", host: "a.test" }))).toBe(false);
    expect(isSameOriginRequest(h({ "sec-fetch-site": "none", host: "a.test" }))).toBe(false);
  });
});

describe("safeRedirectPath", () => {
  it("keeps paths on this site and drops everything else", () => {
    expect(safeRedirectPath("/positions?q=x#a")).toBe("/positions?q=x#a");
    for (const bad of [
      "//evil.test",
      "/\\evil.test",
      "https://evil.test",
      "javascript:alert(1)",
      "/.//evil.test/x",
      "/./\\evil.test",
      "/x/..//evil.test",
      "/%2e/%2fevil.test/..//evil.test",
      "\\\\evil.test",
      "/\\/evil.test",
      "/\t/evil.test",
      "/\n/evil.test",
      "/\r\n/evil.test",
      " //evil.test",
      "\t//evil.test",
      "JaVaScRiPt:alert(1)",
      "https:evil.test",
      "",
      42,
      undefined,
    ])
      expect(safeRedirectPath(bad), JSON.stringify(bad)).toBe("/");
  });

  it("normalises dot segments and never leaves the site, whatever the payload", () => {
    expect(safeRedirectPath("/../../evil.test")).toBe("/evil.test");
    expect(safeRedirectPath("/positions/./x/../y")).toBe("/positions/y");
    const slashes = ["/", "\\", "%2f", "%5c", "\t", "\n", ".", "..", "%2e", " "];
    for (const a of slashes)
      for (const b of slashes)
        for (const c of slashes) {
          const target = safeRedirectPath(`/${a}${b}${c}evil.test/x`);
          expect(new URL(target, "https://site.example").origin, target).toBe("https://site.example");
        }
  });
});

describe("clientAddress", () => {
  it("takes the first forwarded address", () => {
    expect(clientAddress(h({ "x-forwarded-for": "10.0.0.1, 10.0.0.2" }))).toBe("10.0.0.1");
    // X-Real-IP is nobody's promise here: only the header the server itself writes counts.
    expect(clientAddress(h({ "x-real-ip": "10.0.0.3" }))).toBe("unknown");
    expect(clientAddress(h({}))).toBe("unknown");
  });
});
