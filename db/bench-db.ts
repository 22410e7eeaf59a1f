/**
 * The benchmark databases: seeds plus `count - 20` synthetic records (so `count` in all), built once and cached
 * next to a meta file that names the generator version, seed and a hash of the migrations; a change in any of
 * them rebuilds the file. Shared by `npm run bench` (queries and pages) and `npm run loadtest`.
 *
 * `tsx db/bench-db.ts --count 100000 --out /some/dir` builds one into another folder (for sharing a set of
 * databases between checkouts): written as `<name>.tmp` and renamed when complete, then `READY-<count>` is
 * touched, so a reader that waits for the marker never opens a half-written file.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { loadSeeds } from "@/seeds/load";
import { generateSynthetic, SYNTHETIC_VERSION } from "@/seeds/synthetic";
import { openDatabase } from "./client";
import { MIGRATIONS_FOLDER, migrateDatabase } from "./migrate";

export const BENCH_SEED = 42;

function schemaHash(): string {
  const migrations = fs
    .readdirSync(MIGRATIONS_FOLDER)
    .filter((f) => f.endsWith(".sql"))
    .sort()
    .map((f) => fs.readFileSync(path.join(MIGRATIONS_FOLDER, f), "utf8"))
    .join("\n");
  return createHash("sha256").update(migrations).digest("hex").slice(0, 16);
}

function wantedMeta(count: number): string {
  return JSON.stringify({ version: SYNTHETIC_VERSION, count, seed: BENCH_SEED, schema: schemaHash() });
}

function removeDatabase(file: string): void {
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
}

/** Builds a benchmark database of `count` records at `file` (replacing whatever is there). */
export function buildBenchDatabase(file: string, count: number, log = console.log): void {
  removeDatabase(file);
  log(`building ${file} with ${count} records (generator v${SYNTHETIC_VERSION}) ...`);
  const started = Date.now();
  const db = openDatabase(file);
  db.$client.pragma("cache_size = -262144");
  migrateDatabase(db);
  loadSeeds(db);
  generateSynthetic(db, {
    count: count - 20,
    seed: BENCH_SEED,
    onProgress: (n) => log(`  ${n} records (${((Date.now() - started) / 1000).toFixed(0)} s)`),
  });
  db.$client.exec("ANALYZE");
  db.$client.pragma("wal_checkpoint(TRUNCATE)");
  db.$client.close();
  log(`built ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * A database built elsewhere by the same generator version, count and seed (BENCH_DB_DIR, holding
 * `positions-<count>.db` and its meta file, e.g. one shared between checkouts), copied to `file` and brought up
 * to the current migrations, which backfill what they add. Returns false when there is none to copy.
 */
function copyPrebuilt(file: string, count: number, log: (line: string) => void): boolean {
  const dir = process.env.BENCH_DB_DIR;
  if (!dir) return false;
  const source = path.join(dir, `positions-${count}.db`);
  const metaSource = `${source}.meta.json`;
  if (!fs.existsSync(source) || !fs.existsSync(metaSource)) return false;
  const meta = JSON.parse(fs.readFileSync(metaSource, "utf8")) as Record<string, unknown>;
  const want = JSON.parse(wantedMeta(count)) as Record<string, unknown>;
  if (meta.version !== want.version || meta.count !== want.count || meta.seed !== want.seed) return false;
  log(`copying ${source} to ${file} ...`);
  removeDatabase(file);
  fs.copyFileSync(source, file);
  if (fs.existsSync(`${source}-wal`)) fs.copyFileSync(`${source}-wal`, `${file}-wal`);
  const db = openDatabase(file);
  migrateDatabase(db);
  db.$client.exec("ANALYZE");
  db.$client.pragma("wal_checkpoint(TRUNCATE)");
  db.$client.close();
  return true;
}

/**
 * The cached database of `count` records under bench/, (re)built first when missing or stale, or copied from
 * BENCH_DB_DIR when that folder holds one from the same generator.
 */
export function benchDatabase(count: number, log = console.log): string {
  const file = path.resolve(`bench/positions-${count}.db`);
  const metaFile = `${file}.meta.json`;
  const wanted = wantedMeta(count);
  if (fs.existsSync(file) && fs.existsSync(metaFile) && fs.readFileSync(metaFile, "utf8") === wanted) {
    log(`reusing ${file} (generator v${SYNTHETIC_VERSION})`);
    return file;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.rmSync(metaFile, { force: true });
  if (!copyPrebuilt(file, count, log)) buildBenchDatabase(file, count, log);
  fs.writeFileSync(metaFile, wanted);
  return file;
}

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(argument("count"));
  const out = argument("out");
  if (!Number.isInteger(count) || count < 21) throw new Error("--count must be a whole number above 20");
  if (!out) {
    benchDatabase(count);
  } else {
    const final = path.join(out, `positions-${count}.db`);
    const tmp = `${final}.tmp`;
    fs.mkdirSync(out, { recursive: true });
    buildBenchDatabase(tmp, count);
    // A clean close checkpoints and removes the WAL: the main file alone must be the whole database.
    if (fs.existsSync(`${tmp}-wal`) && fs.statSync(`${tmp}-wal`).size > 0)
      throw new Error(`${tmp}-wal is not empty`);
    for (const suffix of ["-wal", "-shm"]) fs.rmSync(tmp + suffix, { force: true });
    removeDatabase(final);
    fs.renameSync(tmp, final);
    fs.writeFileSync(`${final}.meta.json`, wantedMeta(count));
    fs.writeFileSync(path.join(out, `READY-${count}`), `${new Date().toISOString()}\n`);
  }
}
