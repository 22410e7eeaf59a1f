import { expect, test } from "@playwright/test";

// The corpus server: seeds + 20,000 synthetic records, many of them coded on the curated propositions.
test("the shift grid opens from a proposition and a cell opens its records", async ({ page }) => {
  await page.goto("/topics/cyber-security");
  await page.getByTestId("propositions").getByRole("link", { name: "who moved: shift grid" }).first().click();
  await page.waitForURL(/\/shifts\?proposition=/);
  const grid = page.getByTestId("shift-grid");
  await expect(grid).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Who moved:");
  // Speakers down the side, periods across, and both kinds of silence named apart.
  expect(await grid.locator("tbody tr").count()).toBeGreaterThan(1);
  expect(await grid.locator("thead th").count()).toBeGreaterThan(2);
  await expect(page.getByTestId("grid-scope")).toContainText("not coded");
  await expect(page.getByTestId("grid-scope")).toContainText("Coded not addressed");

  // The first speaker with a cell that holds records (an inner locator is matched inside each row).
  const row = grid
    .locator("tbody tr")
    .filter({ has: page.getByTestId("grid-cell") })
    .first();
  const speaker = await row.getAttribute("data-speaker");
  const cell = row.getByTestId("grid-cell").first();
  const label = (await cell.textContent()) ?? "";
  expect(label).toMatch(/coded|not coded/);
  await cell.click();
  await page.waitForURL(/\/positions\?/);
  const url = new URL(page.url());
  expect(url.searchParams.get("speaker")).toBe(speaker);
  expect(url.searchParams.get("topic")).toBeTruthy();
  expect(url.searchParams.get("from")).toMatch(/^\d{4}$/);
  await expect(page.getByTestId("position-row").first()).toBeVisible();
});

test("the grid by the speakers' country opens a country's timeline for the period", async ({ page }) => {
  await page.goto("/shifts?proposition=sovereignty-basis-of-cooperation");
  await page.getByLabel("Rows").selectOption("country");
  await page.getByRole("button", { name: "Show the grid" }).click();
  await page.waitForURL(/by=country/);
  const grid = page.getByTestId("shift-grid");
  await expect(grid.locator("thead th").first()).toHaveText("Country");
  const vietnam = grid.locator('tbody tr[data-country="VN"]');
  await expect(vietnam.locator("th")).toContainText("Vietnam");
  await vietnam.getByTestId("grid-cell").first().click();
  await page.waitForURL(/\/timeline\?/);
  const url = new URL(page.url());
  expect(url.searchParams.get("country")).toBe("VN");
  expect(url.searchParams.get("topic")).toBeTruthy();
  expect(url.searchParams.get("from")).toMatch(/^\d{4}$/);
});

test("with the latest events across, a cell opens the speaker's records at that event", async ({ page }) => {
  await page.goto("/shifts?proposition=sovereignty-basis-of-cooperation");
  await page.getByLabel("Columns").selectOption("event");
  await page.getByRole("button", { name: "Show the grid" }).click();
  await page.waitForURL(/across=event/);
  const grid = page.getByTestId("shift-grid");
  await expect(page.getByTestId("grid-scope")).toContainText("latest dated events");
  // Each column is an event, named, dated and linked to its page.
  const columns = grid.locator("thead th").filter({ has: page.getByRole("link") });
  expect(await columns.count()).toBeGreaterThan(1);
  await expect(columns.first().getByRole("link")).toHaveAttribute("href", /^\/events\//);
  await expect(columns.first().locator("small")).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
  const row = grid
    .locator("tbody tr")
    .filter({ has: page.getByTestId("grid-cell") })
    .first();
  const speaker = await row.getAttribute("data-speaker");
  await row.getByTestId("grid-cell").first().click();
  await page.waitForURL(/\/positions\?/);
  const url = new URL(page.url());
  expect(url.searchParams.get("speaker")).toBe(speaker);
  expect(url.searchParams.get("event")).toBeTruthy();
  await expect(page.getByTestId("position-row").first()).toBeVisible();
});

test("on a phone the grid scrolls inside its box and the page itself does not scroll sideways", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const across of ["period", "event"]) {
    await page.goto(`/shifts?proposition=sovereignty-basis-of-cooperation&across=${across}`);
    await expect(page.getByTestId("shift-grid")).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, across).toBe(0);
  }
});

test("the comparison of two periods links each proposition's shift grid", async ({ page }) => {
  await page.goto("/compare?topic=cyber-security&a=2018..2018&b=2024..2024");
  const links = page.getByTestId("shift-grid-links").getByRole("link");
  expect(await links.count()).toBeGreaterThan(0);
  await links.first().click();
  await page.waitForURL(/\/shifts\?proposition=/);
  await expect(page.getByTestId("shift-grid")).toBeVisible();
});
