import type BetterSqlite3 from "better-sqlite3";
import type { Db } from "../client";

/** One SQL statement and its parameters, built by the positions queries and run by them or the benchmark. */
export interface Fragment {
  sql: string;
  params: (string | number | bigint)[];
}

const statementCache = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

export function prepare(db: Db, sql: string): BetterSqlite3.Statement {
  const client = db.$client;
  let cache = statementCache.get(client);
  if (!cache) {
    cache = new Map();
    statementCache.set(client, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = client.prepare(sql);
    if (cache.size > 500) cache.clear();
    cache.set(sql, statement);
  }
  return statement;
}

export const placeholders = (n: number) => Array.from({ length: n }, () => "?").join(", ");
