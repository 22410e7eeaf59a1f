/**
 * The people of Vietnamese text: everyone a sentence introduces (a title and a name, an honorific and a name, a
 * foreign official with a title), whether a later reference fits a title, the language of an article, and the
 * gender an honorific states.
 */
import { foldForSearch } from "@/lib/text";
import { escapeRe } from "../../text";
import { opensVietnameseName, VIETNAMESE_FAMILY_NAMES } from "../lexicon";
import type { NamedMention } from "../speakers";
import { L, startsWithVerb } from "./attribution";
import { VI_CAPITAL_TITLE_WORDS, VI_DESCRIPTORS, VI_NAME_BREAKERS, VI_PLACES, VI_TITLES } from "./lexicon";
import { descriptive, lower, NAME_TOKEN, parseViMention, startsWithTitle, tokenize } from "./mention";

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
