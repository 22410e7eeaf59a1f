/**
 * Old slugs keep working (issue 12): where a URL names a topic or a proposition by a slug that a rename or a merge
 * retired, and likewise a person or an event that a merge or an address change retired, the same URL with the live slug. Every page, the JSON API, the feeds and the exports name them in these
 * few places (the URL grammars in lib/*-view.ts and lib/positions-keys.ts), so one rule set here serves them all;
 * proxy.ts answers with a redirect, and the address bar shows the live permalink. Pure: the lookup is passed in.
 */
import type { RedirectKind } from "./domain";
import { SLUG } from "./url-grammar";

export type SlugLookup = (kind: RedirectKind, slug: string) => string | null;

/** Paths whose last segment is a slug: the topic, official and event pages and their JSON twins. */
const PATH_SLUGS: [RegExp, RedirectKind][] = [
  [/^\/topics\/([^/]+)$/, "topic"],
  [/^\/api\/topics\/([^/]+)$/, "topic"],
  [/^\/officials\/([^/]+)$/, "person"],
  [/^\/api\/officials\/([^/]+)$/, "person"],
  [/^\/events\/([^/]+)$/, "event"],
  [/^\/api\/events\/([^/]+)$/, "event"],
];

/** Query keys whose values are slugs (comma-separated lists included, as the positions table writes them). */
const QUERY_SLUGS: Partial<Record<string, RedirectKind>> = {
  topic: "topic",
  proposition: "proposition",
  speaker: "person",
  event: "event",
};

const QUERY_KEY = new RegExp(`(^|[?&])(${Object.keys(QUERY_SLUGS).join("|")})=`);

/** Whether a URL could carry a retired slug at all, so that other requests cost no lookup. */
export function mayCarrySlugs(pathname: string, search: string): boolean {
  return PATH_SLUGS.some(([re]) => re.test(pathname)) || QUERY_KEY.test(search);
}

const decode = (s: string) => {
  try {
    return decodeURIComponent(s.replace(/\+/g, " "));
  } catch {
    return null;
  }
};

/**
 * The URL (path and search, as given: "?a=1&b=2" or "") with every retired slug replaced by its live one, or null
 * when it names none. Other parameters are left exactly as written, in their order.
 */
export function liveSlugUrl(
  pathname: string,
  search: string,
  lookup: SlugLookup,
): { pathname: string; search: string } | null {
  let changed = false;
  let path = pathname;
  for (const [re, kind] of PATH_SLUGS) {
    const m = re.exec(pathname);
    const slug = m?.[1] ? decode(m[1]) : null;
    const live = slug && SLUG.test(slug) ? lookup(kind, slug) : null;
    if (m && live) {
      path = pathname.slice(0, pathname.length - (m[1] ?? "").length) + encodeURIComponent(live);
      changed = true;
    }
  }
  const pairs = search.replace(/^\?/, "").split("&");
  const rewritten = pairs.map((pair) => {
    const eq = pair.indexOf("=");
    const kind = eq > 0 ? QUERY_SLUGS[decode(pair.slice(0, eq)) ?? ""] : undefined;
    const value = kind ? decode(pair.slice(eq + 1)) : null;
    if (!kind || value === null) return pair;
    let hit = false;
    const pieces = value.split(",").map((piece) => {
      // Only a well-formed slug can have been retired: anything else costs no lookup.
      const slug = piece.trim().toLowerCase();
      const live = SLUG.test(slug) ? lookup(kind, slug) : null;
      if (live) hit = true;
      return live ?? piece;
    });
    if (!hit) return pair;
    changed = true;
    return `${pair.slice(0, eq)}=${pieces.map(encodeURIComponent).join(",")}`;
  });
  return changed ? { pathname: path, search: search === "" ? "" : `?${rewritten.join("&")}` } : null;
}
