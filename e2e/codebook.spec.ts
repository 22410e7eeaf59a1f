import { expect, type Locator, type Page, test } from "@playwright/test";
import { signInAs } from "./fixtures/auth";

// The journeys edit topics and propositions they create themselves, under no seeded record, so the counts and the
// coding queue other journeys check stay as seeded. Serial: each step submits the codebook version it saw.
test.describe.configure({ mode: "serial" });

const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const oldSlug = `journey-${run}`;
const newSlug = `journey-${run}-renamed`;
const oldClaim = `journey-claim-${run}`;
const newClaim = `journey-claim-${run}-renamed`;

async function saved(page: Page) {
  await expect(page.getByTestId("codebook-notice")).toContainText(/Saved as codebook version \d+/);
}

/** Opens a disclosure unless it is open already (it stays open across the refresh after a change). */
async function open(details: Locator) {
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
    await details.locator(":scope > summary").click();
}

/** Opens the editor of a topic (its own disclosure, not its propositions'). */
async function topicEditor(page: Page, slug: string) {
  const item = page.getByTestId(`codebook-topic-${slug}`);
  await open(item.locator(":scope > details"));
  return item;
}

test("an admin renames a topic and a proposition, and old permalinks open the views under the new slugs", async ({
  page,
  request,
}) => {
  await signInAs(page, "admin");
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/codebook");

  const add = page.getByTestId("add-topic");
  await add.getByLabel("Name").fill(`Journey topic ${run}`);
  await add.getByLabel("Slug").fill(oldSlug);
  await add.getByRole("button", { name: "Add topic" }).click();
  await saved(page);
  let item = await topicEditor(page, oldSlug);
  const addClaim = item.getByTestId(`add-proposition-${oldSlug}`);
  await addClaim.getByLabel("Label").fill("Journey claim");
  await addClaim.getByLabel("Slug").fill(oldClaim);
  await addClaim.getByLabel("Text").fill("Journeys should keep their permalinks.");
  await addClaim.getByRole("button", { name: "Add proposition" }).click();
  await saved(page);
  await expect(page.getByTestId(`codebook-proposition-${oldClaim}`)).toBeVisible();

  // The rename: a new name and a new slug.
  item = await topicEditor(page, oldSlug);
  const edit = item.getByTestId(`edit-topic-${oldSlug}`);
  await edit.getByLabel("Name").fill(`Renamed journey topic ${run}`);
  await edit.getByLabel("Slug").fill(newSlug);
  await edit.getByRole("button", { name: "Save topic" }).click();
  await saved(page);
  await expect(page.getByTestId(`codebook-topic-${newSlug}`)).toContainText(`Renamed journey topic ${run}`);
  await expect(page.getByTestId(`codebook-topic-${oldSlug}`)).toHaveCount(0);

  const claim = page.getByTestId(`codebook-proposition-${oldClaim}`);
  await open(claim.locator("details"));
  const editClaim = claim.getByTestId(`edit-proposition-${oldClaim}`);
  await editClaim.getByLabel("Slug").fill(newClaim);
  await editClaim.getByRole("button", { name: "Save proposition" }).click();
  await saved(page);

  // The history lists both renames with their old and new values.
  const history = page.getByTestId("codebook-history");
  await expect(history.locator("li").first()).toContainText("Proposition edited");
  await expect(history.locator("li").first()).toContainText(newClaim);
  await expect(history.locator("li").nth(1)).toContainText("Topic edited");
  await expect(history.locator("li").nth(1)).toContainText(oldSlug);
  await expect(history.locator("li").nth(1)).toContainText(newSlug);
  await page.screenshot({ path: "test-results/screenshots/codebook-renamed.png", fullPage: true });

  // Old permalinks open the same view, with the live slug in the address bar.
  await page.goto(`/positions?topic=${oldSlug}&sort=-date`);
  await expect(page).toHaveURL(new RegExp(`/positions\\?topic=${newSlug}&sort=-date$`));
  await expect(page.getByTestId("ignored-notice")).toHaveCount(0);
  await page.goto(`/topics/${oldSlug}`);
  await expect(page).toHaveURL(new RegExp(`/topics/${newSlug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Renamed journey topic ${run}`);
  await page.goto(`/timeline?topic=${oldSlug}`);
  await expect(page).toHaveURL(new RegExp(`/timeline\\?topic=${newSlug}$`));
  await page.goto(`/shifts?proposition=${oldClaim}`);
  await expect(page).toHaveURL(new RegExp(`/shifts\\?proposition=${newClaim}$`));

  // The JSON API answers the old slug with a permanent redirect to the live one.
  const moved = await request.get(`/api/topics/${oldSlug}`, { maxRedirects: 0 });
  expect(moved.status()).toBe(308);
  expect(moved.headers().location).toMatch(new RegExp(`/api/topics/${newSlug}$`));
  const body = await (await request.get(`/api/topics/${oldSlug}`)).json();
  expect(JSON.stringify(body)).toContain(newSlug);
});

test("a change based on a stale codebook is refused with what changed, and what was typed is kept", async ({
  browser,
}) => {
  const first = await browser.newPage();
  const second = await browser.newPage();
  for (const page of [first, second]) {
    await signInAs(page, "admin");
    await page.goto("/codebook");
  }
  const item = await topicEditor(first, newSlug);
  const edit = item.getByTestId(`edit-topic-${newSlug}`);
  await edit.getByLabel("Description").fill("Typed in the first tab.");

  // Meanwhile the second tab adds a subtopic: the codebook moves on a version.
  const other = await topicEditor(second, newSlug);
  const sub = other.getByTestId(`add-subtopic-${newSlug}`);
  await sub.getByLabel("Name").fill(`Journey subtopic ${run}`);
  await sub.getByRole("button", { name: "Add subtopic" }).click();
  await saved(second);

  await edit.getByRole("button", { name: "Save topic" }).click();
  await expect(edit.getByRole("alert")).toContainText("The codebook changed while you were editing");
  await expect(edit.getByRole("alert")).toContainText("topic create");
  await expect(edit.getByLabel("Description")).toHaveValue("Typed in the first tab.");
  await expect(first.getByTestId(`codebook-topic-journey-subtopic-${run}`)).toBeVisible();
  await first.setViewportSize({ width: 390, height: 844 });
  await first.screenshot({ path: "test-results/screenshots/codebook-conflict-phone.png", fullPage: true });

  // Submitted again, on the codebook it now shows, the same input goes through.
  await edit.getByRole("button", { name: "Save topic" }).click();
  await saved(first);
  await expect(first.getByTestId(`codebook-topic-${newSlug}`)).toContainText("Typed in the first tab.");
  await first.close();
  await second.close();
});
