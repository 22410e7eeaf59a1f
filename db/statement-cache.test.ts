import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { cachePreparedStatements } from "./statement-cache";

describe("prepared statement cache", () => {
  const open = () => {
    const sqlite = new Database(":memory:");
    cachePreparedStatements(sqlite);
    sqlite.exec(
      "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO t (name) VALUES ('a'), ('b'), ('c')",
    );
    return sqlite;
  };

  it("reuses a statement, but never with a mode an earlier caller set", () => {
    const sqlite = open();
    const sql = "SELECT id, name FROM t ORDER BY id";
    const first = sqlite.prepare(sql);
    expect(first.pluck().all()).toEqual([1, 2, 3]);
    const again = sqlite.prepare(sql);
    expect(again).toBe(first);
    expect(again.all()).toEqual([
      { id: 1, name: "a" },
      { id: 2, name: "b" },
      { id: 3, name: "c" },
    ]);
    expect(sqlite.prepare(sql).raw().get()).toEqual([1, "a"]);
    expect(sqlite.prepare(sql).get()).toEqual({ id: 1, name: "a" });
  });

  it("gives a fresh statement while the cached one is still being stepped through", () => {
    const sqlite = open();
    const sql = "SELECT name FROM t ORDER BY id";
    const seen: string[] = [];
    for (const row of sqlite.prepare(sql).pluck().iterate()) {
      // The same query again, nested: it must not touch the iterator above.
      seen.push(`${row}:${(sqlite.prepare(sql).pluck().all() as string[]).join("")}`);
    }
    expect(seen).toEqual(["a:abc", "b:abc", "c:abc"]);
  });

  it("caches writes too, and they keep working", () => {
    const sqlite = open();
    for (const name of ["d", "e"]) sqlite.prepare("INSERT INTO t (name) VALUES (?)").run(name);
    expect(sqlite.prepare("SELECT count(*) FROM t").pluck().get()).toBe(5);
  });
});
