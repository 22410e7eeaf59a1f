/**
 * Deterministic synthetic position records for scale testing: `npm run seed:synthetic -- --count 100000`
 * adds that many records (with speakers, roles, organisations, events, sources, topics and a few annotations)
 * to the database at DATABASE_PATH. The same --seed and --count always give the same rows. Names carry
 * Vietnamese diacritics, dates come in every precision, and each record's evidence really is a slice of its
 * source's raw text, so the data satisfies every constraint the curated seeds do.
 *
 * Loading runs in one transaction with the search-index triggers suspended; the derived tables are rebuilt in
 * bulk at the end (db/queries/position-index.ts `withIndexTriggersSuspended`), which is several times faster
 * than maintaining them row by row and leaves them exactly as the triggers would.
 */
import { createHash } from "node:crypto";
import type { Db } from "@/db/client";
import { withIndexTriggersSuspended } from "@/db/queries/position-index";
import type { DatePrecision, EventKind, StatementMode } from "@/db/schema";
import { lastDayOfMonth } from "@/lib/dates";
import { slugify } from "@/lib/text";

/** Bump when the generator's output changes, so cached benchmark databases are rebuilt. */
export const SYNTHETIC_VERSION = 2;

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
      "INSERT INTO roles (slug, person_id, organization_id, title, rank) VALUES (?, ?, ?, ?, ?) RETURNING id",
    );
    const people: {
      id: number;
      name: string;
      native: string;
      given: string;
      roles: { id: number; title: string }[];
    }[] = [];
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
      const roles: { id: number; title: string }[] = [];
      const roleCount = 1 + Math.floor(rnd() * 3);
      for (let r = 0; r < roleCount; r++) {
        const org = pick(rnd, ORGS);
        const title = pick(rnd, TITLES[org.slug] ?? ["Official"]);
        const rank = org.slug === "syn-mps" || org.slug === "syn-mod" ? pick(rnd, RANKS) : null;
        const roleId = insertRole
          .pluck()
          .get(`${slug}-r${r}`, id, orgIds.get(org.slug) ?? null, title, rank) as number;
        roles.push({ id: roleId, title });
      }
      people.push({ id, name: ascii, native, given, roles });
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
    let done = 0;
    // Records come in articles of 1-20 from one event (or none) and one speaker pool.
    while (done < count) {
      const size = Math.min(count - done, 1 + Math.floor(rnd() * 20));
      const event = rnd() < 0.75 ? pick(rnd, events) : null;
      const outletIndex = Math.floor(rnd() * outlets.length);
      const parts: {
        text: string;
        person: (typeof people)[number] | null;
        date: SpanDate;
        topicIds: number[];
        attribution: string;
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
        const speakerWords = person
          ? rnd() < 0.5
            ? `${person.roles[0]?.title ?? "Official"} ${person.native}`
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
        const date = event ? event.date : randomDate(rnd);
        parts.push({ text, person, date, topicIds, attribution: speakerWords });
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
        const role = p.person ? pick(rnd, p.person.roles) : null;
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
