import { describe, expect, it } from "vitest";
import { checkViewName, checkViewUrl, MAX_VIEW_NAME, savedViewTableView } from "./saved-views";

describe("checkViewUrl", () => {
  it("accepts the three view pages with their query, stored as their grammar writes them", () => {
    expect(checkViewUrl("/positions?topic=cyber-security&size=7")).toEqual({
      ok: true,
      value: { kind: "positions", url: "/positions?topic=cyber-security" },
    });
    expect(checkViewUrl("/compare?topic=cyber-security&a=2018..2018&b=2024..2024")).toMatchObject({
      ok: true,
      value: { kind: "compare", url: "/compare?topic=cyber-security&a=2018..2018&b=2024..2024" },
    });
    expect(checkViewUrl("/timeline?topic=cyber-security")).toMatchObject({
      ok: true,
      value: { kind: "timeline" },
    });
    expect(checkViewUrl("/positions")).toEqual({ ok: true, value: { kind: "positions", url: "/positions" } });
  });

  it("refuses anything that is not a same-origin path of a view page", () => {
    for (const bad of [
      "https://evil.test/positions",
      "//evil.test/positions",
      "/\\evil.test/positions",
      "/positions/rb9j45cpkn",
      "/admin/users",
      "/views",
      "positions?topic=x",
      "javascript:alert(1)",
      "",
      `/positions?q=${"x".repeat(3000)}`,
    ])
      expect(checkViewUrl(bad).ok, bad).toBe(false);
    expect(checkViewUrl("/api/positions")).toMatchObject({
      ok: false,
      error: expect.stringContaining("/positions"),
    });
  });
});

describe("checkViewName", () => {
  it("trims and collapses spaces, refuses empty and over-long names", () => {
    expect(checkViewName("  Cyber   security ")).toEqual({ ok: true, value: "Cyber security" });
    expect(checkViewName("   ").ok).toBe(false);
    expect(checkViewName(undefined).ok).toBe(false);
    expect(checkViewName("x".repeat(MAX_VIEW_NAME)).ok).toBe(true);
    expect(checkViewName("x".repeat(MAX_VIEW_NAME + 1))).toMatchObject({
      ok: false,
      error: expect.stringContaining("too long"),
    });
  });
});

describe("savedViewTableView", () => {
  it("watches a timeline's and a period comparison's topic and speaker, and nothing for fixed records", () => {
    expect(
      savedViewTableView("timeline", "/timeline?topic=cyber-security&speaker=bui-van-nam"),
    ).toMatchObject({
      topic: ["cyber-security"],
      speaker: ["bui-van-nam"],
    });
    expect(
      savedViewTableView("compare", "/compare?topic=cybercrime&a=2018..2018&b=2024..2024"),
    ).toMatchObject({
      topic: ["cybercrime"],
    });
    expect(savedViewTableView("compare", "/compare?ids=rb9j45cpkn,r6xm3qpjm3")).toBeNull();
  });
});
