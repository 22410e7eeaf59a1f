import { and, eq } from "drizzle-orm";
import type { Conn } from "@/db/client";
import { type RedirectKind, slugRedirects } from "@/db/schema";

/**
 * Retired slugs (issue 12). A rename or a merge calls `retireSlug` inside its own transaction; pages and URL
 * parsers call `redirectTarget` when a slug names nothing live, and send the reader on to the slug that now
 * answers for it.
 */

/** Points `fromSlug` at `toSlug`, and every slug that pointed at `fromSlug` too, so lookups stay one step. */
export function retireSlug(conn: Conn, kind: RedirectKind, fromSlug: string, toSlug: string): void {
  if (fromSlug === toSlug) return;
  // A slug brought back into use (renamed back, say) is live again and must not redirect away from itself.
  conn
    .delete(slugRedirects)
    .where(and(eq(slugRedirects.kind, kind), eq(slugRedirects.fromSlug, toSlug)))
    .run();
  conn
    .update(slugRedirects)
    .set({ toSlug })
    .where(and(eq(slugRedirects.kind, kind), eq(slugRedirects.toSlug, fromSlug)))
    .run();
  conn
    .insert(slugRedirects)
    .values({ kind, fromSlug, toSlug })
    .onConflictDoUpdate({ target: [slugRedirects.kind, slugRedirects.fromSlug], set: { toSlug } })
    .run();
}

/** The live slug a retired one now stands for, or null when it was never retired. */
export function redirectTarget(conn: Conn, kind: RedirectKind, slug: string): string | null {
  const row = conn
    .select({ toSlug: slugRedirects.toSlug })
    .from(slugRedirects)
    .where(and(eq(slugRedirects.kind, kind), eq(slugRedirects.fromSlug, slug)))
    .get();
  return row?.toSlug ?? null;
}
