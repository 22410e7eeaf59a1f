import type Database from "better-sqlite3";
import type { Period } from "@/lib/compare-view";
import { addDays, lastDayOfMonthIso } from "@/lib/dates";
import { statusRankSql, TIER_RANKS } from "./compare-shared";
import { STATEMENT_JOINS_SQL } from "./statement-join";
import { CODE_SQL } from "./timeline-counts";

/**
 * A period with day bounds, read from maintained counts: the counts hold whole months, so the records of its
 * first and last month that lie outside it are read here and taken away (db/queries/compare-counted.ts).
 */

export interface CountedQuery {
  topicId: number;
  /** The topic and its subtopics, on `topics t`, with its parameters (for the month reads). */
  inTopic: string;
  topicParams: unknown[];
  period: Period;
  /** The longest span of any record, in days: how far before `from` a record overlapping it may start. */
  maxSpan: number;
  country: string | null;
}

const STATUS_RANK = statusRankSql("cp.status");
/** A record the whole months around a period count but the period itself does not hold, as the counts see it. */
export interface Excess {
  person: number;
  slug: string;
  name: string;
  country: string;
  start: string;
  end: string;
  /** compare_counts' kind and value pairs it adds (tiers and codings with their month). */
  values: [kind: string, value: string][];
  /** prop:code pairs it adds to timeline_month_counts, or none when uncoded. */
  codes: string[];
}

/**
 * A period with day bounds is read from the counts of its whole months, less the records of those months that
 * lie outside it: the days of its first month before it starts (with records reaching there from earlier) and
 * those of its last month after it ends. Bounded by two months of records; read live, per record, with every
 * value the counts hold for it, so each can be taken away exactly.
 */
export function excessRecords(
  sqlite: Database.Database,
  q: CountedQuery,
  hull: { lo: string; from: string; to: string },
): Excess[] {
  const { from, to } = q.period;
  const read = sqlite.prepare(`
    SELECT coalesce(s.person_id, 0) AS person, coalesce(p.slug, '') AS slug,
      coalesce(p.native_name, p.name, '') AS name, coalesce(p.country, '') AS country,
      s.date_start AS start, s.date_end AS "end",
      coalesce(CAST(s.event_id AS TEXT), '') AS event, coalesce(e.kind, '') AS venue, s.mode, so.tier,
      coalesce(CAST(s.role_id AS TEXT), '') AS role, s.date_basis = 'inferred' AS inferred, s.date_note AS note,
      s.attribution_text AS attribution,
      (SELECT group_concat(st.topic_id) FROM statement_topics st WHERE st.statement_id = s.id) AS topics,
      (SELECT group_concat(cp.proposition_id || ':' || ${CODE_SQL} || ':' || ${STATUS_RANK} || ':' || cp.review_status)
        FROM coded_positions cp WHERE cp.statement_id = s.id) AS codes
    FROM (SELECT DISTINCT d.statement_id FROM topics t
          JOIN position_topic_dates d ON d.topic_id = t.id AND d.date_start >= ? AND d.date_start < ?
          WHERE ${q.inTopic}) x
    JOIN statements s ON s.id = x.statement_id ${STATEMENT_JOINS_SQL}
    WHERE s.date_end >= ? AND (s.date_end < ? OR s.date_start > ?)`);
  const hullStart = hull.from ? `${hull.from}-01` : "";
  const rows: Record<string, string | number | null>[] = [];
  if (from && from !== `${hull.from}-01`)
    rows.push(
      ...(read.all(`${hull.lo}-01`, from, ...q.topicParams, hullStart, from, to ?? "9999-12-31") as []),
    );
  if (to && to !== lastDayOfMonthIso(hull.to))
    rows.push(
      ...(read.all(addDays(to, 1), `${hull.to}-32`, ...q.topicParams, hullStart, from ?? "", to) as []),
    );
  const tierRank = (tier: string) => TIER_RANKS[tier] ?? 4;
  return rows.map((r) => {
    const str = (k: string) => String(r[k] ?? "");
    const month = str("start").slice(0, 7);
    const codes = r.codes === null ? [] : str("codes").split(",");
    const values: Excess["values"] = [
      ["event", str("event")],
      ["venue", str("venue")],
      ["mode", str("mode")],
      ["tier", str("tier")],
      ["role", str("role")],
      ["start", str("start")],
      ["end", str("end")],
      ...(r.topics === null ? [] : str("topics").split(",")).map((t): [string, string] => ["topic", t]),
      ...codes.flatMap((c): [string, string][] => {
        const [prop, , status, review] = c.split(":");
        return [
          ["evidence", `${prop}:${status}:${tierRank(str("tier"))}`],
          ["review", `${prop}:${review}`],
        ];
      }),
    ];
    if (r.inferred === 1) values.push(["inferred", ""]);
    if (r.inferred === 1 && r.note !== null) values.push(["note", str("note")]);
    if (r.person === 0) values.push(["unresolved", str("attribution")]);
    return {
      person: Number(r.person),
      slug: str("slug"),
      name: str("name"),
      country: str("country"),
      start: str("start"),
      end: str("end"),
      values: values.map(([k, v]) => [k === "tier" || k === "evidence" ? `${k}@${month}` : k, v]),
      codes: codes.map((c) => c.split(":").slice(0, 2).join(":")),
    };
  });
}
