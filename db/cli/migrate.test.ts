import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { MIGRATIONS_FOLDER, schemaStatus } from "@/db/migrate";

const ROOT = path.resolve(import.meta.dirname, "../..");

describe("npm run db:migrate", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "positions-migrate-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("brings a database one migration behind up to date, keeping a backup of it first", () => {
    // A migrations folder without the newest migration makes a database as the previous release left it.
    const older = path.join(dir, "migrations");
    fs.cpSync(MIGRATIONS_FOLDER, older, { recursive: true });
    const journalFile = path.join(older, "meta", "_journal.json");
    const journal = JSON.parse(fs.readFileSync(journalFile, "utf8")) as { entries: { tag: string }[] };
    const newest = journal.entries.pop();
    fs.writeFileSync(journalFile, JSON.stringify(journal));
    const file = path.join(dir, "positions.db");
    const db = openDatabase(file);
    migrate(db, { migrationsFolder: older });
    expect(schemaStatus(db.$client)).toEqual({ kind: "pending", pending: [newest?.tag] });
    db.$client.close();

    const out = execFileSync(
      process.execPath,
      [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "db/cli/migrate.ts"],
      {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, DATABASE_PATH: file },
      },
    );
    expect(out).toMatch(/migrations applied \(the database before them: .*pre-migration-.*\.db\)/);
    const after = new Database(file, { readonly: true });
    expect(schemaStatus(after)).toEqual({ kind: "current" });
    after.close();
    const backups = fs.readdirSync(dir).filter((f) => f.includes(".pre-migration-"));
    expect(backups).toHaveLength(1);
    const before = new Database(path.join(dir, backups[0] ?? ""), { readonly: true });
    expect(schemaStatus(before)).toEqual({ kind: "pending", pending: [newest?.tag] });
    before.close();
  }, 60_000);
});
