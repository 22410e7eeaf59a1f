/**
 * Deterministic synthetic position records for scale testing: `npm run seed:synthetic -- --count 100000`
 * adds that many records (with speakers, roles, organisations, events, sources, topics, coded positions and a
 * few annotations) to the database at DATABASE_PATH. The same --seed and --count always give the same rows. Names carry
 * Vietnamese diacritics, dates come in every precision, and each record's evidence really is a slice of its
 * source's raw text, so the data satisfies every constraint the curated seeds do.
 *
 * Shapes that compare and timeline depend on: each speaker holds one to four roles in succession (a statement
 * points at the role held on its date); about 40% of the records on cyber topics are coded on one to four of
 * the curated propositions (fewer on the neighbouring topics: sovereignty, the UN, developing countries,
 * terrorism), mostly with a stance and sometimes `ambiguous`, `no_position` or `not_addressed`; each proposition
 * has a trend over the years, and about a quarter of the speakers drift on top of it, so 2018 and 2024 differ.
 *
 * Loading runs in one transaction with the search-index triggers suspended; the derived tables are rebuilt in
 * bulk at the end (db/queries/position-index.ts `withIndexTriggersSuspended`), which is several times faster
 * than maintaining them row by row and leaves them exactly as the triggers would.
 */
import { createHash } from "node:crypto";
import type { Db } from "@/db/client";
import { withIndexTriggersSuspended } from "@/db/queries/position-index";
import type { DatePrecision, EventKind, PositionStatus, StatementMode } from "@/db/schema";
import { lastDayOfMonth } from "@/lib/dates";
import { slugify } from "@/lib/text";

/** Bump when the generator's output changes, so cached benchmark databases are rebuilt. */
export const SYNTHETIC_VERSION = 3;

/** mulberry32: small, fast, and the same on every platform. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAMILY = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Hoàng",
  "Huỳnh",
  "Phan",
  "Vũ",
  "Võ",
  "Đặng",
  "Bùi",
  "Đỗ",
  "Hồ",
  "Ngô",
  "Dương",
  "Lý",
];
const MIDDLE = [
  "Văn",
  "Thị",
  "Hữu",
  "Đức",
  "Thanh",
  "Minh",
  "Quốc",
  "Hồng",
  "Xuân",
  "Ngọc",
  "Thế",
  "Công",
  "Đình",
  "Kim",
];
const GIVEN = [
  "Nam",
  "Giang",
  "Hùng",
  "Dũng",
  "Long",
  "Lâm",
  "Sơn",
  "Hải",
  "Hà",
  "Hương",
  "Lan",
  "Tuấn",
  "Cường",
  "Phúc",
  "Thắng",
  "Đạt",
  "Bình",
  "Khánh",
  "Quang",
  "Trung",
  "Mẫn",
  "Diên",
  "Thảo",
  "Vượng",
];

const ORGS: { slug: string; name: string; nativeName: string; kind: string }[] = [
  { slug: "syn-mofa", name: "Ministry of Foreign Affairs", nativeName: "Bộ Ngoại giao", kind: "ministry" },
  { slug: "syn-mps", name: "Ministry of Public Security", nativeName: "Bộ Công an", kind: "ministry" },
  { slug: "syn-mod", name: "Ministry of National Defence", nativeName: "Bộ Quốc phòng", kind: "ministry" },
  {
    slug: "syn-mic",
    name: "Ministry of Information and Communications",
    nativeName: "Bộ Thông tin và Truyền thông",
    kind: "ministry",
  },
  {
    slug: "syn-moit",
    name: "Ministry of Industry and Trade",
    nativeName: "Bộ Công Thương",
    kind: "ministry",
  },
  { slug: "syn-mof", name: "Ministry of Finance", nativeName: "Bộ Tài chính", kind: "ministry" },
  {
    slug: "syn-moet",
    name: "Ministry of Education and Training",
    nativeName: "Bộ Giáo dục và Đào tạo",
    kind: "ministry",
  },
  { slug: "syn-na", name: "National Assembly", nativeName: "Quốc hội", kind: "legislature" },
  { slug: "syn-gov", name: "Government of Viet Nam", nativeName: "Chính phủ", kind: "government" },
  {
    slug: "syn-un-mission",
    name: "Permanent Mission of Viet Nam to the United Nations",
    nativeName: "Phái đoàn thường trực Việt Nam tại Liên Hợp Quốc",
    kind: "un_mission",
  },
  {
    slug: "syn-cpv",
    name: "Central Committee of the Communist Party of Viet Nam",
    nativeName: "Ban Chấp hành Trung ương Đảng",
    kind: "party_body",
  },
  {
    slug: "syn-sbv",
    name: "State Bank of Viet Nam",
    nativeName: "Ngân hàng Nhà nước Việt Nam",
    kind: "agency",
  },
];
const TITLES: Record<string, string[]> = {
  "syn-mofa": [
    "Minister of Foreign Affairs",
    "Deputy Minister of Foreign Affairs",
    "Ambassador",
    "Spokesperson",
  ],
  "syn-mps": [
    "Minister of Public Security",
    "Deputy Minister of Public Security",
    "Director of the Cyber Security Department",
  ],
  "syn-mod": ["Minister of National Defence", "Deputy Minister of National Defence"],
  "syn-mic": [
    "Minister of Information and Communications",
    "Deputy Minister of Information and Communications",
  ],
  "syn-moit": ["Minister of Industry and Trade", "Deputy Minister of Industry and Trade"],
  "syn-mof": ["Minister of Finance", "Deputy Minister of Finance"],
  "syn-moet": ["Minister of Education and Training"],
  "syn-na": ["Chairman of the National Assembly", "Vice Chairman of the National Assembly", "Deputy"],
  "syn-gov": ["Prime Minister", "Deputy Prime Minister"],
  "syn-un-mission": ["Permanent Representative to the United Nations", "Deputy Permanent Representative"],
  "syn-cpv": [
    "General Secretary",
    "Politburo member",
    "Head of the Central Commission for External Relations",
  ],
  "syn-sbv": ["Governor of the State Bank", "Deputy Governor of the State Bank"],
};
const RANKS = ["Senior Lieutenant General", "Lieutenant General", "Major General", "Colonel"];

const PLACES: { city: string; country: string }[] = [
  { city: "Hanoi", country: "VN" },
  { city: "Ho Chi Minh City", country: "VN" },
  { city: "Da Nang", country: "VN" },
  { city: "New York", country: "US" },
  { city: "Geneva", country: "CH" },
  { city: "Moscow", country: "RU" },
  { city: "Beijing", country: "CN" },
  { city: "Tokyo", country: "JP" },
  { city: "Jakarta", country: "ID" },
  { city: "Singapore", country: "SG" },
  { city: "Vientiane", country: "LA" },
  { city: "Phnom Penh", country: "KH" },
  { city: "Paris", country: "FR" },
  { city: "Vienna", country: "AT" },
];
const KINDS: { kind: EventKind; weight: number; names: string[] }[] = [
  { kind: "unsc_open_debate", weight: 3, names: ["Security Council open debate on {t}"] },
  { kind: "unsc_briefing", weight: 2, names: ["Security Council briefing on {t}"] },
  { kind: "unga_plenary", weight: 2, names: ["General Assembly plenary debate on {t}"] },
  { kind: "unga_committee", weight: 2, names: ["First Committee thematic debate on {t}"] },
  {
    kind: "multilateral_meeting",
    weight: 6,
    names: ["ASEAN Regional Forum meeting on {t}", "Meeting of heads of security agencies on {t}"],
  },
  { kind: "ministerial_conference", weight: 4, names: ["ASEAN ministerial conference on {t}"] },
  { kind: "summit", weight: 2, names: ["ASEAN Summit", "East Asia Summit"] },
  { kind: "bilateral_talks", weight: 6, names: ["Bilateral talks on {t}"] },
  { kind: "press_conference", weight: 8, names: ["Regular press briefing", "Press conference on {t}"] },
  {
    kind: "domestic_meeting",
    weight: 8,
    names: ["Government conference on {t}", "National conference on {t}"],
  },
  { kind: "parliamentary_session", weight: 6, names: ["National Assembly question session on {t}"] },
  { kind: "interview", weight: 3, names: ["Interview with Vietnam News Agency"] },
  { kind: "other", weight: 1, names: ["Forum on {t}"] },
];

/** Phrases per curated topic slug, so that a record's words match its topics. */
const TOPIC_PHRASES: Record<string, string[]> = {
  "cyber-security": ["cyber security", "a safe and secure cyberspace"],
  "cyber-threats": ["emerging cyber threats", "malicious cyber activities"],
  cybercrime: ["the fight against cybercrime", "transnational cybercrime"],
  "critical-infrastructure": ["the protection of critical information infrastructure"],
  "cyber-norms": ["norms of responsible state behaviour in cyberspace"],
  "capacity-building": ["capacity building for developing countries"],
  "incident-cooperation": ["exchange of information on cyber incidents", "joint drills"],
  "national-cyber-law": ["the Law on Cyber Security", "national legislation on cyberspace"],
  "digital-governance": ["digital transformation", "governance of the digital economy"],
  terrorism: ["the fight against terrorism", "countering violent extremism"],
  "sovereignty-non-interference": ["respect for sovereignty and non-interference", "national sovereignty"],
  "international-cooperation": ["international cooperation", "multilateral cooperation"],
  "role-of-un": ["the central role of the United Nations"],
  "un-security-council": ["the work of the Security Council"],
  "international-law": ["international law and the UN Charter", "peaceful settlement of disputes"],
  "conflict-prevention": ["conflict prevention", "preventive diplomacy"],
  "developing-countries": ["the interests of developing countries"],
  technology: ["science and technology", "new technologies"],
  education: ["education and training", "vocational training"],
  "press-media": ["the role of the press", "information and media"],
  trade: ["trade and investment", "supply chains"],
  "public-finance": ["public finance", "the state budget"],
  "public-security": ["social order and safety", "public security"],
  "legislative-oversight": ["legislative oversight", "the supervision of the National Assembly"],
};
const VERBS = [
  "stressed",
  "emphasised",
  "reaffirmed",
  "called for",
  "highlighted",
  "proposed",
  "underlined",
  "welcomed",
];
const OPENERS = [
  "{s} {v} that Viet Nam attaches great importance to {a}",
  "{s} {v} the need to strengthen {a}",
  "According to {s}, Viet Nam supports {a} and {b}",
  "{s} {v} that {a} must go hand in hand with {b}",
  "{s} {v} closer coordination on {a}",
];
const CLOSERS = [
  " in line with international law.",
  ", in cooperation with {p}.",
  ", citing {i}.",
  ", and welcomed the support of {p} for {i}.",
  ", on the basis of equality and mutual benefit.",
  ", and pledged that Viet Nam would continue to contribute actively.",
  ", adding that no country can address these challenges alone.",
  ".",
];
// Specific things statements mention, so that most words are rare, as in a real corpus.
const PARTNERS = [
  "Laos",
  "Cambodia",
  "Thailand",
  "Indonesia",
  "Malaysia",
  "the Philippines",
  "Singapore",
  "Myanmar",
  "Brunei",
  "Japan",
  "the Republic of Korea",
  "China",
  "India",
  "Australia",
  "New Zealand",
  "the United States",
  "Canada",
  "Russia",
  "France",
  "Germany",
  "the United Kingdom",
  "Italy",
  "Cuba",
  "Brazil",
  "Chile",
  "Mexico",
  "South Africa",
  "Egypt",
  "Mozambique",
  "Kazakhstan",
  "Mongolia",
  "Belarus",
  "Hungary",
  "Czechia",
  "Poland",
  "Türkiye",
  "Israel",
  "Saudi Arabia",
  "the United Arab Emirates",
  "Qatar",
];
const INITIATIVES = [
  "the UN Convention against Cybercrime",
  "the Global Digital Compact",
  "the ASEAN Cybersecurity Cooperation Strategy",
  "the Open-ended Working Group",
  "the ASEAN-Japan Cybersecurity Capacity Building Centre",
  "the Singapore Convention",
  "the Hanoi Declaration",
  "the ASEAN Outlook on the Indo-Pacific",
  "the Treaty of Amity and Cooperation",
  "the Code of Conduct in the East Sea",
  "the Paris Agreement",
  "the 2030 Agenda",
  "the CPTPP",
  "the RCEP Agreement",
  "the EVFTA",
  "the Mekong-Lancang framework",
  "the ASEAN Digital Masterplan",
  "the Law on Data",
  "Resolution 57 on science and technology",
  "the National Digital Transformation Programme",
];

const MODES: StatementMode[] = ["paraphrase", "paraphrase", "paraphrase", "summary", "direct_quote"];
const TAGS = ["key-quote", "follow-up", "contradiction", "needs-source", "translation"];

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)] as T;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

interface SpanDate {
  start: string | null;
  end: string | null;
  precision: DatePrecision;
}

function randomDay(rnd: () => number, fromYear: number, toYear: number): [number, number, number] {
  const y = fromYear + Math.floor(rnd() * (toYear - fromYear + 1));
  const m = 1 + Math.floor(rnd() * 12);
  const d = 1 + Math.floor(rnd() * lastDayOfMonth(y, m));
  return [y, m, d];
}

function iso(y: number, m: number, d: number): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}

function randomDate(rnd: () => number): SpanDate {
  const r = rnd();
  const [y, m, d] = randomDay(rnd, 1995, 2025);
  if (r < 0.55) return { start: iso(y, m, d), end: iso(y, m, d), precision: "day" };
  if (r < 0.75) return { start: iso(y, m, 1), end: iso(y, m, lastDayOfMonth(y, m)), precision: "month" };
  if (r < 0.88) return { start: `${y}-01-01`, end: `${y}-12-31`, precision: "year" };
  if (r < 0.93) {
    const d2 = Math.min(d + 1 + Math.floor(rnd() * 3), lastDayOfMonth(y, m));
    return d2 > d
      ? { start: iso(y, m, d), end: iso(y, m, d2), precision: "range" }
      : { start: iso(y, m, d), end: iso(y, m, d), precision: "day" };
  }
  return { start: null, end: null, precision: "unknown" };
}

interface Role {
  id: number;
  title: string;
  /** First and last day held (month precision); null when unknown (first role) or still held (last role). */
  start: string | null;
  end: string | null;
}

interface Person {
  id: number;
  name: string;
  native: string;
  given: string;
  roles: Role[];
  /** Per proposition (in the order of `propositions`): a constant offset, and stance points per decade. */
  lean: number[];
  drift: number[];
}

interface Proposition {
  id: number;
  topicId: number;
}

interface CodedPosition {
  propositionId: number;
  status: PositionStatus;
  stance: number | null;
  basis: string | null;
  note: string | null;
}

/** The role a speaker held on a statement's date; an undated statement cannot say which, so it names none. */
function roleAt(person: Person, date: SpanDate): Role | null {
  if (!date.start) return null;
  const day = date.start;
  return person.roles.find((r) => (!r.start || r.start <= day) && (!r.end || day <= r.end)) ?? null;
}

function shuffled<T>(rnd: () => number, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const NOTES: Record<Exclude<PositionStatus, "stated">, string> = {
  ambiguous: "The wording allows more than one reading.",
  no_position: "Mentions the question without taking a side.",
  not_addressed: "Does not speak to this proposition.",
};

export interface SyntheticOptions {
  count: number;
  seed?: number;
  /** Progress callback, called every 100,000 records. */
  onProgress?: (done: number) => void;
}

export interface SyntheticReport {
  statements: number;
  persons: number;
  events: number;
  sources: number;
  annotations: number;
  codedPositions: number;
}

/**
 * Adds `count` synthetic records to a migrated database that holds the curated seeds (their topics are reused).
 * Refuses a database that already has synthetic records, since the generated ids would collide.
 */
export function generateSynthetic(db: Db, options: SyntheticOptions): SyntheticReport {
  const { count, seed = 42 } = options;
  const rnd = createRandom(seed);
  const sqlite = db.$client;
  const existing = sqlite
    .prepare("SELECT count(*) FROM persons WHERE slug LIKE 'syn-%'")
    .pluck()
    .get() as number;
  if (existing > 0)
    throw new Error("this database already holds synthetic records; use a fresh DATABASE_PATH");
  const topics = sqlite.prepare("SELECT id, slug FROM topics ORDER BY id").all() as {
    id: number;
    slug: string;
  }[];
  if (topics.length === 0) throw new Error("load the curated seeds first (npm run db:setup)");
  const propositions = sqlite
    .prepare("SELECT id, topic_id AS topicId FROM propositions ORDER BY id")
    .all() as Proposition[];
  const topicPath = new Map(
    (sqlite.prepare("SELECT id, path FROM topics").all() as { id: number; path: string }[]).map((t) => [
      t.id,
      t.path,
    ]),
  );
  // Each proposition's trend: a stance in 2010 and a slope per decade, so that periods differ in aggregate.
  const trends = propositions.map(() => ({
    at2010: pick(rnd, [2, 2, 1, 1, 0, -1]),
    perDecade: pick(rnd, [-2, -1.5, -1, 0, 1, 1.5]),
  }));

  const isUnder = (path: string, root: string) => path === root || path.startsWith(`${root}/`);
  const propositionPaths = propositions.map((p) => topicPath.get(p.topicId) ?? "");
  const NEIGHBOURS = ["terrorism", "international-cooperation"];

  /** The coded positions of one record: none for most, one to four for a share of the cyber records. */
  function codePositions(
    rnd: () => number,
    topicIds: number[],
    person: Person | null,
    date: SpanDate,
    phrase: string | null,
  ): CodedPosition[] {
    const paths = topicIds.map((id) => topicPath.get(id) ?? "");
    const cyber = paths.some((p) => isUnder(p, "cyber-security"));
    // Propositions under one of the record's topics come first, then the others.
    const own = propositions
      .map((_, k) => k)
      .filter((k) => paths.some((p) => isUnder(propositionPaths[k] ?? "", p)));
    const neighbour = own.length > 0 || paths.some((p) => NEIGHBOURS.some((n) => isUnder(p, n)));
    if (rnd() >= (cyber ? 0.4 : neighbour ? 0.15 : 0)) return [];
    const n = cyber ? pick(rnd, [1, 1, 1, 1, 2, 2, 2, 3, 3, 4]) : pick(rnd, [1, 1, 2]);
    const rest = propositions.map((_, k) => k).filter((k) => !own.includes(k));
    const chosen = [...shuffled(rnd, own), ...shuffled(rnd, rest)].slice(0, n);
    const year = date.start ? Number(date.start.slice(0, 4)) : 2010;
    return chosen.map((k) => {
      const r = rnd();
      const status: PositionStatus =
        r < 0.8 ? "stated" : r < 0.88 ? "ambiguous" : r < 0.93 ? "no_position" : "not_addressed";
      const noise = (rnd() - 0.5) * 1.2;
      const propositionId = (propositions[k] as Proposition).id;
      if (status !== "stated") {
        return {
          propositionId,
          status,
          stance: null,
          basis: status === "ambiguous" ? phrase : null,
          note: NOTES[status],
        };
      }
      const trend = trends[k] ?? { at2010: 0, perDecade: 0 };
      const decades = (year - 2010) / 10;
      const raw =
        trend.at2010 +
        trend.perDecade * decades +
        (person?.lean[k] ?? 0) +
        (person?.drift[k] ?? 0) * decades +
        noise;
      return {
        propositionId,
        status,
        stance: Math.max(-2, Math.min(2, Math.round(raw))),
        basis: phrase,
        note: null,
      };
    });
  }

  return withIndexTriggersSuspended(db, () => {
    // Organisations.
    const orgIds = new Map<string, number>();
    const insertOrg = sqlite.prepare(
      "INSERT INTO organizations (slug, name, native_name, kind, country) VALUES (?, ?, ?, ?, 'VN') RETURNING id",
    );
    for (const o of ORGS)
      orgIds.set(o.slug, insertOrg.pluck().get(o.slug, o.name, o.nativeName, o.kind) as number);

    // People: one speaker per 3,000 records, at least 40; a few lack a known native spelling.
    const personCount = Math.max(40, Math.min(400, Math.round(count / 3000)));
    const insertPerson = sqlite.prepare(
      `INSERT INTO persons (slug, name, native_name, family_name, given_name, country) VALUES (?, ?, ?, ?, ?, 'VN') RETURNING id`,
    );
    const insertAlias = sqlite.prepare("INSERT INTO person_aliases (person_id, alias) VALUES (?, ?)");
    const insertRole = sqlite.prepare(
      `INSERT INTO roles (slug, person_id, organization_id, title, rank, start_date, end_date, start_precision,
         end_precision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    );
    const people: Person[] = [];
    for (let i = 0; i < personCount; i++) {
      const native = `${pick(rnd, FAMILY)} ${pick(rnd, MIDDLE)} ${pick(rnd, GIVEN)}`;
      const ascii = native
        .normalize("NFD")
        .replace(/\p{M}+/gu, "")
        .replace(/đ/g, "d")
        .replace(/Đ/g, "D");
      const parts = native.split(" ");
      const given = parts[parts.length - 1] ?? native;
      const slug = `syn-${slugify(native)}-${i}`;
      const id = insertPerson
        .pluck()
        .get(slug, ascii, rnd() < 0.9 ? native : null, parts[0], given) as number;
      if (rnd() < 0.3) insertAlias.run(id, `${parts[0]} ${given}`);
      // A career: roles in succession, each starting the month after the previous one ended, so every dated
      // statement falls in exactly one role. The first start is often unknown, the last role is still held.
      const roleCount = pick(rnd, [1, 2, 2, 3, 3, 4]);
      const changes = new Set<string>();
      while (changes.size < roleCount - 1) {
        changes.add(`${1998 + Math.floor(rnd() * 26)}-${pad(1 + Math.floor(rnd() * 12))}`);
      }
      const starts = [...changes].sort();
      const roles: Role[] = [];
      for (let r = 0; r < roleCount; r++) {
        const org = pick(rnd, ORGS);
        const title = pick(rnd, TITLES[org.slug] ?? ["Official"]);
        const rank = org.slug === "syn-mps" || org.slug === "syn-mod" ? pick(rnd, RANKS) : null;
        const startMonth =
          r === 0 ? (rnd() < 0.5 ? `${1990 + Math.floor(rnd() * 6)}-01` : null) : starts[r - 1];
        const next = starts[r];
        const start = startMonth ? `${startMonth}-01` : null;
        let end: string | null = null;
        if (next) {
          const [ny, nm] = next.split("-").map(Number) as [number, number];
          const [ey, em] = nm === 1 ? [ny - 1, 12] : [ny, nm - 1];
          end = iso(ey, em, lastDayOfMonth(ey, em));
        }
        const roleId = insertRole
          .pluck()
          .get(
            `${slug}-r${r}`,
            id,
            orgIds.get(org.slug) ?? null,
            title,
            rank,
            start,
            end,
            start ? "month" : "unknown",
            end ? "month" : "unknown",
          ) as number;
        roles.push({ id: roleId, title, start, end });
      }
      const drifts = rnd() < 0.25;
      people.push({
        id,
        name: ascii,
        native,
        given,
        roles,
        // A speaker's lean per proposition, and for a quarter of them a drift in stance points per decade.
        lean: propositions.map(() => (rnd() < 0.8 ? 0 : rnd() < 0.5 ? -1 : 1)),
        drift: propositions.map(() => (drifts ? (rnd() < 0.5 ? -1 : 1) * (1 + rnd() * 2) : 0)),
      });
    }

    // Events: one per 50 records.
    const eventCount = Math.max(20, Math.round(count / 50));
    const kindPool = KINDS.flatMap((k) => Array.from({ length: k.weight }, () => k));
    const insertEvent = sqlite.prepare(
      `INSERT INTO events (slug, name, kind, city, country, start_date, end_date, date_precision, date_basis)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'stated') RETURNING id`,
    );
    const events: { id: number; name: string; date: SpanDate }[] = [];
    for (let i = 0; i < eventCount; i++) {
      const k = pick(rnd, kindPool);
      const topic = pick(rnd, topics);
      const phrase = pick(rnd, TOPIC_PHRASES[topic.slug] ?? [topic.slug]);
      const place = k.kind.startsWith("un") ? (PLACES[3] as (typeof PLACES)[number]) : pick(rnd, PLACES);
      const [y, m, d] = randomDay(rnd, 1995, 2025);
      const days = rnd() < 0.3 ? 1 + Math.floor(rnd() * 2) : 0;
      const endDay = Math.min(d + days, lastDayOfMonth(y, m));
      const date: SpanDate =
        endDay > d
          ? { start: iso(y, m, d), end: iso(y, m, endDay), precision: "range" }
          : { start: iso(y, m, d), end: iso(y, m, d), precision: "day" };
      const name = `${pick(rnd, k.names).replace("{t}", phrase)}, ${place.city}, ${y}`;
      const id = insertEvent
        .pluck()
        .get(
          `syn-e${i}`,
          name,
          k.kind,
          place.city,
          place.country,
          date.start,
          date.end,
          date.precision,
        ) as number;
      events.push({ id, name, date });
    }

    const insertSource = sqlite.prepare(
      `INSERT INTO sources (slug, outlet, title, published_date, tier, raw_text, raw_text_sha256)
       VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    );
    const insertStatement = sqlite.prepare(
      `INSERT INTO statements (public_id, source_id, person_id, role_id, event_id, attribution_text, attribution_kind,
         attribution_status, attribution_note, date_start, date_end, date_precision, date_basis, date_note, mode, text,
         evidence_start, evidence_end, evidence_text, language)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'en') RETURNING id`,
    );
    const insertTopic = sqlite.prepare("INSERT INTO statement_topics (statement_id, topic_id) VALUES (?, ?)");
    const insertPosition = sqlite.prepare(
      "INSERT INTO coded_positions (statement_id, proposition_id, status, stance, basis, note) VALUES (?, ?, ?, ?, ?, ?)",
    );
    sqlite
      .prepare(
        "INSERT OR IGNORE INTO users (id, name, email, role) VALUES ('syn-analyst', 'Synthetic analyst', 'synthetic@example.org', 'analyst')",
      )
      .run();
    const insertAnnotation = sqlite.prepare(
      "INSERT INTO annotations (public_id, statement_id, author_id, body) VALUES (?, ?, 'syn-analyst', ?) RETURNING id",
    );
    const insertTag = sqlite.prepare("INSERT INTO annotation_tags (annotation_id, tag) VALUES (?, ?)");
    const outlets = [
      "Vietnam News Agency",
      "Nhan Dan Online",
      "VnExpress International",
      "Viet Nam News",
      "UN Web TV",
    ];
    const tiers = ["state_media", "state_media", "independent_media", "official_text", "verbatim_record"];

    let sources = 0;
    let annotationCount = 0;
    let codedCount = 0;
    let done = 0;
    // Records come in articles of 1-20 from one event (or none) and one speaker pool.
    while (done < count) {
      const size = Math.min(count - done, 1 + Math.floor(rnd() * 20));
      const event = rnd() < 0.75 ? pick(rnd, events) : null;
      const outletIndex = Math.floor(rnd() * outlets.length);
      const parts: {
        text: string;
        person: Person | null;
        role: Role | null;
        date: SpanDate;
        topicIds: number[];
        attribution: string;
        positions: CodedPosition[];
      }[] = [];
      for (let j = 0; j < size; j++) {
        const resolved = rnd() < 0.9;
        const person = resolved ? pick(rnd, people) : null;
        const chosen = new Set<number>();
        const nTopics = 1 + Math.floor(rnd() * 3);
        while (chosen.size < nTopics) chosen.add(pick(rnd, topics).id);
        const topicIds = [...chosen];
        const phrases = topicIds.map((id) => {
          const slug = topics.find((t) => t.id === id)?.slug ?? "";
          return pick(rnd, TOPIC_PHRASES[slug] ?? [slug]);
        });
        const date = event ? event.date : randomDate(rnd);
        const role = person ? roleAt(person, date) : null;
        const speakerWords = person
          ? rnd() < 0.5
            ? `${role?.title ?? "Official"} ${person.native}`
            : person.native
          : pick(rnd, ["The Vietnamese official", "He", "She", "The Deputy Minister"]);
        const text =
          pick(rnd, OPENERS)
            .replace("{s}", speakerWords)
            .replace("{v}", pick(rnd, VERBS))
            .replace("{a}", phrases[0] ?? "cooperation")
            .replace(
              "{b}",
              phrases[1] ?? pick(rnd, ["mutual trust", "regional stability", "sustainable development"]),
            ) + pick(rnd, CLOSERS).replace("{p}", pick(rnd, PARTNERS)).replace("{i}", pick(rnd, INITIATIVES));
        const positions = codePositions(rnd, topicIds, person, date, phrases[0] ?? null);
        parts.push({ text, person, role, date, topicIds, attribution: speakerWords, positions });
      }
      const title = event
        ? `Viet Nam at the ${event.name}`
        : `Officials discuss ${pick(rnd, Object.values(TOPIC_PHRASES).flat())}`;
      const raw = `${title}\n\n${parts.map((p) => p.text).join("\n\n")}\n`;
      const sourceId = insertSource
        .pluck()
        .get(
          `syn-src-${sources}`,
          outlets[outletIndex],
          title,
          parts[0]?.date.end ?? null,
          tiers[outletIndex],
          raw,
          createHash("sha256").update(raw, "utf8").digest("hex"),
        ) as number;
      sources++;
      // Offsets in code points: the texts are all in the Basic Multilingual Plane, so UTF-16 length is the same.
      let offset = title.length + 2;
      for (const p of parts) {
        const role = p.role;
        const basis = p.date.precision === "unknown" ? "unknown" : "stated";
        const publicId = `s${(done + 1).toString(36).padStart(7, "0")}`;
        const id = insertStatement
          .pluck()
          .get(
            publicId,
            sourceId,
            p.person?.id ?? null,
            role?.id ?? null,
            event?.id ?? null,
            p.attribution,
            p.person ? "full_name" : "pronoun",
            p.person ? "resolved" : "unresolved",
            p.person ? null : "The article does not say who this is.",
            p.date.start,
            p.date.end,
            p.date.precision,
            basis,
            null,
            pick(rnd, MODES),
            p.text,
            offset,
            offset + p.text.length,
            p.text,
          ) as number;
        offset += p.text.length + 2;
        for (const t of p.topicIds) insertTopic.run(id, t);
        for (const c of p.positions)
          insertPosition.run(id, c.propositionId, c.status, c.stance, c.basis, c.note);
        codedCount += p.positions.length;
        if (rnd() < 0.02) {
          const a = insertAnnotation.pluck().get(`syn-a${annotationCount}`, id, "Synthetic note.") as number;
          annotationCount++;
          if (rnd() < 0.7) insertTag.run(a, pick(rnd, TAGS));
        }
        done++;
        if (done % 100_000 === 0) options.onProgress?.(done);
      }
    }
    return {
      statements: done,
      persons: people.length,
      events: events.length,
      sources,
      annotations: annotationCount,
      codedPositions: codedCount,
    };
  });
}

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { databasePath, openDatabase } = await import("@/db/client");
  const { migrateDatabase } = await import("@/db/migrate");
  const { loadSeeds } = await import("@/seeds/load");
  const count = Number(argument("count") ?? 10_000);
  const seed = Number(argument("seed") ?? 42);
  if (!Number.isInteger(count) || count < 1) throw new Error("--count must be a positive whole number");
  const file = databasePath();
  const db = openDatabase(file);
  db.$client.pragma("cache_size = -262144");
  migrateDatabase(db);
  loadSeeds(db);
  const started = Date.now();
  const report = generateSynthetic(db, { count, seed, onProgress: (n) => console.log(`  ${n} records`) });
  db.$client.pragma("optimize");
  db.$client.close();
  console.log(`${file}: added ${JSON.stringify(report)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
