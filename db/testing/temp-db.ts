import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Db, openDatabase } from "../client";
import { migrateDatabase } from "../migrate";

/** A migrated database in a fresh temporary file, for query tests against real SQLite. */
export function createTempDb(): { db: Db; file: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "positions-test-"));
  const file = path.join(dir, "test.db");
  const db = openDatabase(file);
  migrateDatabase(db);
  return {
    db,
    file,
    cleanup: () => {
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
