import { parsePartialDate } from "@/lib/dates";
import { isPublicId } from "./ids";

/**
 * URL grammar of /compare. Two forms:
 *   /compare?ids=<id>,<id>[,<id>,<id>]                 2 to 4 records, order kept
 *   /compare?topic=<slug>&a=<from>..<to>&b=<from>..<to>[&speaker=<slug>|&country=<XX>][&proposition=<slug>]
 *                                                      two periods, all the topic's propositions or one
 * A period bound is a partial date (2018, 2018-11, 2018-11-07); either bound may be left open ("2018..", "..2020"),
 * and a single value ("2018") means that whole year, month or day. Parsing never throws: bad parts are dropped and
 * reported in `ignored`.
 */

export const MIN_IDS = 2;
export const MAX_IDS = 4;

export interface Period {
  /** First day included, or null for open. */
  from: string | null;
  /** Last day included, or null for open. */
  to: string | null;
  /** As written in the URL (normalised): "2018..2018". */
  text: string;
}

export type CompareView =
  | { kind: "ids"; ids: string[] }
  | {
      kind: "period";
      topic: string;
      a: Period;
      b: Period;
      speaker: string | null;
      country: string | null;
      /** Only this proposition's row (one filed under the topic); null for all of them. */
      proposition: string | null;
    }
  | { kind: "empty" };

export interface ParsedCompareView {
  view: CompareView;
  /** Human-readable reasons for each part of the URL that was ignored. */
  ignored: string[];
}

export type SearchParams = Record<string, string | string[] | undefined>;

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const COUNTRY = /^[A-Za-z]{2}$/;

function first(params: SearchParams, key: string): string | undefined {
  const v = params[key];
  const s = Array.isArray(v) ? v[0] : v;
  return s === undefined ? undefined : s.trim();
}

export function parsePeriod(value: string): Period | null {
  const parts = value.split("..");
  if (parts.length > 2) return null;
  const [rawFrom = "", rawTo = rawFrom] = parts.length === 1 ? [parts[0], parts[0]] : parts;
  if (!rawFrom && !rawTo) return null;
  const from = rawFrom ? parsePartialDate(rawFrom) : null;
  const to = rawTo ? parsePartialDate(rawTo) : null;
  if ((rawFrom && !from) || (rawTo && !to)) return null;
  const start = from?.start ?? null;
  const end = to?.end ?? null;
  if (start && end && start > end) return null;
  return { from: start, to: end, text: `${rawFrom.trim()}..${rawTo.trim()}` };
}

/** "2018", "Nov 2018 – 2020", "from 2018", "until 2020". */
export function formatPeriod(p: Period): string {
  const [from = "", to = ""] = p.text.split("..");
  if (from && to) return from === to ? from : `${from} – ${to}`;
  if (from) return `from ${from}`;
  return `until ${to}`;
}

export function parseCompareView(params: SearchParams): ParsedCompareView {
  const ignored: string[] = [];
  const idsRaw = first(params, "ids");
  const topicRaw = first(params, "topic");

  if (idsRaw !== undefined && idsRaw !== "") {
    const ids: string[] = [];
    for (const part of idsRaw.split(",").map((s) => s.trim())) {
      if (!part) continue;
      if (!isPublicId(part)) ignored.push(`“${part}” is not a record id`);
      else if (ids.includes(part)) ignored.push(`record ${part} is listed twice`);
      else if (ids.length >= MAX_IDS)
        ignored.push(`record ${part}: at most ${MAX_IDS} records can be compared`);
      else ids.push(part);
    }
    for (const key of ["topic", "a", "b", "speaker", "country", "proposition"]) {
      if (first(params, key)) ignored.push(`“${key}” does not apply when records are chosen by id`);
    }
    if (ids.length < MIN_IDS) {
      ignored.push(`a comparison needs at least ${MIN_IDS} records`);
      return { view: { kind: "empty" }, ignored };
    }
    return { view: { kind: "ids", ids }, ignored };
  }

  if (topicRaw !== undefined && topicRaw !== "") {
    if (!SLUG.test(topicRaw)) {
      ignored.push(`“${topicRaw}” is not a topic`);
      return { view: { kind: "empty" }, ignored };
    }
    const periods: (Period | null)[] = ["a", "b"].map((key) => {
      const raw = first(params, key);
      if (!raw) {
        ignored.push(`period “${key}” is missing (write it as 2018..2018)`);
        return null;
      }
      const p = parsePeriod(raw);
      if (!p)
        ignored.push(`period ${key}=“${raw}” is not a period (write it as 2018..2018 or 2018-11..2019-06)`);
      return p;
    });
    let speaker = first(params, "speaker") || null;
    let country: string | null = first(params, "country") || null;
    if (speaker && !SLUG.test(speaker)) {
      ignored.push(`“${speaker}” is not a speaker`);
      speaker = null;
    }
    if (country && !COUNTRY.test(country)) {
      ignored.push(`“${country}” is not a two-letter country code`);
      country = null;
    }
    let proposition = first(params, "proposition")?.toLowerCase() || null;
    if (proposition && !SLUG.test(proposition)) {
      ignored.push(`“${proposition}” is not a proposition`);
      proposition = null;
    }
    // Speaker and country are both kept: whether the speaker wins depends on the speaker existing (query's job).
    const [a, b] = periods;
    if (!a || !b) return { view: { kind: "empty" }, ignored };
    return {
      view: {
        kind: "period",
        topic: topicRaw,
        a,
        b,
        speaker,
        country: country?.toUpperCase() ?? null,
        proposition,
      },
      ignored,
    };
  }

  for (const key of ["a", "b", "speaker", "country", "proposition"]) {
    if (first(params, key)) ignored.push(`“${key}” needs a topic`);
  }
  return { view: { kind: "empty" }, ignored };
}

/** The link to a comparison view; the inverse of parseCompareView. */
export function compareHref(view: CompareView): string {
  const q = new URLSearchParams();
  if (view.kind === "ids") q.set("ids", view.ids.join(","));
  if (view.kind === "period") {
    q.set("topic", view.topic);
    q.set("a", view.a.text);
    q.set("b", view.b.text);
    if (view.speaker) q.set("speaker", view.speaker);
    else if (view.country) q.set("country", view.country);
    if (view.proposition) q.set("proposition", view.proposition);
  }
  const s = q.toString().replace(/%2C/g, ",");
  return s ? `/compare?${s}` : "/compare";
}

export function compareIdsHref(ids: string[]): string {
  return compareHref({ kind: "ids", ids });
}

export function periodCompareHref(input: {
  topic: string;
  a: string;
  b: string;
  speaker?: string | null;
  country?: string | null;
  proposition?: string | null;
}): string {
  const a = parsePeriod(input.a);
  const b = parsePeriod(input.b);
  if (!a || !b) throw new Error(`not a period: ${input.a} / ${input.b}`);
  return compareHref({
    kind: "period",
    topic: input.topic,
    a,
    b,
    speaker: input.speaker ?? null,
    country: input.country ?? null,
    proposition: input.proposition ?? null,
  });
}

/** The flagship comparison linked from the home page: Viet Nam on cyber security, 2018 vs 2024. */
export const FLAGSHIP_COMPARISON = {
  topic: "cyber-security",
  a: "2018..2018",
  b: "2024..2024",
  country: "VN",
} as const;
