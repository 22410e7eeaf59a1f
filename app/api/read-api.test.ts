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
import { Validator } from "@seriousme/openapi-schema-validator";
import { getDb } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { errorSchema } from "@/lib/api-schemas";
import { openApiDocument } from "@/lib/openapi";
import { loadSeeds } from "@/seeds/load";
import { generateSynthetic } from "@/seeds/synthetic";
import { callApi } from "./_lib/route-table";

async function json(path: string) {
  const { response, schema } = await callApi(path);
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

interface DocExample {
  status: number;
  request: string;
  value: unknown;
}

/** Every example of the served OpenAPI document, with the request its summary names and the answer's status. */
function documentExamples(): DocExample[] {
  const doc = openApiDocument() as {
    paths: Record<
      string,
      { get: { responses: Record<string, { content?: Record<string, { examples?: object }> }> } }
    >;
  };
  return Object.values(doc.paths).flatMap((item) =>
    Object.entries(item.get.responses).flatMap(([status, response]) =>
      Object.values(response.content ?? {}).flatMap((media) =>
        Object.values(media.examples ?? {}).map((e: { summary: string; value: unknown }) => ({
          status: Number(status),
          request: e.summary.replace(/^GET /, ""),
          value: e.value,
        })),
      ),
    ),
  );
}

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1 (the served bytes, checked by an OpenAPI schema validator)", async () => {
    const { response } = await callApi("/api/openapi.json");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/vnd.oai.openapi+json");
    const doc = await response.json();
    const validator = new Validator();
    const result = await validator.validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/positions", "/api/positions/{id}", "/api/compare", "/api/timeline"]),
    );
  });

  const examples = documentExamples();
  it("documents an example for every operation", () => {
    expect(examples.length).toBeGreaterThanOrEqual(7);
  });
  for (const example of examples) {
    it(`its example GET ${example.request} answers ${example.status} with what it shows`, async () => {
      const { response, body, schema } = await json(example.request);
      expect(response.status).toBe(example.status);
      expect(body).toMatchObject(example.value as object);
      // The schema describes every field: parsing strips undeclared ones, so the parse must equal the answer.
      if (example.status === 200) expect(schema?.parse(body)).toEqual(body);
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
      expect(schema?.parse(body)).toEqual(body);
    });
  }
});

describe("conditional requests", () => {
  it("a second request with the ETag gets 304 and no body; a changed record changes the ETag", async () => {
    const path = "/api/positions?speaker=bui-van-nam";
    const first = (await callApi(path)).response;
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(first.headers.get("cache-control")).toBe("private, no-cache");
    const again = (await callApi(path, { "if-none-match": etag ?? "" })).response;
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    // Weak comparison and lists, as RFC 9110 says.
    expect((await callApi(path, { "if-none-match": `"other", W/${etag}` })).response.status).toBe(304);

    getDb()
      .$client.prepare("UPDATE statements SET text = text || ' (corrected)' WHERE public_id = 'vesea5vgpk'")
      .run();
    const changed = (await callApi(path, { "if-none-match": etag ?? "" })).response;
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
  });

  it("errors are not cached", async () => {
    const { response } = await callApi("/api/officials/nobody-at-all");
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

describe("review statuses of the codes", () => {
  it("the record endpoint and the positions list say where each code stands, and the document says the values", async () => {
    const sqlite = getDb().$client;
    const code = sqlite
      .prepare(`
        SELECT s.public_id AS publicId, cp.id, pr.slug FROM coded_positions cp
        JOIN statements s ON s.id = cp.statement_id JOIN propositions pr ON pr.id = cp.proposition_id
        ORDER BY cp.id LIMIT 1`)
      .get() as { publicId: string; id: number; slug: string };
    // Two coders differ on it: the current code stays, flagged disputed (db/queries/review-codes.ts).
    sqlite.prepare("UPDATE coded_positions SET review_status = 'disputed' WHERE id = ?").run(code.id);

    const record = await json(`/api/positions/${code.publicId}`);
    expect(record.response.status).toBe(200);
    expect(record.schema?.parse(record.body)).toEqual(record.body);
    const positions = record.body.record.positions as { propositionSlug: string; reviewStatus: string }[];
    expect(positions.find((p) => p.propositionSlug === code.slug)?.reviewStatus).toBe("disputed");
    expect(positions.filter((p) => p.propositionSlug !== code.slug).map((p) => p.reviewStatus)).not.toContain(
      "disputed",
    );

    const list = await json("/api/positions?coding=disputed");
    expect(list.schema?.parse(list.body)).toEqual(list.body);
    const rows = list.body.rows as { publicId: string; stances: { reviewStatus: string }[] }[];
    expect(rows.map((r) => r.publicId)).toContain(code.publicId);
    expect(rows.find((r) => r.publicId === code.publicId)?.stances.map((s) => s.reviewStatus)).toContain(
      "disputed",
    );

    const doc = openApiDocument() as {
      components: { schemas: Record<string, { enum?: string[]; properties?: Record<string, unknown> }> };
    };
    expect(doc.components.schemas.ReviewStatus?.enum).toEqual(["draft", "agreed", "disputed", "adjudicated"]);
    expect(doc.components.schemas.CodedPosition?.properties).toHaveProperty("reviewStatus");
    sqlite.prepare("UPDATE coded_positions SET review_status = 'draft' WHERE id = ?").run(code.id);
  });
});
