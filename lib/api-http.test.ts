import { describe, expect, it } from "vitest";
import { conditionalResponse, errorResponse, etagOf, ifNoneMatchHits, notModifiedSince } from "./api-http";
import { errorSchema } from "./api-schemas";

describe("conditional requests", () => {
  const etag = etagOf("body");

  it("the ETag follows the bytes", () => {
    expect(etagOf("body")).toBe(etag);
    expect(etagOf("body ")).not.toBe(etag);
  });

  it("If-None-Match: *, lists and weak tags match; other tags do not", () => {
    expect(ifNoneMatchHits("*", etag)).toBe(true);
    expect(ifNoneMatchHits(`"a", ${etag}`, etag)).toBe(true);
    expect(ifNoneMatchHits(`W/${etag}`, etag)).toBe(true);
    expect(ifNoneMatchHits(`"a"`, etag)).toBe(false);
    expect(ifNoneMatchHits(null, etag)).toBe(false);
  });

  it("If-Modified-Since: fresh at or after the last change (whole seconds), not before or when unreadable", () => {
    const changed = new Date("2026-12-02T03:04:05.600Z");
    expect(notModifiedSince("Wed, 02 Dec 2026 03:04:05 GMT", changed)).toBe(true);
    expect(notModifiedSince("Wed, 02 Dec 2026 03:04:04 GMT", changed)).toBe(false);
    expect(notModifiedSince("yesterday", changed)).toBe(false);
  });

  it("If-None-Match wins over If-Modified-Since, and only a 200 can become a 304", () => {
    const req = (headers: Record<string, string>) => new Request("http://h/x", { headers });
    const lastModified = new Date("2026-01-01T00:00:00Z");
    const options = { contentType: "text/plain", lastModified };
    const future = "Thu, 01 Jan 2099 00:00:00 GMT";
    expect(conditionalResponse(req({ "if-none-match": etag }), "body", options).status).toBe(304);
    expect(
      conditionalResponse(req({ "if-none-match": '"x"', "if-modified-since": future }), "body", options)
        .status,
    ).toBe(200);
    expect(conditionalResponse(req({ "if-modified-since": future }), "body", options).status).toBe(304);
    expect(
      conditionalResponse(req({ "if-none-match": etag }), "body", { ...options, status: 404 }).status,
    ).toBe(404);
  });
});

describe("errorResponse", () => {
  it("is one JSON shape, never cached, with field errors only when there are some", async () => {
    const plain = errorResponse(403, "Your account is not allowed to do this.");
    expect(plain.status).toBe(403);
    expect(plain.headers.get("cache-control")).toBe("no-store");
    expect(await plain.json()).toEqual({ error: "Your account is not allowed to do this." });
    const field = errorResponse(413, "The file is larger than 5 MB.", { file: "Too large." });
    expect(errorSchema.parse(await field.json())).toEqual({
      error: "The file is larger than 5 MB.",
      fieldErrors: { file: "Too large." },
    });
  });
});
