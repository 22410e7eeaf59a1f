import { expect, type Page, test } from "@playwright/test";

// Runs against the second e2e server: the 20 curated records plus 20,000 synthetic ones (see playwright.config.ts),
// enough for several pages at the smallest page size.

const rowIds = (page: Page) =>
  page.getByTestId("position-row").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-public-id")));

test("paging walks the whole result in order, and each page is a permalink", async ({ page, browser }) => {
  await page.goto("/positions?sort=date&size=25");
  const total = Number(await page.getByTestId("result-total").innerText());
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
