import path from "node:path";
import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { signInAs, signOut, TEST_ACCOUNTS, testPassword } from "./fixtures/auth";

// "__Secure-" prefixed in production builds: the cookie is Secure, which browsers allow on http://127.0.0.1 too.
const isSessionCookie = (c: { name: string }) => c.name.endsWith("positions.session_token");

function e2eDatabase(): Database.Database {
  return new Database(path.join("test-results/e2e-db", `positions-${process.env.E2E_PORT}.db`));
}

test("an analyst signs in, stays signed in across reloads, and signing out ends the session for real", async ({
  page,
  browser,
}) => {
  await signInAs(page, "analyst");
  await expect(page.getByTestId("account-status")).toContainText("analyst");
  await page.reload();
  await expect(page.getByTestId("account-status")).toContainText(TEST_ACCOUNTS.analyst.name);

  const stolen = (await page.context().cookies()).filter(isSessionCookie);
  expect(stolen).toHaveLength(1);
  expect(stolen[0]?.httpOnly).toBe(true);
  expect(stolen[0]?.sameSite).toBe("Lax");

  await signOut(page);
  await page.reload();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  // A copy of the old cookie is worthless: the session row is gone.
  const other = await browser.newContext();
  await other.addCookies(stolen);
  const otherPage = await other.newPage();
  await otherPage.goto("/");
  await expect(otherPage.getByRole("link", { name: "Sign in" })).toBeVisible();
  await other.close();
});

test("signing in rotates the session token", async ({ page }) => {
  await signInAs(page, "viewer");
  const first = (await page.context().cookies()).find(isSessionCookie)?.value;
  await signInAs(page, "viewer");
  const second = (await page.context().cookies()).find(isSessionCookie)?.value;
  expect(first).toBeTruthy();
  expect(second).toBeTruthy();
  expect(second).not.toBe(first);
});

test("a wrong password is refused without saying which part was wrong, and repeated failures lock the account", async ({
  page,
}) => {
  await page.goto("/sign-in");
  const email = page.getByLabel("Email");
  const password = page.getByLabel("Password");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await email.fill(TEST_ACCOUNTS.lockout.email);
    await password.fill(`wrong-password-${attempt}`);
    // Wait for each answer: a form submitted while the previous one is pending would be reset under us.
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      page.getByRole("button", { name: "Sign in" }).click(),
    ]);
    await expect(page.getByTestId("sign-in-error")).toContainText("do not match an active account");
    // React resets the form once the action settles; fill the next attempt only after that.
    await expect(password).toHaveValue("");
    await expect(email).toHaveValue(TEST_ACCOUNTS.lockout.email);
  }
  // The sixth attempt, even with the right password, is refused.
  await email.fill(TEST_ACCOUNTS.lockout.email);
  await password.fill(testPassword());
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("sign-in-error")).toContainText("Too many sign-in attempts for this account");
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("a disabled account is signed out on its next request and cannot sign in again", async ({ page }) => {
  await signInAs(page, "disabled");
  const db = e2eDatabase();
  try {
    db.prepare("update users set disabled = 1 where email = ?").run(TEST_ACCOUNTS.disabled.email);
  } finally {
    db.close();
  }
  await page.reload();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(TEST_ACCOUNTS.disabled.email);
  await page.getByLabel("Password").fill(testPassword());
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("sign-in-error")).toContainText("do not match an active account");
});

test("sign-in never redirects to another site", async ({ page }) => {
  await page.goto(`/sign-in?next=${encodeURIComponent("//evil.example/")}`);
  await page.getByLabel("Email").fill(TEST_ACCOUNTS.viewer.email);
  await page.getByLabel("Password").fill(testPassword());
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("account-status")).toBeVisible();
  expect(new URL(page.url()).pathname).toBe("/");
  expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL ?? "").host);
});

test("a forged cross-site sign-out or sign-in post changes nothing", async ({ page, request }) => {
  await signInAs(page, "viewer");
  // A server action posted from another origin: Next's action id is not even needed to be refused, but use the
  // real form endpoint to be sure the refusal is ours.
  const response = await request.post("/sign-in", {
    headers: { origin: "http://evil.example", "content-type": "application/x-www-form-urlencoded" },
    data: `email=${encodeURIComponent(TEST_ACCOUNTS.viewer.email)}&password=${encodeURIComponent(testPassword())}`,
  });
  expect(response.headers()["set-cookie"] ?? "").not.toContain("session_token");
  await page.reload();
  await expect(page.getByTestId("account-status")).toContainText(TEST_ACCOUNTS.viewer.name);
});

test("an admin manages accounts; for anyone else the users page does not exist", async ({
  page,
  browser,
}) => {
  await signInAs(page, "admin", "/admin/users");
  await page.getByRole("link", { name: "Users" }).click();
  await expect(page.getByRole("heading", { name: "Users", level: 1 })).toBeVisible();
  const email = `new-${Date.now().toString(36)}@e2e.test`;
  const form = page.getByRole("form", { name: "Add an account" });
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Name").fill("New Analyst");
  await form.getByLabel("Role").selectOption("analyst");
  await form.getByRole("button", { name: "Add account" }).click();
  const created = page.getByTestId("create-user-result");
  await expect(created).toContainText(`Created analyst ${email}`);
  const password = (await created.locator("code").textContent()) ?? "";
  expect(password.length).toBeGreaterThanOrEqual(20);
  await page.screenshot({ path: "test-results/admin-users.png", fullPage: true });

  // The new account signs in with the password shown once; disabling it signs it out at once.
  const other = await browser.newContext();
  const newcomer = await other.newPage();
  await newcomer.goto("/sign-in");
  await newcomer.getByLabel("Email").fill(email);
  await newcomer.getByLabel("Password").fill(password);
  await newcomer.getByRole("button", { name: "Sign in" }).click();
  await expect(newcomer.getByTestId("account-status")).toContainText("New Analyst");
  await page.getByTestId(`user-${email}`).getByRole("button", { name: "Disable" }).click();
  await expect(page.getByTestId(`user-${email}`)).toContainText("disabled");
  await newcomer.reload();
  await expect(newcomer.getByRole("link", { name: "Sign in" })).toBeVisible();
  await other.close();

  const viewer = await browser.newContext();
  const viewerPage = await viewer.newPage();
  await signInAs(viewerPage, "viewer");
  const response = await viewerPage.goto("/admin/users");
  expect(response?.status()).toBe(404);
  await expect(viewerPage.getByRole("link", { name: "Users" })).toHaveCount(0);
  await viewer.close();
});

test("a client cannot choose its own address: rotating X-Forwarded-For still counts the connection's", async ({
  browser,
}) => {
  const email = `nobody-${Date.now()}-${Math.random().toString(36).slice(2)}@e2e.test`;
  for (const claimed of ["198.51.100.1", "198.51.100.2", "198.51.100.3"]) {
    const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": claimed } });
    const page = await context.newPage();
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("not-the-password");
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      page.getByRole("button", { name: "Sign in" }).click(),
    ]);
    await expect(page.getByTestId("sign-in-error")).toContainText("do not match an active account");
    await context.close();
  }
  const db = e2eDatabase();
  try {
    const keys = db.prepare("select key, count from rate_limits").all() as { key: string; count: number }[];
    expect(keys.find((k) => k.key === `sign-in:pair:${email}|127.0.0.1`)?.count).toBe(3);
    expect(keys.filter((k) => k.key.includes("198.51.100"))).toEqual([]);
  } finally {
    db.close();
  }
});

test("an open-redirect target in ?next= never reaches the form", async ({ page }) => {
  for (const next of [
    "/.//evil.example/x",
    "//evil.example",
    "/\\evil.example",
    "/\t/evil.example",
    "javascript:alert(1)",
  ]) {
    await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
    await expect(page.locator('input[name="next"]')).toHaveValue("/");
  }
  await page.goto(`/sign-in?next=${encodeURIComponent("/positions?q=cyber")}`);
  await expect(page.locator('input[name="next"]')).toHaveValue("/positions?q=cyber");
});

test("a user changes their own password, and the admin finds it in the audit log", async ({
  page,
  browser,
}) => {
  await signInAs(page, "changer", "/account");
  await page.goto("/account");
  const fresh = `new-${testPassword()}`;
  const change = async (current: string, next: string, repeat: string) => {
    await page.getByLabel("Current password").fill(current);
    await page.getByLabel(/^New password \(/).fill(next);
    await page.getByLabel("New password again").fill(repeat);
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      page.getByRole("button", { name: "Change password" }).click(),
    ]);
  };
  await change(testPassword(), fresh, `${fresh}x`);
  await expect(page.getByText("The two new passwords differ.")).toBeVisible();
  await change("not-my-password", fresh, fresh);
  await expect(page.getByTestId("password-result")).toHaveText("The current password is not right.");
  await change(testPassword(), fresh, fresh);
  await expect(page.getByTestId("password-result")).toContainText("Your password is changed");

  // The old password no longer works; the new one does.
  const other = await browser.newContext();
  const second = await other.newPage();
  await second.goto("/sign-in");
  await second.getByLabel("Email").fill(TEST_ACCOUNTS.changer.email);
  await second.getByLabel("Password").fill(testPassword());
  await second.getByRole("button", { name: "Sign in" }).click();
  await expect(second.getByTestId("sign-in-error")).toContainText("do not match an active account");
  await second.getByLabel("Email").fill(TEST_ACCOUNTS.changer.email);
  await second.getByLabel("Password").fill(fresh);
  await second.getByRole("button", { name: "Sign in" }).click();
  await expect(second.getByTestId("account-status")).toContainText(TEST_ACCOUNTS.changer.name);
  await other.close();

  await signInAs(page, "admin", "/admin/audit");
  await page.goto(`/admin/audit?who=${encodeURIComponent(TEST_ACCOUNTS.changer.email)}`);
  const rows = page.getByTestId("audit-row");
  await expect(rows.filter({ hasText: "changed own password" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "sign-in failed" }).first()).toBeVisible();
  await expect(rows.filter({ hasText: "signed in" }).first()).toBeVisible();
  // No secret ever reaches the log.
  await expect(page.getByTestId("audit-table")).not.toContainText(fresh);
  await page.goto("/admin/audit?action=password_changed&from=not-a-day");
  await expect(page.getByTestId("ignored")).toContainText("from=not-a-day");
  await expect(rows).toHaveCount(1);
});

test("the audit log does not exist for anyone but admins", async ({ page }) => {
  await signInAs(page, "analyst", "/admin/audit");
  const response = await page.goto("/admin/audit");
  expect(response?.status()).toBe(404);
});
