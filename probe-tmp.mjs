import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-dev-shm-usage","--disable-background-networking","--no-first-run","--disable-quic"] });
for (const [w, h] of [[1366, 900], [390, 844]]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  await page.goto("http://127.0.0.1:3201/positions?sort=speaker");
  if (w < 900) await page.getByTestId("filters-toggle").click();
  await page.getByRole("checkbox", { name: "Paraphrase" }).check();
  await page.getByRole("textbox", { name: "From" }).fill("2018");
  await page.locator("summary", { hasText: "More filters" }).click();
  await page.getByRole("combobox", { name: "Attribution" }).selectOption("resolved");
  await page.getByRole("button", { name: "Apply" }).click();
  await page.waitForURL(/from=2018/);
  await page.getByRole("list", { name: "Active filters" }).waitFor();
  console.log(w, page.url());
  if (w < 900) await page.getByTestId("filters-toggle").click();
  await page.screenshot({ path: `/tmp/urlkeys-shot-${w}.png`, fullPage: w < 900 ? false : true });
  await page.goto("http://127.0.0.1:3201/timeline?group=colour&topic=cyber-security&from=2018&from=2019");
  await page.screenshot({ path: `/tmp/urlkeys-timeline-${w}.png` });
  await page.goto("http://127.0.0.1:3201/compare?ids=r6xm3qpjm3,NOT_AN_ID&topic=x");
  await page.screenshot({ path: `/tmp/urlkeys-compare-${w}.png` });
  await page.close();
}
await browser.close();
