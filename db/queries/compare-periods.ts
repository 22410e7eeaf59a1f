import type { Db } from "@/db/client";
import { CAVEAT_KINDS } from "@/lib/compare-caveats";
import type { DistributionKind, PeriodAggregate, SideAggregate } from "@/lib/compare-periods";
import type { CompareSide } from "@/lib/compare-types";
import { formatPeriod, type Period } from "@/lib/compare-view";
import { addDays } from "@/lib/dates";
import { defaultView, viewHref } from "@/lib/positions-view";
import { withDateBasis } from "./compare";
import { countedSide, countedUndated } from "./compare-counted";
import { fromCounts } from "./compare-counted-result";
import {
  applyReview,
  buildPropositions,
  countryTableLink,
  DETAIL_LIMIT,
  emptySide,
  likePrefix,
  MAX_LINK_SPEAKERS,
  PROPOSITION_SAMPLE,
  passages,
  type ReviewRow,
  SIDE_SAMPLE,
  statusRankSql,
  type TallyRow,
  TOP_VALUES,
  valueLabel,
} from "./compare-shared";
import { listRecordCards, type RecordCard } from "./statements";

/** The side totals one GROUP BY over the matches counts. */
type SideTotal = "records" | "uncoded" | "speakers" | "unresolved" | "events" | "first" | "last" | "inferred";

/**
 * Two periods of a topic, aggregated in SQL. Each side's record ids are written once into a per-connection
 * temporary table (topic by path prefix x date range from position_topic_dates, speaker or the speaker's country),
 * and every count, distribution and sample is read from it with joins: no id list ever goes back to SQL as bound
 * variables, and what reaches JavaScript is bounded by what the page shows, not by the records on a side.
 */

export interface PeriodFilter {
  topic: string;
  a: Period;
  b: Period;
  speaker: string | null;
  country: string | null;
  /** Only this proposition's tallies and evidence (its slug); null or absent for every proposition. */
  proposition?: string | null;
}

export interface PeriodComparison {
  topic: { slug: string; name: string } | null;
  /** Whether any official has the filter's country (true when no country is asked for). */
  countryKnown: boolean;
  speaker: { slug: string; name: string } | null;
  aggregate: PeriodAggregate;
  /** Every record of each side, when every side is small enough to read in full (DETAIL_LIMIT); else null. */
  detail: (CompareSide & { records: RecordCard[] })[] | null;
  /** Records on the topic (and speaker/country) whose date is unknown: on neither side, and counted so. */
  undated: number;
}

/** The same period twice still needs two distinct side names. */
function sideLabel(filter: PeriodFilter, side: "a" | "b"): string {
  const a = formatPeriod(filter.a);
  const b = formatPeriod(filter.b);
  const own = side === "a" ? a : b;
  return a === b ? `${own} (${side})` : own;
}

/**
 * How the aggregates are read: "auto" from the maintained counts whenever they can answer (no single speaker, a
 * side larger than DETAIL_LIMIT) and live otherwise; the two others force one way, for
 * the test that checks they agree.
 */
export type CompareSource = "auto" | "counts" | "live";

export function getPeriodComparison(
  db: Db,
  filter: PeriodFilter,
  source: CompareSource = "auto",
): PeriodComparison {
  const sqlite = db.$client;
  const topic = sqlite.prepare("SELECT id, slug, name, path FROM topics WHERE slug = ?").get(filter.topic) as
    | { id: number; slug: string; name: string; path: string }
    | undefined;
  const speaker = filter.speaker
    ? ((sqlite.prepare("SELECT id, slug, name FROM persons WHERE slug = ?").get(filter.speaker) as
        | { id: number; slug: string; name: string }
        | undefined) ?? null)
    : null;
  const countryKnown = filter.country
    ? !!sqlite.prepare("SELECT 1 FROM persons WHERE country = ? LIMIT 1").get(filter.country)
    : true;
  const periods = [filter.a, filter.b];
  const labels = [sideLabel(filter, "a"), sideLabel(filter, "b")];
  const tableView = (p: Period, speakers: string[]) => {
    const [from = "", to = ""] = p.text.split("..");
    return viewHref({
      ...defaultView(),
      topic: [filter.topic],
      speaker: speakers,
      from: from || null,
      to: to || null,
    });
  };
  const base = {
    topic: topic ? { slug: topic.slug, name: topic.name } : null,
    countryKnown,
    speaker: speaker ? { slug: speaker.slug, name: speaker.name } : null,
  };
  if (!topic || (filter.speaker && !speaker)) {
    const sides = periods.map((p, i) => emptySide(labels[i] ?? "", tableView(p, [])));
    return {
      ...base,
      aggregate: {
        sides,
        propositions: [],
        shared: Object.fromEntries(CAVEAT_KINDS.map((k) => [k, 0])) as Record<DistributionKind, number>,
      },
      detail: null,
      undated: 0,
    };
  }

  // The speaker wins over the country, as the page says.
  const who = speaker
    ? { sql: "AND f.person_id = ?", params: [speaker.id] }
    : filter.country
      ? { sql: "AND f.person_id IN (SELECT id FROM persons WHERE country = ?)", params: [filter.country] }
      : { sql: "", params: [] };
  const inTopic = "(t.path = ? OR t.path LIKE ? ESCAPE '\\')";
  const topicParams = [topic.path, likePrefix(topic.path)];
  const maxSpan = Number(
    sqlite
      .prepare("SELECT n FROM position_facet_counts WHERE facet = 'maxspan' AND value = ''")
      .pluck()
      .get() ?? 0,
  );

  if (source !== "live" && !speaker) {
    const counted = periods.map((period) =>
      countedSide(sqlite, {
        topicId: topic.id,
        inTopic,
        topicParams,
        period,
        maxSpan,
        country: filter.country,
      }),
    );
    // Small sides are read live, record by record, for the detail view.
    if (source === "counts" || !counted.every((c) => c.records > 0 && c.records <= DETAIL_LIMIT)) {
      return {
        ...base,
        ...fromCounts(
          sqlite,
          counted,
          periods,
          labels,
          tableView,
          filter.country,
          filter.proposition,
          countedUndated(sqlite, topic.id, filter.country),
        ),
      };
    }
  }

  // One pass over each side's records writes the narrow columns every aggregate below needs, so they read the
  // temporary table alone (lookups only for the few groups and sampled rows they show).
  sqlite.exec(`CREATE TEMP TABLE IF NOT EXISTS compare_hits (
    side INTEGER NOT NULL, statement_id INTEGER NOT NULL, person_id INTEGER, event_id INTEGER, event_kind TEXT,
    mode TEXT NOT NULL, date_start TEXT, date_end TEXT, tier TEXT NOT NULL, tier_rank INTEGER NOT NULL,
    role_id INTEGER, inferred INTEGER NOT NULL, coded INTEGER NOT NULL, PRIMARY KEY (side, statement_id)) WITHOUT ROWID`);
  sqlite.exec(`CREATE TEMP TABLE IF NOT EXISTS compare_codes (
    side INTEGER NOT NULL, proposition_id INTEGER NOT NULL, status TEXT NOT NULL, stance INTEGER,
    code_id INTEGER NOT NULL, statement_id INTEGER NOT NULL, tier_rank INTEGER NOT NULL, date_start TEXT,
    review TEXT NOT NULL)`);
  sqlite.exec("DELETE FROM temp.compare_hits; DELETE FROM temp.compare_codes");
  const fill = sqlite.prepare(`
    INSERT OR IGNORE INTO temp.compare_hits
    SELECT ?, f.statement_id, f.person_id, f.event_id, f.event_kind, f.mode, f.date_start, f.date_end,
      c.tier, c.tier_rank, c.role_id, c.inferred, c.coded > 0
    FROM topics t
    JOIN position_topic_dates d ON d.topic_id = t.id AND d.date_start >= ? AND d.date_start <= ?
    JOIN position_facts f ON f.statement_id = d.statement_id
    JOIN compare_facts c ON c.statement_id = f.statement_id
    WHERE ${inTopic} AND f.date_end >= ? ${who.sql}`);
  periods.forEach((p, side) => {
    // A record overlaps [from, to] when it starts by `to` and ends from `from`; it cannot start more than the
    // longest span of any record before `from`, which bounds the range scan on (topic, date_start).
    const lo = p.from ? addDays(p.from, -maxSpan - 1) : "0";
    fill.run(side, lo, p.to ?? "9999-12-31", ...topicParams, p.from ?? "", ...who.params);
  });
  sqlite.exec(`
    INSERT INTO temp.compare_codes
    SELECT h.side, cp.proposition_id, cp.status, cp.stance, cp.id, h.statement_id, h.tier_rank, h.date_start,
      cp.review_status
    FROM temp.compare_hits h JOIN coded_positions cp ON cp.statement_id = h.statement_id
    WHERE h.coded`);

  const undated = Number(
    sqlite
      .prepare(`
        SELECT count(DISTINCT d.statement_id) FROM topics t
        JOIN position_topic_dates d ON d.topic_id = t.id AND d.date_start = ''
        JOIN position_facts f ON f.statement_id = d.statement_id
        WHERE ${inTopic} ${who.sql}`)
      .pluck()
      .get(...topicParams, ...who.params) ?? 0,
  );

  const sides = periods.map((p, i) =>
    emptySide(labels[i] ?? "", tableView(p, speaker ? [speaker.slug] : [])),
  );
  const totals = sqlite
    .prepare(`
      SELECT side, count(*) AS records, sum(NOT coded) AS uncoded,
        count(DISTINCT person_id) AS speakers, sum(person_id IS NULL) AS unresolved,
        count(DISTINCT event_id) AS events, min(date_start) AS first, max(date_end) AS last,
        sum(inferred) AS inferred
      FROM temp.compare_hits GROUP BY side`)
    .all() as ({ side: number } & Pick<SideAggregate, SideTotal>)[];
  for (const { side: index, ...t } of totals) {
    const side = sides[index];
    if (side) Object.assign(side, t);
  }

  // Each dimension grouped per side; the top values, how many there are, and how many occur on both sides.
  // Offices, ranks and speakers are grouped by role and person first, so only those groups are looked up.
  const dims = sqlite
    .prepare(`
      WITH by_role AS (SELECT side, role_id, count(*) AS n FROM temp.compare_hits GROUP BY 1, 2),
      by_person AS (SELECT side, person_id, count(*) AS n FROM temp.compare_hits WHERE person_id IS NOT NULL GROUP BY 1, 2),
      v AS MATERIALIZED (
        SELECT side, 'venue_kind' AS kind, coalesce(event_kind, '') AS value, NULL AS label, count(*) AS n
          FROM temp.compare_hits GROUP BY 1, 3
        UNION ALL SELECT side, 'mode', mode, NULL, count(*) FROM temp.compare_hits GROUP BY 1, 3
        UNION ALL SELECT side, 'source_tier', tier, NULL, count(*) FROM temp.compare_hits GROUP BY 1, 3
        UNION ALL SELECT b.side, 'office', coalesce(r.title, ''), NULL, sum(b.n)
          FROM by_role b LEFT JOIN roles r ON r.id = b.role_id GROUP BY 1, 3
        UNION ALL SELECT b.side, 'rank', r.rank, NULL, sum(b.n)
          FROM by_role b JOIN roles r ON r.id = b.role_id WHERE r.rank IS NOT NULL GROUP BY 1, 3
        UNION ALL SELECT b.side, 'speaker', 'p' || b.person_id, coalesce(p.native_name, p.name), b.n
          FROM by_person b JOIN persons p ON p.id = b.person_id
        UNION ALL SELECT h.side, 'speaker', 'u' || s.attribution_text, 'Unresolved (“' || s.attribution_text || '”)', count(*)
          FROM temp.compare_hits h JOIN statements s ON s.id = h.statement_id WHERE h.person_id IS NULL GROUP BY 1, 3
      ),
      ranked AS (
        SELECT side, kind, value, label, n,
          row_number() OVER (PARTITION BY side, kind ORDER BY n DESC, value) AS rn,
          count(*) OVER (PARTITION BY side, kind) AS distinct_n
        FROM v
      )
      SELECT side, kind, value, label, n, distinct_n FROM ranked WHERE rn <= ${TOP_VALUES}
      UNION ALL
      SELECT -1, a.kind, NULL, NULL, count(*), NULL FROM v a
        JOIN v b ON b.side = 1 AND b.kind = a.kind AND b.value = a.value
        WHERE a.side = 0 GROUP BY a.kind
      ORDER BY 1, 2, 5 DESC, 3`)
    .all() as {
    side: number;
    kind: DistributionKind;
    value: string | null;
    label: string | null;
    n: number;
    distinct_n: number | null;
  }[];
  const shared = Object.fromEntries(CAVEAT_KINDS.map((k) => [k, 0])) as Record<DistributionKind, number>;
  for (const d of dims) {
    if (d.side < 0) {
      shared[d.kind] = d.n;
      continue;
    }
    const dist = sides[d.side]?.distributions[d.kind];
    if (!dist || d.value === null) continue;
    dist.distinct = d.distinct_n ?? 0;
    dist.top.push({ value: d.value, label: valueLabel(d.kind, d.value, d.label), n: d.n });
  }

  const topicRows = sqlite
    .prepare(`
      SELECT side, slug, name, n FROM (
        SELECT c.side, t.slug, t.name, c.n, row_number() OVER (PARTITION BY c.side ORDER BY c.n DESC, t.path) AS rn
        FROM (SELECT h.side, st.topic_id, count(*) AS n FROM temp.compare_hits h
              JOIN statement_topics st ON st.statement_id = h.statement_id GROUP BY 1, 2) c
        JOIN topics t ON t.id = c.topic_id)
      WHERE rn <= ${TOP_VALUES + 2} ORDER BY side, rn`)
    .all() as { side: number; slug: string; name: string; n: number }[];
  for (const t of topicRows) sides[t.side]?.topics.push({ value: t.slug, label: t.name, n: t.n });

  const notes = sqlite
    .prepare(`
      SELECT side, note, n FROM (
        SELECT h.side, s.date_note AS note, count(*) AS n,
          row_number() OVER (PARTITION BY h.side ORDER BY count(*) DESC, s.date_note) AS rn
        FROM temp.compare_hits h JOIN statements s ON s.id = h.statement_id
        WHERE h.inferred AND s.date_note IS NOT NULL
        GROUP BY h.side, s.date_note)
      WHERE rn <= 3 ORDER BY side, rn`)
    .all() as { side: number; note: string; n: number }[];
  for (const n of notes) sides[n.side]?.dateNotes.push({ note: n.note, n: n.n });

  // The best passages of each side are picked from the temporary table (a top-N sort, no full sort), and only
  // they are read from the wide rows.
  const pickSample = sqlite.prepare(`
    SELECT statement_id, coded FROM temp.compare_hits WHERE side = ?
    ORDER BY tier_rank, date_start DESC, statement_id DESC LIMIT ${SIDE_SAMPLE}`);
  sides.forEach((side, i) => {
    side.sample = passages(
      sqlite,
      (pickSample.all(i) as { statement_id: number; coded: number }[]).map((r) => ({
        statementId: r.statement_id,
        coded: r.coded === 1,
      })),
    );
  });

  const tallies = sqlite
    .prepare(`
      SELECT side, proposition_id AS propositionId, status, stance, count(*) AS n FROM temp.compare_codes
      GROUP BY 1, 2, 3, 4`)
    .all() as TallyRow[];
  sqlite.exec("CREATE INDEX IF NOT EXISTS temp.compare_codes_idx ON compare_codes (side, proposition_id)");
  const pickEvidence = sqlite.prepare(`
    SELECT code_id FROM temp.compare_codes WHERE side = ? AND proposition_id = ?
    ORDER BY ${statusRankSql("status")}, tier_rank, date_start DESC, statement_id DESC LIMIT ${PROPOSITION_SAMPLE}`);
  const propositions = buildPropositions(
    sqlite,
    tallies,
    sides.length,
    (side, propositionId) => pickEvidence.pluck().all(side, propositionId) as number[],
    filter.proposition,
  );

  if (!speaker && filter.country) {
    // The table's `country` is where the event took place; the side's speakers, listed, hold exactly its records.
    const slugs = sqlite.prepare(`
      SELECT p.slug FROM (SELECT DISTINCT person_id FROM temp.compare_hits WHERE side = ?) h
      JOIN persons p ON p.id = h.person_id ORDER BY p.slug LIMIT ${MAX_LINK_SPEAKERS + 1}`);
    // Does the topic and period hold a record by someone else (or an unresolved speaker)? If not, the view of the
    // topic and period alone is exact.
    const others = sqlite.prepare(`
      SELECT EXISTS (SELECT 1 FROM topics t
        JOIN position_topic_dates d ON d.topic_id = t.id AND d.date_start >= ? AND d.date_start <= ?
        JOIN position_facts f ON f.statement_id = d.statement_id
        WHERE ${inTopic} AND f.date_end >= ?
          AND (f.person_id IS NULL OR f.person_id NOT IN (SELECT id FROM persons WHERE country = ?)))`);
    periods.forEach((p, i) => {
      const side = sides[i];
      if (!side || side.records === 0) return;
      const lo = p.from ? addDays(p.from, -maxSpan - 1) : "0";
      side.table = countryTableLink(
        p,
        slugs.pluck().all(i) as string[],
        () => !!others.pluck().get(lo, p.to ?? "9999-12-31", ...topicParams, p.from ?? "", filter.country),
        tableView,
      );
    });
  }

  applyReview(
    sqlite,
    sides,
    sqlite
      .prepare(`
        SELECT side, proposition_id AS propositionId, review, count(*) AS n FROM temp.compare_codes
        GROUP BY 1, 2, 3`)
      .all() as ReviewRow[],
    filter.proposition,
  );

  let detail: PeriodComparison["detail"] = null;
  if (sides.every((s) => s.records > 0 && s.records <= DETAIL_LIMIT)) {
    const ids = sqlite.prepare(`
      SELECT statement_id FROM temp.compare_hits WHERE side = ? ORDER BY date_start, statement_id LIMIT ${DETAIL_LIMIT}`);
    detail = sides.map((s, i) => ({
      label: s.label,
      records: withDateBasis(db, listRecordCards(db, ids.pluck().all(i) as number[])),
    }));
  }

  return {
    ...base,
    aggregate: { sides, propositions, shared },
    detail,
    undated,
  };
}
