/**
 * `npm run db:backup -- <file>`: an online backup of DATABASE_PATH while the app keeps serving, verified
 * (integrity, foreign keys, schema, counts) and written atomically. Exit code 1 when it does not verify.
 */
import { backupDatabase } from "../backup";
import { databasePath, openDatabase } from "../client";

const destination = process.argv[2];
if (!destination || destination.startsWith("-")) {
  console.error("usage: npm run db:backup -- <backup file>");
  process.exit(2);
}
const db = openDatabase(databasePath());
try {
  const started = Date.now();
  const verification = await backupDatabase(db, destination);
  console.log(
    `backup of ${databasePath()} written to ${destination} in ${Date.now() - started} ms, verified:`,
  );
  for (const [table, n] of Object.entries(verification.counts)) console.log(`  ${table}: ${n}`);
} catch (error) {
  console.error(`backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  db.$client.close();
}
