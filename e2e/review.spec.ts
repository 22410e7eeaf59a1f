import { type Browser, expect, type Page, test } from "@playwright/test";
import { signInAs, type TestAccount } from "./fixtures/auth";

// A seed record nobody else's journey codes (undated, uncoded), compared with a coded 2024 record.
const RECORD = "qnzffegkbz";
const OTHER = "rb9j45cpkn";
const PROPOSITION = "sovereignty-basis-of-cooperation";
const COMPARE = `/compare?ids=${OTHER},${RECORD}`;

async function signedIn(browser: Browser, account: TestAccount): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, account);
  return page;
}

async function code(page: Page, label: string, basis: string) {
  await page.goto(`/coding/${RECORD}`);
  const row = page.getByTestId(`coding-${PROPOSITION}`);
  await row.getByLabel("Position").selectOption({ label });
  await row.getByLabel("Words that carry it").fill(basis);
  await page.getByRole("button", { name: "Save coded positions" }).click();
  await expect(page.getByTestId("coding-form").getByRole("status")).toContainText("Coded positions saved");
  return row;
}

async function changeOnCompare(page: Page): Promise<string> {
  await page.goto(COMPARE);
  return (
    (await page
      .locator(`[data-proposition="${PROPOSITION}"] [data-testid="change"] [data-change]`)
      .textContent()) ?? ""
  );
}

test("two analysts code a record differently, blind; both codes show as disputed; a reviewer adjudicates and the comparison changes", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const ana = await signedIn(browser, "analyst");
  const bao = await signedIn(browser, "analyst2");
  const rev = await signedIn(browser, "admin");

  await ana.setViewportSize({ width: 1366, height: 900 });
  const anaRow = await code(ana, "+2 strongly supports", "respect for independence and sovereignty");
  await expect(anaRow.getByTestId("review-status")).toHaveText("Draft (one coder)");
  const before = await changeOnCompare(ana);

  // Blind: the second analyst sees that someone coded it, not what, on the coding page and on the record page.
  await bao.goto(`/coding/${RECORD}`);
  const baoRow = bao.getByTestId(`coding-${PROPOSITION}`);
  await expect(baoRow.getByTestId("blind-note")).toContainText("Another coder has coded this");
  await expect(baoRow.getByTestId("coders-side-by-side")).toHaveCount(0);
  await expect(baoRow.getByLabel("Position")).toHaveValue("");
  await bao.goto(`/positions/${RECORD}`);
  await expect(bao.getByTestId("blind-position")).toContainText("hidden until you code it");
  // The code is in a closed "Show it anyway": not on screen unless asked for.
  const hidden = bao.getByTestId("blind-position").getByTestId("blind-value");
  await expect(hidden).toBeHidden();
  await bao.getByText("Show it anyway").click();
  await expect(hidden).toContainText("respect for independence and sovereignty");

  await code(bao, "-2 strongly opposes", "no word of sovereignty here");
  // Both codes side by side, with their basis, and the item disputed; the current code stays the first one's.
  const both = baoRow.getByTestId("coders-side-by-side");
  await expect(baoRow.getByTestId("review-status")).toHaveText("Disputed");
  await expect(both).toContainText("E2E analyst");
  await expect(both).toContainText("respect for independence and sovereignty");
  await expect(both).toContainText("E2E analyst2");
  await expect(both).toContainText("no word of sovereignty here");
  await bao.setViewportSize({ width: 390, height: 844 });
  await baoRow.scrollIntoViewIfNeeded();
  await bao.screenshot({ path: "test-results/screenshots/review-disputed-phone.png", fullPage: true });
  expect(await changeOnCompare(bao)).toBe(before);

  // Disagreement is a filter: the queue's Disputed tab and the table's coding facet list the record.
  await rev.setViewportSize({ width: 1366, height: 900 });
  await rev.goto("/coding?coding=disputed");
  await expect(rev.getByTestId("queue-item").first()).toHaveAttribute("data-id", RECORD);
  await rev.goto("/positions?coding=disputed");
  await expect(rev.getByTestId("facet-coding")).toContainText("Disputed");
  await expect(rev.locator(`a[href="/positions/${RECORD}"]`).first()).toBeVisible();

  // The reviewer must write a reason; then the decision stands and the comparison follows it.
  await rev.goto(`/coding/${RECORD}`);
  const panel = rev.getByTestId(`coding-${PROPOSITION}`).getByTestId("adjudicate");
  await expect(rev.getByTestId(`coding-${PROPOSITION}`).getByTestId("coders-side-by-side")).toBeVisible();
  await panel.getByLabel("Code that stands").selectOption({ label: "-2 strongly opposes" });
  // The field starts from the first coder's words (its value is part of its accessible name): not an exact match.
  await panel.getByLabel("Words that carry it").fill("no word of sovereignty here");
  await panel.getByRole("button", { name: "Decide" }).click();
  await expect(panel.getByText("Write the reason for this decision")).toBeVisible();
  await rev.screenshot({ path: "test-results/screenshots/review-adjudicate.png", fullPage: true });
  await panel
    .getByLabel("Reason for the decision (required)")
    .fill("The passage speaks of cooperation only.");
  await panel.getByRole("button", { name: "Decide" }).click();
  const settled = rev.getByTestId(`coding-${PROPOSITION}`);
  await expect(settled.getByTestId("review-status")).toHaveText("Adjudicated");
  await expect(settled.getByTestId("decision")).toContainText("The passage speaks of cooperation only.");
  await expect(settled.getByTestId("adjudicate")).toHaveCount(0);
  const after = await changeOnCompare(rev);
  expect(after).not.toBe(before);

  await rev.goto(`/positions/${RECORD}`);
  await expect(rev.getByTestId("review-status")).toHaveText("Adjudicated");
  await expect(rev.getByTestId("coded-positions")).toContainText("no word of sovereignty here");
  await expect(rev.getByTestId("record-history")).toContainText("E2E admin");

  // Agreement: one double-coded item, coded differently.
  await rev.goto("/coding/agreement");
  // Per codebook version too (the codebook journey may have added versions by now: either way one row at least).
  await expect(rev.getByTestId("codebook-version")).toContainText(
    /codebook (has not been changed|is at version)/,
  );
  await expect(rev.getByTestId("agreement-by-version").getByTestId("agreement-row").first()).toContainText(
    "Version",
  );
  const overall = rev.getByTestId("agreement-row").first();
  await expect(overall).toContainText("Every topic");
  await expect(overall.locator('[data-warning="too_few_items"]')).toBeVisible();
  await rev.screenshot({ path: "test-results/screenshots/review-agreement.png", fullPage: true });
  await rev.setViewportSize({ width: 390, height: 844 });
  await rev.screenshot({ path: "test-results/screenshots/review-agreement-phone.png", fullPage: true });
});

test("a viewer cannot adjudicate, and the agreement page is readable by anyone", async ({ page }) => {
  await page.goto("/coding/agreement");
  await expect(page.getByRole("heading", { level: 1, name: "Agreement between coders" })).toBeVisible();
  await signInAs(page, "viewer");
  const response = await page.goto(`/coding/${RECORD}`);
  expect(response?.status()).toBe(404);
});
