/**
 * `npm run db:migrate`: applies pending migrations to DATABASE_PATH, backing a database that holds data up first.
 * The entry point lives here, not in db/migrate.ts: that module is imported by db/backup.ts, which migrate loads
 * lazily, and an entry module with a top-level await that imports a module importing it back never settles
 * (Node exits with code 13 and nothing migrated).
 */
import { databasePath, openDatabase } from "../client";
import { migrateWithBackup } from "../migrate";

const file = databasePath();
const db = openDatabase(file);
const backup = await migrateWithBackup(db, file);
db.$client.close();
console.log(backup ? `migrations applied (the database before them: ${backup})` : "migrations applied");
