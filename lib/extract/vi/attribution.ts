import { foldForSearch } from "@/lib/text";
import type { Frame } from "../attribution";
import { opensVietnameseName, VIETNAMESE_FAMILY_NAMES } from "../lexicon";
import type { NamedMention } from "../speakers";
import {
  countryInVi,
  looksVietnameseName,
  VI_ADVERBS,
  VI_CAPITAL_TITLE_WORDS,
  VI_DESCRIPTORS,
  VI_GROUP_START,
  VI_HONORIFICS,
  VI_INSTITUTION_START,
  VI_NAME_BREAKERS,
  VI_NOT_REPORTING,
  VI_PLACES,
  VI_RANKS,
  VI_REPORTING_VERBS,
  VI_SOURCE_CITES,
  VI_SPEECH_NOUNS,
  VI_TITLE_WORDS,
  VI_TITLES,
} from "./lexicon";

/**
 * Reported speech in Vietnamese news prose. The speaker comes before the verb ("Thứ trưởng Lương Tam Quang nhấn
 * mạnh", "“...”, bà Hằng nói"), after "theo" ("Theo Thứ trưởng Lương Tam Quang, ..."), or after a speech noun
 * ("Đó là khẳng định của Thứ trưởng Lê Hoài Trung"). Titles, ranks and honorifics come before the name.
 */

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const L = "\\p{L}\\p{M}";
// Case-sensitive: a capitalised "Thông tin" or "Phát biểu" opens a title or a sentence, not an attribution.
const VERB_RE = new RegExp(
  `(?<![${L}])(${VI_REPORTING_VERBS.map((v) => escapeRe(v).replace(/ /g, "\\s+")).join("|")})(?![${L}])`,
  "gu",
);
// Only "Đó là khẳng định của X", "theo ý kiến của X": "quan điểm của Việt Nam" alone is a topic, not a speaker.
const SPEECH_NOUN_RE = new RegExp(
  `(?<![${L}])(?:là|theo)\\s+(?:lời\\s+)?(${VI_SPEECH_NOUNS.map(escapeRe).join("|")})\\s+của\\s+`,
  "iu",
);
// "Theo lời Đại sứ Long", "Theo đánh giá của Thứ trưởng ...": the speaker after the speech noun.
const THEO_RE = new RegExp(
  `(?:^|[,;:]\\s*|(?<![${L}])(?:Cũng|cũng)\\s+)[Tt]heo\\s+(?:(?:lời|ý kiến|đánh giá|nhận định|quan điểm)\\s+(?:của\\s+)?)?`,
  "u",
);
const ADVERB_RE = new RegExp(
  `(?:\\s+(?:${VI_ADVERBS.map((a) => escapeRe(a).replace(/ /g, "\\s+")).join("|")}|(?:hôm|ngày|sáng|chiều|tối|trưa|đêm)\\s+(?:nay|qua|\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?)))+$`,
  "iu",
);
const NAME_TOKEN = /^\p{Lu}[\p{L}\p{M}'’-]*\.?$/u;

const lower = (s: string) => s.toLocaleLowerCase("vi");

function isTitleWord(token: string): boolean {
  return VI_TITLE_WORDS.has(lower(token).replace(/[.,]$/, ""));
}

interface Tok {
  text: string;
  start: number;
}

function tokenize(s: string): Tok[] {
  const out: Tok[] = [];
  const re = /\S+/g;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push({ text: m[0], start: m.index });
  return out;
}

/** Words that may belong to a speaker's description: capitalised words, title words, honorifics. */
function descriptive(token: string): boolean {
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

/**
 * The speaker's words right before a verb: back over title words, names and honorifics to the clause break;
 * over one comma or dash when it joins a name and its title ("Trung tướng Lương Tam Quang, Thứ trưởng Bộ Công
 * an", "Phó thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh").
 */
function subjectBefore(pre: string): { text: string; start: number } | null {
  // "Đại biểu Trần Văn Lâm (đoàn Bắc Giang) đề xuất": a parenthesis after the name is an aside, not the subject.
  const trimmed = pre.replace(/\s*\([^()]{1,80}\)\s*$/u, "").replace(/\s+$/, "");
  const adverb = ADVERB_RE.exec(trimmed);
  // "Ông X - Trưởng ban Tuyên giáo Trung ương - nhấn mạnh": a dash before the verb closes the appositive.
  const body = (adverb ? trimmed.slice(0, adverb.index) : trimmed).replace(/\s+[-–—]$/u, ",");
  const toks = tokenize(body);
  const isDash = (t: string) => t === "–" || t === "-" || t === "—";
  // Vietnamese capitalises only the first word of an organisation's name ("Vụ Pháp chế", "Cục Quản lý xuất nhập
  // cảnh"): lower-case words right after such a first word belong to the description too.
  const orgNameStart = (j: number): number | null => {
    if (!/^[\p{Ll}\p{M}\d]+$/u.test(toks[j - 1]?.text ?? "")) return null;
    for (let k = j - 2; k >= 0 && j - k <= 7; k--) {
      const w = toks[k]?.text ?? "";
      if (ORG_FIRST_WORDS.has(w)) return k;
      if (!/^[\p{L}\p{M}\d]+$/u.test(w)) return null;
    }
    return null;
  };
  // Back from toks[i - 1] over descriptive words; the first word may carry the comma that ends its run.
  const runBack = (i: number, firstMayEndClause: boolean): number => {
    let j = i;
    while (j > 0) {
      const t = toks[j - 1]?.text ?? "";
      const mayEnd = firstMayEndClause && j === i;
      if (isDash(t) || (!mayEnd && /[,;:”"]$/.test(t)) || /[”"]/.test(t)) break;
      if (!descriptive(t.replace(/^[“"(]+/, ""))) {
        const org = orgNameStart(j);
        if (org === null) break;
        j = org;
        continue;
      }
      j--;
      if (/^[“"(]/.test(t)) break;
    }
    return j;
  };
  const runText = (a: number, b: number) =>
    body
      .slice(toks[a]?.start ?? 0, (toks[b - 1]?.start ?? 0) + (toks[b - 1]?.text.length ?? 0))
      .replace(/^[“"(]+/, "");
  let end = toks.length;
  // A run that ends on a linking word ("... gần đây và kêu gọi") has no subject of its own.
  if (/^(?:và|của|tại|với|cho)$/iu.test(toks[end - 1]?.text ?? "")) return null;
  let start = runBack(end, false);
  if (start === end && /,$/.test(toks[end - 1]?.text ?? "")) {
    // "S. Iswaran, chủ trì hội nghị, nhấn mạnh": skip one short clause between commas after the speaker.
    const opens = (t: string) => /,$/.test(t) || isDash(t);
    let k = end - 1;
    while (k > 0 && !opens(toks[k - 1]?.text ?? "") && end - k < 14) k--;
    if (k > 0 && opens(toks[k - 1]?.text ?? "")) {
      const clause = runText(k, end).replace(/,$/, "");
      const dashed = isDash(toks[k - 1]?.text ?? "");
      end = dashed ? k - 1 : k;
      start = runBack(end, !dashed);
      // "Ông Nguyễn Văn Nam, Cục trưởng, cho biết": a clause that is a title is the speaker's appositive.
      // "Phó Giám đốc Công an tỉnh, Đại tá Nguyễn Văn Hải, cho hay": the title first, the named person between commas.
      const earlierText = runText(start, end).replace(/,$/, "");
      if (
        start < end &&
        ((startsWithTitle(clause) && hasName(earlierText)) ||
          (hasVietnameseName(clause) && !hasName(earlierText) && startsWithTitle(earlierText)))
      )
        return {
          text: `${runText(start, end).replace(/,$/, "")}, ${clause}`,
          start: (toks[start]?.start ?? 0) + (/^[“"(]/.test(toks[start]?.text ?? "") ? 1 : 0),
        };
    }
  }
  if (start === end) return null;
  // Join appositives across commas or dashes: one name and its titles ("Đồng chí Nguyễn Văn Nên, Ủy viên Bộ Chính
  // trị, Bí thư Thành ủy ..."). Titles without a name are joined only if a name is reached further back.
  let cur = start;
  let accepted = start;
  for (let guard = 0; guard < 4 && cur > 0; guard++) {
    const prev = toks[cur - 1]?.text ?? "";
    const dash = isDash(prev);
    if (!dash && !/,$/.test(prev)) break;
    const earlierEnd = dash ? cur - 1 : cur;
    const earlierStart = runBack(earlierEnd, !dash);
    if (earlierStart === earlierEnd) break;
    // "cử tri tỉnh Thái Nguyên, Bộ trưởng ...": a place before the comma is no name of the speaker, nor is the
    // second half of a hyphenated one ("tỉnh Bà Rịa - Vũng Tàu, Thủ tướng lưu ý").
    if (/^(?:tỉnh|phố|huyện|xã|quận|phường|TP\.?|đô)$/iu.test(toks[earlierStart - 1]?.text ?? "")) break;
    if (isDash(toks[earlierStart - 1]?.text ?? "")) break;
    const earlier = runText(earlierStart, earlierEnd).replace(/,$/, "");
    const later = runText(cur, end);
    const laterHasName = hasName(later);
    const earlierHasName = hasName(earlier);
    if (earlierHasName && laterHasName) break;
    if (earlierHasName ? !startsWithTitle(later) : !startsWithTitle(earlier)) break;
    cur = earlierStart;
    if (earlierHasName || laterHasName) accepted = cur;
    if (earlierHasName) break;
  }
  start = accepted;
  return {
    text: runText(start, end).replace(/[,;:]$/, ""),
    start: (toks[start]?.start ?? 0) + (/^[“"(]/.test(toks[start]?.text ?? "") ? 1 : 0),
  };
}

/** Capitalised first words of organisation names, after which the name may go on in lower case. */
const ORG_FIRST_WORDS = new Set(
  "Bộ Cục Vụ Ban Sở Viện Ủy Uỷ Tổng Học Trường Công Tập Ngân Văn Trung Hội Hiệp Liên Phòng Quỹ Thanh Kiểm Tòa Toà Đảng Tỉnh Đài Báo".split(
    " ",
  ),
);

const FOLDED_TITLES = VI_TITLES.map((t) => foldForSearch(t));

function startsWithTitle(text: string): boolean {
  const f = foldForSearch(text).replace(/[,;:]/g, " ").replace(/\s+/g, " ").trim();
  return (
    FOLDED_TITLES.some((t) => f === t || f.startsWith(`${t} `)) || VI_DESCRIPTORS.some(([re]) => re.test(f))
  );
}

function hasName(text: string): boolean {
  return nameSpan(text.split(/\s+/).filter(Boolean)) !== null;
}

function hasVietnameseName(text: string): boolean {
  return nameSpan(text.split(/\s+/).filter(Boolean))?.vietnamese === true;
}

/** Places of three syllables whose first is also a family name: after "thành phố" they are the place. */
const KNOWN_LONG_PLACES = /^(?:ho chi minh|thua thien hue|ba ria vung|phan rang thap|dong nam bo)$/;

/** Where the name is among the tokens of a description: a family name and given names, or trailing capitals. */
function nameSpan(tokens: string[]): { from: number; to: number; vietnamese: boolean } | null {
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
const GIVEN_NAMES_IN_TITLES = new Set([
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

function rankOf(title: string): { rank: string | null; rest: string } {
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
  };
}

function honorificAlone(text: string): "male" | "female" | null | undefined {
  const l = lower(text.trim());
  return l in VI_HONORIFICS ? (VI_HONORIFICS[l] ?? null) : undefined;
}

/** A Vietnamese subject phrase as a frame subject (form, mention, role reference), or null if it is none. */
function classify(
  subject: string,
): Pick<Frame, "form" | "roleNoun" | "qualifier" | "mention" | "appositive"> | null {
  const s = subject.trim().replace(/[,;:]+$/, "");
  if (!s) return null;
  const base = { roleNoun: null, qualifier: null, appositive: null, mention: undefined };
  if (honorificAlone(s) !== undefined) return { ...base, form: "pronoun" };
  if (VI_GROUP_START.test(s)) return { ...base, form: "group" };
  // "Bộ trưởng Bùi Thanh Sơn và Thứ trưởng thứ nhất Wendy Sherman": two people speak together.
  const parts = s.split(/\s+và\s+/u);
  // "Bộ trưởng Truyền thông và Thông tin" is one title: "và" joins two people only when each side is one.
  const person = (p: string) => hasName(p) || startsWithTitle(p) || /^(?:ông|bà)\s/iu.test(p);
  const named = parts.filter(hasName).length;
  if (parts.length > 1 && parts.every(person) && (named > 1 || (named === 0 && parts.every(startsWithTitle))))
    return { ...base, form: "group" };
  const mention = parseViMention(s);
  if (mention) return { ...base, form: "named", mention };
  if (startsWithTitle(s)) {
    return { ...base, form: "title", roleNoun: foldForSearch(s), qualifier: null };
  }
  if (VI_INSTITUTION_START.test(s)) return { ...base, form: "group" };
  if (countryInVi(s) && s.split(/\s+/).length <= 3) return { ...base, form: "named", mention: null };
  return null;
}

/** The first reporting verb of a Vietnamese sentence, whoever its subject: what a reviewer may look at. */
export function firstReportingVerbVi(sentence: string): string | null {
  VERB_RE.lastIndex = 0;
  for (let m = VERB_RE.exec(sentence); m; m = VERB_RE.exec(sentence)) {
    if (VI_NOT_REPORTING.test(sentence.slice(m.index))) continue;
    VERB_RE.lastIndex = 0;
    return m[1] ?? null;
  }
  VERB_RE.lastIndex = 0;
  const theo = THEO_RE.exec(sentence);
  if (!theo) return null;
  return VI_SOURCE_CITES.test(sentence.slice(theo.index + theo[0].length)) ? null : "theo";
}

/** The description the sentence opens with, when it is one (a title, a name, an appositive after a dash). */
function leadingSubject(sentence: string): { text: string; start: number } | null {
  const toks = tokenize(sentence);
  let n = 0;
  while (n < toks.length && n < 24) {
    const t = toks[n]?.text ?? "";
    if (t === "–" || t === "-") {
      n++;
      continue;
    }
    if (!descriptive(t.replace(/[,]$/, ""))) break;
    n++;
    if (/[;:.]$/.test(t)) break;
  }
  if (n === 0) return null;
  const last = toks[n - 1];
  const text = sentence.slice(0, (last?.start ?? 0) + (last?.text.length ?? 0)).replace(/[,;:]$/, "");
  return hasName(text) ? { text, start: 0 } : null;
}

function startsWithVerb(text: string): boolean {
  VERB_RE.lastIndex = 0;
  const m = VERB_RE.exec(text);
  VERB_RE.lastIndex = 0;
  return m?.index === 0;
}

/** A subject after "theo" or "của": the words up to the next clause mark. */
function subjectAfter(text: string): string | null {
  const m = /^([^,.;:“”"()]{2,140}?)(?=\s*(?:[,.;:“"(]|$))/u.exec(text);
  const phrase = m?.[1]?.trim();
  if (!phrase) return null;
  // "Thứ trưởng Lê Hoài Trung trong buổi họp báo ...": the speaker ends where the description does.
  const words = phrase.split(/\s+/);
  let n = 0;
  while (n < words.length && descriptive(words[n] ?? "")) n++;
  return n > 0 ? words.slice(0, n).join(" ") : null;
}

/** Offsets inside quotation marks: a verb there belongs to the quotation, not to the attribution. */
function quotedRanges(sentence: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /["“][^"“”]*["”]/g;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) out.push([m.index, m.index + m[0].length]);
  return out;
}

const PLACE_BEFORE_VERB = /\s+(?:tại|trong|ở|khi)\s+(?:[\p{Ll}\p{M}\d/.-]+\s+){0,7}[\p{Ll}\p{M}\d/.-]+\s*$/u;

const PLURAL_BEFORE = /(?:^|\s)(?:\d+|các|những|hai|ba|bốn|năm|nhiều|cả|mọi)(?:\s+tân)?\s*$/iu;

// "Thủ tướng X đến dự và phát biểu chỉ đạo Hội nghị.", "... và có bài phát biểu.", "Thứ trưởng Y trình bày báo
// cáo tổng kết": that someone spoke or presented a report, with nothing of what they said: no quotation in the
// sentence ("“...”, bà Hằng phát biểu." is a statement), no clause after the verb, no "rằng"/"là", no other verb.
const SPEECH_ACT_VERBS = /^(?:phát biểu|có bài phát biểu|có phát biểu|trình bày)$/iu;
function announcesSpeechOnly(verb: string, rest: string): boolean {
  const v = verb.replace(/\s+/g, " ").trim();
  if (!SPEECH_ACT_VERBS.test(v)) return false;
  if (/^trình bày$/iu.test(v) && !/^\s*(?:báo cáo|tham luận|dự thảo)(?![\p{L}])/iu.test(rest)) return false;
  if (/[,:;“”"]/.test(rest) || /(?<![\p{L}])(?:rằng|là)(?![\p{L}])/iu.test(rest)) return false;
  const saved = VERB_RE.lastIndex;
  VERB_RE.lastIndex = 0;
  // "phát biểu chỉ đạo", "trình bày báo cáo": what kind of speech it was, not a second verb.
  const another = VERB_RE.test(
    rest.replace(/^\s*(?:chỉ đạo|khai mạc|bế mạc|tổng kết|báo cáo|tham luận|dự thảo)(?![\p{L}])/iu, ""),
  );
  VERB_RE.lastIndex = saved;
  return !another;
}

const NOMINALISER = /(?:^|\s)(?:sự|niềm|lời|việc|cuộc|những|mọi)\s+$/iu;

export function findFrameVi(sentence: string): Frame | null {
  // 1. "Theo X, ...": "Theo Thứ trưởng Lương Tam Quang, ...", "Cũng theo bà Hằng, ...".
  const theo = THEO_RE.exec(sentence);
  let theoFrame: Frame | null = null;
  if (theo) {
    const after = sentence.slice(theo.index + theo[0].length);
    const who = subjectAfter(after);
    if (who && !VI_SOURCE_CITES.test(who)) {
      const c = classify(who);
      if (c) {
        const start = theo.index + theo[0].length;
        theoFrame = {
          subject: who,
          subjectIndex: start,
          ...c,
          verb: "theo",
          attributionText: sentence.slice(theo.index, start + who.length).replace(/^[,;:\s]+/, ""),
          via: "according_to",
          rule: "vi.theo",
        };
      }
    }
  }
  // "Đại sứ VŨ HỒ - Quyền Trưởng SOM ASEAN: “...”": a speaker, a colon, the quotation.
  // "Thứ trưởng Lê Quý Vương: Có thể khẳng định ...": an interview's answer, a named speaker and a colon.
  const colon = /^([^:"“”]{3,160}):\s*(?:["“]|(?=\p{Lu}))/u.exec(sentence);
  const colonWords = colon?.[1]?.trim().split(/\s+/) ?? [];
  if (
    colon?.[1] &&
    colonWords.length <= 14 &&
    colonWords.every((w) => w === "–" || w === "-" || descriptive(w))
  ) {
    const who = colon[1].trim();
    const c = classify(who.replace(/\s+[-–]\s+/u, ", "));
    const quoted = /:\s*["“]/u.test(sentence.slice(0, colon[0].length + 1));
    // Without a quotation mark only a person named in full introduces an answer ("Phóng viên:" is no speaker).
    if (c && c.form === "named" && (quoted || (c.mention?.nameTokens.length ?? 0) >= 2))
      return {
        subject: who,
        subjectIndex: 0,
        ...c,
        verb: ":",
        attributionText: `${who}:`,
        via: "verb",
        rule: "vi.speaker-colon-quote",
      };
  }
  // 2. "Đó là khẳng định của Thứ trưởng ...".
  const noun = SPEECH_NOUN_RE.exec(sentence);
  // 3. Subject + reporting verb.
  const quoted = quotedRanges(sentence);
  VERB_RE.lastIndex = 0;
  for (let m = VERB_RE.exec(sentence); m; m = VERB_RE.exec(sentence)) {
    const at = m.index;
    if (quoted.some(([a, b]) => at > a && at < b)) continue;
    if (theoFrame && theoFrame.subjectIndex < m.index) break;
    if (noun && noun.index <= m.index && m.index < noun.index + noun[0].length) break;
    if (VI_NOT_REPORTING.test(sentence.slice(m.index))) continue;
    // "sự kỳ vọng", "niềm tin tưởng", "lời đề nghị", "những đề xuất": after these words a verb is a noun.
    if (NOMINALISER.test(sentence.slice(0, m.index))) continue;
    const verb = m[1] ?? "";
    // Nothing after it is said either: no later verb of the sentence may take its words as a subject.
    if (!/["“”]/.test(sentence) && announcesSpeechOnly(verb, sentence.slice(m.index + verb.length))) break;
    const pre = sentence.slice(0, m.index);
    // "người phát ngôn ... Phạm Thu Hằng tại cuộc họp báo chiều 22/6 nêu rõ": a place or time between them.
    let subject = subjectBefore(pre) ?? subjectBefore(pre.replace(PLACE_BEFORE_VERB, ""));
    // "Đại sứ X - Trưởng Phái đoàn ... cập nhật ... và kêu gọi": the verb shares the sentence's first subject.
    if (!subject && /(?:\svà|,\s*đồng thời)\s*$/u.test(pre)) subject = leadingSubject(sentence);
    if (!subject) continue;
    // "2 tân thứ trưởng cho biết": a number or a plural word before the title makes it a group.
    const c = PLURAL_BEFORE.test(pre.slice(0, subject.start))
      ? { form: "group" as const, roleNoun: null, qualifier: null, appositive: null, mention: undefined }
      : classify(subject.text);
    if (!c) continue;
    VERB_RE.lastIndex = 0;
    return {
      subject: subject.text,
      subjectIndex: subject.start,
      ...c,
      verb,
      attributionText: sentence.slice(subject.start, m.index + verb.length),
      via: "verb",
      rule: /[”"]\s*,?\s*$/.test(sentence.slice(0, subject.start))
        ? "vi.quote-then-speaker"
        : "vi.speaker-verb",
    };
  }
  VERB_RE.lastIndex = 0;
  if (theoFrame) return theoFrame;
  if (noun) {
    const start = noun.index + noun[0].length;
    const who = subjectAfter(sentence.slice(start));
    const c = who ? classify(who) : null;
    if (who && c)
      return {
        subject: who,
        subjectIndex: start,
        ...c,
        verb: noun[1] ?? "",
        attributionText: sentence.slice(noun.index, start + who.length),
        via: "verb",
        rule: "vi.speech-noun",
      };
  }
  return null;
}

/** Whether a reference ("thứ trưởng", "người phát ngôn bộ ngoại giao", "người đứng đầu chính phủ") fits a title. */
// "Người phát ngôn", "Phát ngôn viên" and the press's short "Phát ngôn" name one post.
const spokesperson = (t: string) => t.replace(/\b(?:nguoi phat ngon|phat ngon vien)\b/g, "phat ngon");

export function titleFitsVi(reference: string, title: string): boolean {
  const ref = spokesperson(
    foldForSearch(reference)
      .replace(/[^a-z0-9 ]+/g, " ")
      .replace(/\s+/g, " ")
      .trim(),
  );
  const have = ` ${spokesperson(
    foldForSearch(title)
      .replace(/[^a-z0-9 ]+/g, " ")
      .replace(/\s+/g, " ")
      .trim(),
  )} `;
  // "Đại diện Bộ Ngoại giao" (a representative of the ministry) fits whoever holds a post in that ministry.
  const representative = /^dai dien (bo .+)$/.exec(ref)?.[1];
  const wanted = representative
    ? [representative]
    : (VI_DESCRIPTORS.find(([re]) => re.test(ref))?.[1] ?? [ref]);
  const haveTrimmed = have.trim();
  return wanted.some((w) => {
    if (w === "") return true;
    // The reference may say more than the title known so far: "Bộ trưởng Ngoại giao" after "Bộ trưởng X".
    if (haveTrimmed && ` ${w} `.startsWith(` ${haveTrimmed} `) && haveTrimmed.split(" ").length >= 2)
      return true;
    let at = have.indexOf(` ${w} `);
    while (at >= 0) {
      // "thủ tướng" is not "phó thủ tướng"; "trưởng" alone is not "thứ trưởng".
      // The word before decides: "phó" before "thủ tướng" makes another post, unless the reference says "phó" too.
      const before =
        have
          .slice(Math.max(0, at - 4), at)
          .trim()
          .split(" ")
          .pop() ?? "";
      if (before !== "pho" && before !== "thu") return true;
      if (w.startsWith(`${before} `)) return true;
      at = have.indexOf(` ${w} `, at + 1);
    }
    return false;
  });
}

/**
 * People named with a title or an honorific in a Vietnamese sentence ("ông Trương Hải Long, Thứ trưởng Bộ Nội
 * vụ", "Thứ trưởng thứ nhất Bộ Ngoại giao Hoa Kỳ Wendy Sherman"), and anyone with a three-word Vietnamese name:
 * the people later references can point to.
 */
/** Whether the tokens just before index k end a Vietnamese name: a family name and up to three name words. */
function nameEndsBefore(toks: Array<{ text: string }>, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    const t = (toks[j]?.text ?? "").replace(/^[“"(]+/, "");
    if (!NAME_TOKEN.test(t)) return false;
    if (j < k - 1 && VIETNAMESE_FAMILY_NAMES.has(foldForSearch(t))) return true;
  }
  return false;
}

export function findIntroducedPeopleVi(text: string): NamedMention[] {
  const out: NamedMention[] = [];
  const toks = tokenize(text);
  let i = 0;
  while (i < toks.length) {
    const bare = (toks[i]?.text ?? "").replace(/[,;:.)]+$/, "").replace(/^[“"(]+/, "");
    const next = (toks[i + 1]?.text ?? "").replace(/[,;:.)]+$/, "");
    const isFamily =
      NAME_TOKEN.test(bare) &&
      NAME_TOKEN.test(next) &&
      !VI_CAPITAL_TITLE_WORDS.has(lower(bare)) &&
      opensVietnameseName(bare, next) &&
      !VI_PLACES.has(foldForSearch(`${bare} ${next}`));
    if (!isFamily) {
      i++;
      continue;
    }
    let end = i;
    while (end < toks.length && end - i < 4) {
      const raw = toks[end]?.text ?? "";
      const t = raw.replace(/[,;:.)]+$/, "").replace(/^[“"(]+/, "");
      if (!NAME_TOKEN.test(t) || (end > i && VI_NAME_BREAKERS.has(lower(t)))) break;
      end++;
      if (/[,;:.)]$/.test(raw)) break;
    }
    // The description before the name, back to a clause mark, and the appositive after a comma.
    let from = i;
    while (from > 0) {
      const t = toks[from - 1]?.text ?? "";
      if (/[,;:“"(.]$/.test(t) || !descriptive(t)) break;
      // "Bộ trưởng X và Bộ trưởng Ngoại giao Trung Quốc Y": "và" after a name joins two people; Y's description
      // stops there ("và" inside a title, "Thương binh và Xã hội", follows a common word, not a name).
      if (lower(t) === "và" && nameEndsBefore(toks, from - 1)) break;
      from--;
    }
    let to = end;
    const lastRaw = toks[end - 1]?.text ?? "";
    if (/,$/.test(lastRaw) || toks[end]?.text === "–") {
      let k = toks[end]?.text === "–" ? end + 1 : end;
      const first = toks[k]?.text ?? "";
      if (
        startsWithTitle(
          toks
            .slice(k, k + 4)
            .map((t) => t.text.replace(/[,.;:]$/, ""))
            .join(" "),
        ) &&
        first
      ) {
        while (k < toks.length) {
          const t = toks[k]?.text ?? "";
          const bareT = t.replace(/[,;:.)]+$/, "");
          if (!descriptive(bareT) || (lower(bareT) === "và" && k > end)) break;
          if (
            startsWithVerb(
              toks
                .slice(k, k + 4)
                .map((x) => x.text)
                .join(" "),
            )
          )
            break;
          k++;
          if (/[,;:.)]$/.test(t)) break;
        }
        to = k;
      }
    }
    const hasPrefix = from < i;
    const threeWords = end - i >= 3;
    if (hasPrefix || threeWords || to > end) {
      const phrase = toks
        .slice(from, to)
        .map((t) => t.text)
        .join(" ")
        .replace(/^[“"(]+/, "")
        .replace(/[,;:.)]+$/, "");
      const mention = parseViMention(phrase);
      if (mention && mention.nameTokens.length >= 2) out.push(mention);
    }
    i = Math.max(end, i + 1);
  }
  // Foreign officials introduced with a title: "Bộ trưởng Ngoại giao Indonesia Sugiono", "Tổng thống Mỹ Donald Trump".
  const titleAlt = VI_TITLES.map((t) => escapeRe(t).replace(/ /g, "\\s+")).join("|");
  const foreign = new RegExp(
    `(?<![${L}])((?:${titleAlt})(?:\\s+(?:[${L}]+))*?\\s+((?:\\p{Lu}\\.?\\s*)?\\p{Lu}[${L}'-]+(?:\\s+\\p{Lu}[${L}'-]+){0,2}))(?=[\\s,.;:)]|$)`,
    "giu",
  );
  for (let m = foreign.exec(text); m; m = foreign.exec(text)) {
    const phrase = m[1] ?? "";
    if (phrase.length > 160) continue;
    const mention = parseViMention(phrase);
    if (mention?.nonVietnameseName && mention.countryFrom === "title") out.push(mention);
  }
  // "Bà Aurélia Nguyen, Giám đốc ... (GAVI)": a person named with an honorific and a name that is not Vietnamese is
  // still someone a later "Bà cho biết" refers to (and is set aside with), whatever the verb of this sentence.
  const honorific = new RegExp(
    `(?<![${L}])((?:Ông|Bà|ông|bà)\\s+\\p{Lu}[${L}'-]+(?:\\s+\\p{Lu}[${L}'-]+){0,2})(?=[\\s,.;:)]|$)`,
    "gu",
  );
  for (let m = honorific.exec(text); m; m = honorific.exec(text)) {
    const mention = parseViMention(m[1] ?? "");
    if (mention?.nonVietnameseName && !out.some((o) => o.name === mention.name)) out.push(mention);
  }
  return out;
}

/** Vietnamese or English: Vietnamese letters and function words, counted over the first 4,000 characters. */
export function detectLanguage(text: string): "vi" | "en" {
  const sample = text.slice(0, 4000);
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (letters === 0) return "en";
  const vietnamese = (
    sample
      .normalize("NFC")
      .match(/[ăâđêôơưàáạảãầấậẩẫằắặẳẵèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ]/giu) ?? []
  ).length;
  const folded = foldForSearch(sample);
  const words = (folded.match(/[a-z]+/g) ?? []).length || 1;
  const count = (re: RegExp) => (folded.match(re) ?? []).length;
  // Vietnamese function words and syllables, with or without diacritics, against English function words.
  const viWords = count(
    /\b(?:cua|va|cac|duoc|trong|nhung|voi|cho|nay|la|da|khong|cung|se|tai|ve|mot|nguoi|viet|nam|bo|truong|biet)\b/g,
  );
  const enWords = count(/\b(?:the|of|and|to|in|is|that|for|with|on|was|said|has|by)\b/g);
  // An English article quoting Vietnamese names has a few such letters among many English function words.
  const share = vietnamese / letters;
  if (share > 0.08 || (share > 0.03 && enWords / words < 0.02)) return "vi";
  return viWords / words > 0.12 && enWords / words < 0.03 ? "vi" : "en";
}

/** Genders the words of a Vietnamese mention state: "bà", "chị" female, "ông", "anh" male. */
export function genderOfVi(asWritten: string): "female" | "male" | null {
  if (/(?<![\p{L}])(?:bà|chị)(?![\p{L}])/iu.test(asWritten)) return "female";
  if (/(?<![\p{L}])(?:ông)(?![\p{L}])/iu.test(asWritten)) return "male";
  return null;
}
