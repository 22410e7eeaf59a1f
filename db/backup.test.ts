import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadSeeds } from "@/seeds/load";
import { backupDatabase, listBackups, restoreDatabase, scheduledBackup, verifyDatabaseFile } from "./backup";
import { openDatabase } from "./client";
import { migrateDatabase, schemaStatus } from "./migrate";
import { createTempDb } from "./testing/temp-db";

const dirs: string[] = [];
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "positions-backup-"));
  dirs.push(dir);
  return dir;
}
function seeded() {
  const temp = createTempDb();
  cleanups.push(temp.cleanup);
  loadSeeds(temp.db);
  return temp;
}

describe("backup and restore", () => {
  it("backs up while another connection writes, and the backup holds a whole, verified database", async () => {
    const temp = seeded();
    const writer = openDatabase(temp.file);
    cleanups.push(() => writer.$client.close());
    const file = path.join(tempDir(), "b.db");
    const backup = backupDatabase(temp.db, file);
    // Writes from another connection while the backup runs neither fail nor break it.
    writer.$client.prepare("UPDATE persons SET native_name = native_name WHERE id = 1").run();
    const verification = await backup;
    expect(verification.ok).toBe(true);
    expect(verification.counts.statements).toBe(20);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(path.dirname(file))).toEqual(["b.db"]);
  });

  it("restores into an empty folder, and the app starts on the restored database", async () => {
    const temp = seeded();
    const file = path.join(tempDir(), "b.db");
    await backupDatabase(temp.db, file);
    const target = path.join(tempDir(), "fresh", "positions.db");
    const { restored, previous } = await restoreDatabase(file, target);
    expect(previous).toBeUndefined();
    expect(restored.counts.statements).toBe(20);
    // The app's own set-up finds every seed record present and nothing to migrate.
    const out = execFileSync(process.execPath, ["--import", "tsx", "db/setup.ts"], {
      env: { ...process.env, DATABASE_PATH: target, BETTER_AUTH_SECRET: "x".repeat(40) },
      encoding: "utf8",
    });
    expect(out).toContain("0 seed records added, 20 already present");
  }, 60_000);

  it("keeps the database it replaces, and refuses a backup that does not verify without touching anything", async () => {
    const temp = seeded();
    const dir = tempDir();
    const good = path.join(dir, "good.db");
    await backupDatabase(temp.db, good);
    const target = path.join(dir, "live.db");
    const live = openDatabase(target);
    migrateDatabase(live);
    live.$client.close();
    const before = fs.readFileSync(target);

    const corrupt = path.join(dir, "corrupt.db");
    const bytes = fs.readFileSync(good);
    bytes.fill(0x41, 4096, 4096 * 4);
    fs.writeFileSync(corrupt, bytes);
    await expect(restoreDatabase(corrupt, target)).rejects.toThrow(/not a sound backup/);
    await expect(restoreDatabase(path.join(dir, "missing.db"), target)).rejects.toThrow(/does not exist/);
    expect(fs.readFileSync(target).equals(before)).toBe(true);

    const { previous } = await restoreDatabase(good, target, new Date("2026-12-01T10:00:00Z"));
    expect(previous).toBe(`${target}.before-restore-20261201T100000Z`);
    expect(verifyDatabaseFile(previous ?? "").counts.statements).toBe(0);
    expect(verifyDatabaseFile(target).counts.statements).toBe(20);
  });

  it("keeps the newest scheduled backups only", async () => {
    const temp = seeded();
    const dir = tempDir();
    for (let h = 0; h < 5; h++) await scheduledBackup(temp.db, dir, 3, new Date(Date.UTC(2026, 11, 1, h)));
    expect(listBackups(dir).map((f) => path.basename(f))).toEqual([
      "positions-20261201T040000Z.db",
      "positions-20261201T030000Z.db",
      "positions-20261201T020000Z.db",
    ]);
  });

  it("refuses a database migrated by a newer version of the app", () => {
    const temp = createTempDb();
    cleanups.push(temp.cleanup);
    temp.db.$client
      .prepare("INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('future', 4102444800000)")
      .run();
    expect(schemaStatus(temp.db.$client).kind).toBe("newer");
    expect(() => migrateDatabase(temp.db)).toThrow(/newer version/);
    const check = verifyDatabaseFile(temp.file);
    expect(check.ok).toBe(false);
    expect(check.problems.join(" ")).toMatch(/newer version/);
  });
});
