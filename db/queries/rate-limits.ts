import { and, eq, inArray, like, lt, not, or } from "drizzle-orm";
import {
  afterSuccess,
  type Counter,
  decideSignIn,
  type ThrottleDecision,
  type ThrottleSettings,
} from "@/lib/sign-in-throttle";
import type { Db, Tx } from "../client";
import { rateLimits } from "../schema";
import { transaction } from "./transaction";

/** Who is trying: the account's email as typed (lower-cased) and the client address. */
export interface SignInAttempt {
  email: string;
  address: string;
}

function keysOf({ email, address }: SignInAttempt) {
  return {
    pair: `sign-in:pair:${email}|${address}`,
    address: `sign-in:address:${address}`,
    account: `sign-in:account:${email}`,
    known: `sign-in:known:${email}|${address}`,
  };
}

/**
 * Counts a sign-in attempt before its password is checked, if lib/sign-in-throttle.ts allows it. Read, decision
 * and write happen in one immediate transaction, so parallel attempts from several server processes cannot slip
 * past a limit together.
 */
export function beginSignIn(
  db: Db,
  attempt: SignInAttempt,
  s: ThrottleSettings,
  now = Date.now(),
): ThrottleDecision {
  const keys = keysOf(attempt);
  return transaction(db, "immediate", (tx) => {
    const rows = new Map(
      tx
        .select()
        .from(rateLimits)
        .where(inArray(rateLimits.key, Object.values(keys)))
        .all()
        .map((r) => [r.key, { count: r.count, windowStart: r.windowStart } satisfies Counter]),
    );
    const decision = decideSignIn(
      {
        pair: rows.get(keys.pair),
        address: rows.get(keys.address),
        account: rows.get(keys.account),
        knownSince: rows.get(keys.known)?.windowStart,
      },
      now,
      s,
    );
    if (decision.allowed) {
      for (const scope of ["pair", "address", "account"] as const) put(tx, keys[scope], decision.next[scope]);
    }
    return decision;
  });
}

/** The attempt succeeded: it stops counting as a failure, and the address becomes known for the account. */
export function signInSucceeded(db: Db, attempt: SignInAttempt, now = Date.now()): void {
  const keys = keysOf(attempt);
  transaction(db, "immediate", (tx) => {
    const get = (key: string) => tx.select().from(rateLimits).where(eq(rateLimits.key, key)).get();
    const back = afterSuccess({ address: get(keys.address), account: get(keys.account) });
    if (back.address) put(tx, keys.address, back.address);
    if (back.account) put(tx, keys.account, back.account);
    tx.delete(rateLimits).where(eq(rateLimits.key, keys.pair)).run();
    put(tx, keys.known, { count: 1, windowStart: now });
  });
}

function put(tx: Tx, key: string, c: Counter): void {
  tx.insert(rateLimits)
    .values({ key, count: c.count, windowStart: c.windowStart })
    .onConflictDoUpdate({ target: rateLimits.key, set: { count: c.count, windowStart: c.windowStart } })
    .run();
}

/** Drops counters that can no longer refuse anything, so the table holds only live ones. */
export function pruneRateLimits(db: Db, s: ThrottleSettings, now = Date.now()): number {
  const known = like(rateLimits.key, "sign-in:known:%");
  const pair = like(rateLimits.key, "sign-in:pair:%");
  return db
    .delete(rateLimits)
    .where(
      or(
        and(known, lt(rateLimits.windowStart, now - s.knownAddressMs)),
        and(pair, lt(rateLimits.windowStart, now - s.maxLockMs - s.windowMs)),
        and(not(known), not(pair), lt(rateLimits.windowStart, now - s.windowMs)),
      ),
    )
    .run().changes;
}
