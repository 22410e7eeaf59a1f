import { expect, type Page, test } from "@playwright/test";
import { signInAs } from "./fixtures/auth";
import { expectNoSeriousViolations } from "./fixtures/surface-axe";

// The seeds' queue, newest first: a partly coded 2024 record, then an undated, uncoded one filed under
// developing countries. Nothing else in this project codes them (record-edit and import run after it).
const PARTIAL = "6yj5tzbqyn";
const UNCODED = "7res2x9yam";

/** Presses N once the page listens for it (the key does nothing before the page has hydrated). */
async function pressNext(page: Page): Promise<void> {
  await expect(page.locator('[aria-keyshortcuts="n"][data-keys="on"]').first()).toBeAttached();
  await page.keyboard.press("n");
}

test("a record from the queue is coded with the keyboard and leaves the queue", async ({ page }) => {
  await signInAs(page, "analyst");
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/coding");
  const items = page.getByTestId("queue-item");
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toHaveAttribute("data-id", PARTIAL);
  await expect(items.nth(0)).toContainText("Partly coded: 1 of 3 suggested propositions left");
  await expect(items.nth(1)).toHaveAttribute("data-id", UNCODED);
  await expect(page.getByTestId("queue-total")).toContainText("2 records in this queue");
  await page.screenshot({ path: "test-results/screenshots/coding-queue.png", fullPage: true });

  // N opens the first record, and N again goes to the next one in the queue's order.
  await pressNext(page);
  await page.waitForURL(`**/coding/${PARTIAL}`);
  await expect(page.getByTestId("coding-status")).toHaveAttribute("data-status", "partial");
  await pressNext(page);
  await page.waitForURL(`**/coding/${UNCODED}`);
  const status = page.getByTestId("coding-status");
  await expect(status).toContainText("Not coded: coded on 0 of the 1 proposition its topics suggest");
  const row = page.getByTestId("coding-developing-countries-gap");
  await expect(row.getByTestId("suggested")).toContainText("not coded yet");

  // Typing N in a field types it; it does not leave the page.
  await row.getByLabel("Position").selectOption({ label: "+1 supports" });
  await row.getByLabel("Note").pressSequentially("Noted in the coding queue journey.");
  await expect(page).toHaveURL(new RegExp(`/coding/${UNCODED}$`));
  await page.getByRole("button", { name: "Save coded positions" }).click();
  await expect(page.getByTestId("coding-form").getByRole("status")).toContainText("Coded positions saved");
  await expect(status).toHaveAttribute("data-status", "coded");
  await expect(status).toContainText("It has left this queue.");
  await page.screenshot({ path: "test-results/screenshots/coding-record.png", fullPage: true });

  // Past the last record, "next" goes back to the queue, which no longer lists it.
  await pressNext(page);
  await page.waitForURL("**/coding");
  await expect(items).toHaveCount(1);
  await expect(page.locator(`[data-id="${UNCODED}"]`)).toHaveCount(0);
  await page
    .getByRole("navigation", { name: "Coding status" })
    .getByRole("link", { name: /^Not coded/ })
    .click();
  await expect(page.getByTestId("queue-empty")).toContainText("Nothing left to code in this view");

  // The positions table filters and counts by coding status with the same key.
  await page.goto("/positions?coding=uncoded,partial");
  await expect(page.getByTestId("facet-coding")).toContainText("Partly coded");
  await expect(page.locator(`a[href="/positions/${PARTIAL}"]`).first()).toBeVisible();
  await expect(page.locator(`a[href="/positions/${UNCODED}"]`)).toHaveCount(0);
  await page.goto(`/positions?coding=coded&q=${encodeURIComponent("developing")}`);
  await expect(page.locator(`a[href="/positions/${UNCODED}"]`).first()).toBeVisible();
});

test("the queue filters with the table's grammar and fits a phone", async ({ page }) => {
  await signInAs(page, "analyst");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/coding?topic=cyber-security&coding=partial&speaker=nobody");
  await expect(page.getByTestId("ignored-notice")).toContainText("speaker=nobody");
  await expect(page.getByTestId("queue-item")).toHaveCount(1);
  await expect(page.getByTestId("queue-total")).toContainText("topic cyber-security");
  await expect(page.getByTestId("queue-table-link")).toHaveAttribute(
    "href",
    "/positions?topic=cyber-security&coding=partial",
  );
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(390);
  await page.screenshot({ path: "test-results/screenshots/coding-queue-phone.png", fullPage: true });
  await page.getByTestId("queue-item").first().getByRole("link", { name: /^Code/ }).click();
  await page.waitForURL(`**/coding/${PARTIAL}?topic=cyber-security&coding=partial`);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await page.screenshot({ path: "test-results/screenshots/coding-record-phone.png", fullPage: true });
});

test("a viewer sees the queue without coding controls, and the coding page answers them as missing", async ({
  page,
}) => {
  await signInAs(page, "viewer");
  await page.goto("/coding");
  await expect(page.getByTestId("read-only-notice")).toBeVisible();
  await expect(page.getByTestId("start-coding")).toHaveCount(0);
  const response = await page.goto(`/coding/${PARTIAL}`);
  expect(response?.status()).toBe(404);
});

test("the queue and the coding page have no serious accessibility violations", async ({ page }) => {
  await signInAs(page, "analyst");
  await expectNoSeriousViolations(page, "/coding");
  await expectNoSeriousViolations(page, `/coding/${PARTIAL}?topic=cyber-security`);
});
