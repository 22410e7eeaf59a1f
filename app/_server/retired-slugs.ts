import { getDb } from "@/db/client";
import { redirectTarget } from "@/db/queries/redirects";
import { liveSlugUrl, mayCarrySlugs } from "@/lib/retired-slugs";

/**
 * Where a GET for a URL with a retired topic, proposition, person or event slug should go instead (the same URL with the live
 * slug), or null. proxy.ts calls this for every page, API, feed and export request; most name no slug and cost
 * no lookup, the rest one primary-key read per slug.
 */
export function liveSlugLocation(url: URL): URL | null {
  if (!mayCarrySlugs(url.pathname, url.search)) return null;
  const db = getDb();
  const live = liveSlugUrl(url.pathname, url.search, (kind, slug) => redirectTarget(db, kind, slug));
  if (!live) return null;
  const next = new URL(url.href);
  next.pathname = live.pathname;
  next.search = live.search;
  return next;
}
