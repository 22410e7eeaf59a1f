import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { type Db, openDatabase } from "./client";
import { schemaStatus } from "./schema-status";

/**
 * Online backups and verified restores. A backup goes through SQLite's backup API (never a file copy, which can
 * catch a database half-written or miss what is still in the WAL), while the app keeps serving; it is written to
 * a temporary name, verified, made durable and only then renamed into place, so a backup file that exists is
 * whole. A restore verifies the backup first, keeps the database it replaces, and swaps files only once the copy
 * it made has been verified too.
 */

/** What a verified database holds, for the operator to compare with what they expect. */
export interface Verification {
  ok: boolean;
  problems: string[];
  counts: Record<(typeof COUNTED)[number], number>;
}

const COUNTED = [
  "statements",
  "sources",
  "persons",
  "events",
  "annotations",
  "coded_positions",
  "users",
] as const;

/** Checks a database file without changing it: integrity, foreign keys, a schema this app knows, counts. */
export function verifyDatabaseFile(file: string): Verification {
  const problems: string[] = [];
  const counts = Object.fromEntries(COUNTED.map((t) => [t, 0])) as Verification["counts"];
  if (!fs.existsSync(file)) return { ok: false, problems: [`${file} does not exist`], counts };
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    return { ok: false, problems: [`${file} cannot be opened: ${String(error)}`], counts };
  }
  try {
    const integrity = sqlite.pragma("integrity_check", { simple: false }) as { integrity_check: string }[];
    const bad = integrity.map((r) => r.integrity_check).filter((m) => m !== "ok");
    if (bad.length > 0) problems.push(`integrity_check: ${bad.slice(0, 5).join("; ")}`);
    const dangling = sqlite.pragma("foreign_key_check") as unknown[];
    if (dangling.length > 0) problems.push(`foreign_key_check: ${dangling.length} rows point at nothing`);
    const status = schemaStatus(sqlite);
    if (status.kind === "newer") problems.push(status.message);
    if (status.kind === "empty") problems.push("it holds no Positions schema");
    if (status.kind !== "empty") {
      for (const table of COUNTED) {
        counts[table] = Number(sqlite.prepare(`SELECT count(*) FROM "${table}"`).pluck().get());
      }
    }
  } catch (error) {
    problems.push(`reading it failed: ${String(error)}`);
  } finally {
    sqlite.close();
  }
  return { ok: problems.length === 0, problems, counts };
}

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, "r");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function fsyncDir(dir: string): void {
  try {
    fsyncFile(dir);
  } catch {
    // Some file systems cannot fsync a directory; the rename is then as durable as they make it.
  }
}

function removeDatabaseFiles(file: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
}

/**
 * Writes an online backup of `db` to `destination`: the backup API in steps (other connections keep reading and
 * writing meanwhile), then verification, fsync and an atomic rename. Throws, leaving no file at `destination`,
 * if the copy does not verify.
 */
export async function backupDatabase(db: Db, destination: string): Promise<Verification> {
  const target = path.resolve(destination);
  fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
  const temporary = `${target}.partial-${process.pid}`;
  removeDatabaseFiles(temporary);
  try {
    await db.$client.backup(temporary);
    // The copy is a rollback-journal database; make it a self-contained file before checking it.
    const copy = new Database(temporary);
    copy.pragma("journal_mode = DELETE");
    copy.close();
    fs.chmodSync(temporary, 0o600);
    const verification = verifyDatabaseFile(temporary);
    if (!verification.ok) throw new Error(`the backup did not verify: ${verification.problems.join("; ")}`);
    fsyncFile(temporary);
    fs.renameSync(temporary, target);
    fsyncDir(path.dirname(target));
    return verification;
  } finally {
    removeDatabaseFiles(temporary);
  }
}

export interface RestoreResult {
  restored: Verification;
  /** Where the database that was replaced now is (absent when there was none). */
  previous?: string;
}

/** A UTC time for file names: 20261201T100000Z. */
export function fileTimestamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, "").replace(/\..*/, "Z");
}

/**
 * Replaces the database at `target` with the backup at `backupFile`. The app must be stopped: a running server
 * would keep the old file open. Nothing is replaced unless the backup verifies; the replaced database is kept
 * beside it (`<target>.before-restore-<time>`).
 */
export async function restoreDatabase(
  backupFile: string,
  target: string,
  now = new Date(),
): Promise<RestoreResult> {
  const source = verifyDatabaseFile(backupFile);
  if (!source.ok) throw new Error(`${backupFile} is not a sound backup: ${source.problems.join("; ")}`);
  const live = path.resolve(target);
  fs.mkdirSync(path.dirname(live), { recursive: true, mode: 0o700 });
  let previous: string | undefined;
  if (fs.existsSync(live)) {
    previous = `${live}.before-restore-${fileTimestamp(now)}`;
    const current = openDatabase(live);
    try {
      await backupDatabase(current, previous);
      // Empty the WAL into the file, so that no -wal of the old database is left to be replayed onto the new one.
      current.$client.pragma("wal_checkpoint(TRUNCATE)");
    } finally {
      current.$client.close();
    }
  }
  const staged = `${live}.restoring-${process.pid}`;
  removeDatabaseFiles(staged);
  try {
    const reader = new Database(backupFile, { readonly: true, fileMustExist: true });
    try {
      await reader.backup(staged);
    } finally {
      reader.close();
    }
    fs.chmodSync(staged, 0o600);
    const restored = verifyDatabaseFile(staged);
    if (!restored.ok) throw new Error(`the restored copy did not verify: ${restored.problems.join("; ")}`);
    fsyncFile(staged);
    for (const suffix of ["-wal", "-shm"]) fs.rmSync(live + suffix, { force: true });
    fs.renameSync(staged, live);
    fsyncDir(path.dirname(live));
    return { restored, previous };
  } finally {
    removeDatabaseFiles(staged);
  }
}

/** Backups named by time in `dir`, newest first. */
export function listBackups(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => /^positions-\d{8}T\d{6}Z\.db$/.test(f))
    .sort()
    .reverse()
    .map((f) => path.join(dir, f));
}

/** One scheduled backup into `dir`, then all but the newest `keep` are deleted. */
export async function scheduledBackup(db: Db, dir: string, keep: number, now = new Date()): Promise<string> {
  const file = path.join(dir, `positions-${fileTimestamp(now)}.db`);
  await backupDatabase(db, file);
  for (const old of listBackups(dir).slice(Math.max(1, keep))) fs.rmSync(old, { force: true });
  return file;
}
