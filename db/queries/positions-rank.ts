import { MATCH_FIELDS, type MatchField } from "@/lib/positions-table-row";
import type { PositionsView } from "@/lib/positions-view";
import type { Db } from "../client";
import { EXACT_HAYSTACK } from "./positions-accents";
import { runAll } from "./positions-plan";
import { type Access, buildWhere, fromFor, type ResolvedView } from "./positions-where";
import { type Fragment, placeholders } from "./sql-fragment";

/** Relevance order (`sort=relevance`) and, for a page of a search, the fields each record matched in. */

/**
 * bm25 weights by field: the statement's own words count most, then who said it and where, then the role, then
 * the source's title and outlet (which mention a topic without the statement being about it).
 */
const RANK_WEIGHTS: Record<MatchField, number> = { text: 10, speaker: 4, role: 2, event: 4, source: 1 };
/**
 * Relevance ranks the view's most recently added matches, at most this many (a multiple of every page size);
 * the date order lists them all. Ranking every match of a common word would score a quarter of a million rows
 * per page at a million records.
 */
export const RANK_CANDIDATES = 1000;

const RANK_TABLE: Fragment = {
  sql: "CREATE TEMP TABLE IF NOT EXISTS rank_candidates (pos INTEGER PRIMARY KEY, id INTEGER NOT NULL, score REAL)",
  params: [],
};

/**
 * One page in relevance order, among the view's RANK_CANDIDATES most recently added matches: FTS5 lists the
 * matches newest first, every other filter is checked per match, and each kept one is scored by bm25 with
 * RANK_WEIGHTS in the same pass (one FTS5 cursor, so its statistics are read once), into a temporary table.
 * With accented words in the query, records that carry them exactly come first. Ties keep the newest first.
 */
export function rankByRelevance(
  db: Db,
  view: PositionsView,
  resolved: ResolvedView,
  size: number,
  offset: number,
): { ids: number[]; ranked: number } {
  const access: Access = { drive: "rowid", fts: "join" };
  const where = buildWhere(view, resolved, access);
  const weights = MATCH_FIELDS.map((f) => RANK_WEIGHTS[f]).join(", ");
  runAll(db, [RANK_TABLE, { sql: "DELETE FROM temp.rank_candidates", params: [] }]);
  const ranked = db.$client
    .prepare(`INSERT INTO temp.rank_candidates (id, score)
       SELECT f.statement_id, bm25(positions_fts, ${weights}) FROM ${fromFor(resolved, access)} ${where.sql}
       ORDER BY positions_fts.rowid DESC LIMIT ?`)
    .run(...where.params, RANK_CANDIDATES).changes;
  const exact =
    resolved.accented.length > 0
      ? `positions_exact(${EXACT_HAYSTACK.replaceAll("f.statement_id", "c.id")}, ?) DESC, `
      : "";
  const ids = db.$client
    .prepare(`SELECT c.id FROM temp.rank_candidates c ORDER BY ${exact}c.score, c.pos LIMIT ? OFFSET ?`)
    .pluck()
    .all(
      ...[...(resolved.accented.length > 0 ? [JSON.stringify(resolved.accented)] : []), size, offset],
    ) as number[];
  return { ids, ranked };
}

/**
 * For the page's records, the fields each matched in: one FTS5 query per field, restricted to the field and to
 * the page's ids (any searched word or phrase in that field counts).
 */
export function matchedFields(db: Db, groups: readonly (readonly string[])[], ids: readonly number[]) {
  const out = new Map<number, MatchField[]>();
  if (ids.length === 0 || groups.length === 0) return out;
  const any = groups.map((g) => `"${g.join(" ").replaceAll('"', '""')}"`).join(" OR ");
  for (const field of MATCH_FIELDS) {
    const hits = db.$client
      .prepare(
        `SELECT rowid FROM positions_fts WHERE positions_fts MATCH ? AND rowid IN (${placeholders(ids.length)})`,
      )
      .pluck()
      .all(`${field} : (${any})`, ...ids) as number[];
    for (const id of hits) out.set(id, [...(out.get(id) ?? []), field]);
  }
  return out;
}
