import { expect, test } from "@playwright/test";
import { signInAs } from "./fixtures/auth";

// Named *-import.spec.ts so that it runs in the "import" project, one journey at a time on the shared database.
const SCREENS = "test-results/screens";

test("a Vietnamese report of a statement already on file in English is saved as another report of that record", async ({
  page,
}) => {
  const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  // A day of its own, so that no other journey's record of the same speaker shares it.
  const day = 1 + (Date.now() % 27);
  const dd = String(day).padStart(2, "0");
  await signInAs(page, "analyst", "/import");

  // 1. The English report: a new record of a known speaker, dated by the text.
  await page.goto("/import");
  await page
    .getByLabel("Article text")
    .fill(
      `Vietnam backs cyber cooperation ${tag}\n\nHanoi (VNA) – Deputy Minister of Public Security Bui Van Nam said on March ${day} that Vietnam backs closer cooperation against cybercrime ${tag}.`,
    );
  await page.getByLabel("Published (YYYY-MM-DD)").fill(`2019-03-${String(day + 1).padStart(2, "0")}`);
  await page.getByRole("button", { name: "Find statements" }).click();
  await expect(page.getByTestId("candidate")).toHaveCount(1);
  await expect(page.getByTestId("other-reports")).toHaveCount(0);
  await page.getByRole("button", { name: "Save source and 1 record" }).click();
  await expect(page.getByTestId("import-saved")).toContainText("1 new record");
  const [english] = await page.getByTestId("saved-record").allTextContents();
  expect(english).toMatch(/^[a-z0-9]{10}$/);

  // 2. The Vietnamese report of the same statement: offered as another report of the English record.
  await page.goto("/import");
  await page
    .getByLabel("Article text")
    .fill(
      `Việt Nam ủng hộ hợp tác phòng chống tội phạm mạng ${tag}\n\nHà Nội (TTXVN) – Ngày ${day}/3, Thứ trưởng Bộ Công an Bùi Văn Nam cho biết Việt Nam ủng hộ hợp tác chặt chẽ hơn trong phòng chống tội phạm mạng ${tag}.`,
    );
  await page.getByLabel("Published (YYYY-MM-DD)").fill(`2019-03-${String(day + 1).padStart(2, "0")}`);
  await page.getByRole("button", { name: "Find statements" }).click();
  await expect(page.getByTestId("article-language")).toHaveText("Vietnamese");
  const card = page.getByTestId("candidate");
  await expect(card).toHaveCount(1);
  const offer = card.getByTestId("other-reports");
  await expect(offer).toContainText(`Another report of ${english} (English, 2019-03-${dd}`);
  await expect(card.getByText("reported in another language")).toBeVisible();
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.screenshot({ path: `${SCREENS}/extract-cross-language-offer.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await offer.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENS}/extract-cross-language-offer-phone.png` });
  await page.setViewportSize({ width: 1366, height: 900 });
  // Choosing it hides the record's own fields (nothing of them is saved) and the save attaches the passage.
  await offer.getByLabel(`Another report of ${english}`, { exact: false }).check();
  await expect(card.getByLabel("Speaker", { exact: true })).toHaveCount(0);
  await page.getByRole("button", { name: "Save source and 1 record" }).click();
  await expect(page.getByTestId("import-saved")).toContainText(
    "1 added as another appearance of a stored record",
  );
  await expect(page.getByTestId("import-saved")).toContainText("0 new records");

  // 3. The English record lists the Vietnamese report, and no second record of the statement exists.
  await page.goto(`/positions/${english}`);
  await expect(page.getByTestId("appearances")).toContainText("Bùi Văn Nam cho biết");
  await expect(page.getByTestId("appearance-language")).toHaveText("· in Vietnamese");
  await page.screenshot({ path: `${SCREENS}/extract-cross-language-record.png`, fullPage: true });
  await page.goto(`/positions?q=${encodeURIComponent(`toi pham mang ${tag}`)}`);
  await expect(page.getByTestId("position-row")).toHaveCount(0);
});
