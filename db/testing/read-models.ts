import type { Db } from "../client";

/**
 * The trigger-maintained read models, each as sorted rows, so a test can check that they equal a recount from the
 * base tables (rebuildSearchIndex) after a write. Counts that fell to 0 are left out: triggers keep such rows,
 * a recount does not make them, and readers skip them.
 */
const COUNTED = [
  "position_facet_counts",
  "entity_counts",
  "timeline_month_counts",
  "timeline_speaker_counts",
  "compare_counts",
  "coding_status_counts",
];
const ROWS = ["position_facts", "position_topic_dates", "compare_facts", "coding_facts"];

export function readModelState(db: Db): Record<string, string[]> {
  const rows = (sql: string) =>
    (db.$client.prepare(sql).all() as Record<string, unknown>[]).map((r) => JSON.stringify(r)).sort();
  return Object.fromEntries([
    ...COUNTED.map((t) => [t, rows(`SELECT * FROM ${t} WHERE n <> 0`)]),
    ...ROWS.map((t) => [t, rows(`SELECT * FROM ${t}`)]),
    ["positions_fts", rows("SELECT rowid, text, speaker, role, event, source FROM positions_fts")],
  ]);
}
