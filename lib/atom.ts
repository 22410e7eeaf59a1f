/**
 * Atom (RFC 4287) documents: a feed model in, XML text out. Every string goes through one escape function;
 * timestamps are written as RFC 3339 date-times in UTC; ids are tag: URIs (RFC 4151) that never change for an
 * entry, so a feed reader recognises an entry it has seen whatever else changed.
 */

export interface AtomLink {
  href: string;
  rel?: "alternate" | "self" | "related";
  type?: string;
  title?: string;
}

export interface AtomEntry {
  id: string;
  title: string;
  /** RFC 3339 date-time. */
  updated: string;
  published?: string;
  authors?: string[];
  /** The entry's page: required, as the feed carries no content of its own beyond a summary. */
  link: string;
  summary?: string;
  /** Escaped into `<content type="html">`. */
  contentHtml?: string;
  categories?: { term: string; label?: string }[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  updated: string;
  authors: string[];
  links: AtomLink[];
  entries: AtomEntry[];
}

/** The authority and date of this site's tag: URIs; changing them would make every entry new to every reader. */
export const TAG_AUTHORITY = "positions.local,2026";

export function tagUri(specific: string): string {
  return `tag:${TAG_AUTHORITY}:${specific}`;
}

/** XML 1.0 text: markup characters escaped, characters XML cannot carry at all removed. */
export function xmlEscape(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** A stored timestamp (ISO text, maybe without zone or with fractions) as an RFC 3339 UTC date-time. */
export function rfc3339(value: string | Date): string {
  const date =
    typeof value === "string" ? new Date(/[zZ]|[+-]\d\d:\d\d$/.test(value) ? value : `${value}Z`) : value;
  if (Number.isNaN(date.getTime())) throw new Error(`not a timestamp: ${String(value)}`);
  return `${date.toISOString().slice(0, 19)}Z`;
}

const el = (name: string, text: string, attrs = "") => `<${name}${attrs}>${xmlEscape(text)}</${name}>`;

function linkXml(link: AtomLink): string {
  const attrs = [
    `rel="${link.rel ?? "alternate"}"`,
    link.type ? `type="${xmlEscape(link.type)}"` : "",
    `href="${xmlEscape(link.href)}"`,
    link.title ? `title="${xmlEscape(link.title)}"` : "",
  ].filter(Boolean);
  return `<link ${attrs.join(" ")}/>`;
}

const authorXml = (name: string) => `<author>${el("name", name)}</author>`;

function entryXml(e: AtomEntry): string {
  return [
    "<entry>",
    el("id", e.id),
    el("title", e.title),
    el("updated", e.updated),
    e.published ? el("published", e.published) : "",
    ...(e.authors ?? []).map(authorXml),
    linkXml({ href: e.link, rel: "alternate", type: "text/html" }),
    ...(e.categories ?? []).map(
      (c) => `<category term="${xmlEscape(c.term)}"${c.label ? ` label="${xmlEscape(c.label)}"` : ""}/>`,
    ),
    e.summary ? el("summary", e.summary) : "",
    e.contentHtml ? el("content", e.contentHtml, ' type="html"') : "",
    "</entry>",
  ]
    .filter(Boolean)
    .join("\n");
}

export function atomXml(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    el("id", feed.id),
    el("title", feed.title),
    feed.subtitle ? el("subtitle", feed.subtitle) : "",
    el("updated", feed.updated),
    ...feed.authors.map(authorXml),
    ...feed.links.map(linkXml),
    '<generator uri="/api">Positions</generator>',
    ...feed.entries.map(entryXml),
    "</feed>",
    "",
  ]
    .filter(Boolean)
    .join("\n");
}

/** The feed's `updated`: its newest entry's, or `fallback` (the newest change anywhere) for an empty feed. */
export function feedUpdated(entries: readonly AtomEntry[], fallback: string): string {
  return entries.reduce((max, e) => (e.updated > max ? e.updated : max), entries.length > 0 ? "" : fallback);
}
