import { expect, test } from "@playwright/test";

// Runs against the corpus server (seeds + 20,000 synthetic records): a topic holds thousands of records, so the
// timeline draws bins, not marks.

test("a large topic is drawn as bins; zoom by URL, reopen the permalink, follow a bin to its records", async ({
  page,
}) => {
  await page.goto("/timeline?topic=cyber-security");
  const chart = page.getByTestId("timeline-chart");
  await expect(chart).toHaveAttribute("data-bins", /^(week|month|quarter|year)$/);
  await expect(page.getByTestId("timeline-summary")).toContainText("drawn as bins");
  await expect(page.getByTestId("timeline-mark")).toHaveCount(0);
  const bins = page.getByTestId("timeline-bin");
  expect(await bins.count()).toBeGreaterThan(10);
  // Each bar says what it holds, in words as well as height and colour.
  await expect(bins.first()).toHaveAttribute("aria-label", /^.+, .+: [\d,]+ records?/);
  // The table twin is paged: a bounded number of rows and a pager in the URL.
  expect(await page.getByTestId("timeline-table").locator("tbody tr").count()).toBeLessThanOrEqual(50);

  // Zoom with an axis label: the window lands in the URL.
  await chart.getByRole("link", { name: "Zoom to 2018" }).click();
  await page.waitForURL(
    (url) => url.searchParams.get("from") === "2018" && url.searchParams.get("to") === "2018",
  );
  await expect(page.getByTestId("timeline-summary")).toContainText("in this window");
  await expect(page.getByTestId("zoom-bar").getByRole("link", { name: "Zoom out" })).toBeVisible();

  // Zoom and bin size typed into the URL; the permalink reopens exactly that view.
  const permalink = "/timeline?topic=cyber-security&from=2018-07&to=2018-12&bin=month";
  await page.goto(permalink);
  await expect(chart).toHaveAttribute("data-bins", "month");
  const starts = await bins.evaluateAll((els) => els.map((e) => e.getAttribute("data-bin")));
  expect(starts.length).toBeGreaterThan(0);
  for (const s of starts) expect(s && s >= "2018-07-01" && s <= "2018-12-01").toBe(true);
  const again = await page.context().newPage();
  await again.goto(permalink);
  await expect(again.getByRole("textbox", { name: "From", exact: true })).toHaveValue("2018-07");
  await expect(again.getByRole("textbox", { name: "To", exact: true })).toHaveValue("2018-12");
  await expect(again.getByTestId("timeline-chart")).toHaveAttribute("data-bins", "month");
  expect(
    await again.getByTestId("timeline-bin").evaluateAll((els) => els.map((e) => e.getAttribute("data-bin"))),
  ).toEqual(starts);
  await again.close();

  // A bad zoom value is reported and ignored, never an error page.
  await page.goto("/timeline?topic=cyber-security&from=soon&bin=decade");
  await expect(page.getByTestId("ignored-notice")).toContainText("from=soon — not a date");
  await expect(page.getByTestId("ignored-notice")).toContainText("bin=decade — unknown bin size");

  // A bin opens its records in the positions table, in the table's own grammar.
  await page.goto(permalink);
  const bin = bins.first();
  const label = (await bin.getAttribute("aria-label")) ?? "";
  const binStart = await bin.getAttribute("data-bin");
  const n = Number(/: ([\d,]+) records?/.exec(label)?.[1]?.replace(/,/g, "") ?? "0");
  expect(n).toBeGreaterThan(0);
  await bin.click();
  await page.waitForURL(
    (url) =>
      url.pathname === "/positions" &&
      url.searchParams.get("topic") === "cyber-security" &&
      url.searchParams.get("from") === binStart &&
      (url.searchParams.get("to") ?? "").slice(0, 7) === binStart?.slice(0, 7),
  );
  await expect(page.locator("tbody tr").first()).toBeVisible();
});

test("a narrow window holds few enough records to draw them one by one, and two can be picked", async ({
  page,
}) => {
  await page.goto("/timeline?topic=cyber-security&from=2018-11-07&to=2018-11-08");
  await expect(page.getByTestId("timeline-summary")).toContainText("each drawn as a mark");
  const marks = page.getByTestId("timeline-mark");
  expect(await marks.count()).toBeGreaterThan(1);
  const first = await marks.nth(0).getAttribute("data-record");
  await marks.nth(0).getByTestId("pick-mark").click();
  await page.waitForURL((url) => url.searchParams.get("pick") === first);
  // The zoom survives picking.
  expect(new URL(page.url()).searchParams.get("from")).toBe("2018-11-07");
  const second = page.locator(`[data-testid="timeline-mark"]:not([data-record="${first}"])`).first();
  await second.getByTestId("pick-mark").click();
  await page.waitForURL(
    (url) => url.pathname === "/compare" && (url.searchParams.get("ids") ?? "").includes(first ?? "?"),
  );
});
