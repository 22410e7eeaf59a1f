import { type Browser, expect, type Page, test } from "@playwright/test";
import { signInAs, type TestAccount } from "./fixtures/auth";

// Each test annotates its own record, so that tests running in parallel never see each other's notes.
const RECORDS = {
  journey: "rb9j45cpkn", // its text contains "actively participates", which the journey anchors to
  conflict: "vesea5vgpk",
  viewer: "w549sqvvg2",
  xss: "r6xm3qpjm3",
  draft: "s2ef9t2yt3",
};

async function newSignedInPage(browser: Browser, account: TestAccount, path: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, account, path);
  await page.goto(path);
  return page;
}

function unique(label: string): string {
  return `${label}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

async function addNote(page: Page, body: string, tags: string): Promise<string> {
  const form = page.getByRole("form", { name: "New annotation" });
  await form.getByLabel("Note (Markdown)").fill(body);
  await form.getByLabel("Tags (comma-separated)").fill(tags);
  await form.getByRole("button", { name: "Add note" }).click();
  await expect(form.getByTestId("editor-status")).toHaveText("Saved.");
  const hash = new URL(page.url()).hash;
  expect(hash).toMatch(/^#annotation-[a-z0-9]{12}$/);
  return hash.slice("#annotation-".length);
}

test("an analyst annotates a passage with markdown and tags; it survives a reload and has a permalink", async ({
  page,
  browser,
}) => {
  const path = `/positions/${RECORDS.journey}`;
  await signInAs(page, "analyst", path);
  await page.goto(path);
  const marker = unique("journey");

  // Select a passage of the statement text to anchor the note to.
  const passage = page.getByTestId("annotated-passage");
  await passage.evaluate((el) => {
    const text = el.textContent ?? "";
    const start = text.indexOf("actively participates");
    const node = el.firstChild?.firstChild ?? el.firstChild;
    if (!node || start < 0) throw new Error("passage not found");
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + "actively participates".length);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    el.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
  });
  await expect(page.getByRole("form", { name: "New annotation" })).toContainText(
    "Passage: actively participates",
  );

  const id = await addNote(
    page,
    `**Bold claim** ${marker}\n\n- first point\n- [source](https://example.org/a)`,
    "Cyber, UN Charter",
  );

  await page.reload();
  const card = page.locator(`#annotation-${id}`);
  await expect(card.getByTestId("annotation-body").locator("strong")).toHaveText("Bold claim");
  await expect(card.getByTestId("annotation-body").locator("li")).toHaveCount(2);
  await expect(card.getByRole("link", { name: "source" })).toHaveAttribute("href", "https://example.org/a");
  await expect(card.getByRole("list", { name: "Tags" }).getByRole("listitem")).toHaveText([
    "cyber",
    "un-charter",
  ]);
  await expect(card).toContainText("E2E analyst");
  await expect(card.getByText("actively participates")).toBeVisible();
  await expect(passage.locator(`mark[data-annotations~="${id}"]`)).toHaveText("actively participates");
  // Also highlighted in place in the page's own statement text (marked data-annotation-target).
  await expect
    .poll(() =>
      page.evaluate(() => {
        const highlight = CSS.highlights.get("positions-annotation");
        return highlight ? [...highlight].map((r) => (r as Range).toString()) : [];
      }),
    )
    .toContain("actively participates");

  // The permalink opens the record scrolled to the note, in a browser with no session at all.
  const permalink = await card
    .getByRole("link", { name: "Permalink to this annotation" })
    .getAttribute("href");
  expect(permalink).toBe(`${path}#annotation-${id}`);
  const anonymous = await browser.newContext();
  const reader = await anonymous.newPage();
  await reader.goto(permalink ?? "");
  const target = reader.locator(`#annotation-${id}`);
  await expect(target).toBeInViewport();
  await expect(target).toContainText(marker);
  await expect(reader.locator(`mark[data-annotations~="${id}"]`)).toHaveClass(/active/);
  await reader.screenshot({ path: "test-results/annotations-permalink.png", fullPage: true });
  await anonymous.close();
  await page.screenshot({ path: "test-results/annotations-analyst.png", fullPage: true });
});

test("two analysts edit the same note: the second sees both texts, merges, saves; history diffs and restores", async ({
  browser,
}) => {
  const path = `/positions/${RECORDS.conflict}`;
  const first = await newSignedInPage(browser, "analyst", path);
  const marker = unique("conflict");
  const id = await addNote(first, `Original ${marker}`, "draft");

  const second = await newSignedInPage(browser, "analyst2", path);
  const cardA = first.locator(`#annotation-${id}`);
  const cardB = second.locator(`#annotation-${id}`);
  await cardA.getByRole("button", { name: "Edit" }).click();
  await cardB.getByRole("button", { name: "Edit" }).click();

  await cardA.getByLabel("Note (Markdown)").fill(`Original ${marker} with Ana's addition`);
  await cardA.getByRole("button", { name: "Save", exact: true }).click();
  await expect(cardA.getByTestId("annotation-body")).toContainText("Ana's addition");

  await cardB.getByLabel("Note (Markdown)").fill(`Original ${marker} with Bao's addition`);
  await cardB.getByRole("button", { name: "Save", exact: true }).click();
  const conflict = cardB.getByTestId("conflict");
  await expect(conflict).toBeVisible();
  await expect(conflict.getByTestId("conflict-theirs")).toContainText("Ana's addition");
  await expect(conflict.getByTestId("conflict-mine")).toContainText("Bao's addition");
  await second.screenshot({ path: "test-results/annotations-conflict.png", fullPage: true });

  await cardB
    .getByLabel("Merged text (Markdown)")
    .fill(`Original ${marker} with Ana's addition and Bao's addition`);
  await cardB.getByRole("button", { name: "Save merged text" }).click();
  await expect(cardB.getByTestId("annotation-body")).toContainText("Ana's addition and Bao's addition");

  // History: create, Ana's edit, Bao's merge; the diff between v2 and v3 shows Bao's words as inserted.
  await cardB.getByRole("button", { name: /History/ }).click();
  const history = cardB.getByTestId("history");
  await expect(history.getByTestId("revision-1")).toContainText("created by E2E analyst");
  await expect(history.getByTestId("revision-2")).toContainText("edited by E2E analyst");
  await expect(history.getByTestId("revision-3")).toContainText("edited by E2E analyst2");
  await expect(history.getByTestId("diff").locator("ins")).toContainText(["and Bao's addition"]);
  await history.getByLabel("Compare").selectOption("1");
  await expect(history.getByTestId("diff").locator("ins")).not.toHaveCount(0);
  await second.screenshot({ path: "test-results/annotations-history.png", fullPage: true });

  // Restore the original as a new revision.
  await history.getByRole("button", { name: "Restore v1" }).click();
  await expect(cardB.getByTestId("annotation-body")).toHaveText(`Original ${marker}`);
  await expect(cardB.getByTestId("revision-4")).toContainText("restored by E2E analyst2");

  // Only the author (or an admin) may delete: Bao has no Delete button, Ana does. Deleting is undoable.
  await expect(cardB.getByRole("button", { name: "Delete" })).toHaveCount(0);
  await first.reload();
  await cardA.getByRole("button", { name: "Delete" }).click();
  await expect(first.getByText(/Deleted annotations \(1\)/)).toBeVisible();
  await second.reload();
  await expect(second.locator(`#annotation-${id}`)).toHaveCount(0);
  await first.getByText(/Deleted annotations/).click();
  await first.locator(`#annotation-${id}`).getByRole("button", { name: "Undelete" }).click();
  await expect(first.getByText(/Deleted annotations/)).toHaveCount(0);
  await expect(cardA.getByTestId("annotation-body")).toHaveText(`Original ${marker}`);
  await cardA.getByRole("button", { name: /History/ }).click();
  await expect(cardA.getByTestId("revision-5")).toContainText("deleted by E2E analyst");
  await expect(cardA.getByTestId("revision-6")).toContainText("restored by E2E analyst");
  await first.context().close();
  await second.context().close();
});

test("a viewer sees no edit controls, and a forged action call from a viewer changes nothing", async ({
  browser,
}) => {
  const path = `/positions/${RECORDS.viewer}`;
  const analyst = await newSignedInPage(browser, "analyst", path);
  const marker = unique("viewer");
  const id = await addNote(analyst, `Note ${marker}`, "keep");

  const viewer = await newSignedInPage(browser, "viewer", path);
  const card = viewer.locator(`#annotation-${id}`);
  await expect(card).toContainText(marker);
  await expect(viewer.getByRole("form", { name: "New annotation" })).toHaveCount(0);
  await expect(card.getByRole("button", { name: "Edit" })).toHaveCount(0);
  await expect(card.getByRole("button", { name: "Delete" })).toHaveCount(0);

  // Replay the analyst's own save request (the real action id and payload format) with the viewer's cookie.
  let forged: { url: string; headers: Record<string, string>; body: string } | null = null;
  analyst.on("request", (request) => {
    if (request.method() === "POST" && request.headers()["next-action"] && !forged)
      forged = { url: request.url(), headers: request.headers(), body: request.postData() ?? "" };
  });
  const cardA = analyst.locator(`#annotation-${id}`);
  await cardA.getByRole("button", { name: "Edit" }).click();
  await cardA.getByLabel("Note (Markdown)").fill(`Note ${marker} edited by the analyst`);
  await cardA.getByRole("button", { name: "Save", exact: true }).click();
  await expect(cardA.getByTestId("annotation-body")).toContainText("edited by the analyst");
  expect(forged).not.toBeNull();
  const request = forged as unknown as { url: string; headers: Record<string, string>; body: string };
  // Same body, now claiming the current version, sent from the viewer's browser session.
  const body = request.body
    .replace('"expectedVersion":1', '"expectedVersion":2')
    .replace("edited by the analyst", "FORGED");
  const response = await viewer.evaluate(
    async ({ url, headers, body }) => {
      const r = await fetch(url, {
        method: "POST",
        headers: {
          "next-action": headers["next-action"] ?? "",
          "content-type": headers["content-type"] ?? "text/plain",
        },
        body,
      });
      return r.text();
    },
    { url: request.url, headers: request.headers, body },
  );
  expect(response).toContain("forbidden");
  await viewer.reload();
  await expect(viewer.locator(`#annotation-${id}`).getByTestId("annotation-body")).toContainText(
    "edited by the analyst",
  );
  await expect(viewer.locator(`#annotation-${id}`)).not.toContainText("FORGED");
  await viewer.screenshot({ path: "test-results/annotations-viewer.png", fullPage: true });
  await analyst.context().close();
  await viewer.context().close();
});

test("hostile markdown and tags render inert", async ({ page }) => {
  const path = `/positions/${RECORDS.xss}`;
  await signInAs(page, "analyst", path);
  await page.goto(path);
  let dialogs = 0;
  page.on("dialog", async (dialog) => {
    dialogs++;
    await dialog.dismiss();
  });
  const marker = unique("xss");
  const body = [
    marker,
    "<script>window.__pwned = 1</script>",
    '<img src=x onerror="window.__pwned = 2">',
    "[click me](javascript:window.__pwned=3)",
    "[data](data:text/html,<script>alert(1)</script>)",
    "![pixel](javascript:alert(4))",
    '<a href="javascript:alert(5)">raw link</a>',
    "[tab](java\tscript:alert(6))",
  ].join("\n\n");
  const id = await addNote(
    page,
    body,
    '<svg onload=alert(7)>, "><img src=x onerror=alert(8)>, javascript:alert(9)',
  );
  await page.reload();
  const card = page.locator(`#annotation-${id}`);
  await expect(card).toContainText(marker);
  expect(await card.locator("script, img, svg, iframe, object").count()).toBe(0);
  for (const href of await card
    .locator("a")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""))) {
    expect(href.replace(/\s/g, "").toLowerCase()).not.toMatch(/^(javascript|data|vbscript):/);
  }
  await card.getByRole("link", { name: "click me" }).click();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toBe(0);
  const tags = await card.getByRole("list", { name: "Tags" }).getByRole("listitem").allTextContents();
  for (const tag of tags) expect(tag).toMatch(/^[\p{L}\p{N}\-_:]+$/u);
});

test("unsaved text survives a reload of the page", async ({ page }) => {
  const path = `/positions/${RECORDS.draft}`;
  await signInAs(page, "analyst", path);
  await page.goto(path);
  const marker = unique("draft");
  const id = await addNote(page, `Saved ${marker}`, "");
  const card = page.locator(`#annotation-${id}`);
  await card.getByRole("button", { name: "Edit" }).click();
  await card.getByLabel("Note (Markdown)").fill(`Unsaved ${marker}`);
  await page.reload();
  await expect(card.getByTestId("annotation-body")).toHaveText(`Saved ${marker}`);
  await card.getByRole("button", { name: "Edit" }).click();
  await expect(card.getByTestId("draft-restored")).toBeVisible();
  await expect(card.getByLabel("Note (Markdown)")).toHaveValue(`Unsaved ${marker}`);
  await card.getByRole("button", { name: "Save", exact: true }).click();
  await expect(card.getByTestId("annotation-body")).toHaveText(`Unsaved ${marker}`);
  await card.getByRole("button", { name: "Edit" }).click();
  await expect(card.getByTestId("draft-restored")).toHaveCount(0);
});
