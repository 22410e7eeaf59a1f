import { expect, test } from "@playwright/test";
import { signInAs } from "./fixtures/auth";

// Named *-import.spec.ts so that it runs in the "import" project, after the journeys that count seeded records.
const SCREENS = "test-results/screens";

function uniqueTag(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

test("a Vietnamese article: imported, reviewed with the keyboard, accepted, found by a search without diacritics", async ({
  page,
}) => {
  const tag = uniqueTag();
  const article = [
    `Việt Nam thúc đẩy hợp tác an ninh mạng khu vực ${tag}`,
    "",
    `Hà Nội (TTXVN) – Ngày 24/4, tại Hội nghị Bộ trưởng ASEAN về An ninh mạng lần thứ 8 (AMCC-8) tại Singapore, Thứ trưởng Bộ Công an, Thượng tướng Bùi Văn Nam nhấn mạnh Việt Nam cam kết thúc đẩy hợp tác an ninh mạng trong ASEAN ${tag}.`,
    "",
    "Bộ trưởng Ngoại giao Indonesia Sugiono cho biết Indonesia ủng hộ sáng kiến này.",
    "",
    `Theo Thứ trưởng, các nước cần tăng cường đối thoại về an ninh mạng ${tag}.`,
  ].join("\n");

  await signInAs(page, "analyst", "/import");
  await page.goto("/import");
  await page.getByLabel("Article text").fill(article);
  await page.getByLabel("Published (YYYY-MM-DD)").fill("2024-04-25");
  await page.getByRole("button", { name: "Find statements" }).click();

  await expect(page.getByTestId("article-language")).toHaveText("Vietnamese");
  const cards = page.getByTestId("candidate");
  // Two proposals, and the Indonesian minister set aside with the reason.
  await expect(cards).toHaveCount(3);
  await expect(page.getByTestId("set-aside-summary")).toContainText("not a Vietnamese official");
  const [first, second, foreign] = [cards.nth(0), cards.nth(1), cards.nth(2)];
  // Nothing to decide on the first two (a known person, written with diacritics, and his stored role): compact
  // cards with the speaker, role, event and date.
  await expect(first.getByTestId("compact")).toBeVisible();
  await expect(first.getByTestId("compact-speaker")).toHaveText("Bui Van Nam");
  await expect(first.getByTestId("compact")).toContainText("Deputy Minister of Public Security");
  await expect(first.getByTestId("compact")).toContainText("Bộ Công an");
  await expect(first.getByTestId("compact")).toContainText("AMCC-8");
  await expect(first.getByTestId("compact")).toContainText("2024-04-24");
  await expect(second.getByTestId("compact-speaker")).toHaveText("Bui Van Nam");
  // Only the flagged card opens its fields: the foreign minister, set aside.
  await expect(foreign.getByTestId("compact")).toHaveCount(0);
  await expect(foreign.getByTestId("accept")).not.toBeChecked();
  // Why the second one is his: the rule and the people it weighed.
  await second.getByTestId("provenance").locator("summary").click();
  await expect(second.getByTestId("provenance")).toContainText("“theo” + speaker");
  await expect(second.getByTestId("provenance")).toContainText("Bui Van Nam (chosen)");
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.screenshot({ path: `${SCREENS}/extract-vi-review.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await first.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENS}/extract-vi-review-phone.png` });
  await page.setViewportSize({ width: 1366, height: 900 });

  // The keyboard: accept the first, reject the second, go back and accept it after all, leave the third.
  await page.getByTestId("start-review").click();
  await expect(first).toHaveAttribute("data-current", "true");
  await expect(first).toBeFocused();
  await page.keyboard.press("a");
  await expect(second).toHaveAttribute("data-current", "true");
  await page.keyboard.press("r");
  await expect(second).toHaveAttribute("data-state", "rejected");
  await expect(foreign).toHaveAttribute("data-current", "true");
  await page.keyboard.press("k");
  await expect(second).toHaveAttribute("data-current", "true");
  await page.keyboard.press("a");
  await expect(second).toHaveAttribute("data-state", "accepted");
  await expect(first).toHaveAttribute("data-state", "accepted");
  await expect(foreign).toHaveAttribute("data-state", "rejected");
  await page.screenshot({ path: `${SCREENS}/extract-vi-keyboard.png` });

  await page.getByRole("button", { name: "Save source and 2 records" }).click();
  await expect(page.getByTestId("import-saved")).toContainText("2 new records");
  const ids = await page.getByTestId("saved-record").allTextContents();
  expect(ids).toHaveLength(2);

  // Found in the table by words typed without diacritics.
  await page.goto(`/positions?q=${encodeURIComponent(`an ninh mang ${tag}`)}`);
  for (const id of ids)
    await expect(page.locator(`[data-testid="position-row"][data-public-id="${id}"]`)).toBeVisible();
  await expect(page.getByTestId("position-row")).toHaveCount(2);
  await page.goto(`/positions?q=${encodeURIComponent(`thuong tuong bui van nam ${tag}`)}`);
  await expect(page.getByTestId("position-row")).toHaveCount(1);
  await page.screenshot({ path: `${SCREENS}/extract-vi-table.png`, fullPage: true });

  // The records keep their language.
  const response = await page.request.get("/import/export?format=json");
  const records = ((await response.json()) as { records: Array<Record<string, unknown>> }).records;
  const saved = records.filter((r) => ids.includes(String(r.public_id)));
  expect(saved.map((r) => r.language)).toEqual(["vi", "vi"]);
});
