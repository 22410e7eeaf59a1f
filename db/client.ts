import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import * as schema from "./schema";
import { cachePreparedStatements } from "./statement-cache";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** The handle inside `db.transaction(...)`, and either: what a query that may run inside a transaction takes. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type Conn = Db | Tx;

export const DEFAULT_DATABASE_PATH = "data/positions.db";

export function databasePath(): string {
  return process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH;
}

const PRAGMAS = {
  journal_mode: "wal",
  foreign_keys: 1,
  // A writer waits this long for another's transaction before giving up with SQLITE_BUSY. At 5 s, ten writers
  // on a machine at load 22 (other jobs' builds) saw 3 of 500 saves refused (annotations.concurrency.test.ts);
  // a save that waits is better than one the analyst must redo, and a bulk import can hold the lock for seconds.
  busy_timeout: 15000,
  synchronous: 1, // NORMAL: durable across application crashes in WAL mode, fast enough for many writers
  // Reads at scale (a million records, ~1.5 GB): a 64 MiB page cache instead of 2 MiB.
  cache_size: -65536,
} as const;

/**
 * Opens a connection with the pragmas this app relies on, and checks each took effect: better-sqlite3 silently
 * keeps its own defaults on later WAL connections, and a missing foreign_keys would let dangling rows in.
 */
export function openDatabase(file: string = databasePath()): Db {
  // The records are months of an analyst's work: a new data folder and database are the owner's alone.
  const isNew = file !== ":memory:" && !fs.existsSync(/*turbopackIgnore: true*/ file);
  if (file !== ":memory:")
    fs.mkdirSync(path.dirname(path.resolve(/*turbopackIgnore: true*/ file)), {
      recursive: true,
      mode: 0o700,
    });
  const sqlite = new Database(file);
  if (isNew) fs.chmodSync(/*turbopackIgnore: true*/ file, 0o600);
  for (const [name, value] of Object.entries(PRAGMAS)) {
    sqlite.pragma(`${name} = ${value}`);
    const actual = sqlite.pragma(name, { simple: true });
    const expected = name === "journal_mode" && file === ":memory:" ? "memory" : value;
    if (String(actual) !== String(expected)) {
      sqlite.close();
      throw new Error(`SQLite pragma ${name} is ${String(actual)}, expected ${String(expected)}`);
    }
  }
  // No memory-mapped reads: measured at a million records (2026-12-02, the table's views and two comparisons,
  // interleaved), reads through the page cache were as fast as a 1 GiB map, and the map made every connection
  // hold up to 1 GiB of the file as the server's resident memory (1,369 MB of its 1,887 MB after the page sweep).
  sqlite.pragma("mmap_size = 0");
  cachePreparedStatements(sqlite);
  return drizzle({ client: sqlite, schema }) as Db;
}

let shared: Db | undefined;

/** The app's one connection, opened on first use so that `next build` never touches a database file. */
export function getDb(): Db {
  shared ??= openDatabase();
  return shared;
}
