import { expect, test } from "@playwright/test";

test("the home page shows what the seeded database holds", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Positions" })).toBeVisible();
  await expect(page.getByTestId("count-records")).toContainText("20");
  await expect(page.getByTestId("count-records")).toContainText("position records");
  // Six named officials: Bui Van Nam, Dang Hoang Giang and four from the news snippets.
  await expect(page.getByTestId("count-officials")).toContainText("6");
  await expect(page.getByTestId("count-events")).toContainText("2");
  await expect(page.getByTestId("count-sources")).toContainText("2");
  await expect(page.getByTestId("date-span")).toContainText("7 Nov 2018 – 20 Jun 2024");
  await expect(page.getByTestId("count-unresolved")).toContainText("6 records");
  // Names are shown with their diacritics, and records link to their permalinks.
  await expect(page.getByRole("link", { name: /Vietnam backs and actively participates/ })).toHaveAttribute(
    "href",
    "/positions/rb9j45cpkn",
  );
  await expect(page.getByText("Đặng Hoàng Giang").first()).toBeVisible();
});
