import type { Db } from "../client";
import { transaction } from "./transaction";

/**
 * The positions view's derived tables (migration 0004_positions_search.sql): position_facts (narrow rows for
 * filtering, sorting and counting), position_facet_counts (facet counts over everything) and positions_fts (the
 * full-text index). Triggers keep them in step with every write; these functions rebuild them when that cannot
 * have happened (a database restored from a file written before the migration, or a bulk load that dropped the
 * triggers for speed) and let setup check that they agree with the base tables.
 */

const REINDEX_FTS = `
  INSERT INTO positions_fts (rowid, text, speaker, role, event, source)
  SELECT statement_id, text, speaker, role, event, source FROM position_search_source`;

/** Re-derives one statement's facts and search row (and its annotation count) from the base tables. */
export function reindexStatement(db: Db, statementId: number): void {
  const sqlite = db.$client;
  transaction(db, "immediate", () => {
    sqlite.prepare("DELETE FROM position_facts WHERE statement_id = ?").run(statementId);
    sqlite
      .prepare("INSERT INTO position_facts SELECT * FROM position_facts_source WHERE statement_id = ?")
      .run(statementId);
    sqlite.prepare("DELETE FROM positions_fts WHERE rowid = ?").run(statementId);
    sqlite.prepare(`${REINDEX_FTS} WHERE statement_id = ?`).run(statementId);
  });
}

/** The triggers of migration 0002 that maintain the derived tables. */
const INDEX_TRIGGERS = [
  "position_facts_count_insert",
  "position_facts_count_delete",
  "statement_topics_count_insert",
  "statement_topics_count_delete",
  "statement_topics_dates_insert",
  "statement_topics_dates_delete",
  "statements_topic_dates_update",
  "topics_path_recount",
  "statements_index_insert",
  "statements_facts_update",
  "statements_fts_update",
  "statements_index_delete",
  "persons_index_update",
  "person_aliases_index_insert",
  "person_aliases_index_delete",
  "person_aliases_index_update",
  "roles_index_update",
  "organizations_index_update",
  "events_facts_update",
  "events_fts_update",
  "sources_fts_update",
  "annotations_count_insert",
  "annotations_count_update",
  "annotations_count_delete",
  // Migration 0008_entity_counts: entity_counts for the officials, events, topics and home pages.
  "entity_counts_facts_insert",
  "entity_counts_facts_delete",
  "entity_counts_facts_topics",
  "entity_counts_role_insert",
  "entity_counts_role_delete",
  "entity_counts_role_update",
  "entity_counts_coding_insert",
  "entity_counts_coding_delete",
  "entity_counts_coding_update",
  "entity_counts_events_insert",
  "entity_counts_events_delete",
  "entity_counts_sources_insert",
  "entity_counts_sources_delete",
  "entity_counts_topics_path",
  // Timeline bins (migration 0009_timeline_month_counts.sql): counts per topic, country, month and coding.
  "timeline_counts_statement_insert",
  "timeline_counts_statement_delete",
  "timeline_counts_statement_update_before",
  "timeline_counts_statement_update_after",
  "timeline_counts_topics_insert_before",
  "timeline_counts_topics_insert_after",
  "timeline_counts_topics_delete_before",
  "timeline_counts_topics_delete_after",
  "timeline_counts_topics_update_before",
  "timeline_counts_topics_update_after",
  "timeline_counts_codings_insert_before",
  "timeline_counts_codings_insert_after",
  "timeline_counts_codings_delete_before",
  "timeline_counts_codings_delete_after",
  "timeline_counts_codings_update_before",
  "timeline_counts_codings_update_after",
  "timeline_counts_person_update_before",
  "timeline_counts_person_update_after",
  "timeline_counts_topic_path",
  // Timeline bins per speaker (migration 0013_timeline_speaker_counts.sql): the same counts keyed by speaker.
  "timeline_speaker_counts_statement_insert",
  "timeline_speaker_counts_statement_delete",
  "timeline_speaker_counts_statement_update_before",
  "timeline_speaker_counts_statement_update_after",
  "timeline_speaker_counts_topics_insert_before",
  "timeline_speaker_counts_topics_insert_after",
  "timeline_speaker_counts_topics_delete_before",
  "timeline_speaker_counts_topics_delete_after",
  "timeline_speaker_counts_topics_update_before",
  "timeline_speaker_counts_topics_update_after",
  "timeline_speaker_counts_codings_insert_before",
  "timeline_speaker_counts_codings_insert_after",
  "timeline_speaker_counts_codings_delete_before",
  "timeline_speaker_counts_codings_delete_after",
  "timeline_speaker_counts_codings_update_before",
  "timeline_speaker_counts_codings_update_after",
  "timeline_speaker_counts_topic_path",
  // Comparison of periods (migration 0011_compare_facts.sql): compare_facts.
  "compare_facts_statement_insert",
  "compare_facts_statement_update",
  "compare_facts_statement_delete",
  "compare_facts_source_update",
  "compare_facts_coded_insert",
  "compare_facts_coded_delete",
  "compare_facts_coded_update",
  // The coding queue (migration 0014_coding_queue.sql): coding_facts and coding_status_counts.
  "coding_counts_insert",
  "coding_counts_delete",
  "coding_counts_update",
  "coding_facts_statement_insert",
  "coding_facts_statement_delete",
  "coding_facts_codings_insert",
  "coding_facts_codings_delete",
  "coding_facts_codings_update",
  "coding_facts_topics_insert",
  "coding_facts_topics_delete",
  "coding_facts_topics_update",
  "coding_facts_propositions_insert",
  "coding_facts_propositions_delete",
  "coding_facts_propositions_update",
  "coding_facts_topics_path",
  // Comparison of periods from counts (migration 0016_compare_counts.sql).
  "compare_counts_statement_insert",
  "compare_counts_statement_delete",
  "compare_counts_statement_update_before",
  "compare_counts_statement_update_after",
  "compare_counts_topics_insert_before",
  "compare_counts_topics_insert_after",
  "compare_counts_topics_delete_before",
  "compare_counts_topics_delete_after",
  "compare_counts_topics_update_before",
  "compare_counts_topics_update_after",
  "compare_counts_codings_insert_before",
  "compare_counts_codings_insert_after",
  "compare_counts_codings_delete_before",
  "compare_counts_codings_delete_after",
  "compare_counts_codings_update_before",
  "compare_counts_codings_update_after",
  "compare_counts_persons_update_before",
  "compare_counts_persons_update_after",
  "compare_counts_sources_update_before",
  "compare_counts_sources_update_after",
  "compare_counts_events_update_before",
  "compare_counts_events_update_after",
  "compare_counts_topic_path",
] as const;

/** Set-based rebuild of the derived tables; the caller holds a transaction and has suspended the triggers. */
function rebuildDerivedTables(db: Db): void {
  const sqlite = db.$client;
  sqlite.exec(`
    DELETE FROM position_facts;
    DELETE FROM position_facet_counts;
    DELETE FROM positions_fts;
    DELETE FROM position_topic_dates;
    INSERT INTO position_facts SELECT * FROM position_facts_source;
    INSERT INTO position_topic_dates (topic_id, date_start, statement_id)
      SELECT st.topic_id, coalesce(s.date_start, ''), st.statement_id
      FROM statement_topics st JOIN statements s ON s.id = st.statement_id;
    ${REINDEX_FTS};
    -- The positions table probes the full-text index per row on large searches: one segment keeps probes cheap
    -- (migration 0010_positions_fts_optimize.sql).
    INSERT INTO positions_fts (positions_fts) VALUES ('optimize');
    INSERT INTO position_facet_counts (facet, value, n)
      SELECT 'total', '', count(*) FROM position_facts
      UNION ALL SELECT 'speaker', coalesce(CAST(person_id AS TEXT), ''), count(*) FROM position_facts GROUP BY 2
      UNION ALL SELECT 'kind', coalesce(event_kind, ''), count(*) FROM position_facts GROUP BY 2
      UNION ALL SELECT 'year', coalesce(CAST(year AS TEXT), ''), count(*) FROM position_facts GROUP BY 2
      UNION ALL SELECT 'mode', mode, count(*) FROM position_facts GROUP BY 2
      UNION ALL SELECT 'maxspan', '', max(CAST(julianday(date_end) - julianday(date_start) AS INTEGER))
        FROM position_facts WHERE date_start IS NOT NULL;
    INSERT INTO position_facet_counts (facet, value, n)
      SELECT 'topic', CAST(a.id AS TEXT), count(DISTINCT st.statement_id)
      FROM statement_topics st JOIN topics t ON t.id = st.topic_id
      JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
      GROUP BY a.id;`);

  // entity_counts (migration 0008_entity_counts), from its view, after position_facts and position_topic_dates.
  sqlite.exec(`
    DELETE FROM entity_counts;
    INSERT INTO entity_counts (entity, entity_id, value, n)
      SELECT entity, entity_id, value, n FROM entity_counts_source;`);
  // Timeline bins (migration 0009): summed from the same view the migration backfills from.
  sqlite.exec(`
    DELETE FROM timeline_month_counts;
    INSERT INTO timeline_month_counts (topic_id, country, month, end_month, proposition_id, code, n)
      SELECT topic_id, country, month, end_month, proposition_id, code, count(*) FROM timeline_counts_source
      GROUP BY topic_id, country, month, end_month, proposition_id, code;
    DELETE FROM timeline_speaker_counts;
    INSERT INTO timeline_speaker_counts (topic_id, person_id, month, end_month, proposition_id, code, n)
      SELECT topic_id, person_id, month, end_month, proposition_id, code, count(*) FROM timeline_speaker_counts_source
      GROUP BY topic_id, person_id, month, end_month, proposition_id, code;`);
  // Comparison of periods (migration 0011_compare_facts.sql): one narrow row per statement.
  sqlite.exec(`
    DELETE FROM compare_facts;
    INSERT INTO compare_facts SELECT * FROM compare_facts_source;`);
  // Comparison of periods from counts (migration 0016_compare_counts.sql), from the view it backfills from.
  sqlite.exec(`
    DELETE FROM compare_counts;
    INSERT INTO compare_counts (topic_id, month, end_month, country, kind, value, n)
      SELECT topic_id, month, end_month, country, kind, value, count(*) FROM compare_counts_source
      GROUP BY topic_id, month, end_month, country, kind, value;`);
  // The coding queue (migration 0014_coding_queue.sql): each record's status, then the totals per status.
  sqlite.exec(`
    DELETE FROM coding_facts;
    INSERT INTO coding_facts SELECT * FROM coding_facts_source;
    DELETE FROM coding_status_counts;
    INSERT INTO coding_status_counts (status, n)
      SELECT v.status, (SELECT count(*) FROM coding_facts c WHERE c.status = v.status)
      FROM (SELECT 'uncoded' AS status UNION ALL SELECT 'partial' UNION ALL SELECT 'coded'
            UNION ALL SELECT 'no_propositions') v;`);
}

/**
 * Runs a bulk load with the index triggers suspended, then rebuilds the derived tables in bulk and restores
 * the triggers, all in one immediate transaction: if anything fails, the load, the rebuild and the trigger
 * changes roll back together, so the triggers can never be left missing.
 */
export function withIndexTriggersSuspended<T>(db: Db, load: () => T): T {
  const sqlite = db.$client;
  return transaction(db, "immediate", () => {
    const saved = sqlite
      .prepare(
        `SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (${INDEX_TRIGGERS.map(() => "?").join(", ")})`,
      )
      .all(...INDEX_TRIGGERS) as { name: string; sql: string }[];
    if (saved.length !== INDEX_TRIGGERS.length) {
      throw new Error("search index triggers are missing; run the migrations (npm run db:migrate)");
    }
    for (const t of saved) sqlite.exec(`DROP TRIGGER "${t.name}"`);
    const result = load();
    rebuildDerivedTables(db);
    for (const t of saved) sqlite.exec(t.sql);
    return result;
  });
}

/** Rebuilds all derived tables from scratch, in one transaction. */
export function rebuildSearchIndex(db: Db): void {
  withIndexTriggersSuspended(db, () => undefined);
}

export interface SearchIndexHealth {
  statements: number;
  /** Rows of statement_topics and of its copy with dates, position_topic_dates. */
  topicLinks: number;
  topicDates: number;
  facts: number;
  indexed: number;
  countedTotal: number;
  /** Records counted by the timeline's bins (timeline_month_counts, and per speaker timeline_speaker_counts). */
  timelineCounted: number;
  timelineSpeakerCounted: number;
  /** Records with a coding status (coding_facts) and the sum of the stored counts per status. */
  codingFacts: number;
  codingCounted: number;
  /** True when every statement has its facts row and search row and the counted total matches. */
  ok: boolean;
}

export function checkSearchIndex(db: Db): SearchIndexHealth {
  const sqlite = db.$client;
  const n = (sql: string) => Number(sqlite.prepare(sql).pluck().get() ?? 0);
  const statements = n("SELECT count(*) FROM statements");
  const facts = n("SELECT count(*) FROM position_facts");
  // A contentless table keeps one docsize row per indexed document.
  const indexed = n("SELECT count(*) FROM positions_fts_docsize");
  const countedTotal = n("SELECT coalesce(sum(n), 0) FROM position_facet_counts WHERE facet = 'total'");
  const topicLinks = n("SELECT count(*) FROM statement_topics");
  const topicDates = n("SELECT count(*) FROM position_topic_dates");
  // Timeline bins: every record is counted once under topic 0, proposition 0.
  const timelineCounted = n(
    "SELECT coalesce(sum(n), 0) FROM timeline_month_counts WHERE topic_id = 0 AND proposition_id = 0",
  );
  const timelineSpeakerCounted = n(
    "SELECT coalesce(sum(n), 0) FROM timeline_speaker_counts WHERE topic_id = 0 AND proposition_id = 0",
  );
  const codingFacts = n("SELECT count(*) FROM coding_facts");
  const codingCounted = n("SELECT coalesce(sum(n), 0) FROM coding_status_counts");
  return {
    statements,
    codingFacts,
    codingCounted,
    topicLinks,
    topicDates,
    facts,
    indexed,
    countedTotal,
    timelineCounted,
    timelineSpeakerCounted,
    ok:
      statements === facts &&
      statements === indexed &&
      statements === countedTotal &&
      statements === timelineCounted &&
      statements === timelineSpeakerCounted &&
      statements === codingFacts &&
      statements === codingCounted &&
      topicLinks === topicDates,
  };
}

/** Rebuilds the derived tables if they disagree with the base tables. Returns whether it had to. */
export function ensureSearchIndex(db: Db): boolean {
  if (checkSearchIndex(db).ok) return false;
  rebuildSearchIndex(db);
  return true;
}
