import { expect, test } from "@playwright/test";
import { signInAs } from "./fixtures/auth";

// A seed record no other journey opens.
const RECORD = "g5kaatecxy";
const ADDED = " (text corrected after the citation)";

test("a pinned link from before an edit shows the old value; without asof the new one", async ({ page }) => {
  await signInAs(page, "analyst");
  await page.goto(`/positions/${RECORD}`);
  const original = (await page.getByTestId("statement").textContent())?.trim() ?? "";
  expect(original.length).toBeGreaterThan(10);

  // "Cite this view" pins the data as the page shows it now.
  await page.getByTestId("cite-view").locator("summary").click();
  const pinned = (await page.getByTestId("pinned-link").getAttribute("href")) ?? "";
  expect(pinned).toContain(`/positions/${RECORD}?asof=`);
  await expect(page.getByTestId("citation")).toHaveValue(/data as of .* UTC\. http/);

  await page.goto(`/positions/${RECORD}/edit`);
  const core = page.getByTestId("core-form");
  await core.getByLabel("Display text").fill(`${original}${ADDED}`);
  await page.getByRole("button", { name: "Save record" }).click();
  await expect(core.getByRole("status")).toContainText("Record saved");

  await page.goto(`/positions/${RECORD}`);
  await expect(page.getByTestId("statement")).toHaveText(`${original}${ADDED}`);
  await expect(page.getByTestId("asof-banner")).toHaveCount(0);

  // The quoted link still shows what its author saw, says so, and says what changed since.
  await page.goto(pinned);
  await expect(page.getByTestId("asof-banner")).toContainText("As the data stood on");
  await expect(page.getByTestId("asof-banner")).toContainText("It has changed since");
  await expect(page.getByTestId("statement")).toHaveText(original);
  const since = page.getByTestId("since-text");
  await expect(since.locator("del")).toHaveText(original);
  await expect(since.locator("ins")).toHaveText(`${original}${ADDED}`);
  for (const [width, height] of [
    [1366, 900],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `test-results/screenshots/asof-record-${width}.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }
  await page.setViewportSize({ width: 1366, height: 900 });

  // The API answers the same pinned question.
  const asof = new URL(pinned, page.url()).searchParams.get("asof") ?? "";
  const api = await page.request.get(`/api/positions/${RECORD}?asof=${encodeURIComponent(asof)}`);
  const body = await api.json();
  expect(body.asOf).toMatchObject({ state: "older", values: { text: original } });
  expect(body.record.text).toBe(`${original}${ADDED}`);

  await page.getByTestId("asof-current").click();
  await expect(page).toHaveURL(new RegExp(`/positions/${RECORD}$`));
  await expect(page.getByTestId("statement")).toHaveText(`${original}${ADDED}`);
});

test("a moment that is not one is refused with a reason, and the current record is shown", async ({
  page,
}) => {
  await page.goto(`/positions/${RECORD}?asof=last-tuesday`);
  await expect(page.getByTestId("ignored-notice")).toContainText("asof=last-tuesday");
  await expect(page.getByTestId("ignored-notice")).toContainText("not a UTC timestamp");
  await expect(page.getByTestId("statement")).toBeVisible();
  await page.goto(`/positions/${RECORD}?asof=2001-01-01`);
  await expect(page.getByTestId("asof-banner")).toContainText("not in the database yet");
});
