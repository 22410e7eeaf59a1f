import { expect, type Page, test } from "@playwright/test";

// Runs against the second e2e server: the 20 curated records plus 20,000 synthetic ones (see playwright.config.ts),
// enough for several pages at the smallest page size.

const rowIds = (page: Page) =>
  page.getByTestId("position-row").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-public-id")));

test("paging walks the whole result in order, and each page is a permalink", async ({ page, browser }) => {
  await page.goto("/positions?sort=date&size=25");
  const total = Number((await page.getByTestId("result-total").innerText()).replaceAll(",", ""));
  expect(total).toBeGreaterThan(100);
  await expect(page.getByTestId("page-status")).toHaveText(`Page 1 of ${Math.ceil(total / 25)}`);
  const first = await rowIds(page);
  expect(first).toHaveLength(25);

  await page.getByTestId("page-next").click();
  await page.waitForURL((url) => url.searchParams.get("page") === "2");
  await expect(page.getByTestId("page-status")).toHaveText(`Page 2 of ${Math.ceil(total / 25)}`);
  const second = await rowIds(page);
  expect(second).toHaveLength(25);
  expect(second.filter((id) => first.includes(id))).toEqual([]);

  // Oldest first: the last row of page 1 is not later than the first row of page 2.
  const dateOf = async (id: string | null) =>
    (await page.request.get(`/api/positions?sort=date&size=100&page=1`)).json().then((body) => {
      const rows = body.rows as { publicId: string; dateStart: string | null }[];
      return rows.find((r) => r.publicId === id)?.dateStart ?? null;
    });
  const lastOfFirst = await dateOf(first[24] ?? null);
  const firstOfSecond = await dateOf(second[0] ?? null);
  if (lastOfFirst && firstOfSecond) expect(lastOfFirst <= firstOfSecond).toBe(true);

  // The same page in a fresh browser shows the same rows, and so does the JSON API.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(page.url());
  expect(await rowIds(other)).toEqual(second);
  await fresh.close();
  const api = await (await page.request.get("/api/positions?sort=date&size=25&page=2")).json();
  expect((api.rows as { publicId: string }[]).map((r) => r.publicId)).toEqual(second);

  await page.getByTestId("page-prev").click();
  await page.waitForURL(
    (url) => url.searchParams.get("page") === null || url.searchParams.get("page") === "1",
  );
  expect(await rowIds(page)).toEqual(first);
});

test("a search matching most records reads as an estimate, with sampled facets, and still pages exactly", async ({
  page,
}) => {
  // "viet" is in nearly every synthetic record ("Viet Nam"): far past the 10,000 matches counted exactly.
  await page.goto("/positions?q=viet&size=25");
  const total = page.getByTestId("result-total");
  await expect(total).toHaveText(/^about \d{1,3}(,\d{3})*$/);
  await expect(total).toHaveAttribute("data-exact", "false");
  await expect(page.getByTestId("total-estimated")).toContainText("from a sample");
  await expect(page.getByTestId("facets-estimated")).toContainText(
    /sample of [\d,]+ of the about [\d,]+ matching/,
  );
  await expect(page.getByTestId("facet-mode").getByRole("link").first()).toContainText("≈");
  await expect(page.getByTestId("page-status")).toHaveText(/^Page 1 of about [\d,]+$/);
  await expect(page.getByRole("link", { name: "Last »" })).toHaveCount(0);
  const first = await rowIds(page);
  expect(first).toHaveLength(25);

  // The rows are exact: page 2 continues page 1 (the JSON API agrees, and marks the total as an estimate).
  await page.getByTestId("page-next").click();
  await page.waitForURL((url) => url.searchParams.get("page") === "2");
  const second = await rowIds(page);
  expect(second).toHaveLength(25);
  expect(second.filter((id) => first.includes(id))).toEqual([]);
  const api = await (await page.request.get("/api/positions?q=viet&size=25&page=2")).json();
  expect(api).toMatchObject({ totalExact: false, facetsExact: false });
  expect((api.rows as { publicId: string }[]).map((r) => r.publicId)).toEqual(second);

  // A facet click narrows the view; a large view without a search keeps an exact total.
  await page.goto("/positions?mode=paraphrase");
  await expect(page.getByTestId("result-total")).toHaveAttribute("data-exact", "true");
  await expect(page.getByTestId("result-total")).toHaveText(/^\d{1,3}(,\d{3})*$/);
});
