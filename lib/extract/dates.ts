import { isValidIsoDate, lastDayOfMonth } from "@/lib/dates";
import type { DateBasis, DatePrecision } from "@/lib/domain";

/** A date expression found in text, before any year is inferred. */
export interface DateMention {
  index: number;
  asWritten: string;
  year: number | null;
  month: number;
  startDay: number | null;
  endDay: number | null;
  /** For "from 30 October to 2 November". */
  endMonth: number | null;
  /** For "on Monday": 0 (Sunday) to 6; month and days are then 0/null. */
  weekday?: number;
}

export interface ResolvedDate {
  start: string | null;
  end: string | null;
  precision: DatePrecision;
  basis: DateBasis;
  note: string | null;
  asWritten: string | null;
  /** Set when the month and day are known but no year could be found. */
  needsYear: boolean;
}

const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const MONTH =
  "(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:t(?:ember)?|\\.)?|Sept\\.|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";
const DAY = "([0-3]?\\d)(?:st|nd|rd|th)?";
const DASH = "\\s*(?:-|–|—|to|and)\\s*";
const YEAR = "((?:19|20)\\d\\d)";

function monthNumber(name: string): number {
  const key = name.toLowerCase().replace(".", "").slice(0, 3);
  return MONTH_NAMES.findIndex((m) => m.startsWith(key)) + 1;
}

const PATTERNS: Array<{
  re: RegExp;
  build: (m: RegExpExecArray) => Omit<DateMention, "index" | "asWritten">;
}> = [
  {
    // November 7-8, 2018 / June 20 / October 16-19 / November 30 to December 2
    re: new RegExp(
      `\\b${MONTH}\\s+${DAY}(?:${DASH}(?:${MONTH}\\s+)?${DAY})?(?:,?\\s+${YEAR})?(?![\\d])`,
      "g",
    ),
    build: (m) => ({
      month: monthNumber(m[1] ?? ""),
      startDay: Number(m[2]),
      endMonth: m[3] ? monthNumber(m[3]) : null,
      endDay: m[4] ? Number(m[4]) : null,
      year: m[5] ? Number(m[5]) : null,
    }),
  },
  {
    // 7-8 November 2018 / 20 June / 30 October to 2 November
    re: new RegExp(`\\b${DAY}(?:${DASH}${DAY})?\\s+${MONTH}(?:,?\\s+${YEAR})?(?![\\d])`, "g"),
    build: (m) => ({
      month: monthNumber(m[3] ?? ""),
      startDay: Number(m[1]),
      endMonth: null,
      endDay: m[2] ? Number(m[2]) : null,
      year: m[4] ? Number(m[4]) : null,
    }),
  },
  {
    // in April 2023
    re: new RegExp(`\\b(?:in|since|from|during)\\s+${MONTH}\\s+${YEAR}\\b`, "g"),
    build: (m) => ({
      month: monthNumber(m[1] ?? ""),
      startDay: null,
      endMonth: null,
      endDay: null,
      year: Number(m[2]),
    }),
  },
  // Vietnamese: "ngày 24/4", "sáng 25/2", "từ 23-25/4", "từ ngày 4 đến 7/9", "ngày 3/8/2017", "Ngày 17.1".
  {
    re: /(?<![\p{L}])(?:ngày|hôm|sáng|chiều|tối|trưa|đêm|từ)\s+(?:ngày\s+)?([0-3]?\d)(?:\s*(?:-|–|đến)\s*(?:ngày\s+)?([0-3]?\d))?[/.]([01]?\d)(?:[/.]((?:19|20)\d\d))?(?![\d/])/giu,
    build: (m) => ({
      month: Number(m[3]),
      startDay: Number(m[1]),
      endMonth: null,
      endDay: m[2] ? Number(m[2]) : null,
      year: m[4] ? Number(m[4]) : null,
    }),
  },
  // "tháng 10/2023", "tháng 5-2024".
  {
    re: /(?<![\p{L}])tháng\s+([01]?\d)[/-]((?:19|20)\d\d)(?!\d)/giu,
    build: (m) => ({ month: Number(m[1]), startDay: null, endMonth: null, endDay: null, year: Number(m[2]) }),
  },
  // A full numeric date anywhere: "22/03/2018".
  {
    re: /(?<![\d/])([0-3]?\d)\/([01]?\d)\/((?:19|20)\d\d)(?![\d/])/g,
    build: (m) => ({
      month: Number(m[2]),
      startDay: Number(m[1]),
      endMonth: null,
      endDay: null,
      year: Number(m[3]),
    }),
  },
];

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const WEEKDAY_RE =
  /\bon\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b(?!,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d))/g;

/** Date expressions in a passage, in order, overlapping matches removed. */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const { re, build } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const parts = build(m);
      if (parts.month < 1 || parts.month > 12) continue;
      if (parts.startDay !== null && (parts.startDay < 1 || parts.startDay > 31)) continue;
      if (parts.endDay !== null && (parts.endDay < 1 || parts.endDay > 31)) continue;
      const overlaps = found.some(
        (f) => m.index < f.index + f.asWritten.length && f.index < m.index + m[0].length,
      );
      if (overlaps) continue;
      found.push({
        index: m.index,
        asWritten: m[0].replace(/^(?:in|since|from|during|ngày|hôm|sáng|chiều|tối|trưa|đêm|từ)\s+/i, ""),
        ...parts,
      });
    }
  }
  WEEKDAY_RE.lastIndex = 0;
  for (let m = WEEKDAY_RE.exec(text); m; m = WEEKDAY_RE.exec(text)) {
    const at = m.index + m[0].indexOf(m[1] ?? "");
    if (found.some((f) => at >= f.index && at < f.index + f.asWritten.length)) continue;
    found.push({
      index: at,
      asWritten: m[1] ?? "",
      year: null,
      month: 0,
      startDay: null,
      endDay: null,
      endMonth: null,
      weekday: WEEKDAYS.indexOf((m[1] ?? "").toLowerCase()),
    });
  }
  return found.sort((a, b) => a.index - b.index);
}

const pad = (n: number) => String(n).padStart(2, "0");

function build(
  year: number,
  d: DateMention,
): { start: string; end: string; precision: DatePrecision } | null {
  if (d.startDay === null) {
    return {
      start: `${year}-${pad(d.month)}-01`,
      end: `${year}-${pad(d.month)}-${pad(lastDayOfMonth(year, d.month))}`,
      precision: "month",
    };
  }
  const start = `${year}-${pad(d.month)}-${pad(d.startDay)}`;
  if (!isValidIsoDate(start)) return null;
  if (d.endDay === null) return { start, end: start, precision: "day" };
  const endMonth = d.endMonth ?? d.month;
  // A range running into the next year ("December 30 to January 2").
  const endYear = endMonth < d.month ? year + 1 : year;
  const end = `${endYear}-${pad(endMonth)}-${pad(d.endDay)}`;
  if (!isValidIsoDate(end) || end < start) return null;
  return { start, end, precision: end === start ? "day" : "range" };
}

/**
 * Resolve a date mention. A missing year is inferred from the publication date: the latest such date on or
 * before publication (news reports what happened), or the next one when the text speaks of the future.
 * Without a publication date the year stays unknown and the date is flagged, never guessed.
 */
export function resolveDate(d: DateMention, published: string | null, future = false): ResolvedDate {
  if (d.weekday !== undefined) return resolveWeekday(d, published);
  if (d.year !== null) {
    const built = build(d.year, d);
    if (!built) return unknownDate(`"${d.asWritten}" is not a valid date.`, d.asWritten);
    return { ...built, basis: "stated", note: null, asWritten: d.asWritten, needsYear: false };
  }
  if (!published || !isValidIsoDate(published)) {
    return {
      ...unknownDate(
        `The text gives "${d.asWritten}" without a year and the publication date is not known; enter the year.`,
        d.asWritten,
      ),
      needsYear: true,
    };
  }
  const pubYear = Number(published.slice(0, 4));
  let year = pubYear;
  let built = build(year, d);
  if (built && !future && built.start > published) {
    year = pubYear - 1;
    built = build(year, d);
  } else if (built && future && built.end < published) {
    year = pubYear + 1;
    built = build(year, d);
  }
  if (!built) return unknownDate(`"${d.asWritten}" is not a valid date.`, d.asWritten);
  const direction = future
    ? "the text speaks of it as still to come, so the next such date"
    : "the latest such date on or before publication";
  return {
    ...built,
    basis: "inferred",
    note: `The text gives "${d.asWritten}" without a year; it was published on ${published}, so ${direction} is in ${year}.`,
    asWritten: d.asWritten,
    needsYear: false,
  };
}

/** "On Monday" in a news report: the last such day on or before publication. */
function resolveWeekday(d: DateMention, published: string | null): ResolvedDate {
  if (!published || !isValidIsoDate(published) || d.weekday === undefined || d.weekday < 0)
    return unknownDate(
      `The text says "${d.asWritten}" and the publication date is not known; enter the date.`,
      d.asWritten,
    );
  const pub = new Date(`${published}T00:00:00Z`);
  const back = (pub.getUTCDay() - d.weekday + 7) % 7;
  const day = new Date(pub.getTime() - back * 86_400_000).toISOString().slice(0, 10);
  return {
    start: day,
    end: day,
    precision: "day",
    basis: "inferred",
    note: `The text says "${d.asWritten}"; it was published on ${published}, so the last ${d.asWritten} on or before then is ${day}.`,
    asWritten: d.asWritten,
    needsYear: false,
  };
}

export function unknownDate(note: string | null, asWritten: string | null = null): ResolvedDate {
  return {
    start: null,
    end: null,
    precision: "unknown",
    basis: "unknown",
    note,
    asWritten,
    needsYear: false,
  };
}

const WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

/** A dateline near the top of a scraped article: "Friday, 2018-11-09 12:49:21", "November 9, 2018". */
export function findPublishedDate(paragraphs: string[]): string | null {
  for (const p of paragraphs.slice(0, 6)) {
    let m = new RegExp(
      `^(?:${WEEKDAY},?\\s*)?(\\d{4}-\\d{2}-\\d{2})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?\\b`,
    ).exec(p);
    if (m && p.length < 60 && isValidIsoDate(m[1] ?? "")) return m[1] ?? null;
    m = new RegExp(`^(?:${WEEKDAY},?\\s*)?${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`).exec(p);
    if (m && p.length < 60) {
      const iso = `${m[3]}-${pad(monthNumber(m[1] ?? ""))}-${pad(Number(m[2]))}`;
      if (isValidIsoDate(iso)) return iso;
    }
    m = new RegExp(`^(?:${WEEKDAY},?\\s*)?${DAY}\\s+${MONTH},?\\s+${YEAR}\\b`).exec(p);
    if (m && p.length < 60) {
      const iso = `${m[3]}-${pad(monthNumber(m[2] ?? ""))}-${pad(Number(m[1]))}`;
      if (isValidIsoDate(iso)) return iso;
    }
    // Vietnamese pages: "Thứ năm, 22/03/2018 - 21:04", "10/05/2023 06:51 GMT+7" on a short line of its own.
    m = /(?:^|[\s,])([0-3]?\d)\/([01]?\d)\/((?:19|20)\d\d)(?:\s*-?\s*\d{1,2}:\d{2}|\s*$|\s*\(GMT)/u.exec(p);
    if (m && p.length < 60) {
      const iso = `${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`;
      if (isValidIsoDate(iso)) return iso;
    }
  }
  return null;
}
