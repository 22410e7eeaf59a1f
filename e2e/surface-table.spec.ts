import { expect, type Page, test } from "@playwright/test";

// The e2e database holds the 20 curated seed records (see e2e/server.sh); nothing here writes to it.

/** The first row's statement cell lies wholly inside the viewport, and nothing makes the page scroll sideways. */
async function expectStatementInView(page: Page) {
  const viewport = page.viewportSize();
  if (!viewport) throw new Error("no viewport");
  const cell = page.getByTestId("position-row").first().locator('[data-column="excerpt"]');
  await expect(cell).toBeVisible();
  const box = await cell.boundingBox();
  expect(box).not.toBeNull();
  if (!box) return;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
}

for (const size of [
  { width: 1366, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`at ${size.width}x${size.height} the statement is read first, without sideways scrolling`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await page.goto("/positions");
    await expectStatementInView(page);
    // The statement comes right after the date and the speaker.
    const order = await page
      .getByTestId("position-row")
      .first()
      .locator("td")
      .evaluateAll((cells) => cells.map((c) => c.getAttribute("data-column")));
    expect(order.slice(0, 4)).toEqual(["select", "date", "speaker", "excerpt"]);

    // A search's highlights are in view too.
    await page.goto("/positions?q=cyberspace");
    await expectStatementInView(page);
    await expect(page.getByTestId("position-row").first().locator("mark").first()).toBeInViewport();

    // Every column shown is still a choice that stays in the URL.
    await page.goto(
      "/positions?cols=date,speaker,excerpt,role,organization,topics,event,mode,stance,annotations",
    );
    await expect(page.getByTestId("positions-table").locator("thead th")).toHaveCount(11);
  });
}

test("on a phone the records come first and the filters open from one button", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/positions?topic=cyber-security");
  const search = page.getByTestId("search-input");
  await expect(search).toBeHidden();
  const toggle = page.getByTestId("filters-toggle");
  await expect(toggle).toHaveText(/\(1 active\)/);
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await search.fill("bui van nam");
  await page.getByRole("button", { name: "Apply" }).click();
  await page.waitForURL(/[?&]q=bui\+van\+nam/);
  await expect(page.getByTestId("result-total")).toHaveText("4");
  // The new view starts with the filters folded again and the records first.
  await expect(page.getByTestId("search-input")).toBeHidden();
  await expectStatementInView(page);
});

test("keyboard only: sort, tick two records, compare them", async ({ page }) => {
  await page.goto("/positions?topic=cyber-security&sort=date");
  // Sort by speaker from its header link.
  await page.getByTestId("sort-speaker").focus();
  await page.keyboard.press("Enter");
  await page.waitForURL(/[?&]sort=speaker(&|$)/);
  await expect(page.getByTestId("position-row").first().locator('[data-column="speaker"]')).toHaveText(
    "Bùi Văn Nam",
  );

  const rows = page.getByTestId("position-row");
  const firstId = await rows.nth(0).getAttribute("data-public-id");
  const lastId = await rows.nth(9).getAttribute("data-public-id");
  if (!firstId || !lastId) throw new Error("rows without ids");

  // Tick with the space bar; the selection goes into the URL and the box keeps the focus.
  const box = (id: string) => page.getByRole("checkbox", { name: `Select record ${id} for comparison` });
  await box(firstId).focus();
  await page.keyboard.press("Space");
  await page.waitForURL((url) => url.searchParams.get("sel") === firstId);
  await expect(box(firstId)).toBeChecked();
  await expect(box(firstId)).toBeFocused();
  await expect(page.getByTestId("selection-bar")).toContainText("1 record selected");
  await expect(page.getByTestId("compare-selected")).toHaveCount(0);

  await box(lastId).focus();
  await page.keyboard.press("Space");
  await page.waitForURL((url) => url.searchParams.get("sel") === `${firstId},${lastId}`);
  // The selection survives a reload (it is the URL) ...
  await page.reload();
  await expect(box(firstId)).toBeChecked();
  await expect(box(lastId)).toBeChecked();
  // ... and the comparison opens from the keyboard.
  const compare = page.getByTestId("compare-selected");
  await expect(compare).toHaveText("Compare selected (2)");
  await compare.focus();
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/compare\?ids=/);
  const ids = new URL(page.url()).searchParams.get("ids")?.split(",");
  expect(ids?.sort()).toEqual([firstId, lastId].sort());
  for (const id of [firstId, lastId]) {
    await expect(page.locator(`a[href="/positions/${id}"]`).first()).toBeVisible();
  }
});

test("a fifth tick is refused and said so; Clear selection unticks everything", async ({ page }) => {
  await page.goto("/positions?sort=date");
  const rows = page.getByTestId("position-row");
  const ids = await rows.evaluateAll((r) => r.slice(0, 5).map((x) => x.getAttribute("data-public-id") ?? ""));
  const sel = ids.slice(0, 4).join(",");
  await page.goto(`/positions?sort=date&sel=${sel}`);
  await expect(page.getByTestId("compare-selected")).toHaveText("Compare selected (4)");
  const fifth = page.getByRole("checkbox", { name: `Select record ${ids[4]} for comparison` });
  await fifth.check({ force: true }).catch(() => {});
  await expect(page.getByTestId("selection-bar")).toContainText("At most 4 records can be compared");
  await expect(fifth).not.toBeChecked();
  expect(new URL(page.url()).searchParams.get("sel")).toBe(sel);

  await page.getByRole("link", { name: "Clear selection" }).click();
  await page.waitForURL((url) => !url.searchParams.has("sel"));
  await expect(page.getByRole("checkbox", { checked: true, name: /^Select record/ })).toHaveCount(0);
});
