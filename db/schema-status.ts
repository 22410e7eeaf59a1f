/**
 * Where a database's schema stands against this code's migrations. Its own module, read by both db/migrate.ts and
 * db/backup.ts: in migrate.ts it made an import cycle with backup.ts, which left `npm run db:migrate` hanging.
 */
import fs from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";

export const MIGRATIONS_FOLDER = path.join(import.meta.dirname, "migrations");

interface JournalEntry {
  tag: string;
  when: number;
}

function journal(): JournalEntry[] {
  const file = path.join(MIGRATIONS_FOLDER, "meta", "_journal.json");
  return (JSON.parse(fs.readFileSync(file, "utf8")) as { entries: JournalEntry[] }).entries;
}

export type SchemaStatus =
  | { kind: "empty" }
  | { kind: "current" }
  | { kind: "pending"; pending: string[] }
  | { kind: "newer"; message: string };

/**
 * Where a database's schema stands against this code's migrations. "newer" means it was migrated by a later
 * version of the app: this one must not write to it (its queries and triggers would not match the tables).
 */
export function schemaStatus(sqlite: Database.Database): SchemaStatus {
  const hasTable = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  if (!hasTable) return { kind: "empty" };
  const applied = sqlite.prepare("SELECT created_at AS at FROM __drizzle_migrations").all() as {
    at: number;
  }[];
  const entries = journal();
  const known = new Set(entries.map((e) => e.when));
  const unknown = applied.filter((a) => !known.has(Number(a.at)));
  if (unknown.length > 0)
    return {
      kind: "newer",
      message: `the database has ${unknown.length} migration(s) this version of Positions does not know: it was set up by a newer version (update the app, or restore a backup taken before)`,
    };
  const done = new Set(applied.map((a) => Number(a.at)));
  const pending = entries.filter((e) => !done.has(e.when)).map((e) => e.tag);
  return pending.length > 0 ? { kind: "pending", pending } : { kind: "current" };
}
