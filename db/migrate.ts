import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import type { Db } from "./client";
import { MIGRATIONS_FOLDER, schemaStatus } from "./schema-status";

export { MIGRATIONS_FOLDER, type SchemaStatus, schemaStatus } from "./schema-status";

/** Applies the pending migrations; refuses a database whose schema is newer than this code. */
export function migrateDatabase(db: Db): void {
  const status = schemaStatus(db.$client);
  if (status.kind === "newer") throw new Error(`Refusing to open this database: ${status.message}.`);
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}

/**
 * As migrateDatabase, but a database that holds data and has migrations pending is backed up first (next to
 * it, `<file>.pre-migration-<time>.db`), so a migration that goes wrong can be undone with db:restore.
 */
export async function migrateWithBackup(db: Db, file: string): Promise<string | undefined> {
  const status = schemaStatus(db.$client);
  let backup: string | undefined;
  if (status.kind === "pending" && file !== ":memory:") {
    const { backupDatabase, fileTimestamp } = await import("./backup");
    backup = `${file}.pre-migration-${fileTimestamp(new Date())}.db`;
    await backupDatabase(db, backup);
  }
  migrateDatabase(db);
  return backup;
}
