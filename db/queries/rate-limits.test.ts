import { afterEach, describe, expect, it } from "vitest";
import type { ThrottleSettings } from "@/lib/sign-in-throttle";
import { rateLimits } from "../schema";
import { createTempDb } from "../testing/temp-db";
import { beginSignIn, pruneRateLimits, signInSucceeded } from "./rate-limits";

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const S: ThrottleSettings = {
  maxPerPair: 3,
  maxPerAddress: 10,
  maxPerAccountTotal: 20,
  windowMs: 60_000,
  maxLockMs: 3_600_000,
  knownAddressMs: 86_400_000,
};
const ana = (address: string) => ({ email: "ana@example.org", address });

describe("sign-in throttling on a real database", () => {
  it("locks the guessing address out of the account while the owner's address signs in", () => {
    const temp = createTempDb();
    cleanup = temp.cleanup;
    // The owner signed in from 10.0.0.1 once.
    expect(beginSignIn(temp.db, ana("10.0.0.1"), S, 0).allowed).toBe(true);
    signInSucceeded(temp.db, ana("10.0.0.1"), 0);
    // Someone guesses from 203.0.113.9 and then from many addresses.
    for (let i = 0; i < 3; i++)
      expect(beginSignIn(temp.db, ana("203.0.113.9"), S, 1000 + i).allowed).toBe(true);
    expect(beginSignIn(temp.db, ana("203.0.113.9"), S, 2000)).toMatchObject({
      allowed: false,
      scope: "pair",
    });
    for (let i = 0; i < 40; i++) beginSignIn(temp.db, ana(`198.51.100.${i}`), S, 3000 + i);
    expect(beginSignIn(temp.db, ana("198.51.100.200"), S, 4000)).toMatchObject({
      allowed: false,
      scope: "account",
    });
    // The owner is let through all along.
    expect(beginSignIn(temp.db, ana("10.0.0.1"), S, 5000).allowed).toBe(true);
  });

  it("takes a success back from the address count, and prunes counters that can refuse nothing more", () => {
    const temp = createTempDb();
    cleanup = temp.cleanup;
    for (let i = 0; i < 50; i++) {
      const who = { email: `user${i}@example.org`, address: "192.0.2.1" };
      expect(beginSignIn(temp.db, who, S, i).allowed).toBe(true);
      signInSucceeded(temp.db, who, i);
    }
    const address = temp.db
      .select()
      .from(rateLimits)
      .all()
      .find((r) => r.key === "sign-in:address:192.0.2.1");
    expect(address?.count).toBe(0);
    // A day later only the known-address rows remain; a month later nothing.
    pruneRateLimits(temp.db, S, S.maxLockMs + S.windowMs + 100);
    expect(
      temp.db
        .select()
        .from(rateLimits)
        .all()
        .every((r) => r.key.startsWith("sign-in:known:")),
    ).toBe(true);
    pruneRateLimits(temp.db, S, S.knownAddressMs + 100);
    expect(temp.db.select().from(rateLimits).all()).toEqual([]);
  });
});
