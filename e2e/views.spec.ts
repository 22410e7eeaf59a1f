import { expect, test } from "@playwright/test";
import { signInAs } from "./fixtures/auth";

/**
 * Saved views: an analyst saves a table view, a matching record is added (an article import), and /views counts
 * it as new, the view's change feed lists it, and opening the view starts the count again. Another user never
 * sees the private view, on the page, through /api/views or by its id.
 *
 * It runs against the corpus server: adding a record on the seeded server would shift the exact totals the
 * parallel journeys there check, while on the corpus server one record more among 20,000 changes none of them.
 */
test.use({ baseURL: `http://127.0.0.1:${process.env.E2E_CORPUS_PORT}` });

const SCREENS = "test-results/screens";

test("save a view, add a matching record, see it counted and in the feed; private to its owner", async ({
  page,
  browser,
}) => {
  // A long journey (an import, three sign-ins) on a shared, loaded machine.
  test.setTimeout(120_000);
  // A word only this run's record will hold, so the view starts empty and ends with exactly one record.
  const tag = `zq${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`.replace(/[0-9]/g, "x");
  const name = `Watch ${tag}`;
  await signInAs(page, "analyst", `/positions?q=${tag}`);
  await page.goto(`/positions?q=${tag}`);
  await expect(page.getByTestId("empty-state")).toBeVisible();

  // Refused input changes nothing and says why.
  await page.getByText("Save this view").click();
  const form = page.getByRole("form", { name: "Save this view" });
  await form.getByLabel("Name").fill("   ");
  await form.getByLabel("Shared with every signed-in user").check();
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByText("Give the view a name.")).toBeVisible();
  // What was typed stays for the user to correct.
  await expect(form.getByLabel("Name")).toHaveValue("   ");
  await expect(form.getByLabel("Shared with every signed-in user")).toBeChecked();
  await form.getByLabel("Shared with every signed-in user").uncheck();
  await form.getByLabel("Name").fill(name);
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByText(`Saved as “${name}”.`)).toBeVisible();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Saved views" }).click();
  await page.waitForURL(/\/views$/);
  const item = page.getByTestId("saved-view").filter({ hasText: name });
  await expect(item).toContainText("Private");
  await expect(item.getByTestId("view-changes")).toHaveText(
    "Nothing new or changed since you last opened it.",
  );

  // A matching record arrives: an article whose statement holds the word.
  await page.goto("/import");
  await page
    .getByLabel("Article text")
    .fill(
      `Hanoi, (VNA) – Deputy Prime Minister Tran Luu Quang held talks with Lao Foreign Minister Saleumxay Kommasith in Hanoi on March 5.\n\n“We will keep cooperating closely on ${tag},” Quang said.`,
    );
  await page.getByLabel("URL").fill(`https://example.org/e2e/views/${tag}`);
  await page.getByLabel("Published (YYYY-MM-DD)").fill("2024-03-06");
  await page.getByRole("button", { name: "Find statements" }).click();
  await page.getByLabel("Title", { exact: true }).fill(`Talks ${tag}`);
  await page.getByRole("button", { name: /^Save source and 1 record/ }).click();
  await expect(page.getByTestId("import-saved")).toBeVisible();

  await page.goto("/views");
  await expect(item.getByTestId("view-changes")).toHaveText(
    "1 record new or changed since you last opened it",
  );
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.screenshot({ path: `${SCREENS}/views-1366.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SCREENS}/views-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });

  // The view's change feed lists the new record.
  const feedHref = await item.getByRole("link", { name: "Changes feed" }).getAttribute("href");
  expect(feedHref).toBe(`/feeds/changes?q=${tag}`);
  const feed = await page.request.get(feedHref ?? "");
  expect(feed.status()).toBe(200);
  const xml = await feed.text();
  expect(xml.match(/<entry>/g)).toHaveLength(1);
  expect(xml).toContain(tag);
  expect(xml).toMatch(/<id>tag:positions\.local,2026:record\/[a-z0-9]+\/new<\/id>/);

  // Opening it goes to the view and starts the count again.
  const viewId = /\/views\/(\d+)\/open$/.exec(
    (await item.getByRole("link", { name }).getAttribute("href")) ?? "",
  )?.[1];
  expect(viewId).toBeTruthy();
  await item.getByRole("link", { name }).click();
  await page.waitForURL((url) => url.pathname === "/positions" && url.searchParams.get("q") === tag);
  await expect(page.getByTestId("position-row")).toHaveCount(1);
  await page.goto("/views");
  await expect(item.getByTestId("view-changes")).toHaveText(
    "Nothing new or changed since you last opened it.",
  );

  // Another user sees none of it: not listed, not in the API, not by its id.
  const other = await (await browser.newContext()).newPage();
  await signInAs(other, "viewer", "/views");
  await other.goto("/views");
  await expect(other.getByRole("heading", { level: 1, name: "Saved views" })).toBeVisible();
  await expect(other.getByTestId("saved-view").filter({ hasText: name })).toHaveCount(0);
  const api = await other.request.get("/api/views");
  expect(api.status()).toBe(200);
  const body = (await api.json()) as { views: { id: number; name: string }[] };
  expect(body.views.map((v) => v.id)).not.toContain(Number(viewId));
  await other.goto(`/views`);
  await other.evaluate((id) => {
    const a = document.createElement("a");
    a.href = `/views/${id}/open`;
    a.textContent = "try";
    a.id = "try-open";
    document.body.append(a);
  }, viewId);
  await other.locator("#try-open").click();
  await other.waitForURL(/\/views\?notice=not-found$/);
  await expect(other.getByRole("status")).toContainText("You have no saved view with that id");
  await other.context().close();

  // Shared, it is listed for the other user too, but only its owner has the controls.
  await page.goto("/views");
  await item.getByRole("button", { name: "Share" }).click();
  await expect(item).toContainText("Shared by you");
  const again = await (await browser.newContext()).newPage();
  await signInAs(again, "viewer", "/views");
  await again.goto("/views");
  const shared = again.getByTestId("saved-view").filter({ hasText: name });
  await expect(shared).toContainText("Shared by E2E analyst");
  await expect(shared.getByRole("button", { name: "Delete" })).toHaveCount(0);
  await again.context().close();

  // Deleting asks first: the view stays until the second, explicit press.
  await item.getByRole("button", { name: "Delete" }).click();
  await expect(item.getByRole("alert")).toContainText("cannot be restored");
  await expect(item).toBeVisible();
  await item.getByRole("button", { name: `Yes, delete “${name}”` }).click();
  await expect(page.getByTestId("saved-view").filter({ hasText: name })).toHaveCount(0);
});
