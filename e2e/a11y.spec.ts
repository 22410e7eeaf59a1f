import { test } from "@playwright/test";
import { signInAs } from "./fixtures/auth";
import { expectNoSeriousViolations } from "./fixtures/surface-axe";

// Timeline bins need more records than the seed holds: e2e/corpus-surface-a11y.spec.ts checks them.

const PUBLIC_PAGES = [
  "/",
  "/positions",
  "/positions?q=cyberspace&topic=cyber-security&sel=rb9j45cpkn,r6xm3qpjm3",
  "/positions/rb9j45cpkn",
  "/compare",
  "/compare?topic=cyber-security&a=2018..2018&b=2024..2024&country=VN",
  "/compare?ids=rb9j45cpkn,r6xm3qpjm3",
  "/timeline?topic=cyber-security&country=VN",
  "/timeline?topic=cyber-security&group=speaker&pick=rb9j45cpkn",
  "/officials",
  "/officials/bui-van-nam",
  "/events",
  "/events/moscow-2018-heads-of-special-services",
  "/topics",
  "/topics/cyber-security",
  "/codebook",
  "/sign-in",
];

const PHONE_PAGES = [
  "/positions?q=cyber",
  "/compare?ids=rb9j45cpkn,r6xm3qpjm3",
  "/timeline?topic=cyber-security",
  "/codebook",
];

const SIGNED_IN_PAGES = [
  ...PUBLIC_PAGES.filter((p) => p !== "/sign-in"),
  "/import",
  "/import?tab=bulk",
  "/account",
  "/admin/users",
  "/admin/audit",
  "/officials/bui-van-nam/edit",
  "/officials/bui-van-nam/merge?with=dang-hoang-giang",
  "/events/moscow-2018-heads-of-special-services/edit",
  "/events/moscow-2018-heads-of-special-services/merge?with=unsc-2024-06-20-cyberspace-debate",
];

test.describe("signed out", () => {
  for (const path of PUBLIC_PAGES) {
    test(`axe: ${path}`, async ({ page }) => {
      await expectNoSeriousViolations(page, path);
    });
  }
  for (const path of PHONE_PAGES) {
    test(`axe at 390 px: ${path}`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await expectNoSeriousViolations(page, path);
    });
  }
});

test.describe("signed in as an admin", () => {
  for (const path of SIGNED_IN_PAGES) {
    test(`axe: ${path}`, async ({ page }) => {
      await signInAs(page, "admin");
      await expectNoSeriousViolations(page, path);
    });
  }
});
