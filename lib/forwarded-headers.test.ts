import { describe, expect, it } from "vitest";
import { rewriteForwardedHeaders } from "./forwarded-headers";

describe("rewriteForwardedHeaders", () => {
  it("replaces whatever the client claims with the socket's address", () => {
    const headers: Record<string, string | string[] | undefined> = {
      host: "positions.example",
      "x-forwarded-for": "1.2.3.4, 5.6.7.8",
      "x-real-ip": "9.9.9.9",
      "x-forwarded-proto": "https",
      forwarded: "for=1.2.3.4",
    };
    rewriteForwardedHeaders(headers, "203.0.113.7", false);
    expect(headers).toEqual({ host: "positions.example", "x-forwarded-for": "203.0.113.7" });
  });

  it("keeps the headers a trusted proxy set", () => {
    const headers = { "x-forwarded-for": "1.2.3.4", "x-forwarded-proto": "https" };
    rewriteForwardedHeaders(headers, "10.0.0.2", true);
    expect(headers).toEqual({ "x-forwarded-for": "1.2.3.4", "x-forwarded-proto": "https" });
  });
});
