import { expect, test } from "@playwright/test";

/**
 * The read API and the feeds against the running app: the page's feed link leads to a valid feed of the same
 * view whose entries open the records; every example of the served OpenAPI document answers what it says; a
 * second request with the ETag gets 304.
 */

type Example = { summary: string; value: unknown };
type Doc = {
  paths: Record<
    string,
    {
      get: {
        responses: Record<string, { content?: Record<string, { examples?: Record<string, Example> }> }>;
      };
    }
  >;
};

test("a table view links its Atom feeds, and the feed's entries open the records", async ({
  page,
  request,
}) => {
  await page.goto("/positions?speaker=bui-van-nam&page=1&size=25");
  const links = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  await expect(links).toHaveCount(2);
  const feedHref = await links.first().getAttribute("href");
  expect(feedHref).toBe("/feeds/positions?speaker=bui-van-nam");

  const feed = await request.get(feedHref ?? "");
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await feed.text();
  expect(xml.match(/<entry>/g)).toHaveLength(4);
  expect(xml).toContain("Bui Van Nam");
  const permalink = /<link rel="alternate" type="text\/html" href="([^"]+\/positions\/[a-z0-9]{10})"\/>/.exec(
    xml,
  )?.[1];
  expect(permalink).toBeTruthy();
  await page.goto(new URL(permalink ?? "").pathname);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Bùi Văn Nam");

  // Conditional: the same bytes again are a 304, by ETag and by date.
  const again = await request.get(feedHref ?? "", {
    headers: { "If-None-Match": feed.headers().etag ?? "" },
  });
  expect(again.status()).toBe(304);
  const byDate = await request.get(feedHref ?? "", {
    headers: { "If-Modified-Since": feed.headers()["last-modified"] ?? "" },
  });
  expect(byDate.status()).toBe(304);
});

test("the timeline of an actor and a proposition links the stance feed", async ({ page, request }) => {
  await page.goto("/timeline?topic=cyber-security&country=VN&proposition=un-central-role");
  const stance = page.locator('head link[rel="alternate"][href^="/feeds/stances"]');
  await expect(stance).toHaveAttribute("href", "/feeds/stances?country=VN&proposition=un-central-role");
  const feed = await request.get((await stance.getAttribute("href")) ?? "");
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain("<title>Stance of officials of VN on");
});

test("the API page documents the endpoints and every example of the OpenAPI document holds", async ({
  page,
  request,
}) => {
  await page.goto("/api");
  await expect(page.getByRole("heading", { level: 1, name: "Read API" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "GET /api/timeline" })).toBeVisible();
  await page.getByRole("link", { name: "/api/openapi.json" }).first().click();
  const response = await request.get("/api/openapi.json");
  expect(response.status()).toBe(200);
  const doc = (await response.json()) as Doc;
  let checked = 0;
  for (const item of Object.values(doc.paths)) {
    for (const [status, answer] of Object.entries(item.get.responses)) {
      for (const media of Object.values(answer.content ?? {})) {
        for (const example of Object.values(media.examples ?? {})) {
          const path = example.summary.replace(/^GET /, "");
          const got = await request.get(path);
          expect(got.status(), path).toBe(Number(status));
          expect(await got.json(), path).toMatchObject(example.value as Record<string, unknown>);
          checked++;
        }
      }
    }
  }
  expect(checked).toBeGreaterThanOrEqual(7);
});

test("a second API request with the ETag gets 304; a malformed parameter is reported, not a 500", async ({
  request,
}) => {
  const first = await request.get("/api/compare?topic=cyber-security&a=2018..2018&b=2024..2024&country=VN");
  expect(first.status()).toBe(200);
  expect(first.headers()["cache-control"]).toBe("private, no-cache");
  const etag = first.headers().etag ?? "";
  const second = await request.get("/api/compare?topic=cyber-security&a=2018..2018&b=2024..2024&country=VN", {
    headers: { "If-None-Match": etag },
  });
  expect(second.status()).toBe(304);
  const bad = await request.get("/api/timeline?bin=decade&page=0");
  expect(bad.status()).toBe(200);
  expect((await bad.json()).ignored).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ key: "bin", value: "decade" }),
      expect.objectContaining({ key: "page", value: "0" }),
    ]),
  );
});
