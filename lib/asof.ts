/**
 * `asof=<UTC timestamp>`: a view as the data stood at a moment, so that a link quoted in a report keeps showing
 * what its author saw. Timestamps are compared as text with the database's own (`strftime('%Y-%m-%dT%H:%M:%fZ')`),
 * so every accepted form is rewritten to that one shape. A date alone means the end of that day (UTC): "as of
 * 2026-05-01" includes what was recorded on 1 May.
 */
import { oneKey, reject } from "./url-grammar";

const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?(Z|[+-]00:?00)?)?$/i;

/** The canonical UTC form of a timestamp or date, or why it is not one. `now` bounds it: the future is refused. */
export function parseAsOf(raw: string, now: Date = new Date()): string | { reject: string } {
  const m = TIMESTAMP.exec(raw.trim());
  if (!m) return reject("not a UTC timestamp (2026-05-01T09:30:00Z or a date, 2026-05-01)");
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  if (h !== undefined && zone === undefined)
    return reject("a timestamp needs its zone: UTC, written Z (2026-05-01T09:30:00Z)");
  const ms = h === undefined ? 86_399_999 : ((Number(h) * 60 + Number(mi)) * 60 + Number(s ?? 0)) * 1000;
  const millis = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000);
  const day = Date.UTC(Number(y), Number(mo) - 1, Number(d));
  const date = new Date(day + ms + millis);
  // Date.UTC rolls 2026-02-30 over to March: a date that does not come back as written does not exist.
  if (
    date.getUTCFullYear() !== Number(y) ||
    date.getUTCMonth() !== Number(mo) - 1 ||
    date.getUTCDate() !== Number(d) ||
    Number(h ?? 0) > 23 ||
    Number(mi ?? 0) > 59 ||
    Number(s ?? 0) > 59
  )
    return reject("no such date or time");
  if (date.getTime() > now.getTime()) return reject("in the future: the current data is shown");
  return date.toISOString();
}

/** The `asof` entry of a view's key table: absent means "now". */
export const asofKey = oneKey<string | null>({
  default: null,
  parse: (raw) => parseAsOf(raw),
  write: (value) => value ?? "",
});

/** "1 May 2026, 09:30 UTC": how a banner and a citation name the moment. */
export function formatAsOf(asof: string): string {
  const d = new Date(asof);
  const date = d.toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  const time = d.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "UTC" });
  return `${date}, ${time} UTC`;
}

/** A link with `asof` set to `asof` (or removed, for null), every other part of it kept. */
export function withAsOf(href: string, asof: string | null): string {
  const [pathAndQuery = "", hash] = href.split("#", 2);
  const [path, query = ""] = pathAndQuery.split("?", 2);
  const params = new URLSearchParams(query);
  params.delete("asof");
  if (asof) params.set("asof", asof);
  const q = params.toString();
  return `${path}${q ? `?${q}` : ""}${hash === undefined ? "" : `#${hash}`}`;
}

/**
 * What a table `asof` a moment says about itself. Records recorded later are left out exactly; a record edited
 * since is still listed and filtered by its values now (the read model holds only those), so the banner says how
 * many there are and the rows carry a mark.
 */
export function asOfTableNote(edited: { count: number; capped: boolean }): string {
  const left = "Records recorded since are left out.";
  if (edited.count === 0) return `${left} None of the records in this view has been edited since.`;
  const n = `${edited.count.toLocaleString("en-GB")}${edited.capped ? " or more" : ""}`;
  const one = edited.count === 1 && !edited.capped;
  return `${left} ${n} ${one ? "record in this view has" : "records in this view have"} been edited since: ${
    one ? "it is" : "they are"
  } listed by ${one ? "its" : "their"} values now and marked “edited since”, and ${
    one ? "its link shows it" : "each one's link shows it"
  } as it stood.`;
}

export interface CitationInput {
  /** What the view shows, in words: "Lương Cường, statement of 24 April 2024". */
  title: string;
  /** The absolute URL of the view, pinned with `asof`. */
  url: string;
  asof: string;
}

/** A citation of a pinned view, in the shape reference managers and style guides share (title, site, URL, date). */
export function citation({ title, url, asof }: CitationInput): string {
  return `${title}. Positions (policy-position tracker), data as of ${formatAsOf(asof)}. ${url}`;
}
