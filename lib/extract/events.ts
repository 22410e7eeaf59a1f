import type { EventKind } from "@/lib/domain";
import { foldForSearch } from "@/lib/text";
import { type DateMention, findDates } from "./dates";
import { CITIES, countryIn } from "./lexicon";
import type { KnownEvent } from "./types";

/** An event as the text describes it, before its date is resolved. */
export interface EventMention {
  index: number;
  asWritten: string;
  name: string;
  edition: number | null;
  kind: EventKind;
  city: string | null;
  country: string | null;
  organiser: string | null;
  date: DateMention | null;
  future: boolean;
}

const EVENT_NOUN =
  "(?:meeting|conference|summit|forum|debate|dialogue|session|sessions|workshop|seminar|talks|congress|plenary|week|symposium|consultations|briefing|ceremony|exchange|festival)";
const ORDINAL = /^(\d+)(?:st|nd|rd|th)\b/i;

function classify(name: string, organiser: string | null): EventKind {
  const f = foldForSearch(`${name} ${organiser ?? ""}`);
  if (/security council/.test(f) && /debate/.test(f)) return "unsc_open_debate";
  if (/security council/.test(f) && /briefing/.test(f)) return "unsc_briefing";
  if (/general assembly/.test(f) && /committee/.test(f)) return "unga_committee";
  if (/general assembly/.test(f)) return "unga_plenary";
  if (/summit/.test(f)) return "summit";
  if (/ministerial/.test(f)) return "ministerial_conference";
  if (/press conference|press briefing/.test(f)) return "press_conference";
  if (/national assembly/.test(f) && /session|sitting/.test(f)) return "parliamentary_session";
  if (/\btalks\b|bilateral/.test(f)) return "bilateral_talks";
  if (/interview/.test(f)) return "interview";
  if (/meeting|conference|forum|congress|symposium|dialogue|week/.test(f)) return "multilateral_meeting";
  return "other";
}

function placeAfter(text: string): { city: string | null; country: string | null; length: number } {
  const m =
    /^\s*(?:in|at)\s+((?:[\p{Lu}][\p{L}'-]*)(?:\s+[\p{Lu}][\p{L}'-]*){0,2})(?:,\s*((?:the\s+)?[\p{Lu}][\p{L}'-]*(?:\s+[\p{Lu}][\p{L}'-]*){0,2}))?/u.exec(
      text,
    );
  if (!m) return { city: null, country: null, length: 0 };
  const city = m[1] ?? null;
  const second = m[2] ? countryIn(m[2]) : null;
  const cityCountry = city ? (CITIES[foldForSearch(city)] ?? countryIn(city)) : null;
  // "in Vietnam" names a country, not a city.
  if (city && countryIn(city) && !CITIES[foldForSearch(city)] && city.split(" ").length <= 2 && !m[2])
    return { city: null, country: countryIn(city), length: m[0].length };
  return {
    city,
    country: second ?? cityCountry,
    length: second ? m[0].length : m[0].length - (m[2] ? m[2].length + 2 : 0),
  };
}

/**
 * Events the text describes as taking place: "the 17th meeting of ... held in Moscow, Russia, from November 7-8",
 * "the high-level debate on "..." held by the UN Security Council on June 20 in New York".
 */
export function findEvents(text: string): EventMention[] {
  const out: EventMention[] = [];
  const re = new RegExp(
    `\\b(?:the|a)\\s+((?:(?!(?:the|a|an|to|at|in|of|by|with)\\s)[\\w"'’-]+\\s+){0,6}?${EVENT_NOUN}\\b[^.;]*?)\\s+(held|to be held|taking place|which took place|that took place|convened|organised|organized|hosted)\\b`,
    "giu",
  );
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let name = (m[1] ?? "").trim().replace(/,$/, "");
    const future = /to be held/i.test(m[2] ?? "");
    const afterIndex = m.index + m[0].length;
    let rest = text.slice(afterIndex, afterIndex + 220);
    let organiser: string | null = null;
    const by =
      /^\s*by\s+(the\s+)?((?:[\p{Lu}][\p{L}'-]*|of|and|the)(?:\s+(?:[\p{Lu}][\p{L}'-]*|of|and|the))*)/u.exec(
        rest,
      );
    if (by) {
      organiser = (by[2] ?? "").replace(/\s+(?:of|and|the)$/, "").trim();
      rest = rest.slice(by[0].length);
    }
    let place = placeAfter(rest);
    const datesAhead = findDates(rest);
    const date = datesAhead.find((d) => d.index < 60) ?? null;
    if (!place.city && date) {
      // "on June 20 in New York": the place may follow the date.
      place = placeAfter(rest.slice(date.index + date.asWritten.length));
    }
    const ordinal = ORDINAL.exec(name);
    const edition = ordinal ? Number(ordinal[1]) : null;
    name = name.replace(/\s+/g, " ");
    const asWrittenEnd = date ? afterIndex + date.index + date.asWritten.length : afterIndex + place.length;
    out.push({
      index: m.index,
      asWritten: text.slice(m.index, Math.max(asWrittenEnd, afterIndex)),
      name,
      edition,
      kind: classify(name, organiser),
      city: place.city,
      country: place.country,
      organiser,
      date,
      future,
    });
  }
  return out;
}

function tokens(s: string): Set<string> {
  return new Set(
    foldForSearch(s)
      .split(/[^a-z0-9]+/)
      .filter((t) => t.length > 2 && !["the", "and", "for", "held", "with"].includes(t)),
  );
}

/** Share of the mention's name words found in the known event's name. */
export function nameOverlap(mentionName: string, knownName: string): number {
  const a = tokens(mentionName);
  const b = tokens(knownName);
  if (a.size === 0) return 0;
  let hit = 0;
  for (const t of a) if (b.has(t)) hit++;
  return hit / a.size;
}

/**
 * A known event this mention describes: the names share most words, and where both give a city or a month and
 * day they agree. One clear match or none.
 */
export function matchKnownEvent(mention: EventMention, known: KnownEvent[]): KnownEvent | null {
  const scored = known
    .map((e) => {
      let score = nameOverlap(mention.name, e.name);
      if (mention.city && e.city) {
        if (foldForSearch(mention.city) !== foldForSearch(e.city)) return { e, score: 0 };
        score += 0.25;
      }
      if (mention.date && mention.date.weekday === undefined && e.startDate) {
        const md = `${String(mention.date.month).padStart(2, "0")}-${String(mention.date.startDay ?? 1).padStart(2, "0")}`;
        if (mention.date.startDay !== null && e.startDate.slice(5) !== md) return { e, score: 0 };
        if (mention.date.year !== null && Number(e.startDate.slice(0, 4)) !== mention.date.year)
          return { e, score: 0 };
        score += 0.25;
      }
      return { e, score };
    })
    .filter((s) => s.score >= 0.75)
    .sort((a, b) => b.score - a.score);
  if (scored.length === 0) return null;
  if (scored.length > 1 && (scored[1]?.score ?? 0) === scored[0]?.score) return null;
  return scored[0]?.e ?? null;
}
