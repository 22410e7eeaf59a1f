import type { EventKind } from "@/lib/domain";
import { foldForSearch } from "@/lib/text";
import { findDates } from "../dates";
import type { EventMention } from "../events";
import { CITIES } from "../lexicon";
import { countryInVi } from "./lexicon";

const EVENT_NOUN =
  "(?:Hội nghị|hội nghị|Hội thảo|hội thảo|Diễn đàn|diễn đàn|Đối thoại|Phiên họp|phiên họp|Cuộc họp|cuộc họp|Họp báo|họp báo|Tuần lễ|Lễ kỷ niệm|Đại hội|Kỳ họp|kỳ họp)";
// Lower-case words inside an event's name: "Hội nghị Bộ trưởng ASEAN về An ninh mạng lần thứ 8".
const NAME_WORDS =
  "về|của|cấp|cao|bộ|trưởng|ngoại|giao|an|ninh|mạng|thường|kỳ|quốc|tế|trực|tuyến|đặc|biệt|toàn|thể|hẹp|thứ|các|nước|và|hợp|tác|chính|phủ";
const NAME_WORD = `(?:\\p{Lu}[\\p{L}\\p{M}-]*|[A-Z0-9]+(?:-\\d+)?|\\+\\d|${NAME_WORDS})`;
const EVENT_RE = new RegExp(
  `(?<![\\p{L}])(${EVENT_NOUN}(?:\\s+${NAME_WORD}){0,14})(?:\\s+lần\\s+thứ\\s+(\\d+|[IVX]+))?(?:\\s*\\(([^)]{2,30})\\))?(?:\\s+(?:tại|ở)\\s+((?:thủ đô\\s+)?\\p{Lu}[\\p{L}\\p{M}-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}-]*){0,2}))?`,
  "gu",
);
const FUTURE = /(?:sẽ|sắp|dự kiến)\s+(?:được\s+)?(?:diễn ra|tổ chức|khai mạc|tham dự|dự|họp)/u;

function classify(name: string): EventKind {
  const f = foldForSearch(name);
  if (/hoi dong bao an/.test(f)) return "unsc_open_debate";
  if (/cap cao/.test(f)) return "summit";
  if (/bo truong/.test(f)) return "ministerial_conference";
  if (/hop bao/.test(f)) return "press_conference";
  if (/ky hop|quoc hoi/.test(f)) return "parliamentary_session";
  if (/hoi nghi|dien dan|hoi thao|doi thoai|phien hop|cuoc hop|tuan le|dai hoi/.test(f))
    return "multilateral_meeting";
  return "other";
}

function romanToNumber(s: string): number {
  const v: Record<string, number> = { I: 1, V: 5, X: 10 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const a = v[s[i] ?? ""] ?? 0;
    const b = v[s[i + 1] ?? ""] ?? 0;
    total += a < b ? -a : a;
  }
  return total;
}

/** Events a Vietnamese sentence describes: "Hội nghị Bộ trưởng ASEAN về An ninh mạng lần thứ 8 (AMCC-8) tại Singapore". */
export function findEventsVi(text: string): EventMention[] {
  const out: EventMention[] = [];
  EVENT_RE.lastIndex = 0;
  for (let m = EVENT_RE.exec(text); m; m = EVENT_RE.exec(text)) {
    let name = (m[1] ?? "").replace(/\s+(?:của|về|và|các|thứ)$/u, "").trim();
    // A bare "hội nghị" or "cuộc họp" refers back to an event; it names none.
    const noun = new RegExp(`^${EVENT_NOUN}$`, "u");
    if (noun.test(name) && !m[2]) continue;
    name = name.charAt(0).toLocaleUpperCase("vi") + name.slice(1);
    const editionRaw = m[2] ?? null;
    const edition = editionRaw
      ? /^\d+$/.test(editionRaw)
        ? Number(editionRaw)
        : romanToNumber(editionRaw)
      : null;
    if (edition) name = `${name} lần thứ ${editionRaw}`;
    const abbreviation = m[3] && /^[A-Z0-9+-]+$/.test(m[3].trim()) ? m[3].trim() : null;
    if (abbreviation) name = `${name} (${abbreviation})`;
    const place = m[4]?.replace(/^thủ đô\s+/u, "") ?? null;
    const placeCountry = place ? countryInVi(place) : null;
    const city =
      place && !(placeCountry && foldForSearch(place).split(" ").length <= 2 && !CITIES[foldForSearch(place)])
        ? place
        : null;
    const end = m.index + m[0].length;
    const ahead = text.slice(end, end + 120);
    const date =
      findDates(ahead).find((d) => d.index < 60) ??
      findDates(text.slice(Math.max(0, m.index - 40), m.index)).at(-1) ??
      null;
    out.push({
      index: m.index,
      asWritten: m[0],
      name,
      edition,
      kind: classify(name),
      city,
      country: placeCountry ?? (city ? (CITIES[foldForSearch(city)] ?? null) : null),
      organiser: null,
      date,
      future: FUTURE.test(text.slice(Math.max(0, m.index - 60), end + 60)),
    });
  }
  return out;
}
