import { type Browser, expect, type Page, test } from "@playwright/test";
import { signInAs, type TestAccount } from "./fixtures/auth";

// A seed record no other journey edits.
const RECORD = "h9nznx9ghp";
const ORIGINAL_START = "Vietnam has urged the UN Security Council";

async function signedIn(browser: Browser, account: TestAccount): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, account);
  return page;
}

async function editText(page: Page, text: string) {
  await page.goto(`/positions/${RECORD}/edit`);
  const core = page.getByTestId("core-form");
  await core.getByLabel("Display text").fill(text);
  await page.getByRole("button", { name: "Save record" }).click();
  await expect(core.getByRole("status")).toContainText("Record saved");
}

test("a record edit is restored from its history", async ({ browser }) => {
  const ana = await signedIn(browser, "analyst");
  await editText(ana, "A wrong display text saved by mistake.");

  await ana.goto(`/positions/${RECORD}`);
  await expect(ana.getByTestId("statement")).toHaveText("A wrong display text saved by mistake.");
  // The history says who changed what, from which value to which.
  const edit = ana.getByTestId("record-version-2");
  await expect(edit).toContainText("E2E analyst");
  const change = edit.getByTestId("change-text");
  await expect(change.locator("del")).toContainText(ORIGINAL_START);
  await expect(change.locator("ins")).toHaveText("A wrong display text saved by mistake.");

  for (const [width, height] of [
    [1366, 900],
    [390, 844],
  ] as const) {
    await ana.setViewportSize({ width, height });
    await ana.getByRole("heading", { name: "Edit history" }).scrollIntoViewIfNeeded();
    await ana.screenshot({ path: `test-results/screenshots/record-history-${width}.png` });
  }
  await ana.setViewportSize({ width: 1366, height: 900 });

  // A colleague opens the page now; Ana restores the original, so the colleague's page is stale.
  const bao = await signedIn(browser, "analyst2");
  await bao.goto(`/positions/${RECORD}`);
  await ana.getByTestId("record-version-1").getByRole("button", { name: "Restore this version" }).click();
  await expect(ana.getByTestId("statement")).toContainText(ORIGINAL_START);
  const restore = ana.getByTestId("record-version-3");
  await expect(restore).toContainText("restored version 1 by E2E analyst");
  await expect(restore.getByTestId("change-text").locator("del")).toHaveText(
    "A wrong display text saved by mistake.",
  );
  // Nothing was rewritten: the mistaken edit is still in the history.
  await expect(ana.getByTestId("record-version-2")).toContainText("A wrong display text saved by mistake.");

  // The stale page's restore is refused and changes nothing.
  await bao.getByTestId("record-version-1").getByRole("button", { name: "Restore this version" }).click();
  await expect(bao.getByTestId("restore-error")).toContainText("nothing was restored");
  await bao.reload();
  await expect(bao.getByTestId("statement")).toContainText(ORIGINAL_START);
  await expect(bao.getByTestId("record-version-4")).toHaveCount(0);
  await ana.context().close();
  await bao.context().close();
});

test("a viewer sees the history with its values but no restore", async ({ page }) => {
  await signInAs(page, "viewer");
  await page.goto(`/positions/${RECORD}`);
  await expect(page.getByRole("heading", { name: "Edit history" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Restore this version" })).toHaveCount(0);
});
