import type { RedirectKind } from "./domain";

/**
 * The URL keys whose values are slugs that a rename or a merge can retire (issue 12), with the kind of slug each
 * names. Every view reads these keys through its own grammar; the one lookup in proxy.ts sends a link holding a
 * retired slug on to the same view with the live slug, so no view has to know about redirects.
 */
export const SLUG_KEYS: Partial<Record<string, RedirectKind>> = { speaker: "person", event: "event" };

/**
 * The query string with every retired slug replaced by the live one, or null when none was retired. Values keep
 * their shape (repeated keys, comma lists); only the slugs change.
 */
export function liveSlugSearch(
  params: URLSearchParams,
  liveSlug: (kind: RedirectKind, slug: string) => string | null,
): string | null {
  let changed = false;
  const out = new URLSearchParams();
  for (const [key, value] of params) {
    const kind = SLUG_KEYS[key];
    if (!kind) {
      out.append(key, value);
      continue;
    }
    const pieces = value.split(",").map((piece) => {
      const slug = piece.trim().toLowerCase();
      const live = slug ? liveSlug(kind, slug) : null;
      if (live === null) return piece;
      changed = true;
      return live;
    });
    out.append(key, pieces.join(","));
  }
  return changed ? out.toString() : null;
}

/** Whether a query string holds any key liveSlugSearch would look at, so most requests skip the database. */
export function hasSlugKeys(params: URLSearchParams): boolean {
  return Object.keys(SLUG_KEYS).some((key) => params.has(key));
}
