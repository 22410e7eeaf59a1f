/**
 * The structure of an article's text before any sentence is read: which paragraph is the headline, a caption, a
 * subheading, the dateline or prose, and the markers news prose carries (datelines, outlet codes, end markers).
 */
import type { Span } from "./sentences";

export type ParagraphKind = "title" | "heading" | "boilerplate" | "dateline" | "caption" | "prose";

// "Moscow (VNA) –", "Moscow, November 8 (NDO/VNA) -", "Hà Nội (TTXVN) –": city, date, agency marker.
export const DATELINE =
  /^(?:([\p{Lu}][\p{L} .'-]{1,40}?)(?:,\s*((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\/\d{1,2}(?:\/\d{4})?))?,?\s*)?\(?([A-Z]{2,}(?:\/[A-Z]{2,})?)\)?\s*[-–—]\s+/u;

/** Agency and paper codes of datelines, spelt out as the stored sources name them. */
const OUTLET_CODES: Record<string, string> = {
  VNA: "Vietnam News Agency (VNA)",
  NDO: "Nhan Dan Online (NDO)",
  VOV: "Voice of Vietnam (VOV)",
  VNS: "Viet Nam News (VNS)",
  VGP: "Government News (VGP)",
  SGGP: "Saigon Giai Phong (SGGP)",
  QDND: "People's Army Newspaper (QDND)",
  TTXVN: "Thông tấn xã Việt Nam (TTXVN)",
  VOVWORLD: "VOV World (VOVWORLD)",
};

/** "NDO/VNA" -> "Nhan Dan Online (NDO) / Vietnam News Agency (VNA)"; null unless every code is known. */
export function outletFromMarker(marker: string): string | null {
  const names = marker.split("/").map((code) => OUTLET_CODES[code]);
  return names.every((n) => n !== undefined) ? names.join(" / ") : null;
}
const BOILERPLATE =
  /^(?:[\s|:·•]|Font Size|Print|Share|Email|Tweet|Facebook|Twitter|Zalo|A\+|A-|Back|Top)*$/i;
const CAPTION =
  /\((?:Photo|Image|Source)\s*:|\bPhoto:\s|\(Photo\b|\(Ảnh\b|(?<!\p{L})Ảnh\s*:|Nguồn ảnh|\bảnh \d+\s*$/iu;
/** "...: Ambassador", "...: Deputy FM Dung", "...: Bộ trưởng Bùi Thanh Sơn" at the end of a headline. */
// Lower-case posts too: "...: official", "...: trade minister".
const TAG_WORD = `(?:[\\p{Lu}][\\p{L}\\p{M}.'-]*|of|and|the|for|thứ|trưởng|tướng|tịch|sứ|thư|ngoại|giao|phát|ngôn|official|minister|deputy|ambassador|spokesperson|spokesman|spokeswoman|diplomat|envoy|trade|foreign|defence|defense)`;
export const HEADLINE_TAG = new RegExp(`[:|]\\s*(${TAG_WORD}(?:\\s+${TAG_WORD}){0,7})\\s*$`, "u");
/** "Thủ tướng: Thể chế đang là ...", "Ambassador Giang: Vietnam backs ...": a headline that opens with its speaker. */
export const HEADLINE_LEAD = new RegExp(`^\\s*(${TAG_WORD}(?:\\s+${TAG_WORD}){0,7})\\s*:\\s*(?=\\S)`, "u");
/**
 * In Vietnamese the speaker before the colon is written in syllables, most of them lower case ("Phó Thủ tướng
 * Chính phủ Trần Hồng Hà:", "Chủ tịch Quốc hội Vương Đình Huệ:"): any twelve words, which the speaker's own
 * parse then has to accept whole.
 */
export const HEADLINE_LEAD_VI = /^\s*([^\s:"“”][^:"“”]{0,90}?)\s*:\s*(?=\S)/u;
export const END_MARKER = /\.\/\.\s*$/;
// Also the items of an enumeration: "Hai là, ...", "Định hướng lớn thứ hai là ...".
export const CONNECTIVE_VI =
  /^(?:(?:Tuy nhiên|Do đó|Vì vậy|Vì thế|Ngoài ra|Bên cạnh đó|Đồng thời|Cụ thể|Mặt khác|Thứ nhất|Thứ hai|Thứ ba|Thứ tư|Thứ năm|Trong đó|Qua đó|Từ đó|Theo đó|Do vậy|Bởi vậy|Như vậy|Hơn nữa|Cuối cùng|(?:Một|Hai|Ba|Bốn|Năm|Sáu) là)(?![\p{L}])|[^,.;:"]{1,40}?\sthứ (?:hai|ba|tư|năm|sáu) là(?![\p{L}])|"|')/u;
export const CONNECTIVE =
  /^(?:First(?: of all)?|Second(?:ly)?|Third(?:ly)?|Finally|However|Therefore|Thus|Hence|Moreover|Furthermore|In addition|Additionally|Besides|At the same time|Also|Accordingly|Consequently|In particular|Specifically|Notably|Similarly|Likewise|In this regard|In that spirit|To that end|Further|Meanwhile, (?:he|she)|"|')\b/;

export function paragraphKind(p: Span, index: number, last: boolean): ParagraphKind {
  if (BOILERPLATE.test(p.text) || !/\p{L}{2}/u.test(p.text)) return "boilerplate";
  // A closing quotation mark ends nothing by itself: 'Thủ tướng: Thể chế là "đột phá của đột phá"' is a headline.
  const unterminated = !/[.!?…:]["']?$/.test(p.text);
  if (index === 0 && unterminated && p.text.length <= 250) return "title";
  if (CAPTION.test(p.text)) return "caption";
  // A short line with no full stop inside the article is a subheading or a teaser of another story, not prose;
  // the last line of a text is rather a sentence the scrape cut off.
  if (index > 0 && !last && unterminated && p.text.length <= 120 && !/"/.test(p.text)) return "heading";
  if (p.text.length < 60 && /^\D{0,20}\d{4}-\d{2}-\d{2}/.test(p.text)) return "dateline";
  return "prose";
}

// "Deputy Prime Minister X chairs the meeting. (Photo: VNA) Chairing a meeting ..., Dung said ...": a scrape
// often glues a photo's caption to the paragraph it stood beside. The marker closes the caption.
const CAPTION_MARKER = /\((?:Photo|Image|Source|Ảnh|Nguồn)\s*:[^()]{1,80}\)/giu;
// The caption is the last sentence before its marker: "... prose. Minister X speaks. (Photo: VNA)".
const SENTENCE_BREAK = /[.!?]["”’]?\s+(?=["“]?\p{Lu})/gu;

/**
 * Paragraphs with a caption glued to them split in two or three: the prose before the caption, the caption up to
 * and including its marker, the prose after it. Offsets stay those of the text, so evidence stays exact.
 */
export function splitCaptions(paragraphs: Span[]): Span[] {
  const out: Span[] = [];
  const push = (p: Span, from: number, to: number) => {
    const piece = p.text.slice(from, to);
    const lead = piece.length - piece.trimStart().length;
    const text = piece.trim();
    if (text) out.push({ start: p.start + from + lead, end: p.start + from + lead + text.length, text });
  };
  for (const p of paragraphs) {
    let from = 0;
    CAPTION_MARKER.lastIndex = 0;
    for (let m = CAPTION_MARKER.exec(p.text); m; m = CAPTION_MARKER.exec(p.text)) {
      const end = m.index + m[0].length;
      const after = p.text.slice(end).trim();
      // A marker that ends its paragraph, or with too little after it to be prose, leaves the paragraph a caption.
      if (after.length < 40 || !/^["“]?\p{Lu}/u.test(after)) continue;
      let captionStart = from;
      SENTENCE_BREAK.lastIndex = from;
      for (let b = SENTENCE_BREAK.exec(p.text); b && b.index < m.index; b = SENTENCE_BREAK.exec(p.text))
        captionStart = b.index + b[0].length;
      push(p, from, captionStart);
      push(p, captionStart, end);
      from = end;
    }
    if (from === 0) out.push(p);
    else push(p, from, p.text.length);
  }
  return out;
}
