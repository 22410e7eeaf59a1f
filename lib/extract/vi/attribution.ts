import { foldForSearch } from "@/lib/text";
import { escapeRe } from "../../text";
import type { Frame } from "../attribution";
import {
  countryInVi,
  VI_ADVERBS,
  VI_GROUP_START,
  VI_HONORIFICS,
  VI_INSTITUTION_START,
  VI_NOT_REPORTING,
  VI_REPORTING_VERBS,
  VI_SOURCE_CITES,
  VI_SPEECH_NOUNS,
} from "./lexicon";
import {
  descriptive,
  hasName,
  hasVietnameseName,
  lower,
  ORG_FIRST_WORDS,
  parseViMention,
  startsWithTitle,
  tokenize,
} from "./mention";

/**
 * Reported speech in Vietnamese news prose. The speaker comes before the verb ("Thứ trưởng Lương Tam Quang nhấn
 * mạnh", "“...”, bà Hằng nói"), after "theo" ("Theo Thứ trưởng Lương Tam Quang, ..."), or after a speech noun
 * ("Đó là khẳng định của Thứ trưởng Lê Hoài Trung"). Titles, ranks and honorifics come before the name.
 */

export const L = "\\p{L}\\p{M}";
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

export function startsWithVerb(text: string): boolean {
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
