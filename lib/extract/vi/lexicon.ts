// Over 400 lines: a lexicon is data (word lists, one entry a line), not logic; splitting it would only scatter it.
import { foldForSearch } from "@/lib/text";

/** Word lists of Vietnamese news prose. Matched on NFC text, case-insensitively, unless said otherwise. */

/** Reporting verbs and phrases, longest first so that "nói thêm" wins over "nói". */
const VI_REPORTING_VERBS_WRITTEN = [
  "có bài phát biểu",
  "có phát biểu",
  "phát biểu",
  "cho biết",
  "cho hay",
  "cho rằng",
  "nói thêm",
  "nói rõ",
  "nói",
  "khẳng định",
  "tái khẳng định",
  "nhấn mạnh",
  "đề nghị",
  "kêu gọi",
  "nêu rõ",
  "nêu",
  "chia sẻ",
  "nhận định",
  "bày tỏ",
  "đánh giá",
  "mong muốn",
  "thông báo",
  "thảo luận",
  "trao đổi",
  "đề xuất",
  "lưu ý",
  "tuyên bố",
  "nhắc lại",
  "hoan nghênh",
  "cam kết",
  "yêu cầu",
  "giải thích",
  "ghi nhận",
  "khuyến nghị",
  "lên án",
  "phản đối",
  "bác bỏ",
  "cảnh báo",
  "chỉ rõ",
  "chỉ đạo",
  "đồng ý",
  "nhất trí",
  "cảm ơn",
  "cám ơn",
  "ủng hộ",
  // Verbs of news prose that report what someone said: "ông X thông tin", "bà Y trình bày", "X lý giải".
  "thông tin thêm",
  "thông tin",
  "trình bày",
  "báo cáo",
  "nhận xét",
  "tiết lộ",
  "bình luận",
  "lý giải",
  "phân tích",
  "thừa nhận",
  "kiến nghị",
  "hy vọng",
  "tin tưởng",
  "nhắn nhủ",
  "đề cập",
  "quán triệt",
  "khuyến cáo",
  "nhắc nhở",
  // Greetings and invitations are said too: "Bộ trưởng chúc mừng ...", "Việt Nam trân trọng mời ...".
  "chúc mừng",
  "chào mừng",
  "trân trọng mời",
  // Fourth round: the stance and reporting verbs of news prose at large, not only those the test sets showed.
  "chỉ ra",
  "chỉ thị",
  "gợi ý",
  "tâm sự",
  "giải đáp",
  "khuyến khích",
  "động viên",
  "biểu dương",
  "đánh giá cao",
  "hứa",
  "dự báo",
  "ước tính",
  "thổ lộ",
  "bộc bạch",
  "nhấn mạnh thêm",
  "đặt vấn đề",
  "nêu ý kiến",
  "kỳ vọng",
  "tin rằng",
  "hi vọng",
  "nhìn nhận",
  "trấn an",
  "giải trình",
  "phản hồi",
  "nêu bật",
  "ca ngợi",
  "khái quát",
  "nhắn gửi",
  "gửi gắm",
  "lo ngại",
  "quan ngại",
  "băn khoăn",
  "thẳng thắn chỉ ra",
  "xác định",
  "tán thành",
  "hối thúc",
  "thúc giục",
  "kêu gọi",
  "khuyên",
  "dặn dò",
  "căn dặn",
  "lưu ý rằng",
  "thông báo rằng",
  "bác bỏ",
  "phủ nhận",
  "khẳng định lại",
];
// Text typed without diacritics ("cho biet", "nhan manh") is read too: each verb also in its folded form.
export const VI_REPORTING_VERBS = [
  ...new Set([...VI_REPORTING_VERBS_WRITTEN, ...VI_REPORTING_VERBS_WRITTEN.map((v) => foldForSearch(v))]),
].sort((a, b) => b.length - a.length);

/** Phrases whose "nói" is not a reporting verb: "nói riêng", "nói chung" ("in particular", "in general"). */
export const VI_NOT_REPORTING =
  /^(?:nói\s+(?:riêng|chung)|thông tin\s+(?:về|điện tử|đối ngoại|và)|báo cáo\s+(?:viên|tổng kết|tại|chính trị|của)|phân tích\s+(?:dữ liệu|chính sách))/iu;

/** Nouns of reported speech followed by "của" + speaker: "Đó là khẳng định của Thứ trưởng ...". */
export const VI_SPEECH_NOUNS = [
  "ý kiến chỉ đạo",
  "chỉ đạo",
  "khẳng định",
  "phát biểu",
  "nhận định",
  "ý kiến",
  "chia sẻ",
  "quan điểm",
  "đánh giá",
  "tuyên bố",
];

/** Words between the speaker and the verb: "bà Hằng hôm nay cho biết", "Ông cũng đề nghị". */
export const VI_ADVERBS = [
  "cũng đã",
  "cũng",
  "đã",
  "còn",
  "vẫn",
  "tiếp tục",
  "đồng thời",
  "thêm",
  "lại",
  "vừa",
  "hôm nay",
  "hôm qua",
  "khi đó",
  "một lần nữa",
  "mới đây",
  "trước đó",
  "sau đó",
  "đều",
  "thì",
  "cũng từng",
  "từng",
];

/** Honorifics before a name; alone they are a pronoun ("Ông cho biết": "He said"). */
export const VI_HONORIFICS: Record<string, "male" | "female" | null> = {
  ông: "male",
  bà: "female",
  ong: "male",
  ba: "female",
  "đồng chí": null,
  ngài: null,
};

/** Military and police ranks, kept as written (the record keeps its language). */
export const VI_RANKS = [
  "đại tướng",
  "thượng tướng",
  "trung tướng",
  "thiếu tướng",
  "đại tá",
  "thượng tá",
  "trung tá",
  "thiếu tá",
  "chuẩn đô đốc",
  "phó đô đốc",
  "đô đốc",
];

/**
 * Titles that can open a reference ("Thứ trưởng Quang", "Bộ trưởng", "Người phát ngôn Bộ Ngoại giao"), longest
 * first. A title continues with organisation words ("Bộ Công an", "Ngoại giao", "Việt Nam tại Liên hợp quốc").
 */
export const VI_TITLES = [
  "phó thủ tướng thường trực",
  "phó thủ tướng",
  "thủ tướng chính phủ",
  "thủ tướng",
  "thứ trưởng thường trực",
  "thứ trưởng thứ nhất",
  "thứ trưởng",
  "bộ trưởng",
  "ngoại trưởng",
  "phó chủ tịch nước",
  "phó chủ tịch quốc hội",
  "phó chủ tịch",
  "chủ tịch nước",
  "chủ tịch quốc hội",
  "chủ tịch",
  "tổng bí thư",
  "bí thư",
  "tổng thống",
  "phó tổng thống",
  "thủ tướng",
  "đại sứ",
  "phó đại sứ",
  "đại biện lâm thời",
  "đại biện",
  "trưởng phái đoàn thường trực",
  "trưởng phái đoàn đại diện thường trực",
  "trưởng phái đoàn",
  "trưởng đoàn",
  "người phát ngôn",
  "phát ngôn viên",
  // "Bà X, Phát ngôn Bộ Ngoại giao": the press's short form of the same post.
  "phát ngôn",
  "người đứng đầu",
  "đại diện thường trực",
  "phó trưởng ban",
  "trưởng ban",
  "chánh văn phòng",
  "phó chánh văn phòng",
  "cục trưởng",
  "phó cục trưởng",
  "vụ trưởng",
  "phó vụ trưởng",
  "giám đốc",
  "tổng giám đốc",
  "tổng thư ký",
  "ủy viên bộ chính trị",
  "ủy viên trung ương đảng",
  "nhà ngoại giao",
  "quan chức",
  "đại diện",
  "đại biểu quốc hội",
  "đại biểu",
  "chủ nhiệm",
  "phó chủ nhiệm",
  "tư lệnh",
  "phó tư lệnh",
  "chính ủy",
  "chính uỷ",
  "viện trưởng",
  "phó viện trưởng",
  "chánh án",
  "thống đốc",
  "phó thống đốc",
  "tổng kiểm toán",
  "tổng thanh tra",
  "phó tổng thanh tra",
  "chánh thanh tra",
  "tổng cục trưởng",
  "phó tổng cục trưởng",
  "tổng lãnh sự",
  "lãnh sự",
  "tham tán",
  "trưởng phòng",
  "phó trưởng phòng",
  "phó giám đốc",
  "phó tổng giám đốc",
  "phó bí thư",
  "phó tổng thư ký",
  "tổng tham mưu trưởng",
  "phó tổng tham mưu trưởng",
  "phó trưởng ban",
  "phó ban",
  "phó trưởng phái đoàn",
  "phó đại diện thường trực",
  "trưởng đại diện",
  "thư ký",
  "trợ lý",
  "bí thư thứ nhất",
  "hiệu trưởng",
  "giáo sư",
  "phó giáo sư",
  "tiến sĩ",
  "thạc sĩ",
  "gs.ts",
  "pgs.ts",
  "gs",
  "pgs",
  "ts",
  "ths",
  ...VI_RANKS,
].sort((a, b) => b.length - a.length);

/**
 * Lower-case words that belong inside a title or an organisation name ("Thứ trưởng Bộ ngoại giao", "người phát
 * ngôn Bộ Ngoại giao", "Trưởng phái đoàn đại diện thường trực Việt Nam tại Liên hợp quốc"): a speaker's
 * description may run over them, not over other words.
 */
export const VI_TITLE_WORDS = new Set(
  [
    ...VI_TITLES.flatMap((t) => t.split(" ")),
    "bộ",
    "ngoại",
    "giao",
    "công",
    "an",
    "quốc",
    "phòng",
    "nội",
    "vụ",
    "tài",
    "chính",
    "tư",
    "pháp",
    "y",
    "tế",
    "giáo",
    "dục",
    "thông",
    "tin",
    "truyền",
    "và",
    "kiêm",
    "phụ",
    "trách",
    "mạng",
    "ninh",
    "tại",
    "của",
    "liên",
    "hợp",
    "hội",
    "đồng",
    "bảo",
    "lâm",
    "thời",
    "ủy",
    "ban",
    "viên",
    "trung",
    "ương",
    "đảng",
    "nước",
    "phủ",
    "ngành",
    "thường",
    "trực",
    "nhất",
    "kế",
    "hoạch",
    "đầu",
    "tư",
    "công",
    "thương",
    "nông",
    "nghiệp",
    "khoa",
    "học",
    "lao",
    "động",
    "cấp",
    "cao",
    // Words of organisation names after a title: "Chủ tịch UBND tỉnh Quảng Ninh", "Viện trưởng Viện Kiểm sát
    // nhân dân tối cao", "Thống đốc Ngân hàng Nhà nước", "Chủ nhiệm Ủy ban Kinh tế của Quốc hội".
    "tỉnh",
    "thành",
    "phố",
    "huyện",
    "quận",
    "phường",
    "xã",
    "ubnd",
    "hđnd",
    "uỷ",
    "tối",
    "kiểm",
    "sát",
    "toà",
    "tòa",
    "án",
    "viện",
    "kinh",
    "ngân",
    "hàng",
    "nhà",
    "tham",
    "mưu",
    "quân",
    "khu",
    "đội",
    "nhiệm",
    "lệnh",
    "thanh",
    "tra",
    "toán",
    "tuyên",
    "đối",
    "vận",
    "tổ",
    "chức",
    "mặt",
    "trận",
    "lãnh",
    "sự",
    "văn",
    "môi",
    "trường",
    "nguyên",
    "tải",
    "xây",
    "dựng",
    "hóa",
    "hoá",
    "thể",
    "thao",
    "du",
    "lịch",
    "binh",
    "nghệ",
    "tộc",
    "tôn",
    "cảnh",
    "biên",
    "hải",
    "quan",
    "thuế",
    "hành",
    "điều",
    "sư",
    "đoàn",
    "học",
    "viện",
    "đại",
    "tham",
    "tán",
    "sĩ",
    "giáo",
    "thư",
    "ký",
    "lý",
    "trợ",
    "sở",
    "cục",
    "tổng",
    "ban",
    "phó",
    "thống",
    "đốc",
  ].flatMap((w) => [w.toLowerCase(), foldForSearch(w)]),
);

/** Words that start a plural or collective subject: never one official. */
export const VI_GROUP_START =
  /^(?:các|những|hai|2|3|4|5|nhiều|toàn thể|cả hai|phía|đại diện các|lãnh đạo các|một số|mọi|đoàn|phóng viên|giới)(?=\s|$)/iu;

/** Subjects that are an institution or a meeting, not a person. */
export const VI_INSTITUTION_START =
  /^(?:Bộ|Ủy ban|Chính phủ|Quốc hội|Đại sứ quán|Hội nghị|Hội đồng|Cuộc họp|Tuyên bố|Thông cáo|Ban|Cục|Vụ|Sở|Văn phòng|Liên hợp quốc|ASEAN|Hiệp hội)(?=\s|$)/u;

/** Phrases after "theo" that cite a source, not a speaker ("theo Zing", "Theo phóng viên TTXVN"). */
export const VI_SOURCE_CITES =
  /^(?:phóng viên|PV|báo|hãng|đài|nguồn|thông cáo|TTXVN|VNA|Zing|Vietnam\+|Reuters|AFP|AP|đó|dõi|quy định|kế hoạch)(?=\s|$|[,.])/iu;

/** Descriptors standing for a post: "Người đứng đầu Chính phủ" is the Prime Minister. */
/** Matched on folded text. */
export const VI_DESCRIPTORS: Array<[RegExp, string[]]> = [
  [/^nguoi dung dau chinh phu/, ["thu tuong"]],
  [/^nguoi dung dau nganh ngoai giao/, ["bo truong ngoai giao", "ngoai truong", "bo truong bo ngoai giao"]],
  [/^nguoi dung dau bo cong an/, ["bo truong bo cong an"]],
  [/^nguoi dung dau nha nuoc/, ["chu tich nuoc"]],
  [/^ngoai truong/, ["bo truong ngoai giao", "ngoai truong", "bo truong bo ngoai giao"]],
  [/^nha ngoai giao/, [""]],
  [/^quan chuc/, [""]],
];

/** Country names as Vietnamese writes them, folded, to ISO alpha-2. Single words that are also given names are left out. */
export const VI_COUNTRIES: Array<[string, string]> = [
  ["viet nam", "VN"],
  ["hoa ky", "US"],
  ["trung quoc", "CN"],
  ["nhat ban", "JP"],
  ["han quoc", "KR"],
  ["trieu tien", "KP"],
  ["thai lan", "TH"],
  ["campuchia", "KH"],
  ["lao", "LA"],
  ["indonesia", "ID"],
  ["malaysia", "MY"],
  ["singapore", "SG"],
  ["xin-ga-po", "SG"],
  ["philippines", "PH"],
  ["phi-lip-pin", "PH"],
  ["myanmar", "MM"],
  ["an do", "IN"],
  ["australia", "AU"],
  ["lien bang nga", "RU"],
  ["phap", "FR"],
  ["dai loan", "TW"],
  ["ukraine", "UA"],
  ["brunei", "BN"],
  ["niger", "NE"],
];

/** The first country a Vietnamese phrase names, as ISO alpha-2. */
// "Bộ Tư pháp", "Hiến pháp", "biện pháp", "giải pháp": "pháp" after these is law or method, not France (checked
// with diacritics: folded, "Tư pháp" would be "từ Pháp", from France).
const PHAP_COMPOUND =
  /(?<![\p{L}\p{M}])((?:[Tt]ư|[Hh]iến|[Bb]iện|[Pp]hương|[Ll]ập|[Hh]ành|[Gg]iải|[Tt]hi)\s+)[Pp]háp(?![\p{L}\p{M}])/gu;

export function countryInVi(phrase: string): string | null {
  const folded = ` ${foldForSearch(phrase.replace(PHAP_COMPOUND, "$1phapx")).replace(/[^a-z0-9-]+/g, " ")} `;
  let best: { at: number; code: string } | null = null;
  for (const [name, code] of VI_COUNTRIES) {
    let at = folded.indexOf(` ${name} `);
    // "Vụ Pháp chế", "Pháp luật": the word for France also begins words of law.
    while (name === "phap" && at >= 0 && /^ (?:che|luat|ly|quyen|dien|nhan)\b/.test(folded.slice(at + 5)))
      at = folded.indexOf(` ${name} `, at + 1);
    if (at >= 0 && (!best || at < best.at)) best = { at, code };
  }
  // "Mỹ" (the US) only with its diacritic: folded it is the English "my".
  const my = /(?<!\p{L})Mỹ(?!\p{L})/u.exec(phrase);
  if (my && (!best || best.at > foldForSearch(phrase.slice(0, my.index)).length)) return "US";
  return best?.code ?? null;
}

/**
 * Place names that begin like a person's name ("Hà Nội", "Hồ Chí Minh" the city): never the start of a speaker.
 * Compared folded.
 */
export const VI_PLACES = new Set([
  "ha noi",
  "ha long",
  "ha tinh",
  "ha giang",
  "ha nam",
  "thanh pho ho chi minh",
]);

/** Capitalised words that open a title or an organisation, never a family name ("Đảng", "Tổng", "Đại"). */
export const VI_CAPITAL_TITLE_WORDS = new Set(
  [
    "Đảng",
    "Tổng",
    "Đại",
    "Thứ",
    "Bộ",
    "Phó",
    "Chủ",
    "Ủy",
    "Công",
    "Hội",
    "Liên",
    "Quốc",
    "Ban",
    "Sở",
    "Viện",
    "Tòa",
    "Tỉnh",
    "Thành",
    "Cục",
    "Vụ",
    "Thượng",
    "Thiếu",
    "Người",
    "Trưởng",
    "Chánh",
    "Ngoại",
    "Thủ",
    "Chính",
    "Nhà",
    "Việt",
    "Hoa",
    "Mỹ",
    "Cộng",
  ].map((w) => w.toLowerCase()),
);

/** Capitalised words that end a name when they follow it: the start of a title ("... Lương Tam Quang Thứ trưởng"). */
export const VI_NAME_BREAKERS = new Set([
  "thứ",
  "bộ",
  "phó",
  "đại",
  "tổng",
  "chủ",
  "người",
  "trưởng",
  "ủy",
  "thủ",
]);

/**
 * A Vietnamese syllable, folded: an optional initial consonant cluster, one to three vowels, an optional final.
 * A name whose words are not all syllables like this is not a Vietnamese name ("Sugiono", "Wendy Sherman").
 */
export const VI_SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;

export function looksVietnameseName(tokens: string[]): boolean {
  return tokens.length > 0 && tokens.every((t) => VI_SYLLABLE.test(foldForSearch(t)));
}

/** Post nouns that begin an organisation inside a title: "Thứ trưởng Bộ Công an" -> "Bộ Công an". */
export const VI_ORGANISATION_START = /(?<!\p{L})(Bộ|Ủy ban|Ban|Văn phòng|Cục|Vụ|Phái đoàn)(?!\p{L})/u;

/**
 * Vietnamese terms of the codebook's fields, folded, with English words the topic matcher reads alongside them:
 * the codebook is written in English, so a Vietnamese statement is matched through these.
 */
export const VI_TOPIC_GLOSSARY: Array<[string, string]> = [
  ["an ninh mang", "cyber security cybersecurity"],
  ["khong gian mang", "cyberspace cyber"],
  ["toi pham mang", "cybercrime cyber crime"],
  ["toi pham cong nghe cao", "cybercrime high-tech crime"],
  ["toi pham xuyen quoc gia", "transnational crime"],
  ["toi pham", "crime"],
  ["khung bo", "terrorism"],
  ["ma tuy", "drugs narcotics"],
  ["buon ban nguoi", "human trafficking"],
  ["bien dong", "east sea south china sea maritime"],
  ["chu quyen", "sovereignty"],
  ["toan ven lanh tho", "territorial integrity"],
  ["gin giu hoa binh", "peacekeeping"],
  ["hoa binh", "peace"],
  ["bien doi khi hau", "climate change"],
  ["hang hai", "maritime navigation"],
  ["luat phap quoc te", "international law"],
  ["da phuong", "multilateralism multilateral"],
  ["nhan quyen", "human rights"],
  ["giai tru vu khi", "disarmament"],
  ["hat nhan", "nuclear"],
  ["thuong mai", "trade"],
  ["dau tu", "investment"],
  ["quoc phong", "defence defense"],
  ["doi thoai", "dialogue"],
  ["lien hop quoc", "united nations"],
  ["hoi dong bao an", "security council"],
  ["chuyen doi so", "digital transformation"],
  ["kinh te so", "digital economy"],
  ["bao ho cong dan", "citizen protection consular"],
  ["nhan dao", "humanitarian"],
  ["xung dot", "conflict"],
  ["bom min", "landmines unexploded ordnance"],
];

/** English words for the Vietnamese terms a text uses, for topic suggestions; empty for other text. */
export function glossaryWords(text: string): string {
  const folded = ` ${foldForSearch(text).replace(/[^a-z0-9]+/g, " ")} `;
  return VI_TOPIC_GLOSSARY.filter(([term]) => folded.includes(` ${term} `))
    .map(([, words]) => words)
    .join(" ");
}

/**
 * Vietnamese title words in English, folded, longest first: enough to link "Thứ trưởng Bộ Công an" to a stored
 * role "Deputy Minister of Public Security" (roles are stored in their English form, like names).
 */
const VI_TITLE_TRANSLATIONS: Array<[string, string]> = [
  ["pho thu tuong thuong truc", "permanent deputy prime minister"],
  ["pho thu tuong", "deputy prime minister"],
  ["thu tuong", "prime minister"],
  ["thu truong thuong truc", "permanent deputy minister"],
  ["thu truong", "deputy minister"],
  ["bo truong", "minister"],
  ["ngoai truong", "foreign minister"],
  ["pho chu tich nuoc", "vice president"],
  ["chu tich nuoc", "president"],
  ["chu tich quoc hoi", "national assembly chairman"],
  ["tong bi thu", "party general secretary"],
  ["nguoi phat ngon", "spokesperson"],
  ["pho dai su", "deputy ambassador"],
  ["dai su", "ambassador"],
  ["truong phai doan dai dien thuong truc", "permanent representative"],
  ["truong phai doan thuong truc", "permanent representative"],
  ["dai dien thuong truc", "permanent representative"],
  ["bo cong an", "public security"],
  ["bo ngoai giao", "foreign affairs"],
  ["bo quoc phong", "national defence"],
  ["bo cong thuong", "industry and trade"],
  ["ngoai giao", "foreign affairs"],
  ["cong an", "public security"],
  ["quoc phong", "national defence"],
  ["cong thuong", "industry and trade"],
  ["lien hop quoc", "un"],
  ["viet nam", "vietnam"],
  ["tai", "to"],
];

/** A Vietnamese title in English words, for matching stored roles; other text is returned folded. */
export function translateTitleVi(title: string): string {
  let t = ` ${foldForSearch(title)
    .replace(/[^a-z0-9 ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()} `;
  for (const [vi, en] of VI_TITLE_TRANSLATIONS) t = t.replaceAll(` ${vi} `, ` ${en} `);
  return t.trim();
}
