/**
 * Vietnamese mentions of people: the words of a description (titles, names, honorifics, organisation names written
 * with one capital), and a mention parsed into title, rank and name ("Thượng tướng Lương Tam Quang, Thứ trưởng Bộ
 * Công an"), places and titles that look like names told apart.
 */
import { foldForSearch } from "@/lib/text";
import { opensVietnameseName } from "../lexicon";
import type { NamedMention } from "../speakers";
import {
  countryInVi,
  looksVietnameseName,
  VI_CAPITAL_TITLE_WORDS,
  VI_DESCRIPTORS,
  VI_HONORIFICS,
  VI_NAME_BREAKERS,
  VI_PLACES,
  VI_RANKS,
  VI_TITLE_WORDS,
  VI_TITLES,
} from "./lexicon";

export const NAME_TOKEN = /^\p{Lu}[\p{L}\p{M}'’-]*\.?$/u;

export const lower = (s: string) => s.toLocaleLowerCase("vi");

export function isTitleWord(token: string): boolean {
  return VI_TITLE_WORDS.has(lower(token).replace(/[.,]$/, ""));
}

export interface Tok {
  text: string;
  start: number;
}

export function tokenize(s: string): Tok[] {
  const out: Tok[] = [];
  const re = /\S+/g;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push({ text: m[0], start: m.index });
  return out;
}

/** Words that may belong to a speaker's description: capitalised words, title words, honorifics. */
export function descriptive(token: string): boolean {
  const bare = token.replace(/[,;:)]+$/, "");
  if (!bare) return false;
  // "Bộ Văn hóa-Thể thao và Du lịch": syllables a hyphen joins are each a word of the description.
  if (/^[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)+$/u.test(bare) && !NAME_TOKEN.test(bare))
    return bare.split("-").every((part) => descriptive(part));
  if (NAME_TOKEN.test(bare)) return true;
  // An organisation's initials with "&": "Bộ GD&ĐT", "Bộ NN&PTNT", "Bộ LĐ-TB&XH".
  if (/^\p{Lu}[\p{Lu}\p{M}-]*&[\p{Lu}\p{M}-]+$/u.test(bare)) return true;
  if (/^\d+$/.test(bare)) return false;
  const l = lower(bare);
  return isTitleWord(l) || l in VI_HONORIFICS || l === "đồng" || l === "chí";
}

/** Capitalised first words of organisation names, after which the name may go on in lower case. */
export const ORG_FIRST_WORDS = new Set(
  "Bộ Cục Vụ Ban Sở Viện Ủy Uỷ Tổng Học Trường Công Tập Ngân Văn Trung Hội Hiệp Liên Phòng Quỹ Thanh Kiểm Tòa Toà Đảng Tỉnh Đài Báo".split(
    " ",
  ),
);

export const FOLDED_TITLES = VI_TITLES.map((t) => foldForSearch(t));

export function startsWithTitle(text: string): boolean {
  const f = foldForSearch(text).replace(/[,;:]/g, " ").replace(/\s+/g, " ").trim();
  return (
    FOLDED_TITLES.some((t) => f === t || f.startsWith(`${t} `)) || VI_DESCRIPTORS.some(([re]) => re.test(f))
  );
}

export function hasName(text: string): boolean {
  return nameSpan(text.split(/\s+/).filter(Boolean)) !== null;
}

export function hasVietnameseName(text: string): boolean {
  return nameSpan(text.split(/\s+/).filter(Boolean))?.vietnamese === true;
}

/** Places of three syllables whose first is also a family name: after "thành phố" they are the place. */
export const KNOWN_LONG_PLACES = /^(?:ho chi minh|thua thien hue|ba ria vung|phan rang thap|dong nam bo)$/;

/** Where the name is among the tokens of a description: a family name and given names, or trailing capitals. */
export function nameSpan(tokens: string[]): { from: number; to: number; vietnamese: boolean } | null {
  const bare = tokens.map((t) => t.replace(/[,;:.]+$/, ""));
  for (let i = 0; i < bare.length - 1; i++) {
    const t = bare[i] ?? "";
    const next = bare[i + 1] ?? "";
    if (!NAME_TOKEN.test(t) || !NAME_TOKEN.test(next)) continue;
    if (VI_CAPITAL_TITLE_WORDS.has(lower(t)) || lower(t) in VI_HONORIFICS) continue;
    if (!opensVietnameseName(t, next)) continue;
    if (VI_PLACES.has(foldForSearch(`${t} ${next}`))) continue;
    // "tỉnh Thái Nguyên", "thành phố Hồ Chí Minh": a place, not a person. Unless the capitals after the place
    // word are three or more and end the description, with no other name left: "Phó Chủ tịch Ủy ban nhân dân
    // thành phố Dương Anh Đức" leaves the city unsaid, and the name is the person's.
    const afterPlace = /^(?:tỉnh|thành|phố|huyện|xã|quận|phường|TP\.?|thủ|đô)$/iu.test(bare[i - 1] ?? "");
    const rest = bare.slice(i);
    const personAfterPlace =
      rest.length >= 3 &&
      rest.length <= 4 &&
      rest.every((w) => NAME_TOKEN.test(w)) &&
      !KNOWN_LONG_PLACES.test(foldForSearch(rest.slice(0, 3).join(" ")));
    if (afterPlace && !personAfterPlace) continue;
    let to = i;
    while (to < bare.length && to - i < 4 && NAME_TOKEN.test(bare[to] ?? "")) {
      if (to > i && VI_NAME_BREAKERS.has(lower(bare[to] ?? "")) && to - i >= 2) break;
      to++;
      // "Nguyễn Văn Nam, Cục trưởng": a comma ends the name.
      if (/[,;:]$/.test(tokens[to - 1] ?? "")) break;
    }
    if (to - i >= 2) return { from: i, to, vietnamese: true };
  }
  // "ông Thành", "bà Hội": after an honorific, capitalised words are the name whatever else they may open.
  const h = bare.findIndex((t) => lower(t) in VI_HONORIFICS);
  if (
    h >= 0 &&
    h < bare.length - 1 &&
    bare.length - h - 1 <= 2 &&
    bare.slice(h + 1).every((t) => NAME_TOKEN.test(t) && !/^\p{Lu}{2,}$/u.test(t))
  )
    return { from: h + 1, to: bare.length, vietnamese: looksVietnameseName(bare.slice(h + 1)) };
  // Otherwise a name is the capitalised words after the last title or country word: "Bộ trưởng Sugiono",
  // "Thứ trưởng Quang", "Thứ trưởng thứ nhất Wendy Sherman".
  const to = bare.length;
  let from = to;
  while (from > 0) {
    const t = bare[from - 1] ?? "";
    if (!NAME_TOKEN.test(t) && !/^\p{Lu}\.$/u.test(tokens[from - 1] ?? "")) break;
    if (lower(t) in VI_HONORIFICS) break;
    // "LHQ", "ASEAN", "SOM": an acronym ends a title, it is no name.
    if (/^\p{Lu}{2,}$/u.test(t)) break;
    if (VI_CAPITAL_TITLE_WORDS.has(lower(t)) || (isTitleWord(t) && !GIVEN_NAMES_IN_TITLES.has(lower(t)))) {
      // "Hoa Kỳ", "Việt Nam": a two-word country whose first word stopped the walk takes its second back.
      if (from < to && countryInVi(`${t} ${bare[from] ?? ""}`) && !countryInVi(bare[from] ?? "")) from++;
      break;
    }
    if (countryInVi(t)) break;
    from--;
  }
  if (from >= to) return null;
  if (countryInVi(bare.slice(from, to).join(" "))) return null;
  // "Thành phố Hồ Chí Minh", "tỉnh Quảng Ninh": capitals after a place word are the place.
  if (/^(?:tỉnh|phố|huyện|xã|quận|phường|TP\.?|thủ đô|đô)$/iu.test(bare[from - 1] ?? "")) return null;
  // A name needs something before it (a title, an honorific) unless it has two or more words.
  if (from === 0 && to - from < 2) return null;
  while (to - from > 3) from++;
  return { from, to, vietnamese: false };
}

/** Title words that are also common given names: capitalised after a title, they are the name ("ông Trung"). */
export const GIVEN_NAMES_IN_TITLES = new Set([
  "trung",
  "thường",
  "hội",
  "hợp",
  "bảo",
  "đồng",
  "lâm",
  "thông",
  "quốc",
  "cao",
]);

export function rankOf(title: string): { rank: string | null; rest: string } {
  const l = lower(title);
  for (const r of VI_RANKS) {
    const at = l.indexOf(r);
    if (at >= 0 && (at === 0 || /[\s,]/.test(l[at - 1] ?? ""))) {
      const asWritten = title.slice(at, at + r.length);
      const rank = asWritten.charAt(0).toLocaleUpperCase("vi") + asWritten.slice(1);
      const rest = `${title.slice(0, at)} ${title.slice(at + r.length)}`
        .replace(/\s+/g, " ")
        .replace(/^[\s,]+|[\s,]+$/g, "");
      return { rank, rest };
    }
  }
  return { rank: null, rest: title };
}

/** "Trung tướng Lương Tam Quang, Thứ trưởng Bộ Công an" -> rank, title, name, country. Null without a name. */
export function parseViMention(text: string): NamedMention | null {
  // A dash between a name and its title ends the name as a comma does ("Nguyễn Thị Bình - Vụ trưởng").
  const tokens: string[] = [];
  for (const t of text.split(/\s+/)) {
    if (!t) continue;
    if (t === "–" || t === "-" || t === "—") {
      const last = tokens.length - 1;
      if (last >= 0 && !/[,;:]$/.test(tokens[last] ?? "")) tokens[last] = `${tokens[last]},`;
      continue;
    }
    tokens.push(t);
  }
  const span = nameSpan(tokens);
  if (!span) return null;
  // "PHẠM BÌNH MINH" in a pull quote: the name in its usual case.
  const nameTokens = tokens
    .slice(span.from, span.to)
    .map((t) => t.replace(/[,;:]+$/, ""))
    .map((t) => (/^\p{Lu}{2,}$/u.test(t) ? t.charAt(0) + t.slice(1).toLocaleLowerCase("vi") : t));
  const before = tokens
    .slice(0, span.from)
    .filter((t) => !(lower(t.replace(/,$/, "")) in VI_HONORIFICS))
    .join(" ")
    .replace(/^(?:(?:của|là|theo|tại|và|với|cùng|đồng chí|cũng)(?:\s+|$))+/iu, "");
  const after = tokens
    .slice(span.to)
    .join(" ")
    .replace(/^[,\s]+/, "");
  const titleRaw = [before, after]
    .map((s) => s.replace(/^[,\s–-]+|[,\s–-]+$/g, ""))
    .filter(Boolean)
    .join(", ");
  const { rank, rest } = rankOf(titleRaw);
  // "khẳng định của Thứ trưởng ...", "theo ông ...": the linking words before a title are not part of it.
  const title = rest.replace(/^(?:(?:của|là|theo|tại|và|với|cùng|đồng chí)\s+)+/iu, "").trim() || null;
  const titleCountry = title ? countryInVi(title) : null;
  const vietnameseName = span.vietnamese || looksVietnameseName(nameTokens);
  return {
    asWritten: text.trim(),
    title: title ? title.charAt(0).toLocaleUpperCase("vi") + title.slice(1) : null,
    rank,
    name: nameTokens.join(" "),
    nameTokens,
    country: titleCountry ?? (span.vietnamese ? "VN" : null),
    countryFrom: titleCountry ? "title" : span.vietnamese ? "name" : null,
    nonVietnameseName: !vietnameseName,
    privateOccupation: !!title && PRIVATE_OCCUPATION_VI.test(title) && !OFFICIAL_POST_VI.test(title),
  };
}

// "Luật sư X", "X, nhà báo": a private occupation, and no post anywhere in the description (English: speakers.ts).
const PRIVATE_OCCUPATION_VI = /^(?:luật sư|nhà báo|nhà hoạt động|doanh nhân|blogger)(?=$|[\s,])/iu;
const OFFICIAL_POST_VI =
  /(?:trưởng|chủ tịch|đại biểu|giám đốc|bí thư|đại sứ|ủy viên|uỷ viên|phó|người phát ngôn|chánh|viện trưởng)/iu;
