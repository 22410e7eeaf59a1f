import type { Db } from "../client";

/**
 * The positions view's derived tables (migration 0002_positions_search.sql): position_facts (narrow rows for
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
  sqlite.transaction(() => {
    sqlite.prepare("DELETE FROM position_facts WHERE statement_id = ?").run(statementId);
    sqlite
      .prepare("INSERT INTO position_facts SELECT * FROM position_facts_source WHERE statement_id = ?")
      .run(statementId);
    sqlite.prepare("DELETE FROM positions_fts WHERE rowid = ?").run(statementId);
    sqlite.prepare(`${REINDEX_FTS} WHERE statement_id = ?`).run(statementId);
  }).immediate();
}

/** Rebuilds all derived tables from scratch, in one transaction. */
export function rebuildSearchIndex(db: Db): void {
  const sqlite = db.$client;
  sqlite.transaction(() => {
    sqlite.exec("DELETE FROM position_facts");
    // Counts are recomputed: inserting the facts rows below counts them again through the insert trigger.
    sqlite.exec("DELETE FROM position_facet_counts");
    sqlite.exec("DELETE FROM positions_fts");
    sqlite.exec("INSERT INTO position_facts SELECT * FROM position_facts_source");
    sqlite.exec(REINDEX_FTS);
    sqlite.exec(`
      INSERT INTO position_facet_counts (facet, value, n)
      SELECT 'topic', CAST(a.id AS TEXT), count(DISTINCT st.statement_id)
      FROM statement_topics st JOIN topics t ON t.id = st.topic_id
      JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%'
      GROUP BY a.id`);
  }).immediate();
}

export interface SearchIndexHealth {
  statements: number;
  facts: number;
  indexed: number;
  countedTotal: number;
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
  return {
    statements,
    facts,
    indexed,
    countedTotal,
    ok: statements === facts && statements === indexed && statements === countedTotal,
  };
}

/** Rebuilds the derived tables if they disagree with the base tables. Returns whether it had to. */
export function ensureSearchIndex(db: Db): boolean {
  if (checkSearchIndex(db).ok) return false;
  rebuildSearchIndex(db);
  return true;
}
