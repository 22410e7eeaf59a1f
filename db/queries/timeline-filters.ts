import type { Db } from "@/db/client";
import type { TimelineNotice } from "@/lib/timeline-notices";
import { type TimelineView, windowDays } from "@/lib/timeline-view";

/**
 * What a timeline view names, looked up (resolveTimelineFilters), the one WHERE its records are read with
 * (matchWhere), and the choices its filter form offers.
 */

export interface TimelineFilters {
  topic: { id: number; path: string; name: string } | null;
  speaker: { id: number; slug: string } | null;
  country: string | null;
  proposition: { id: number; slug: string; label: string } | null;
  /** First and last day of the zoom window, open ends null. */
  window: { start: string | null; end: string | null };
}
export type Param = string | number;
export interface Where {
  sql: string;
  params: Param[];
}

/** Resolves the view's slugs to rows, noting every one that names nothing. */
export function resolveTimelineFilters(
  db: Db,
  view: TimelineView,
): { filters: TimelineFilters; notices: TimelineNotice[] } {
  const sqlite = db.$client;
  const notices: TimelineNotice[] = [];
  // The row a slug names (null without a slug, or when it names nothing).
  const named = <T>(sql: string, slug: string | null): T | null =>
    slug ? ((sqlite.prepare(sql).get(slug) as T | undefined) ?? null) : null;
  const topic = named<TimelineFilters["topic"]>(
    "SELECT id, path, name FROM topics WHERE slug = ?",
    view.topic,
  );
  if (view.topic && !topic) notices.push({ kind: "no_topic", slug: view.topic });
  const speaker = named<TimelineFilters["speaker"]>(
    "SELECT id, slug FROM persons WHERE slug = ?",
    view.speaker,
  );
  if (view.speaker && !speaker) notices.push({ kind: "no_speaker", slug: view.speaker });
  let country: string | null = null;
  if (view.country) {
    const known = sqlite.prepare("SELECT 1 FROM persons WHERE country = ? LIMIT 1").get(view.country);
    if (!known) notices.push({ kind: "no_country", country: view.country });
    else if (speaker) notices.push({ kind: "country_ignored", country: view.country });
    else country = view.country;
  }
  const proposition = named<TimelineFilters["proposition"]>(
    "SELECT id, slug, label FROM propositions WHERE slug = ?",
    view.proposition,
  );
  if (view.proposition && !proposition) notices.push({ kind: "no_proposition", slug: view.proposition });
  if (view.pick.length > 0) {
    // At most two ids (the grammar caps picks), so binding them is bounded.
    const found = new Set(
      (
        sqlite
          .prepare(
            `SELECT public_id FROM statements WHERE public_id IN (${view.pick.map(() => "?").join(",")})`,
          )
          .all(...view.pick) as { public_id: string }[]
      ).map((r) => r.public_id),
    );
    for (const id of view.pick) if (!found.has(id)) notices.push({ kind: "no_record", id });
  }
  return { filters: { topic, speaker, country, proposition, window: windowDays(view) }, notices };
}

/**
 * The records of the view, over position_facts aliased `f`: dated ones whose first possible day is in the window
 * (or undated ones), on the topic or a subtopic, by the speaker or the country's speakers, coded on the
 * proposition (with any status). A filter that names nothing matches nothing rather than being dropped.
 */
export function matchWhere(view: TimelineView, f: TimelineFilters, dated: boolean): Where {
  const conds: string[] = [];
  const params: Param[] = [];
  if (dated) {
    conds.push("f.date_start IS NOT NULL");
    if (f.window.start) {
      conds.push("f.date_start >= ?");
      params.push(f.window.start);
    }
    if (f.window.end) {
      conds.push("f.date_start <= ?");
      params.push(f.window.end);
    }
  } else conds.push("f.date_start IS NULL");
  if (view.topic && view.speaker) {
    // One speaker's records are few next to a topic's: walk them by the speaker's index and test each record's
    // topics, instead of walking every record of the topic (75% of the corpus for cyber-security) for one speaker.
    conds.push(
      `EXISTS (SELECT 1 FROM statement_topics st WHERE st.statement_id = f.statement_id AND st.topic_id IN (
         SELECT id FROM topics WHERE path = ? OR path LIKE ? || '/%'))`,
    );
    params.push(f.topic?.path ?? "\u0000none", f.topic?.path ?? "\u0000none");
  } else if (view.topic) {
    // position_topic_dates narrows topic and window together in one range scan per topic of the subtree.
    const dates = dated
      ? `date_start > ''${f.window.start ? " AND date_start >= ?" : ""}${f.window.end ? " AND date_start <= ?" : ""}`
      : "date_start = ''";
    conds.push(
      `f.statement_id IN (SELECT statement_id FROM position_topic_dates WHERE topic_id IN (
         SELECT id FROM topics WHERE path = ? OR path LIKE ? || '/%') AND ${dates})`,
    );
    params.push(f.topic?.path ?? "\u0000none", f.topic?.path ?? "\u0000none");
    if (dated && f.window.start) params.push(f.window.start);
    if (dated && f.window.end) params.push(f.window.end);
  }
  if (view.speaker) {
    conds.push("f.person_id = ?");
    params.push(f.speaker?.id ?? -1);
  } else if (f.country) {
    conds.push("f.person_id IN (SELECT id FROM persons WHERE country = ?)");
    params.push(f.country);
  }
  if (view.proposition) {
    conds.push("f.statement_id IN (SELECT statement_id FROM coded_positions WHERE proposition_id = ?)");
    params.push(f.proposition?.id ?? -1);
  }
  return { sql: `WHERE ${conds.join(" AND ")}`, params };
}

export interface Option {
  slug: string;
  label: string;
}

/** How many speakers the filter offers: the most prolific, by the maintained per-speaker counts. */
export const MAX_SPEAKER_OPTIONS = 200;

/**
 * Choices for the timeline's filters, bounded: propositions that have coded positions (one index probe each),
 * and the speakers with the most records (from the maintained facet counts), by name, plus the chosen one.
 */
export function listTimelineOptions(
  db: Db,
  chosenSpeaker: string | null = null,
): { propositions: Option[]; speakers: Option[] } {
  const sqlite = db.$client;
  const propositions = sqlite
    .prepare(
      `SELECT slug, label FROM propositions p
       WHERE EXISTS (SELECT 1 FROM coded_positions cp WHERE cp.proposition_id = p.id) ORDER BY p.id`,
    )
    .all() as Option[];
  const speakers = sqlite
    .prepare(
      // Names as written in Vietnamese where known, as the tables show them.
      `SELECT slug, label FROM (
         SELECT * FROM (
           SELECT p.slug, coalesce(p.native_name, p.name) AS label, p.name
           FROM position_facet_counts c JOIN persons p ON p.id = CAST(c.value AS INTEGER)
           WHERE c.facet = 'speaker' AND c.value <> '' AND c.n > 0
           ORDER BY c.n DESC, p.id LIMIT ?)
         UNION
         SELECT slug, coalesce(native_name, name), name FROM persons WHERE slug = ?)
       ORDER BY name`,
    )
    .all(MAX_SPEAKER_OPTIONS, chosenSpeaker ?? "") as Option[];
  return { propositions, speakers };
}

/** Topics for the filter, in tree order; no counts, so it costs the codebook's size and nothing more. */
export function listTimelineTopics(db: Db): { slug: string; label: string; depth: number }[] {
  return (
    db.$client.prepare("SELECT slug, name, path FROM topics ORDER BY path").all() as {
      slug: string;
      name: string;
      path: string;
    }[]
  ).map((t) => ({ slug: t.slug, label: t.name, depth: t.path.split("/").length - 1 }));
}

/**
 * How the positions table can hold a timeline view's speakers. The table's `country` is the event's country,
 * not the speaker's, so a speaker-country filter becomes `attribution=resolved` when every speaker with records
 * is from that country (exactly the same records), or the list of its speakers when the table's grammar can hold
 * it; otherwise the link is wider than the view (`widerThanView`), and the page says so.
 */
export function tableSpeakerScope(
  db: Db,
  filters: TimelineFilters,
): { speakers: string[]; resolvedOnly: boolean; widerThanView: boolean } {
  if (filters.speaker) return { speakers: [filters.speaker.slug], resolvedOnly: false, widerThanView: false };
  if (!filters.country) return { speakers: [], resolvedOnly: false, widerThanView: false };
  const speakersWithRecords = `FROM position_facet_counts c JOIN persons p ON p.id = CAST(c.value AS INTEGER)
    WHERE c.facet = 'speaker' AND c.value <> '' AND c.n > 0`;
  const sqlite = db.$client;
  const foreign = sqlite
    .prepare(`SELECT 1 ${speakersWithRecords} AND p.country <> ? LIMIT 1`)
    .get(filters.country);
  if (!foreign) return { speakers: [], resolvedOnly: true, widerThanView: false };
  const slugs = sqlite
    .prepare(`SELECT p.slug ${speakersWithRecords} AND p.country = ? ORDER BY p.slug LIMIT ?`)
    .pluck()
    .all(filters.country, MAX_TABLE_SPEAKERS + 1) as string[];
  if (slugs.length <= MAX_TABLE_SPEAKERS)
    return { speakers: slugs, resolvedOnly: false, widerThanView: false };
  return { speakers: [], resolvedOnly: false, widerThanView: true };
}

/** The positions grammar accepts at most 50 speakers. */
const MAX_TABLE_SPEAKERS = 50;
