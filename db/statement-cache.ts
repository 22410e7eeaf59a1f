import type BetterSqlite3 from "better-sqlite3";

/** Distinct SQL texts kept per connection; the app has a few hundred, generated view SQL aside. */
const CACHE_SIZE = 1_000;

/**
 * Makes `prepare` reuse a compiled statement for SQL it has seen on this connection. Compiling cost a page about
 * 5% of its server time (drizzle prepares every query it runs, each time), and a record page runs dozens.
 * A cached statement is handed out only when no one is still stepping through it (`busy`: an iterate() in
 * progress), and with the output modes a previous caller may have set (pluck, raw, expand) switched back off, so
 * every caller gets what a fresh statement would give.
 */
export function cachePreparedStatements(sqlite: BetterSqlite3.Database): void {
  const compile = sqlite.prepare.bind(sqlite);
  const cache = new Map<string, BetterSqlite3.Statement>();
  const prepare = (source: string): BetterSqlite3.Statement => {
    const hit = cache.get(source);
    if (hit && !hit.busy) {
      if (hit.reader) hit.pluck(false).raw(false).expand(false);
      return hit;
    }
    const statement = compile(source);
    if (!hit) {
      if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      cache.set(source, statement);
    }
    return statement;
  };
  sqlite.prepare = prepare as BetterSqlite3.Database["prepare"];
}
