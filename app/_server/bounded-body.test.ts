import { describe, expect, it } from "vitest";
import { readBoundedForm } from "./bounded-body";

function multipart(fileBytes: number, headers: Record<string, string> = {}): Request {
  const form = new FormData();
  form.set("mode", "check");
  form.set("file", new File(["x".repeat(fileBytes)], "records.csv", { type: "text/csv" }));
  const probe = new Request("http://localhost/", { method: "POST", body: form });
  return new Request("http://localhost/", {
    method: "POST",
    body: probe.body,
    headers: { "content-type": probe.headers.get("content-type") ?? "", ...headers },
    duplex: "half",
  } as RequestInit);
}

describe("readBoundedForm", () => {
  it("reads a form within the limit", async () => {
    const form = await readBoundedForm(multipart(1000), 10_000);
    expect(form).toBeInstanceOf(FormData);
    if (!(form instanceof FormData)) return;
    expect(form.get("mode")).toBe("check");
    expect((form.get("file") as File).size).toBe(1000);
  });

  it("refuses a body past the limit by its declared length, before reading it", async () => {
    expect(await readBoundedForm(multipart(10, { "content-length": "20000" }), 10_000)).toBe("too-large");
  });

  it("refuses a body past the limit that declares no length, as it arrives", async () => {
    expect(await readBoundedForm(multipart(50_000), 10_000)).toBe("too-large");
  });

  it("answers null for a body that is not a form", async () => {
    const json = new Request("http://localhost/", {
      method: "POST",
      body: "{}",
      headers: { "content-type": "application/json" },
    });
    expect(await readBoundedForm(json, 10_000)).toBeNull();
  });
});
