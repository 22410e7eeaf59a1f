import { expect, type Page, test } from "@playwright/test";

async function expectRecord(page: Page) {
  await expect(page.getByRole("heading", { level: 1, name: "Đặng Hoàng Giang, 20 Jun 2024" })).toBeVisible();
  await expect(page.getByTestId("role")).toContainText(
    "Ambassador, Permanent Representative of Vietnam to the UN",
  );
  await expect(page.getByTestId("date")).toContainText("precision: day; inferred");
  await expect(page.getByTestId("date-note")).toContainText("Cho Tae-yul");
  await expect(page.getByTestId("event")).toContainText("UNSC open debate");
  await expect(page.getByTestId("provenance")).toContainText("State media");
  await expect(page.getByTestId("coded-positions")).toContainText("Sovereignty as basis of cooperation");
  await expect(page.getByTestId("coded-positions")).toContainText("Not addressed");

  // The evidence passage, located by code point offsets after the dateline's astral junk character.
  const mark = page.locator("#evidence");
  await expect(mark).toHaveText(
    "Vietnam backs and actively participates in international cooperation in this regard on the basis of respect " +
      "for national independence and sovereignty, no interference into internal affairs and sharing of " +
      "responsibilities in promoting responsible behaviours on the cyberspace, Giang said.",
  );
  // The junk is gone from the displayed source; the highlight did not move.
  await expect(page.getByTestId("source-text")).toContainText("New York, (VNA) - Vietnam has urged");
  // Scrolled into view inside the source box.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const box = document.getElementById("source-text")?.getBoundingClientRect();
        const m = document.getElementById("evidence")?.getBoundingClientRect();
        return !!box && !!m && m.top >= box.top && m.bottom <= box.bottom;
      }),
    )
    .toBe(true);
  await expect(page.locator("#annotations").getByRole("heading", { name: "Annotations" })).toBeVisible();
}

test("a record shows its evidence highlighted in the source, and reloads the same", async ({ page }) => {
  await page.goto("/positions/rb9j45cpkn");
  await expectRecord(page);
  await page.screenshot({ path: "test-results/screenshots/record.png", fullPage: true });
  await page.reload();
  await expectRecord(page);
});

test("related records lead to a comparison", async ({ page }) => {
  await page.goto("/positions/rb9j45cpkn");
  await expect(page.getByTestId("related-same-speaker").locator("li")).toHaveCount(5);
  await expect(page.getByTestId("related-same-event")).toContainText(
    "No other record from this event beyond those listed above",
  );
  const sameTopic = page.getByTestId("related-same-topic");
  await sameTopic
    .locator('a[href="/compare?ids=rb9j45cpkn,r6xm3qpjm3"]', { hasText: "Compare with this record" })
    .click();
  await page.waitForURL((url) => url.searchParams.get("ids") === "rb9j45cpkn,r6xm3qpjm3");
  await expect(page.locator('[data-proposition="sovereignty-basis-of-cooperation"]')).toContainText(
    "No shift",
  );
});

test("an unknown record is not found", async ({ page }) => {
  const response = await page.goto("/positions/no-such-record");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});

test("officials, events and topics pages link the records", async ({ page }) => {
  await page.goto("/officials/bui-van-nam");
  await expect(page.getByRole("heading", { level: 1, name: "Bùi Văn Nam" })).toBeVisible();
  await expect(page.getByTestId("roles")).toContainText("Deputy Minister of Public Security");
  await page.goto("/events/moscow-2018-heads-of-special-services");
  await expect(page.getByTestId("outcome")).toContainText("joint communiqué");
  await page.goto("/topics/cyber-security");
  await expect(page.getByTestId("subtopics")).toContainText("Cybercrime");
  await expect(page.getByTestId("propositions")).toContainText("Code of conduct for cyberspace");
  expect((await page.goto("/topics/nope"))?.status()).toBe(404);
});
