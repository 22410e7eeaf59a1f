import { expect, test } from "@playwright/test";

test("pick two marks on the timeline and land on their comparison", async ({ page }) => {
  await page.goto("/timeline?topic=cyber-security&country=VN");
  await expect(page.getByRole("heading", { level: 1, name: "Timeline: Cyber security" })).toBeVisible();
  const row = page.locator('[data-row="capacity-building"]');
  await expect(row.getByTestId("timeline-mark")).toHaveCount(2);
  // Stance and precision are in the accessible name, not only in colour and shape.
  await expect(
    row.getByRole("link", {
      name: /Open record: .*Bùi Văn Nam, 7–8 Nov 2018 \(range precision\), \+1 supports/,
    }),
  ).toBeVisible();
  await expect(page.getByTestId("timeline-table")).toContainText("+1 supports");
  await page.screenshot({ path: "test-results/screenshots/timeline.png", fullPage: true });
  // The 7–8 Nov 2018 mark sits inside 2018: its right edge is left of the 2019 gridline.
  const mark = await row.locator('[data-record="s2ef9t2yt3"] a').first().boundingBox();
  const tick2019 = await page.getByTestId("timeline-chart").getByText("2019", { exact: true }).boundingBox();
  expect(mark && tick2019 && mark.x + mark.width <= tick2019.x).toBe(true);
  // Row gridlines line up with the year labels of the axis.
  const chart = page.getByTestId("timeline-chart");
  const gridline2024 = await row.locator("li[aria-hidden]").last().boundingBox();
  const tick2024 = await chart.getByText("2024", { exact: true }).boundingBox();
  expect(Math.abs((gridline2024?.x ?? 0) - (tick2024?.x ?? 100))).toBeLessThan(2);

  await row.locator('[data-record="s2ef9t2yt3"]').getByTestId("pick-mark").click();
  await page.waitForURL((url) => url.searchParams.get("pick") === "s2ef9t2yt3");
  await expect(page.getByTestId("pick-bar")).toContainText("Picked s2ef9t2yt3");
  // The half-made choice is in the URL: a reload keeps it.
  await page.reload();
  await expect(page.getByTestId("pick-bar")).toContainText("Picked s2ef9t2yt3");

  await page
    .locator('[data-row="capacity-building"] [data-record="fsxc7qkrw9"]')
    .getByTestId("pick-mark")
    .click();
  await page.waitForURL(
    (url) => url.pathname === "/compare" && url.searchParams.get("ids") === "s2ef9t2yt3,fsxc7qkrw9",
  );
  await expect(page.locator('[data-proposition="capacity-building"] [data-change]')).toHaveText(
    "Partial shift",
  );
  await page.reload();
  await expect(page.locator('[data-proposition="capacity-building"] [data-change]')).toHaveText(
    "Partial shift",
  );
});

test("a mark links to its record, and the table holds the same marks", async ({ page }) => {
  await page.goto("/timeline?topic=cyber-security&group=speaker");
  const marks = page.getByTestId("timeline-mark");
  await expect(marks).toHaveCount(10);
  await expect(page.getByTestId("timeline-table").locator("tbody tr")).toHaveCount(10);
  await page
    .locator('[data-record="rb9j45cpkn"]')
    .getByRole("link", { name: /^Open record/ })
    .click();
  await page.waitForURL("**/positions/rb9j45cpkn");
});

test("bad timeline parameters are reported and ignored", async ({ page }) => {
  await page.goto("/timeline?group=colour&topic=cyber-security");
  await expect(page.getByTestId("ignored-notice")).toContainText("group=colour — unknown grouping");
  await expect(page.getByTestId("timeline-mark").first()).toBeVisible();

  await page.goto("/timeline?pick=nope");
  await expect(page.getByTestId("ignored-notice")).toContainText("no record has the id “nope”");
  await page.goto("/timeline?pick=a,b");
  await expect(page.getByTestId("ignored-notice")).toContainText("no record has the id “a”");
  await expect(page.getByTestId("ignored-notice")).toContainText("no record has the id “b”");

  await page.goto("/timeline?speaker=nobody&country=XX");
  await expect(page.getByTestId("ignored-notice")).toContainText("no official “nobody”");
  await expect(page.getByTestId("ignored-notice")).toContainText("no official from country “XX”");
  await expect(page.getByTestId("ignored-notice")).not.toContainText("because a speaker is chosen");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test("the filters fit the screen and only the chart scrolls sideways", async ({ page }) => {
    await page.goto("/timeline?topic=cyber-security&country=VN");
    await expect(page.getByTestId("timeline-mark").first()).toBeAttached();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const form = await page.getByRole("form", { name: "Timeline filters" }).boundingBox();
    expect((form?.x ?? 0) + (form?.width ?? 0)).toBeLessThanOrEqual(390);
  });
});

test("a timeline resting on one coder's drafts says so, as the comparison does", async ({ page }) => {
  // Every seed code is one coder's draft.
  await page.goto("/timeline?topic=cyber-security");
  await expect(page.getByTestId("unsettled-codes")).toContainText(
    /^Rests on \d+ draft \/ \d+ disputed codes/,
  );
  await page.goto("/timeline?topic=cyber-security&bin=year");
  await expect(page.getByTestId("unsettled-codes")).toContainText("a draft has one coder");
});
