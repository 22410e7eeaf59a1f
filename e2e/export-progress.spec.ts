import { expect, test } from "@playwright/test";

// Reads only: the e2e database's 20 seed records (see e2e/server.sh).

test("an export shows how far it has come, downloads the whole file and says what it saved", async ({
  page,
}) => {
  await page.goto("/positions?topic=cybercrime&sort=speaker&size=25");
  const status = page.getByTestId("export-csv-status");
  const download = page.waitForEvent("download");
  await page.getByTestId("export-csv").click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^positions-.*\.csv$/);
  await expect(status).toHaveText(/^Exported 4 records \([\d.]+ kB\) as positions-.*\.csv\.$/);
  // The file handed over is the export itself: header plus the view's four records.
  const path = await file.path();
  const text = (await import("node:fs")).readFileSync(path, "utf8");
  expect(text.trim().split("\r\n")).toHaveLength(5);
});

test("a running export can be cancelled, and nothing is saved", async ({ page }) => {
  // The server is held back so the export is caught in flight; the page aborts the request itself.
  let release: () => void = () => {};
  await page.route("**/api/positions/export**", (route) =>
    new Promise<void>((resolve) => (release = resolve)).then(() => route.abort()),
  );
  await page.goto("/positions?topic=cybercrime");
  let downloaded = false;
  page.on("download", () => {
    downloaded = true;
  });
  await page.getByTestId("export-json").click();
  const status = page.getByTestId("export-json-status");
  await expect(status.getByRole("progressbar", { name: "Exporting" })).toBeVisible();
  await status.getByRole("button", { name: "Cancel export" }).click();
  await expect(status).toHaveText("Export cancelled after 0 records; nothing was saved.");
  release();
  expect(downloaded).toBe(false);
});

test("a refused export says why and saves nothing", async ({ page }) => {
  await page.route("**/api/positions/export**", (route) =>
    route.fulfill({
      status: 503,
      contentType: "application/json",
      body: JSON.stringify({ error: "The server is busy" }),
    }),
  );
  await page.goto("/positions?topic=cybercrime");
  await page.getByTestId("export-csv").click();
  await expect(page.getByTestId("export-csv-status")).toHaveText(
    "The export was refused: The server is busy. Nothing was saved.",
  );
});
