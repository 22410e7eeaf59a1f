import { describe, expect, it } from "vitest";
import { asOfTableNote, citation, formatAsOf, parseAsOf, withAsOf } from "./asof";

const now = new Date("2026-12-02T12:00:00.000Z");

describe("parseAsOf", () => {
  it("rewrites every accepted form to the database's timestamp shape", () => {
    expect(parseAsOf("2026-05-01T09:30:00Z", now)).toBe("2026-05-01T09:30:00.000Z");
    expect(parseAsOf("2026-05-01T09:30Z", now)).toBe("2026-05-01T09:30:00.000Z");
    expect(parseAsOf("2026-05-01T09:30:00.123456Z", now)).toBe("2026-05-01T09:30:00.123Z");
    expect(parseAsOf("2026-05-01 09:30:00+00:00", now)).toBe("2026-05-01T09:30:00.000Z");
  });

  it("takes a date alone as the end of that day, so what was recorded on it is included", () => {
    expect(parseAsOf("2026-05-01", now)).toBe("2026-05-01T23:59:59.999Z");
  });

  it("refuses what is not a moment in UTC, saying why", () => {
    expect(parseAsOf("yesterday", now)).toEqual({ reject: expect.stringContaining("not a UTC timestamp") });
    expect(parseAsOf("2026-05-01T09:30:00", now)).toEqual({ reject: expect.stringContaining("zone") });
    expect(parseAsOf("2026-05-01T09:30:00+07:00", now)).toEqual({
      reject: expect.stringContaining("not a UTC"),
    });
    expect(parseAsOf("2026-02-30", now)).toEqual({ reject: "no such date or time" });
    expect(parseAsOf("2026-05-01T24:00:00Z", now)).toEqual({ reject: "no such date or time" });
    expect(parseAsOf("2026-12-03T00:00:00Z", now)).toEqual({ reject: expect.stringContaining("future") });
  });
});

describe("withAsOf", () => {
  it("sets, replaces and removes asof, keeping the rest of the link", () => {
    expect(withAsOf("/positions?topic=cyber#x", "2026-05-01T09:30:00.000Z")).toBe(
      "/positions?topic=cyber&asof=2026-05-01T09%3A30%3A00.000Z#x",
    );
    expect(withAsOf("/positions?asof=2020-01-01T00%3A00%3A00.000Z&topic=a", null)).toBe("/positions?topic=a");
  });
});

describe("citation", () => {
  it("names the moment the data is pinned to and the pinned URL", () => {
    expect(formatAsOf("2026-05-01T09:30:00.000Z")).toBe("1 May 2026, 09:30 UTC");
    expect(
      citation({
        title: "Statement",
        url: "https://p.example/positions/a?asof=x",
        asof: "2026-05-01T09:30:00.000Z",
      }),
    ).toBe(
      "Statement. Positions (policy-position tracker), data as of 1 May 2026, 09:30 UTC. https://p.example/positions/a?asof=x",
    );
  });
});

describe("asOfTableNote", () => {
  it("says what a pinned table leaves out and what it lists by today's values", () => {
    expect(asOfTableNote({ count: 0, capped: false })).toBe(
      "Records recorded since are left out. None of the records in this view has been edited since.",
    );
    expect(asOfTableNote({ count: 1, capped: false })).toContain(
      "1 record in this view has been edited since: it is",
    );
    expect(asOfTableNote({ count: 1000, capped: true })).toContain("1,000 or more records in this view have");
  });
});
