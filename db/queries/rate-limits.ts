import { eq, lt } from "drizzle-orm";
import type { Db } from "../client";
import { rateLimits } from "../schema";

export type RateLimitRule = { max: number; windowMs: number };
export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterMs: number };

/**
 * Counts one attempt against `key` in a fixed window and says whether it is allowed. Read and increment happen in
 * one immediate transaction, so parallel attempts from several server processes cannot slip past the limit.
 */
export function consumeRateLimit(
  db: Db,
  key: string,
  rule: RateLimitRule,
  now = Date.now(),
): RateLimitResult {
  return db.transaction(
    (tx) => {
      const row = tx.select().from(rateLimits).where(eq(rateLimits.key, key)).get();
      if (!row || now - row.windowStart >= rule.windowMs) {
        tx.insert(rateLimits)
          .values({ key, count: 1, windowStart: now })
          .onConflictDoUpdate({ target: rateLimits.key, set: { count: 1, windowStart: now } })
          .run();
        return { allowed: true } as const;
      }
      if (row.count >= rule.max)
        return { allowed: false, retryAfterMs: row.windowStart + rule.windowMs - now };
      tx.update(rateLimits)
        .set({ count: row.count + 1 })
        .where(eq(rateLimits.key, key))
        .run();
      return { allowed: true } as const;
    },
    { behavior: "immediate" },
  );
}

export function clearRateLimit(db: Db, key: string): void {
  db.delete(rateLimits).where(eq(rateLimits.key, key)).run();
}

/** Drops counters whose window ended before `before` (ms), so the table holds only live windows. */
export function pruneRateLimits(db: Db, before: number): number {
  return db.delete(rateLimits).where(lt(rateLimits.windowStart, before)).run().changes;
}
