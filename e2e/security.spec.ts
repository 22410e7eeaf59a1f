import { expect, type Page, test } from "@playwright/test";
import { signInAs } from "./fixtures/auth";

// One URL of every page kind (seed data), and the JSON routes.
const PAGES = [
  "/",
  "/positions",
  "/positions?q=cyber&topic=cyber-security",
  "/positions/rb9j45cpkn",
  "/compare?topic=cyber-security&a=2018..2018&b=2024..2024&country=VN",
  "/timeline?topic=cyber-security",
  "/officials",
  "/officials/dang-hoang-giang",
  "/events",
  "/topics",
  "/topics/cyber-security",
  "/import",
  "/sign-in",
  "/no-such-page",
];
const ROUTES = ["/api/positions?size=25", "/api/positions/export?format=csv", "/import/export?format=json"];

/** Collects what the browser reports as a policy violation, however it reports it. */
function watchViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content.Security.Policy|Refused to (execute|load|apply|connect|frame)/i.test(m.text()))
      violations.push(m.text());
  });
  page.on("pageerror", (e) => violations.push(`page error: ${e.message}`));
  return violations;
}

function expectSecurityHeaders(headers: Record<string, string>, url: string) {
  expect(headers["x-content-type-options"], url).toBe("nosniff");
  expect(headers["referrer-policy"], url).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"], url).toBe("DENY");
  expect(headers["permissions-policy"], url).toContain("camera=()");
  // Served over plain HTTP on loopback: HSTS would be meaningless and is not sent.
  expect(headers["strict-transport-security"], url).toBeUndefined();
}

test("every page kind carries a nonce-based policy and the security headers, and runs without violations", async ({
  page,
}) => {
  // Fourteen page loads in one journey.
  test.slow();
  const violations = watchViolations(page);
  const nonces = new Set<string>();
  for (const url of PAGES) {
    const response = await page.goto(url);
    expect(response, url).not.toBeNull();
    const headers = response?.headers() ?? {};
    expectSecurityHeaders(headers, url);
    const csp = headers["content-security-policy"] ?? "";
    for (const directive of [
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "form-action 'self'",
      "'strict-dynamic'",
    ])
      expect(csp, url).toContain(directive);
    const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
    expect(scriptSrc, url).not.toContain("unsafe-inline");
    expect(scriptSrc, url).not.toContain("unsafe-eval");
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
    expect(nonce, url).toBeTruthy();
    nonces.add(nonce ?? "");
    // Next's own scripts carry the nonce, so the page hydrates: the inline ones would be refused otherwise.
    const inline = await page
      .locator("script:not([src])")
      .evaluateAll((s) => s.map((e) => (e as HTMLScriptElement).nonce));
    for (const n of inline) expect(n, url).toBe(nonce);
  }
  // A fresh nonce per response.
  expect(nonces.size).toBe(PAGES.length);

  // The pages work under the policy: a client-side control changes the URL.
  await page.goto("/positions");
  await page.getByRole("searchbox").first().fill("cyberspace");
  await page.getByRole("searchbox").first().press("Enter");
  await page.waitForURL((u) => u.searchParams.get("q") === "cyberspace");
  await expect(page.getByTestId("result-total")).not.toHaveText("0");
  expect(violations).toEqual([]);
});

test("JSON and file routes carry the headers too", async ({ request }) => {
  for (const url of ROUTES) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expectSecurityHeaders(response.headers(), url);
  }
});

test("the admin pages cannot be framed by another site", async ({ page }) => {
  await signInAs(page, "admin", "/admin/users");
  const response = await page.goto("/admin/users");
  const headers = response?.headers() ?? {};
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-frame-options"]).toBe("DENY");
  // A page that frames it is refused by the browser itself, which says why.
  const violations = watchViolations(page);
  await page.setContent(`<iframe src="${new URL("/admin/users", page.url()).href}"></iframe>`);
  await expect.poll(() => violations.some((v) => v.includes("frame-ancestors"))).toBe(true);
});
