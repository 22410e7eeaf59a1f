/**
 * `npm run db:restore -- <backup file>`: replaces DATABASE_PATH with a verified backup. Stop the app first. The
 * database it replaces is kept next to it; nothing changes if the backup does not verify.
 */
import path from "node:path";
import { restoreDatabase } from "../backup";
import { databasePath, openDatabase } from "../client";
import { recordAuditEvent } from "../queries/audit";

const backup = process.argv[2];
if (!backup || backup.startsWith("-")) {
  console.error("usage: npm run db:restore -- <backup file>   (stop the app first)");
  process.exit(2);
}
try {
  const { restored, previous } = await restoreDatabase(backup, databasePath());
  console.log(`restored ${backup} to ${databasePath()}:`);
  for (const [table, n] of Object.entries(restored.counts)) console.log(`  ${table}: ${n}`);
  if (previous) console.log(`the database it replaced is kept at ${previous}`);
  const db = openDatabase(databasePath());
  try {
    recordAuditEvent(db, {
      action: "database_restored",
      actorEmail: process.env.USER ? `${process.env.USER} (shell)` : "shell",
      target: path.resolve(backup),
      detail: { statements: restored.counts.statements, previous: previous ?? null },
    });
  } finally {
    db.$client.close();
  }
} catch (error) {
  console.error(`restore refused: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
