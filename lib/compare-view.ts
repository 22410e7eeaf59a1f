import { parsePartialDate } from "@/lib/dates";
import { isPublicId } from "./ids";
import {
  countryPiece,
  defaultsOf,
  hrefOf,
  type IgnoredParam,
  ignoredPart,
  listKey,
  oneKey,
  parseKeys,
  reject,
  type SearchParamsInput,
  SLUG,
  searchParamEntries,
  type ValuesOf,
  writeKeys,
} from "./url-grammar";

/**
 * URL grammar of /compare. Two forms:
 *   /compare?ids=<id>,<id>[,<id>,<id>]                 2 to 4 records, order kept
 *   /compare?topic=<slug>&a=<from>..<to>&b=<from>..<to>[&speaker=<slug>|&country=<XX>][&proposition=<slug>]
 *                                                      two periods, all the topic's propositions or one
 * A period bound is a partial date (2018, 2018-11, 2018-11-07); either bound may be left open ("2018..", "..2020"),
 * and a single value ("2018") means that whole year, month or day. Built from its key table (COMPARE_KEYS) by
 * lib/url-grammar.ts, whose rules it follows: parsing never throws, bad parts are reported in `ignored`.
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
  /** Each part of the URL that was ignored, and why. */
  ignored: IgnoredParam[];
}

export type SearchParams = Record<string, string | string[] | undefined>;

const PERIOD_HINT = "not a period (write it as 2018..2018 or 2018-11..2019-06)";
const periodKey = () =>
  oneKey<Period | null>({
    default: null,
    parse: (raw) => parsePeriod(raw) ?? reject(PERIOD_HINT),
    write: (p) => p?.text ?? "",
  });

/** The key table of /compare, in the order links are written. */
export const COMPARE_KEYS = {
  ids: listKey({
    piece: (p) => (isPublicId(p) ? p : reject("not a record id")),
    max: { count: MAX_IDS, reason: `at most ${MAX_IDS} records can be compared` },
  }),
  topic: oneKey<string | null>({
    default: null,
    parse: (raw) => (SLUG.test(raw) ? raw : reject("not a topic")),
    write: (v) => v ?? "",
  }),
  a: periodKey(),
  b: periodKey(),
  speaker: oneKey<string | null>({
    default: null,
    parse: (raw) => (SLUG.test(raw) ? raw : reject("not a speaker")),
    write: (v) => v ?? "",
  }),
  country: oneKey<string | null>({ default: null, parse: countryPiece, write: (v) => v ?? "" }),
  proposition: oneKey<string | null>({
    default: null,
    parse: (raw) => (SLUG.test(raw.toLowerCase()) ? raw.toLowerCase() : reject("not a proposition")),
    write: (v) => v ?? "",
  }),
};
type CompareKeys = ValuesOf<typeof COMPARE_KEYS>;
const PERIOD_KEYS = ["topic", "a", "b", "speaker", "country", "proposition"] as const;

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

export function parseCompareView(params: SearchParamsInput): ParsedCompareView {
  const { values, ignored } = parseKeys(COMPARE_KEYS, params);
  // The last non-empty value of each key, as the key table reads it.
  const given = new Map(
    searchParamEntries(params)
      .map(([k, v]): [string, string] => [k, v.trim()])
      .filter(([, v]) => v !== ""),
  );
  const stray = (keys: readonly (keyof CompareKeys)[], reason: string) => {
    for (const key of keys) {
      const value = given.get(key);
      if (value && values[key] !== null) ignored.push(ignoredPart(key, value, reason));
    }
  };
  const empty = { view: { kind: "empty" as const }, ignored };

  if (given.get("ids")) {
    stray(PERIOD_KEYS, "does not apply when records are chosen by id");
    if (values.ids.length < MIN_IDS) {
      ignored.push(
        ignoredPart("ids", given.get("ids") ?? "", `a comparison needs at least ${MIN_IDS} records`),
      );
      return empty;
    }
    return { view: { kind: "ids", ids: values.ids }, ignored };
  }
  if (given.get("topic")) {
    const { topic, a, b } = values;
    if (!topic) return empty;
    for (const key of ["a", "b"] as const)
      if (!given.get(key)) ignored.push(ignoredPart(key, "", "missing (write the period as 2018..2018)"));
    // Speaker and country are both kept: whether the speaker wins depends on the speaker existing (query's job).
    if (!a || !b) return empty;
    const { speaker, country, proposition } = values;
    return { view: { kind: "period", topic, a, b, speaker, country, proposition }, ignored };
  }
  stray(["a", "b", "speaker", "country", "proposition"], "needs a topic");
  return empty;
}

/** The link to a comparison view; the inverse of parseCompareView. */
export function compareHref(view: CompareView): string {
  const values = defaultsOf(COMPARE_KEYS);
  if (view.kind === "ids") values.ids = view.ids;
  if (view.kind === "period") {
    const { kind: _, ...period } = view;
    Object.assign(values, period);
    // A chosen speaker wins over the country, so the link leaves the country out.
    if (view.speaker) values.country = null;
  }
  return hrefOf("/compare", writeKeys(COMPARE_KEYS, values));
}

/** What the query found out about the address: ids naming no record. */
export function missingIdNotices(missing: readonly string[]): IgnoredParam[] {
  return missing.map((id) => ignoredPart("ids", id, "no record has this id"));
}

/** What the query found out about a period comparison's address: names that name nothing, a country that lost. */
export function periodNotices(
  view: Extract<CompareView, { kind: "period" }>,
  found: { topic: boolean; speaker: boolean; countryKnown: boolean },
): IgnoredParam[] {
  const out: IgnoredParam[] = [];
  if (!found.topic) out.push(ignoredPart("topic", view.topic, "there is no such topic"));
  if (view.speaker && !found.speaker)
    out.push(ignoredPart("speaker", view.speaker, "there is no such official"));
  if (view.country && !found.countryKnown)
    out.push(ignoredPart("country", view.country, "there is no official from this country"));
  else if (view.country && found.speaker)
    out.push(ignoredPart("country", view.country, "not used because a speaker is chosen"));
  return out;
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
