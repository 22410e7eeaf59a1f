import { expect, test } from "@playwright/test";

// Runs against the corpus server (the curated records plus 20,000 synthetic ones): each side of this comparison
// holds hundreds of records, so the page takes its aggregated path, as it does at a million.

const URL = "/compare?topic=cyber-security&a=2018..2018&b=2024..2024&country=VN";

const count = (text: string) => Number(text.replace(/,/g, ""));

test("an aggregated comparison: counts, labels from the distributions, a sample of evidence, the table behind it", async ({
  page,
}) => {
  await page.goto(URL);
  await expect(page.getByRole("heading", { level: 1, name: "Cyber security: 2018 vs 2024" })).toBeVisible();
  await expect(page.getByTestId("aggregated")).toContainText("too many records to read one by one");

  // Each side: how many records, how many not coded, and the mark when most are not coded.
  const cells = page.getByTestId("side-records");
  await expect(cells).toHaveCount(2);
  const sides: { records: number; uncoded: number }[] = [];
  for (const cell of await cells.all()) {
    const text = await cell.innerText();
    const m = text.match(/^([\d,]+) records?(?:, ([\d,]+) not coded)?/);
    expect(m, text).not.toBeNull();
    const records = count(m?.[1] ?? "0");
    const uncoded = count(m?.[2] ?? "0");
    expect(records).toBeGreaterThan(20);
    await expect(cell.getByTestId("mostly-uncoded")).toHaveCount(uncoded * 2 > records ? 1 : 0);
    sides.push({ records, uncoded });
  }

  // The change labels come with the distribution they were computed from, and the rule is on the page.
  const positions = page.getByTestId("positions");
  await expect(positions.locator("[data-proposition]").first()).toBeVisible();
  const firstRow = positions.locator("[data-proposition]").first();
  await expect(firstRow.locator('[data-testid="change"] [data-change]')).toHaveCount(1);
  await expect(firstRow.getByTestId("tally").first()).toContainText(/records? coded on it: /);
  await expect(page.getByTestId("change-rule")).toContainText("Silence is never scored as a neutral 0");
  await expect(page.locator('[data-caveat="not_coded"]')).toContainText("Records with no coded position");

  // A bounded sample per side, each passage linking to its record.
  const samples = page.getByTestId("side-sample");
  await expect(samples).toHaveCount(2);
  for (const sample of await samples.all()) {
    await expect(sample.getByTestId("sample-passage")).toHaveCount(3);
    await expect(sample.getByRole("link", { name: /^Open record / })).toHaveCount(3);
  }
  await page.screenshot({ path: "test-results/screenshots/corpus-compare.png", fullPage: true });

  // A sampled passage opens its record.
  const passage = samples
    .first()
    .getByRole("link", { name: /^Open record / })
    .first();
  const id = ((await passage.getAttribute("aria-label")) ?? "").replace("Open record ", "");
  await passage.click();
  await page.waitForURL((url) => url.pathname === `/positions/${id}`);

  // With the country filter, the table (whose `country` is the event's) cannot hold exactly the side unless its
  // speakers are listed; the page says which. Without it, the side's link opens exactly the side's records.
  await page.goto(URL);
  const flagshipLink = page.getByTestId("side-records").nth(1).getByTestId("side-table-link");
  await expect(flagshipLink).toHaveAttribute(
    "href",
    /^\/positions\?(speaker=[^&]+&)?topic=cyber-security&from=2024&to=2024$/,
  );
  await page.goto("/compare?topic=cyber-security&a=2018..2018&b=2024..2024");
  const cell = page.getByTestId("side-records").nth(1);
  const records = count((await cell.innerText()).match(/^([\d,]+) records/)?.[1] ?? "0");
  expect(records).toBeGreaterThanOrEqual(sides[1]?.records ?? 0);
  const link = cell.getByTestId("side-table-link");
  await expect(link).toHaveText(`All ${records.toLocaleString("en-US")} records in the positions table`);
  await link.click();
  await page.waitForURL(
    (url) =>
      url.pathname === "/positions" &&
      url.searchParams.get("topic") === "cyber-security" &&
      url.searchParams.get("from") === "2024" &&
      url.searchParams.get("to") === "2024",
  );
  await expect(page.getByTestId("result-total")).toHaveText(records.toLocaleString("en"));
});
