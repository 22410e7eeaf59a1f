import { type Browser, expect, type Page, test } from "@playwright/test";
import { signInAs, type TestAccount } from "./fixtures/auth";

// Seed records no other journey annotates, one per test so that parallel runs never meet.
const RECORDS = { theirs: "ngbpcmegn9", both: "4s6qrjfm78" };

async function open(browser: Browser, account: TestAccount, path: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, account, path);
  await page.goto(path);
  return page;
}

function unique(label: string): string {
  return `${label}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** Ana adds a note; both analysts open its editor; Ana saves her edit first. Returns Bao's card. */
async function concurrentEdit(browser: Browser, record: string, anaTags: string) {
  const path = `/positions/${record}`;
  const ana = await open(browser, "analyst", path);
  const marker = unique("merge");
  const form = ana.getByRole("form", { name: "New annotation" });
  await form.getByLabel("Note (Markdown)").fill(`Original ${marker}`);
  await form.getByLabel("Tags (comma-separated)").fill("draft");
  await form.getByRole("button", { name: "Add note" }).click();
  await expect(form.getByTestId("editor-status")).toHaveText("Saved.");
  const id = new URL(ana.url()).hash.slice("#annotation-".length);

  const bao = await open(browser, "analyst2", path);
  const cardA = ana.locator(`#annotation-${id}`);
  const cardB = bao.locator(`#annotation-${id}`);
  await cardA.getByRole("button", { name: "Edit" }).click();
  await cardB.getByRole("button", { name: "Edit" }).click();
  await cardA.getByLabel("Note (Markdown)").fill(`Original ${marker} with Ana's addition`);
  await cardA.getByLabel("Tags (comma-separated)").fill(anaTags);
  await cardA.getByRole("button", { name: "Save", exact: true }).click();
  await expect(cardA.getByRole("list", { name: "Tags" })).toContainText("checked");
  return { ana, bao, cardB, marker };
}

test("two analysts' conflicting annotation edits keep the colleague's tags when merged", async ({
  browser,
}) => {
  const { ana, bao, cardB, marker } = await concurrentEdit(browser, RECORDS.theirs, "draft, checked");

  // Bao changed only the text: Ana's tags must survive his merge.
  await cardB.getByLabel("Note (Markdown)").fill(`Original ${marker} with Bao's addition`);
  await cardB.getByRole("button", { name: "Save", exact: true }).click();
  const conflict = cardB.getByTestId("conflict");
  await expect(conflict.getByTestId("conflict-theirs")).toContainText("Ana's addition");
  await expect(conflict.getByTestId("conflict-mine")).toContainText("Bao's addition");
  await expect(conflict.getByTestId("merge-tags")).toContainText(
    "changed by them only, their change is kept",
  );
  // Tags are stored in order, whatever order they were typed in.
  await expect(conflict.getByTestId("merge-tags")).toContainText("Theirs: checked, draft · Yours: draft");
  await expect(conflict.getByTestId("merge-anchor")).toContainText("the same in both versions");
  await expect(cardB.getByLabel("Tags (comma-separated)")).toHaveValue("checked, draft");
  for (const [width, height] of [
    [1366, 900],
    [390, 844],
  ] as const) {
    await bao.setViewportSize({ width, height });
    await conflict.scrollIntoViewIfNeeded();
    await bao.screenshot({ path: `test-results/screenshots/annotation-merge-${width}.png` });
  }

  await cardB
    .getByLabel("Merged text (Markdown)")
    .fill(`Original ${marker} with Ana's addition and Bao's addition`);
  await cardB.getByRole("button", { name: "Save merged text" }).click();
  await expect(cardB.getByTestId("annotation-body")).toContainText("Ana's addition and Bao's addition");
  await bao.reload();
  await expect(cardB.getByRole("list", { name: "Tags" }).getByRole("listitem")).toHaveText([
    "checked",
    "draft",
  ]);
  await ana.context().close();
  await bao.context().close();
});

test("when both analysts changed the tags, the merge waits for a choice and can keep both", async ({
  browser,
}) => {
  const { ana, bao, cardB, marker } = await concurrentEdit(browser, RECORDS.both, "draft, checked");

  await cardB.getByLabel("Note (Markdown)").fill(`Original ${marker} with Bao's addition`);
  await cardB.getByLabel("Tags (comma-separated)").fill("draft, sourced");
  await cardB.getByRole("button", { name: "Save", exact: true }).click();
  const conflict = cardB.getByTestId("conflict");
  await expect(conflict.getByTestId("merge-tags")).toContainText("changed by both of you");
  // Saving without a choice is refused in the page; nothing is sent, nothing dropped.
  await cardB.getByRole("button", { name: "Save merged text" }).click();
  await expect(conflict.getByTestId("merge-error")).toContainText("Choose which tags to keep");
  await conflict.getByLabel("Keep both").check();
  await expect(cardB.getByLabel("Tags (comma-separated)")).toHaveValue("draft, sourced, checked");
  await cardB.getByRole("button", { name: "Save merged text" }).click();
  await expect(cardB.getByTestId("annotation-body")).toContainText("Bao's addition");
  await bao.reload();
  const tags = cardB.getByRole("list", { name: "Tags" });
  await expect(tags).toContainText("sourced");
  await expect(tags).toContainText("checked");
  await ana.context().close();
  await bao.context().close();
});
