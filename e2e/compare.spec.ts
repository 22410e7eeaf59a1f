import { expect, type Page, test } from "@playwright/test";

async function expectChange(page: Page, proposition: string, label: string) {
  await expect(
    page.locator(`[data-proposition="${proposition}"] [data-testid="change"] [data-change]`),
  ).toHaveText(label);
}

async function expectFlagship(page: Page) {
  await expect(page.getByRole("heading", { level: 1, name: "Cyber security: 2018 vs 2024" })).toBeVisible();

  // Change labels, computed from the coded positions.
  await expectChange(page, "sovereignty-basis-of-cooperation", "No shift");
  await expectChange(page, "national-cyber-law-foundation", "No shift");
  await expectChange(page, "un-central-role", "New position");
  await expectChange(page, "global-frameworks", "New position");
  await expectChange(page, "developing-countries-gap", "New position");
  await expectChange(page, "code-of-conduct", "Not restated");
  await expectChange(page, "incident-exchange-drills", "Not restated");
  await expectChange(page, "capacity-building", "Partial shift");
  const capacity = page.locator('[data-proposition="capacity-building"]');
  await expect(capacity).toContainText("+1 supports");
  await expect(capacity).toContainText("+2 strongly supports");
  // Silence is shown as silence, never as a neutral stance.
  await expect(page.locator('[data-proposition="un-central-role"]')).toContainText("Not addressed");

  // Caveats built from the data.
  const caveats = page.getByTestId("caveats");
  await expect(page.getByTestId("caveat-summary")).toContainText(
    "4 paraphrases by state media of Bùi Văn Nam, Deputy Minister of Public Security",
  );
  // A short conclusion from the same labels as the table.
  await expect(page.getByTestId("conclusion")).toContainText(
    "Constant: Cyber threats are growing, Sovereignty as basis of cooperation",
  );
  await expect(page.getByTestId("conclusion")).toContainText(
    "1 partial shift: Raise cyber security capacity",
  );
  // The ambassador holds a civilian post: no "rank vs no rank" noise. The inferred 2024 year is said.
  await expect(caveats.locator('[data-caveat="rank"]')).toHaveCount(0);
  await expect(caveats.locator('[data-caveat="inferred_date"]')).toContainText(
    "2024 is inferred from the debate's chair",
  );
  await expect(page.getByTestId("caveat-summary")).toContainText("at a UNSC open debate in New York");
  await expect(caveats.locator('[data-caveat="venue_kind"]')).toContainText(
    "Multilateral meeting vs UNSC open debate",
  );
  await expect(caveats.locator('[data-caveat="office"]')).toContainText(
    "Deputy Minister of Public Security vs Ambassador",
  );

  // Themes with the passages behind them.
  const both = page.getByTestId("themes-all");
  await expect(both.locator('[data-theme="sovereignty-basis-of-cooperation"]')).toContainText(
    "on the basis of respect for national independence and sovereignty",
  );
  await expect(both.locator('[data-theme="national-cyber-law-foundation"]')).toContainText(
    "with the adoption of the Law on Cyber Security in 2018",
  );
  const only2018 = page.getByTestId("themes-only-0");
  await expect(only2018.getByRole("heading", { name: "Only in 2018" })).toBeVisible();
  await expect(only2018.locator('[data-theme="code-of-conduct"]')).toContainText(
    "reaching a consensus on a code of conduct on the cyber space",
  );
  await expect(only2018.locator('[data-theme="incident-exchange-drills"]')).toContainText(
    "exchanging and sharing information and experience in responding to cyber incidents and organising drills",
  );
  const only2024 = page.getByTestId("themes-only-1");
  await expect(only2024.locator('[data-theme="un-central-role"]')).toContainText(
    "the UN plays the key role in strengthening and perfecting international frameworks",
  );
  await expect(only2024.locator('[data-theme="global-frameworks"]')).toContainText(
    "the Global Digital Compact and the Convention on Cyber Crime",
  );
  await expect(only2024.locator('[data-theme="developing-countries-gap"]')).toContainText(
    "developing countries the most vulnerable due to their limited cyberspace security capacity",
  );
  // Not restated in 2024, so not a theme of 2024.
  await expect(only2024.locator('[data-theme="code-of-conduct"]')).toHaveCount(0);
  await expect(page.getByTestId("shared-phrases")).toContainText("law on cyber security");
  // Each side links to the positions table view holding its records, and the rule is on the page.
  await expect(
    page.getByTestId("side-links").getByRole("link", { name: "All 6 records in the positions table" }),
  ).toHaveAttribute("href", "/positions?speaker=dang-hoang-giang&topic=cyber-security&from=2024&to=2024");
  await expect(page.getByTestId("change-rule")).toContainText("opposite sign on one side are not averaged");
  // Every seed code is one coder's draft: each side says its comparison rests on drafts (no dispute to link to).
  const unsettled = page.getByTestId("unsettled-codes");
  await expect(unsettled).toHaveCount(2);
  await expect(unsettled.first()).toContainText("Rests on 6 draft / 0 disputed codes (of 6 codes it counts)");
  await expect(unsettled.last()).toContainText(
    "Rests on 10 draft / 0 disputed codes (of 10 codes it counts)",
  );
  await expect(page.getByTestId("side-disputed-link")).toHaveCount(0);
}

test("the flagship comparison opens from the home page and survives a reload", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Compare 2018 with 2024" }).click();
  await page.waitForURL(
    (url) =>
      url.pathname === "/compare" &&
      url.searchParams.get("topic") === "cyber-security" &&
      url.searchParams.get("a") === "2018..2018" &&
      url.searchParams.get("b") === "2024..2024",
  );
  await expectFlagship(page);
  await page.screenshot({ path: "test-results/screenshots/compare-flagship.png", fullPage: true });
  await page.reload();
  await expectFlagship(page);
});

test("a comparison narrowed to one proposition from the form shows that row alone, and widens again", async ({
  page,
}) => {
  await page.goto("/compare?topic=cyber-security&a=2018..2018&b=2024..2024&country=VN");
  await page.getByTestId("compare-proposition").selectOption({ label: "Raise cyber security capacity" });
  await page.getByRole("button", { name: "Compare periods" }).click();
  await page.waitForURL((url) => url.searchParams.get("proposition") === "capacity-building");
  await expect(page.getByTestId("only-proposition")).toHaveText("Raise cyber security capacity");
  await expectChange(page, "capacity-building", "Partial shift");
  await expect(page.locator("[data-proposition]")).toHaveCount(1);
  await expect(page.getByTestId("conclusion")).not.toContainText("Constant");
  await page.getByRole("link", { name: "all propositions" }).click();
  await page.waitForURL((url) => !url.searchParams.has("proposition"));
  await expectChange(page, "code-of-conduct", "Not restated");
});

test("two records compared by id are put in date order, whatever order they were typed in", async ({
  page,
}) => {
  // Typed 2024 first: the 2018 record still comes first, so "before" means earlier.
  await page.goto("/compare?ids=rb9j45cpkn,r6xm3qpjm3");
  await expect(page.getByRole("heading", { level: 1, name: "Compare 2 records" })).toBeVisible();
  await expect(page.locator("thead th").nth(0)).toHaveText("7–8 Nov 2018 · Bùi Văn Nam");
  await expect(page.getByTestId("date-order")).toContainText("in date order, earliest first");
  await expect(page.getByTestId("date-order")).toContainText("given in another order");
  await expectChange(page, "sovereignty-basis-of-cooperation", "No shift");
  // The Law on Cyber Security is cited in 2018 only: not restated in 2024, never a "new position".
  await expectChange(page, "national-cyber-law-foundation", "Not restated");
  await expect(page.locator('[data-caveat="chronology"]')).toHaveCount(0);
  await expect(page.getByTestId("change-rule")).toContainText("Silence is never scored as a neutral 0");
  // Typed in date order, the same comparison.
  await page.goto("/compare?ids=r6xm3qpjm3,rb9j45cpkn");
  await expect(page.locator("thead th").nth(0)).toHaveText("7–8 Nov 2018 · Bùi Văn Nam");
  await expect(page.getByTestId("date-order")).not.toContainText("another order");
  await expectChange(page, "national-cyber-law-foundation", "Not restated");
});

test("a record without any coded position is 'not coded', never dropped or new", async ({ page }) => {
  // rb9j45cpkn is coded (sovereignty +2); vesea5vgpk carries no coded position at all.
  await page.goto("/compare?ids=rb9j45cpkn,vesea5vgpk");
  await expectChange(page, "sovereignty-basis-of-cooperation", "Not coded on one side");
  await expect(page.locator('[data-change="dropped"], [data-change="new_position"]')).toHaveCount(0);
  await expect(page.locator('[data-caveat="not_coded"]')).toContainText("(vesea5vgpk)");
  await expect(page.getByTestId("themes-unknown")).toContainText("Sovereignty as basis of cooperation");
  for (const side of ["themes-only-0", "themes-only-1"]) {
    await expect(
      page.getByTestId(side).locator('[data-theme="sovereignty-basis-of-cooperation"]'),
    ).toHaveCount(0);
  }
  await page.screenshot({ path: "test-results/screenshots/compare-uncoded.png", fullPage: true });
});

test("a bad comparison address says what was ignored", async ({ page }) => {
  await page.goto("/compare?ids=r6xm3qpjm3,NOT_AN_ID");
  await expect(page.getByTestId("ignored-notice")).toContainText("ids=NOT_AN_ID — not a record id");
  await expect(page.getByTestId("ignored-notice")).toContainText("at least 2 records");
  await page.goto("/compare?topic=cyber-security&a=2018..2018&b=2030..2031&country=VN");
  await expect(page.getByTestId("empty-side")).toContainText("2030 – 2031 has no records");

  await page.goto("/compare?ids=rb9j45cpkn,nonexist00");
  await expect(page.getByRole("heading", { level: 1, name: "Compare", exact: true })).toBeVisible();
  await expect(page.getByTestId("ignored-notice")).toContainText("ids=nonexist00 — no record has this id");

  await page.goto("/compare?topic=zzz&a=2018..2019&b=2024..");
  await expect(page.getByTestId("ignored-notice")).toContainText("topic=zzz — there is no such topic");
  await expect(page.getByText("Records on zzz")).toHaveCount(0);

  await page.goto("/compare?topic=cyber-security&a=2018..2018&b=2024..2024&country=ZZ");
  await expect(page.getByTestId("ignored-notice")).toContainText(
    "country=ZZ — there is no official from this country",
  );
});

test("the lists say which parts of their address they ignored", async ({ page }) => {
  await page.goto("/events?page=-1");
  await expect(page.getByTestId("ignored")).toContainText("“page=-1” (not a page number");
  await page.goto("/officials?sort=x");
  await expect(page.getByTestId("ignored")).toContainText("“sort=x” (unknown parameter)");
  await page.goto("/events");
  await expect(page.getByTestId("ignored")).toHaveCount(0);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test("the form fits the screen with the longest proposition chosen; only the grid scrolls sideways", async ({
    page,
  }) => {
    await page.goto("/compare?topic=cyber-security&a=2018..2018&b=2024..2024&proposition=global-frameworks");
    await expect(page.getByTestId("only-proposition")).toHaveText(
      "Global Digital Compact and cybercrime convention",
    );
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const form = await page.getByRole("form", { name: "Compare two periods" }).boundingBox();
    expect((form?.x ?? 0) + (form?.width ?? 0)).toBeLessThanOrEqual(390);
  });
});
