/**
 * The read API through its route handlers, on a real seeded SQLite file: every answer parses against its zod
 * schema (with no undeclared field), every documented example answers what it says, a second request with the
 * ETag gets 304, malformed parameters are reported in `ignored` and never give a 500.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const env = vi.hoisted(() => {
  const file = `${process.env.TMPDIR ?? "/tmp"}/positions-read-api-${process.pid}-${Date.now()}.db`;
  process.env.DATABASE_PATH = file;
  process.env.BETTER_AUTH_SECRET = "test-secret-for-the-read-api-tests-0123456789";
  delete process.env.REQUIRE_SIGN_IN;
  return { file };
});

import fs from "node:fs";
import { NextRequest } from "next/server";
import type { z } from "zod";
import { getDb } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { API_EXAMPLES } from "@/lib/api-examples";
import {
  compareResponseSchema,
  errorSchema,
  eventResponseSchema,
  officialResponseSchema,
  positionsResponseSchema,
  recordResponseSchema,
  timelineResponseSchema,
  topicResponseSchema,
} from "@/lib/api-schemas";
import { loadSeeds } from "@/seeds/load";
import { generateSynthetic } from "@/seeds/synthetic";
import { GET as getCompare } from "./compare/route";
import { GET as getEvent } from "./events/[slug]/route";
import { GET as getOfficial } from "./officials/[slug]/route";
import { GET as getRecord } from "./positions/[id]/route";
import { GET as getPositions } from "./positions/route";
import { GET as getTimeline } from "./timeline/route";
import { GET as getTopic } from "./topics/[slug]/route";

type Handler = (
  request: NextRequest,
  context: { params: Promise<Record<string, string>> },
) => Promise<Response>;

const ROUTES: { pattern: RegExp; param?: string; handler: Handler; schema: z.ZodType }[] = [
  { pattern: /^\/api\/positions$/, handler: getPositions as Handler, schema: positionsResponseSchema },
  {
    pattern: /^\/api\/positions\/([^/]+)$/,
    param: "id",
    handler: getRecord as Handler,
    schema: recordResponseSchema,
  },
  { pattern: /^\/api\/compare$/, handler: getCompare as Handler, schema: compareResponseSchema },
  { pattern: /^\/api\/timeline$/, handler: getTimeline as Handler, schema: timelineResponseSchema },
  {
    pattern: /^\/api\/officials\/([^/]+)$/,
    param: "slug",
    handler: getOfficial as Handler,
    schema: officialResponseSchema,
  },
  {
    pattern: /^\/api\/events\/([^/]+)$/,
    param: "slug",
    handler: getEvent as Handler,
    schema: eventResponseSchema,
  },
  {
    pattern: /^\/api\/topics\/([^/]+)$/,
    param: "slug",
    handler: getTopic as Handler,
    schema: topicResponseSchema,
  },
];

/** Calls the route handler a path belongs to, as Next would. */
async function call(path: string, headers: Record<string, string> = {}) {
  const url = new URL(path, "http://localhost");
  for (const route of ROUTES) {
    const m = route.pattern.exec(url.pathname);
    if (!m) continue;
    const params = route.param ? { [route.param]: decodeURIComponent(m[1] ?? "") } : {};
    const response = await route.handler(new NextRequest(url, { headers }), {
      params: Promise.resolve(params),
    });
    return { response, schema: route.schema };
  }
  throw new Error(`no route for ${path}`);
}

async function json(path: string) {
  const { response, schema } = await call(path);
  const body = await response.json();
  return { response, body, schema };
}

beforeAll(() => {
  const db = getDb();
  migrateDatabase(db);
  loadSeeds(db);
});
afterAll(() => {
  getDb().$client.close();
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${env.file}${suffix}`, { force: true });
});

describe("the documented examples", () => {
  for (const example of API_EXAMPLES) {
    it(`${example.operationId}/${example.name}: ${example.request}`, async () => {
      const { response, body, schema } = await json(example.request);
      expect(response.status).toBe(example.status);
      expect(body).toMatchObject(example.value);
      // The schema describes every field: parsing strips undeclared ones, so the parse must equal the answer.
      if (example.status === 200) expect(schema.parse(body)).toEqual(body);
      else expect(errorSchema.parse(body)).toEqual(body);
    });
  }
});

describe("answers follow their schemas", () => {
  const paths = [
    "/api/positions",
    "/api/positions?q=cyber&sort=relevance",
    "/api/positions?topic=cybercrime&size=25&page=2",
    "/api/compare",
    "/api/compare?ids=vesea5vgpk,w549sqvvg2,h9nznx9ghp",
    "/api/compare?topic=cyber-security&a=2018..&b=2024..&speaker=dang-hoang-giang",
    "/api/timeline?topic=cyber-security&group=speaker",
    "/api/timeline?bin=year",
    "/api/timeline?topic=nothing-here",
    "/api/officials/dang-hoang-giang",
    "/api/events/moscow-2018-heads-of-special-services",
    "/api/topics/cybercrime",
  ];
  for (const path of paths) {
    it(path, async () => {
      const { response, body, schema } = await json(path);
      expect(response.status).toBe(200);
      expect(schema.parse(body)).toEqual(body);
    });
  }
});

describe("conditional requests", () => {
  it("a second request with the ETag gets 304 and no body; a changed record changes the ETag", async () => {
    const path = "/api/positions?speaker=bui-van-nam";
    const first = (await call(path)).response;
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(first.headers.get("cache-control")).toBe("private, no-cache");
    const again = (await call(path, { "if-none-match": etag ?? "" })).response;
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    // Weak comparison and lists, as RFC 9110 says.
    expect((await call(path, { "if-none-match": `"other", W/${etag}` })).response.status).toBe(304);

    getDb()
      .$client.prepare("UPDATE statements SET text = text || ' (corrected)' WHERE public_id = 'vesea5vgpk'")
      .run();
    const changed = (await call(path, { "if-none-match": etag ?? "" })).response;
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
  });

  it("errors are not cached", async () => {
    const { response } = await call("/api/officials/nobody-at-all");
    expect(response.status).toBe(404);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});

describe("bad input", () => {
  const hostile = [
    "/api/positions?page=-1&sort=password&from=soon&speaker=nobody&zzz=1",
    "/api/positions?q=%22%22%22NEAR(*&accents=maybe",
    "/api/compare?ids=a,b,c,d,e,f&topic=x",
    "/api/compare?topic=cyber-security&a=2020..2018&b=never",
    "/api/timeline?page=0&bin=decade&from=2020&to=2018&pick=!!",
    "/api/positions/%E2%80%AE",
    "/api/topics/..%2F..%2Fetc",
  ];
  for (const path of hostile) {
    it(`${path} is answered, never a 500`, async () => {
      const { response, body } = await json(path);
      expect(response.status).toBeLessThan(500);
      if (response.status === 200) expect(body.ignored.length).toBeGreaterThan(0);
      else expect(body.error).toEqual(expect.any(String));
    });
  }
});

describe("paging over a larger corpus", () => {
  beforeAll(() => {
    generateSynthetic(getDb(), { count: 300, seed: 5 });
  }, 120_000);

  it("consecutive pages hold distinct records in the view's order, and the links walk them", async () => {
    const one = (await json("/api/positions?size=25&sort=date")).body;
    expect(one.links.prev).toBeNull();
    const two = (await json(one.links.next)).body;
    expect(two.page).toBe(2);
    expect(two.links.prev).toBe("/api/positions?sort=date&size=25");
    const rows = [...one.rows, ...two.rows] as { publicId: string; dateStart: string | null }[];
    expect(new Set(rows.map((r) => r.publicId)).size).toBe(50);
    const dates = rows.flatMap((r) => (r.dateStart ? [r.dateStart] : []));
    expect(dates).toEqual([...dates].sort());
    const last = (await json(`/api/positions?size=25&sort=date&page=${Math.ceil(one.total / 25)}`)).body;
    expect(last.links.next).toBeNull();
    expect(last.rows.length).toBeGreaterThan(0);
  });
});
