import { expect, type Page, test } from "@playwright/test";

// The e2e database holds the 20 curated seed records (see e2e/server.sh); nothing here writes to it.

const table = (page: Page) => page.getByTestId("positions-table");
const rowIds = (page: Page) =>
  page.getByTestId("position-row").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-public-id")));
const headers = (page: Page) => table(page).locator("thead th").allInnerTexts();
const total = (page: Page) => page.getByTestId("result-total");

test("filter by topic and text, sort, resize the page and hide a column: the URL is the view", async ({
  page,
  browser,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/positions");
  await expect(total(page)).toHaveText("20");
  await expect(page.getByTestId("facet-mode").getByRole("link", { name: /Paraphrase/ })).toContainText("18");

  // A facet click narrows the rows and the counts.
  await page
    .getByTestId("facet-topic")
    .getByRole("link", { name: /Cyber security/ })
    .click();
  await page.waitForURL(/[?&]topic=cyber-security/);
  await expect(total(page)).toHaveText("10");
  await expect(page.getByTestId("position-row")).toHaveCount(10);
  await expect(page.getByTestId("facet-mode").getByRole("link", { name: /Paraphrase/ })).toContainText("9");
  await expect(page.getByTestId("facet-speaker").getByRole("link", { name: /Bùi Văn Nam/ })).toContainText(
    "4",
  );

  // Sort by speaker from the keyboard: focus the header button and press Enter.
  await page.getByTestId("sort-speaker").focus();
  await page.keyboard.press("Enter");
  await page.waitForURL(/[?&]sort=speaker(&|$)/);
  await expect(page.getByTestId("position-row").first().locator('[data-column="speaker"]')).toHaveText(
    "Bùi Văn Nam",
  );
  await page.getByTestId("sort-speaker").click();
  await page.waitForURL(/[?&]sort=-speaker/);
  await expect(page.getByTestId("position-row").first().locator('[data-column="speaker"]')).toHaveText(
    "Đặng Hoàng Giang",
  );

  // Search without diacritics; the topic and the order are kept.
  await page.getByTestId("search-input").fill("bui van nam");
  await page.getByRole("button", { name: "Apply" }).click();
  await page.waitForURL(/[?&]q=bui\+van\+nam/);
  expect(page.url()).toContain("topic=cyber-security");
  expect(page.url()).toContain("sort=-speaker");
  await expect(total(page)).toHaveText("4");
  await expect(table(page).locator("mark").first()).toBeVisible();

  // Hide a column.
  await page.getByTestId("column-chooser").locator("summary").click();
  // The checkbox shows the URL's state: it clears once the new view has loaded.
  await page.getByRole("checkbox", { name: "Role · organisation" }).click();
  await page.waitForURL(/[?&]cols=/);
  await expect(page.getByRole("checkbox", { name: "Role · organisation" })).not.toBeChecked();
  expect(new URL(page.url()).searchParams.get("cols")).not.toContain("post");
  await expect(table(page).getByRole("columnheader", { name: "Role · organisation" })).toHaveCount(0);

  // Page size is part of the view too.
  await page.getByTestId("page-size").selectOption("25");
  await page.waitForURL(/[?&]size=25/);
  await expect(page.getByTestId("page-status")).toHaveText("Page 1 of 1");

  const ids = await rowIds(page);
  const cols = await headers(page);
  const facets = await page.getByTestId("facet-speaker").textContent();
  expect(ids).toHaveLength(4);

  // A reload shows the same view.
  await page.reload();
  expect(await rowIds(page)).toEqual(ids);
  expect(await headers(page)).toEqual(cols);

  // The copied link, opened in a fresh browser context, shows exactly the same view.
  await page.getByTestId("copy-link").click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).search).toBe(new URL(page.url()).search);
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(copied);
  expect(await rowIds(other)).toEqual(ids);
  expect(await headers(other)).toEqual(cols);
  expect(await other.getByTestId("facet-speaker").textContent()).toBe(facets);
  await expect(other.getByTestId("search-input")).toHaveValue("bui van nam");
  await fresh.close();
});

for (const viewport of [
  { width: 1366, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`the filter form sends only its non-empty fields: one request, no redirect (${viewport.width})`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto("/positions?sort=speaker");
    await expect(total(page)).toHaveText("20");
    // Below 900 px the filters fold behind one button.
    if (viewport.width < 900) await page.getByTestId("filters-toggle").click();
    // Every request for a /positions view from now on, prefetches aside (links prefetch the views they lead to),
    // and every redirect. A streamed response may never "finish" for Playwright, so requests are counted.
    const loads: URL[] = [];
    const redirects: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.pathname === "/positions" && !request.headers()["next-router-prefetch"]) loads.push(url);
    });
    page.on("response", (response) => {
      if (response.status() >= 300 && response.status() < 400) redirects.push(response.url());
    });
    await page.getByRole("checkbox", { name: "Paraphrase" }).check();
    await page.getByRole("textbox", { name: "From" }).fill("2018");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL(/[?&]from=2018/);
    await expect(page.getByRole("list", { name: "Active filters" })).toContainText("mode is Paraphrase");
    const address = new URL(page.url());
    expect([...address.searchParams.keys()].sort()).toEqual(["from", "mode", "sort"]);
    expect([...address.searchParams.values()].every((v) => v !== "")).toBe(true);
    // The chips are rendered from the response, so a redirect would have been followed by now.
    expect(loads).toHaveLength(1);
    expect(redirects).toEqual([]);
    expect([...(loads[0]?.searchParams.values() ?? [])].filter((v) => v === "")).toEqual([]);
    await page.screenshot({
      path: `test-results/screenshots/positions-form-filter-${viewport.width}.png`,
      fullPage: true,
    });
  });
}

test("an address with empty keys (a form sent without JavaScript) is shown at its canonical form", async ({
  page,
}) => {
  await page.goto("/positions?q=&from=&to=&mode=paraphrase&attribution=");
  await page.waitForURL((url) => url.search === "?mode=paraphrase");
  await expect(page.getByRole("list", { name: "Active filters" })).toContainText("mode is Paraphrase");
  await expect(page.getByTestId("ignored-notice")).toHaveCount(0);
});

test("garbage in the URL shows a notice, never an error page", async ({ page }) => {
  const response = await page.goto(
    `/positions?sort=password&page=abc&size=7&cols=nope&from=soon&kind=party&speaker=nobody&q=${encodeURIComponent('"NEAR( AND -* 🙂')}`,
  );
  expect(response?.status()).toBe(200);
  const notice = page.getByTestId("ignored-notice");
  await expect(notice).toBeVisible();
  for (const part of [
    "sort=password",
    "page=abc",
    "size=7",
    "cols=nope",
    "from=soon",
    "kind=party",
    "speaker=nobody",
  ]) {
    await expect(notice).toContainText(part);
  }
  await expect(page.getByText("Something went wrong")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Position records" })).toBeVisible();
});

test("a page past the end says so and links back to the last page", async ({ page }) => {
  await page.goto("/positions?page=2&size=25");
  await expect(page.getByTestId("empty-state")).toContainText("Page 2 is past the end");
  await page.getByRole("link", { name: "Go to the last page" }).click();
  await page.waitForURL((url) => !url.searchParams.has("page"));
  await expect(page.getByTestId("position-row")).toHaveCount(20);
});

test("the export has exactly the view's rows, in its order, as CSV with BOM and as JSON", async ({
  page,
}) => {
  await page.goto("/positions?topic=cybercrime&sort=speaker&size=25&cols=date,speaker");
  const ids = await rowIds(page);
  expect(ids).toHaveLength(4);

  const csvHref = await page.getByTestId("export-csv").getAttribute("href");
  expect(csvHref).toContain("topic=cybercrime");
  const csv = await page.request.get(csvHref ?? "");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const body = Buffer.from(await csv.body());
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = body.toString("utf8").slice(1).trim().split("\r\n");
  // The record columns (README "Record columns"), the same as /import/export's and the bulk import's.
  expect(lines[0]?.startsWith("public_id,source_sha256,")).toBe(true);
  expect(lines[0]?.endsWith(",topics,stance_summary,annotation_count")).toBe(true);
  // One line per record (the seed texts have no line breaks), in the view's order.
  expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(ids);
  expect(body.toString("utf8")).toContain("Bùi Văn Nam");

  const json = await page.request.get((await page.getByTestId("export-json").getAttribute("href")) ?? "");
  const file = (await json.json()) as { format: string; columns: string[]; records: { public_id: string }[] };
  expect(file.format).toBe("positions-records");
  expect(file.columns.join(",")).toBe(lines[0]);
  expect(file.records.map((r) => r.public_id)).toEqual(ids);

  const api = await page.request.get("/api/positions?topic=cybercrime&sort=speaker&size=25");
  const pageJson = (await api.json()) as { total: number; rows: { publicId: string }[] };
  expect(pageJson.total).toBe(4);
  expect(pageJson.rows.map((r) => r.publicId)).toEqual(ids);
});
