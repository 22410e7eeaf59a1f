import type Database from "better-sqlite3";
import type { PositionStatus } from "@/db/schema";
import type { Period } from "@/lib/compare-view";
import { addDays, lastDayOfMonthIso } from "@/lib/dates";
import { type CountedQuery, excessRecords } from "./compare-counted-excess";
import { PROPOSITION_SAMPLE, SIDE_SAMPLE, statusRankSql, TIER_RANKS } from "./compare-shared";

/**
 * The aggregates of a period comparison read from maintained counts instead of the side's records: records,
 * uncoded records and stance tallies from timeline_month_counts (migration 0009), speakers from
 * timeline_speaker_counts (0013), and every caveat, the events, topics and inferred dates from compare_counts
 * (0016). What is read grows with the months, speakers and distinct values of a side, not with its records: at a
 * million records a side of 16,000 records is some thousands of count rows.
 *
 * The few things that need records (the first and last day, the sample passages, the evidence per proposition)
 * read whole months of records, and only the months the counts say hold them: the earliest, the latest, and those
 * holding the best passages. The result is the same as counting live, which a query test checks.
 */

/** Counts are kept per month: a period can be read from them when it is made of whole months. */
export function isWholeMonths(p: Period): boolean {
  return (
    (p.from === null || p.from.endsWith("-01")) &&
    (p.to === null || p.to === lastDayOfMonthIso(p.to.slice(0, 7)))
  );
}

export interface CountedCode {
  codeId: number;
  propositionId: number;
  statusRank: number;
}

/** Passages to find in one month: how many, and which of a record's ids (statement or coding) qualify. */
interface Task {
  want: number;
  match: (r: MonthRecord) => number[];
  found: number[];
}

interface MonthRecord {
  statementId: number;
  dateStart: string;
  dateEnd: string;
  tierRank: number;
  coded: boolean;
  codes: CountedCode[];
}

export interface CountedSide {
  records: number;
  uncoded: number;
  /** proposition id -> code (s2 ... sm2, or a status) -> n. */
  codes: { propositionId: number; code: string; n: number }[];
  /** Resolved speakers with their record counts; person id 0 is the unresolved speaker. */
  persons: { id: number; slug: string; name: string; n: number }[];
  unresolved: number;
  /** kind -> value -> n, for compare_counts' kinds (office and rank resolved from the roles). */
  values: Map<string, Map<string, number>>;
  first: string | null;
  last: string | null;
  /** The best passages: statement ids by source tier, then recency. */
  sample: { statementId: number; coded: boolean }[];
  /** Per proposition, the best codings (status, then source tier, then recency). */
  evidence: Map<number, number[]>;
  /** Whether the topic and period hold records by speakers of another country or unresolved ones. */
  others: boolean;
}

/** Month bounds of a side: rows from `lo` (a record may start up to maxSpan days before `from`) to `to`, ending from `from`. */
function monthWindow(q: CountedQuery): { lo: string; to: string; from: string } {
  const { from, to } = q.period;
  return {
    lo: from ? addDays(from, -q.maxSpan - 1).slice(0, 7) : "0",
    to: to ? to.slice(0, 7) : "9999-12",
    from: from ? from.slice(0, 7) : "",
  };
}

const STATUS_OF: Record<string, { status: PositionStatus; stance: number | null }> = {
  s2: { status: "stated", stance: 2 },
  s1: { status: "stated", stance: 1 },
  s0: { status: "stated", stance: 0 },
  sm1: { status: "stated", stance: -1 },
  sm2: { status: "stated", stance: -2 },
  ambiguous: { status: "ambiguous", stance: null },
  no_position: { status: "no_position", stance: null },
  not_addressed: { status: "not_addressed", stance: null },
};

/**
 * A stance bucket as timeline_month_counts stores it, back to a status and stance. Stances run from -2 to +2, so
 * each bucket is one stance and the tally is exact.
 */
export function codeStatus(code: string): { status: PositionStatus; stance: number | null } | null {
  return STATUS_OF[code] ?? null;
}

const STATUS_RANK = statusRankSql("cp.status");
/** Records on the topic (and speakers' country) whose date is unknown: on neither side, so counted once. */
export function countedUndated(sqlite: Database.Database, topicId: number, country: string | null): number {
  return Number(
    sqlite
      .prepare(`SELECT coalesce(sum(n), 0) FROM timeline_month_counts
        WHERE topic_id = ? AND proposition_id = 0 AND month = '' ${country === null ? "" : "AND country = ?"}`)
      .pluck()
      .get(topicId, ...(country === null ? [] : [country])),
  );
}

export function countedSide(sqlite: Database.Database, q: CountedQuery): CountedSide {
  const inCountry = q.country === null ? "" : "AND country = ?";
  const countryParams = q.country === null ? [] : [q.country];
  const countries =
    q.country === null
      ? "SELECT DISTINCT country FROM persons WHERE country IS NOT NULL UNION SELECT ''"
      : "?";
  const whole = isWholeMonths(q.period);
  const w = monthWindow(q);
  if (w.from) {
    // The longest record bounds how early a record reaching into the period may start; the counts say how early
    // one does, which keeps every read below to the months that matter.
    const earliest = sqlite
      .prepare(`SELECT min(month) FROM timeline_month_counts
        WHERE topic_id = ? AND proposition_id = 0 AND country IN (${countries})
          AND month >= ? AND month < ? AND end_month >= ? AND n > 0`)
      .pluck()
      .get(q.topicId, ...countryParams, w.lo, w.from, w.from) as string | null;
    w.lo = earliest ?? w.from;
  }
  const excess = whole ? [] : excessRecords(sqlite, q, w);
  // The excess of other countries only matters for `others`; the rest is taken away from every count.
  const mine = excess.filter((e) => q.country === null || e.country === q.country);
  const othersExcess = excess.length - mine.length;
  // Rows of the side's months; the country is the speaker's ('' for an unresolved speaker).
  const win = `topic_id = ? AND month >= ? AND month <= ? AND end_month >= ? ${inCountry}`;
  const winParams = [q.topicId, w.lo, w.to, w.from, ...countryParams];

  const side: CountedSide = {
    records: 0,
    uncoded: 0,
    codes: [],
    persons: [],
    unresolved: 0,
    values: new Map(),
    first: null,
    last: null,
    sample: [],
    evidence: new Map(),
    others: false,
  };

  // Records, uncoded records and the stance tallies.
  const tallies = sqlite
    .prepare(`
      SELECT proposition_id AS p, code, sum(n) AS n FROM timeline_month_counts
      WHERE topic_id = ? AND proposition_id IN (SELECT id FROM propositions UNION ALL VALUES (0), (-1))
        AND country IN (${countries})
        AND month >= ? AND month <= ? AND end_month >= ?
      GROUP BY proposition_id, code`)
    .all(q.topicId, ...countryParams, w.lo, w.to, w.from) as {
    p: number;
    code: string;
    n: number;
  }[];
  const codeCounts = new Map<string, number>();
  for (const t of tallies) {
    if (t.p === 0) side.records += t.n;
    else if (t.p === -1) side.uncoded += t.n;
    else codeCounts.set(`${t.p}:${t.code}`, t.n);
  }
  side.records -= mine.length;
  for (const e of mine) {
    if (e.codes.length === 0) side.uncoded--;
    for (const c of e.codes) codeCounts.set(c, (codeCounts.get(c) ?? 0) - 1);
  }
  for (const [key, n] of codeCounts) {
    const [p = "", code = ""] = key.split(":");
    if (n > 0) side.codes.push({ propositionId: Number(p), code, n });
  }
  side.codes.sort((a, b) => a.propositionId - b.propositionId || (a.code < b.code ? -1 : 1));
  if (side.records === 0) return side;

  const persons = sqlite
    .prepare(`
      SELECT c.person_id AS id, coalesce(p.slug, '') AS slug, coalesce(p.native_name, p.name, '') AS name,
        sum(c.n) AS n
      FROM timeline_speaker_counts c LEFT JOIN persons p ON p.id = c.person_id
      WHERE c.topic_id = ? AND c.proposition_id = 0
        AND c.person_id IN (${q.country === null ? "SELECT id FROM persons UNION ALL VALUES (0)" : "SELECT id FROM persons WHERE country = ?"})
        AND c.month >= ? AND c.month <= ? AND c.end_month >= ?
      GROUP BY c.person_id HAVING sum(c.n) > 0`)
    .all(q.topicId, ...countryParams, w.lo, w.to, w.from) as CountedSide["persons"];
  const byPerson = new Map(persons.map((p) => [p.id, p]));
  for (const e of mine) {
    const p = byPerson.get(e.person);
    if (p) p.n--;
  }
  for (const p of persons) {
    if (p.n <= 0) continue;
    if (p.id === 0) side.unresolved = p.n;
    else side.persons.push(p);
  }

  // Every caveat dimension in one read; months are kept for the tiers and the codings, to find the passages.
  const rows = sqlite
    .prepare(`
      SELECT kind, value, CASE WHEN kind IN ('tier', 'evidence') THEN month ELSE '' END AS month, sum(n) AS n
      FROM compare_counts WHERE ${win}
      GROUP BY 1, 2, 3 HAVING sum(n) > 0`)
    .all(...winParams) as { kind: string; value: string; month: string; n: number }[];
  const byMonth = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const values = side.values.get(r.kind) ?? new Map<string, number>();
    side.values.set(r.kind, values);
    values.set(r.value, (values.get(r.value) ?? 0) + r.n);
    if (r.month) {
      const key = `${r.kind}|${r.value}`;
      const months = byMonth.get(key) ?? new Map<string, number>();
      byMonth.set(key, months);
      months.set(r.month, r.n);
    }
  }
  for (const e of mine) {
    for (const [kindAt, value] of e.values) {
      const [kind = "", month] = kindAt.split("@");
      const values = side.values.get(kind);
      const left = (values?.get(value) ?? 0) - 1;
      if (left > 0) values?.set(value, left);
      else values?.delete(value);
      if (month) {
        const months = byMonth.get(`${kind}|${value}`);
        const inMonth = (months?.get(month) ?? 0) - 1;
        if (inMonth > 0) months?.set(month, inMonth);
        else months?.delete(month);
      }
    }
  }
  // Offices and ranks of the roles found: a side holds some hundreds of roles at most, passed as one JSON value.
  const roleCounts = side.values.get("role") ?? new Map<string, number>();
  const roleIds = [...roleCounts.keys()].filter((v) => v !== "").map(Number);
  const roles = roleIds.length
    ? (sqlite
        .prepare("SELECT id, title, rank FROM roles WHERE id IN (SELECT value FROM json_each(?))")
        .all(JSON.stringify(roleIds)) as { id: number; title: string; rank: string | null }[])
    : [];
  const byId = new Map(roles.map((r) => [String(r.id), r]));
  const office = new Map<string, number>();
  const rank = new Map<string, number>();
  for (const [id, n] of roleCounts) {
    const r = byId.get(id);
    const title = r?.title ?? "";
    office.set(title, (office.get(title) ?? 0) + n);
    if (r?.rank) rank.set(r.rank, (rank.get(r.rank) ?? 0) + n);
  }
  side.values.set("office", office);
  side.values.set("rank", rank);

  const starts = [...(side.values.get("start")?.keys() ?? [])];
  const ends = [...(side.values.get("end")?.keys() ?? [])];
  side.first = starts.length ? starts.reduce((x, y) => (y < x ? y : x)) : null;
  side.last = ends.length ? ends.reduce((x, y) => (y > x ? y : x)) : null;

  // Which passages to take is decided from the counts: per group (a source tier for the sample, a proposition's
  // status and tier for its evidence), best first, and within a group newest month first, how many of each
  // month's passages are needed. Each month is then read newest record first, only until they are found.
  const tasks = new Map<string, Task[]>();
  const plan = (groups: { key: string; match: (r: MonthRecord) => number[] }[], need: number): Task[] => {
    const planned: Task[] = [];
    let left = need;
    for (const g of groups) {
      const months = [...(byMonth.get(g.key) ?? [])].sort((x, y) => (x[0] < y[0] ? 1 : -1));
      for (const [m, n] of months) {
        if (left <= 0) return planned;
        const task: Task = { want: Math.min(n, left), match: g.match, found: [] };
        left -= task.want;
        planned.push(task);
        const list = tasks.get(m);
        if (list) list.push(task);
        else tasks.set(m, [task]);
      }
    }
    return planned;
  };
  const tiers = [...(side.values.get("tier")?.keys() ?? [])]
    .map((tier) => ({ tier, rank: TIER_RANKS[tier] ?? 4 }))
    .sort((x, y) => x.rank - y.rank)
    .map(({ tier, rank }) => ({
      key: `tier|${tier}`,
      match: (r: MonthRecord) => (r.tierRank === rank ? [r.statementId] : []),
    }));
  const sampleTasks = plan(tiers, SIDE_SAMPLE);
  const combos = new Map<number, { key: string; status: number; tier: number }[]>();
  for (const value of side.values.get("evidence")?.keys() ?? []) {
    const [p, status, tier] = value.split(":").map(Number);
    if (p === undefined || status === undefined || tier === undefined) continue;
    const list = combos.get(p);
    const combo = { key: `evidence|${value}`, status, tier };
    if (list) list.push(combo);
    else combos.set(p, [combo]);
  }
  const evidenceTasks = new Map<number, Task[]>();
  for (const [p, list] of combos) {
    list.sort((x, y) => x.status - y.status || x.tier - y.tier);
    const groups = list.map((c) => ({
      key: c.key,
      match: (r: MonthRecord) =>
        r.tierRank === c.tier
          ? r.codes
              .filter((code) => code.propositionId === p && code.statusRank === c.status)
              .map((code) => code.codeId)
          : [],
    }));
    evidenceTasks.set(p, plan(groups, PROPOSITION_SAMPLE));
  }

  const monthIds = sqlite.prepare(`
    SELECT DISTINCT d.statement_id FROM topics t
    JOIN position_topic_dates d ON d.topic_id = t.id AND d.date_start >= ? AND d.date_start <= ?
    WHERE ${q.inTopic} ORDER BY d.date_start DESC, d.statement_id DESC`);
  const facts = sqlite.prepare(`
    SELECT f.date_start AS dateStart, f.date_end AS dateEnd, c.tier_rank AS tierRank, c.coded > 0 AS coded,
      coalesce(p.country, '') AS country
    FROM position_facts f JOIN compare_facts c ON c.statement_id = f.statement_id
    LEFT JOIN persons p ON p.id = f.person_id WHERE f.statement_id = ?`);
  const codes = sqlite.prepare(`
    SELECT id AS codeId, proposition_id AS propositionId, ${STATUS_RANK} AS statusRank
    FROM coded_positions cp WHERE statement_id = ?`);
  const from = q.period.from ?? "";
  const to = q.period.to ?? "9999-12-31";
  const codedRecords = new Set<number>();
  for (const [m, list] of tasks) {
    let open = list.length;
    for (const id of monthIds.pluck().iterate(`${m}-01`, `${m}-31`, ...q.topicParams) as Iterable<number>) {
      const f = facts.get(id) as
        | { dateStart: string; dateEnd: string; tierRank: number; coded: number; country: string }
        | undefined;
      if (!f || f.dateEnd < from || f.dateStart > to || (q.country !== null && f.country !== q.country))
        continue;
      const record: MonthRecord = {
        statementId: id,
        dateStart: f.dateStart,
        dateEnd: f.dateEnd,
        tierRank: f.tierRank,
        coded: f.coded === 1,
        codes: f.coded === 1 ? (codes.all(id) as CountedCode[]) : [],
      };
      if (record.coded) codedRecords.add(id);
      for (const task of list) {
        if (task.found.length >= task.want) continue;
        for (const hit of task.match(record)) if (task.found.length < task.want) task.found.push(hit);
        if (task.found.length >= task.want) open--;
      }
      if (open === 0) break;
    }
  }
  side.sample = sampleTasks
    .flatMap((t) => t.found)
    .map((statementId) => ({ statementId, coded: codedRecords.has(statementId) }));
  for (const [p, list] of evidenceTasks)
    side.evidence.set(
      p,
      list.flatMap((t) => t.found),
    );

  if (q.country !== null) {
    const others = Number(
      sqlite
        .prepare(`SELECT coalesce(sum(n), 0) FROM timeline_month_counts
          WHERE topic_id = ? AND proposition_id = 0 AND country <> ?
            AND month >= ? AND month <= ? AND end_month >= ?`)
        .pluck()
        .get(q.topicId, q.country, w.lo, w.to, w.from),
    );
    side.others = others - othersExcess > 0;
  }
  return side;
}
