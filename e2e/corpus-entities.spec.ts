import { expect, test } from "@playwright/test";

// Runs against the corpus server (20 curated + 20,000 synthetic records, a few hundred events, see
// playwright.config.ts): the lists page and search, and an official's page shows a bounded sample of records with
// a link to all of them in the positions table.

const eventNames = (page: import("@playwright/test").Page) =>
  page.getByTestId("events").locator("li > a").allInnerTexts();

test("the events list pages and searches, both in the URL", async ({ page }) => {
  await page.goto("/events");
  const status = page.getByTestId("list-total").first();
  await expect(status).toContainText(/^1–50 of [\d,]+ events$/);
  const total = Number((await status.innerText()).match(/of ([\d,]+)/)?.[1]?.replace(/,/g, ""));
  expect(total).toBeGreaterThan(100);
  const first = await eventNames(page);
  expect(first).toHaveLength(50);

  await page.getByRole("link", { name: "Next page" }).first().click();
  await page.waitForURL((url) => url.searchParams.get("page") === "2");
  await expect(page.getByTestId("list-total").first()).toContainText(
    `51–100 of ${total.toLocaleString("en")}`,
  );
  const second = await eventNames(page);
  expect(second).toHaveLength(50);
  expect(second.filter((n) => first.includes(n))).toEqual([]);

  // Search for one event by a distinctive part of its name: the result holds it and is smaller.
  const wanted = second[7] ?? "";
  await page.getByRole("searchbox", { name: /Search names/ }).fill(wanted);
  await page.getByRole("button", { name: "Search" }).click();
  await page.waitForURL((url) => url.searchParams.get("q") === wanted && !url.searchParams.has("page"));
  await expect(page.getByTestId("events")).toContainText(wanted);
  const found = Number(
    (await page.getByTestId("list-total").first().innerText()).match(/of ([\d,]+)/)?.[1]?.replace(/,/g, ""),
  );
  expect(found).toBeGreaterThan(0);
  expect(found).toBeLessThan(total);

  // A bad page number is reported, not a failure, and the first page is shown.
  const bad = await page.goto("/events?page=-3&sort=x");
  expect(bad?.status()).toBe(200);
  await expect(page.getByTestId("ignored")).toContainText("page=-3");
  await expect(page.getByTestId("ignored")).toContainText("sort=x");
  await expect(page.getByTestId("list-total").first()).toContainText("1–50 of");
});

test("an official's page shows a bounded set of latest records and links to all of them", async ({
  page,
}) => {
  await page.goto("/officials");
  const busiest = page.getByTestId("officials").locator("li").first();
  const name = await busiest.locator("a").innerText();
  await busiest.locator("a").click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  const summary = page.getByTestId("official-summary");
  const total = Number((await summary.innerText()).match(/^([\d,]+) records/)?.[1]?.replace(/,/g, ""));
  expect(total).toBeGreaterThan(100);
  await expect(page.getByTestId("per-year")).toBeVisible();
  await expect(page.getByTestId("roles")).toBeVisible();

  // Twenty newest records, each once, newest first.
  const latest = page.getByTestId("latest-records").locator("li");
  await expect(latest).toHaveCount(20);
  const hrefs = await latest.locator(":scope > a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(new Set(hrefs).size).toBe(20);

  await page.getByTestId("all-records").click();
  await page.waitForURL((url) => url.pathname === "/positions" && url.searchParams.has("speaker"));
  await expect(page.getByTestId("result-total")).toHaveText(total.toLocaleString("en"));
});
