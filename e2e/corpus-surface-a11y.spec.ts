import { test } from "@playwright/test";
import { expectNoSeriousViolations } from "./fixtures/surface-axe";

// Page kinds that only a large corpus produces: timeline bins, sampled comparisons, paged entity lists.
test("no serious accessibility violation on the corpus's aggregate pages", async ({ page }) => {
  test.setTimeout(180_000);
  for (const path of [
    "/timeline?topic=cyber-security",
    "/timeline?topic=cyber-security&group=speaker",
    "/compare?topic=cyber-security&a=2018..2018&b=2024..2024",
    "/positions?q=cyber",
    "/officials?page=2",
  ])
    await expectNoSeriousViolations(page, path);
});
