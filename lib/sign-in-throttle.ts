/**
 * Who may try a password, and when. Three counters, each a row of rate_limits (db/queries/rate-limits.ts):
 *
 * - per account and address: after `maxPerPair` failures, that address waits before each further try for that
 *   account, the wait doubling with every failure (up to `maxLockMs`). This is the lock a guesser meets, and it is
 *   theirs alone: the account's owner signing in from another address is not touched by it.
 * - per address: failures only (`maxPerAddress` per window), so one address cannot spray many accounts, while
 *   colleagues behind one office address, who mostly succeed, never lock each other out.
 * - per account, over all addresses: failures (`maxPerAccountTotal` per window) from many addresses at once, a
 *   distributed guess. It does not apply to an address the account signed in from successfully before (within
 *   `knownAddressMs`), so the owner keeps access while a botnet hammers the account.
 *
 * Attempts are counted before the password is checked (parallel requests cannot all slip through the check);
 * a success then takes its count back (see `afterSuccess`).
 */

export interface ThrottleSettings {
  maxPerPair: number;
  maxPerAddress: number;
  maxPerAccountTotal: number;
  windowMs: number;
  maxLockMs: number;
  knownAddressMs: number;
}

export interface Counter {
  count: number;
  /** For window counters, the window's start; for a pair past its limit, the last failure. Milliseconds. */
  windowStart: number;
}

export interface ThrottleState {
  pair?: Counter;
  address?: Counter;
  account?: Counter;
  /** When this address last signed in to this account successfully, if ever (ms). */
  knownSince?: number;
}

export type ThrottleScope = "pair" | "address" | "account";
export type ThrottleDecision =
  | { allowed: true; next: { pair: Counter; address: Counter; account: Counter } }
  | { allowed: false; scope: ThrottleScope; retryAfterMs: number };

/** How long an address waits after `count` failures for one account: nothing below the limit, then doubling. */
export function pairLockMs(count: number, s: ThrottleSettings): number {
  if (count < s.maxPerPair) return 0;
  return Math.min(s.windowMs * 2 ** (count - s.maxPerPair), s.maxLockMs);
}

function windowLive(c: Counter | undefined, now: number, windowMs: number): c is Counter {
  return c !== undefined && now - c.windowStart < windowMs;
}

/** A pair is forgotten once it has been quiet for longer than any lock it could be serving. */
function pairLive(c: Counter | undefined, now: number, s: ThrottleSettings): c is Counter {
  if (c === undefined) return false;
  const quietFor = now - c.windowStart;
  return c.count >= s.maxPerPair ? quietFor < s.maxLockMs + s.windowMs : quietFor < s.windowMs;
}

function bump(c: Counter | undefined, live: boolean, now: number): Counter {
  return live && c ? { count: c.count + 1, windowStart: c.windowStart } : { count: 1, windowStart: now };
}

export function decideSignIn(state: ThrottleState, now: number, s: ThrottleSettings): ThrottleDecision {
  const pairIsLive = pairLive(state.pair, now, s);
  if (pairIsLive && state.pair && state.pair.count >= s.maxPerPair) {
    const until = state.pair.windowStart + pairLockMs(state.pair.count, s);
    if (now < until) return { allowed: false, scope: "pair", retryAfterMs: until - now };
  }
  const addressIsLive = windowLive(state.address, now, s.windowMs);
  if (addressIsLive && state.address && state.address.count >= s.maxPerAddress)
    return { allowed: false, scope: "address", retryAfterMs: state.address.windowStart + s.windowMs - now };
  const known = state.knownSince !== undefined && now - state.knownSince < s.knownAddressMs;
  const accountIsLive = windowLive(state.account, now, s.windowMs);
  if (!known && accountIsLive && state.account && state.account.count >= s.maxPerAccountTotal)
    return { allowed: false, scope: "account", retryAfterMs: state.account.windowStart + s.windowMs - now };

  const pair = bump(state.pair, pairIsLive, now);
  // Past the limit the pair's time is its last failure, from which the next wait is measured.
  if (pair.count >= s.maxPerPair) pair.windowStart = now;
  return {
    allowed: true,
    next: {
      pair,
      address: bump(state.address, addressIsLive, now),
      account: bump(state.account, accountIsLive, now),
    },
  };
}

/**
 * After a successful sign-in: the pair is cleared and the attempt no longer counts against the address or the
 * account (a success is not a failure). The address becomes known for the account.
 */
export function afterSuccess(state: Pick<ThrottleState, "address" | "account">): {
  address?: Counter;
  account?: Counter;
} {
  const takeBack = (c: Counter | undefined) => (c ? { ...c, count: Math.max(0, c.count - 1) } : undefined);
  return { address: takeBack(state.address), account: takeBack(state.account) };
}

export function throttleMessage(scope: ThrottleScope, retryAfterMs: number): string {
  const n = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  const wait = n === 1 ? "a minute" : `${n} minutes`;
  switch (scope) {
    case "pair":
      return `Too many sign-in attempts for this account from this address. Try again in ${wait}.`;
    case "address":
      return `Too many failed sign-in attempts from this address. Try again in ${wait}.`;
    case "account":
      return `Too many failed sign-in attempts for this account from new addresses. Try again in ${wait}, or from an address you have signed in from before.`;
  }
}
