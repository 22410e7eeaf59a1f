import { describe, expect, it } from "vitest";
import {
  afterSuccess,
  type Counter,
  decideSignIn,
  pairLockMs,
  type ThrottleSettings,
  type ThrottleState,
} from "./sign-in-throttle";

const S: ThrottleSettings = {
  maxPerPair: 5,
  maxPerAddress: 30,
  maxPerAccountTotal: 100,
  windowMs: 15 * 60_000,
  maxLockMs: 24 * 3_600_000,
  knownAddressMs: 30 * 86_400_000,
};

/** Applies `n` failed attempts at `now` to a state, as the database layer does. */
function fail(state: ThrottleState, now: number, n = 1): ThrottleState {
  let s = state;
  for (let i = 0; i < n; i++) {
    const d = decideSignIn(s, now, S);
    if (!d.allowed) throw new Error(`refused at attempt ${i + 1}: ${d.scope}`);
    s = { ...s, ...d.next };
  }
  return s;
}

describe("decideSignIn", () => {
  it("lets an address try five times for one account, then makes it wait, the wait doubling per failure", () => {
    let s = fail({}, 0, 5);
    const sixth = decideSignIn(s, 1, S);
    expect(sixth).toEqual({ allowed: false, scope: "pair", retryAfterMs: S.windowMs - 1 });
    s = fail(s, S.windowMs); // the wait is over: one more try, which fails
    expect(decideSignIn(s, S.windowMs + 1, S)).toMatchObject({
      scope: "pair",
      retryAfterMs: 2 * S.windowMs - 1,
    });
    expect(pairLockMs(7, S)).toBe(4 * S.windowMs);
    expect(pairLockMs(40, S)).toBe(S.maxLockMs);
  });

  it("does not let a stranger hammering an account lock its owner out from the owner's own address", () => {
    const owner = { knownSince: 0 };
    let attacker: ThrottleState = {};
    // The attacker spreads failures over 200 addresses: each pair stays under its limit, the account's total does not.
    let account: Counter | undefined;
    for (let i = 0; i < 200; i++) {
      const d = decideSignIn({ ...attacker, account, pair: undefined, address: undefined }, 1000, S);
      if (!d.allowed) {
        expect(d.scope).toBe("account");
        continue;
      }
      account = d.next.account;
    }
    attacker = { account };
    expect(account?.count).toBe(S.maxPerAccountTotal);
    // A new address is refused for the account ...
    expect(decideSignIn({ account }, 2000, S)).toMatchObject({ allowed: false, scope: "account" });
    // ... but the owner's known address is not.
    expect(decideSignIn({ account, ...owner }, 2000, S).allowed).toBe(true);
    // Nor is the owner affected by one attacker locking its own pair.
    const lockedPair = fail({}, 0, 5).pair;
    expect(decideSignIn({ pair: lockedPair }, 1, S).allowed).toBe(false);
    expect(decideSignIn({ pair: undefined, ...owner }, 1, S).allowed).toBe(true);
  });

  it("counts failures per address, not successes: an office behind one address keeps signing in", () => {
    let address: Counter | undefined;
    for (let colleague = 0; colleague < 200; colleague++) {
      const d = decideSignIn({ address }, colleague, S);
      expect(d.allowed).toBe(true);
      if (!d.allowed) break;
      address = afterSuccess({ address: d.next.address }).address;
    }
    expect(address?.count).toBe(0);
  });

  it("refuses an address that fails across many accounts, and forgets it after the window", () => {
    let address: Counter | undefined;
    for (let i = 0; i < 30; i++) {
      const d = decideSignIn({ address }, i, S);
      if (!d.allowed) throw new Error("refused too early");
      address = d.next.address;
    }
    expect(decideSignIn({ address }, 100, S)).toMatchObject({ allowed: false, scope: "address" });
    expect(decideSignIn({ address }, S.windowMs, S).allowed).toBe(true);
  });

  it("forgets a quiet pair below its limit after the window", () => {
    const s = fail({}, 0, 4);
    const d = decideSignIn(s, S.windowMs + 1, S);
    expect(d.allowed && d.next.pair.count).toBe(1);
  });
});
