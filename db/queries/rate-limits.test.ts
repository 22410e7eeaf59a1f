import { afterEach, describe, expect, it } from "vitest";
import { createTempDb } from "../testing/temp-db";
import { clearRateLimit, consumeRateLimit, pruneRateLimits } from "./rate-limits";

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe("consumeRateLimit", () => {
  it("allows max attempts per window, refuses the next with the time left, and starts over after the window", () => {
    const temp = createTempDb();
    cleanup = temp.cleanup;
    const rule = { max: 3, windowMs: 60_000 };
    const t0 = 1_000_000;
    for (let i = 0; i < 3; i++) expect(consumeRateLimit(temp.db, "k", rule, t0 + i).allowed).toBe(true);
    expect(consumeRateLimit(temp.db, "k", rule, t0 + 10_000)).toEqual({
      allowed: false,
      retryAfterMs: 50_000,
    });
    // Other keys are counted apart.
    expect(consumeRateLimit(temp.db, "other", rule, t0 + 10_000).allowed).toBe(true);
    expect(consumeRateLimit(temp.db, "k", rule, t0 + 60_000).allowed).toBe(true);
  });

  it("forgets a key when cleared", () => {
    const temp = createTempDb();
    cleanup = temp.cleanup;
    const rule = { max: 1, windowMs: 60_000 };
    expect(consumeRateLimit(temp.db, "k", rule, 0).allowed).toBe(true);
    expect(consumeRateLimit(temp.db, "k", rule, 1).allowed).toBe(false);
    clearRateLimit(temp.db, "k");
    expect(consumeRateLimit(temp.db, "k", rule, 2).allowed).toBe(true);
  });

  it("prunes counters whose window has ended", () => {
    const temp = createTempDb();
    cleanup = temp.cleanup;
    const rule = { max: 1, windowMs: 1000 };
    consumeRateLimit(temp.db, "old", rule, 0);
    consumeRateLimit(temp.db, "new", rule, 5000);
    expect(pruneRateLimits(temp.db, 4500)).toBe(1);
    expect(consumeRateLimit(temp.db, "new", rule, 5001).allowed).toBe(false);
  });
});
