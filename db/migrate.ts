import path from "node:path";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { type Db, openDatabase } from "./client";

export const MIGRATIONS_FOLDER = path.join(import.meta.dirname, "migrations");

export function migrateDatabase(db: Db): void {
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const db = openDatabase();
  migrateDatabase(db);
  db.$client.close();
  console.log("migrations applied");
}
