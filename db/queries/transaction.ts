import type { Conn, Tx } from "../client";

/**
 * `immediate` takes the write lock at BEGIN: every write path re-reads a version and then writes, and a deferred
 * transaction that turns into a writer half way fails with SQLITE_BUSY instead of waiting its turn.
 * `deferred`: a read that must see one state of the data (a page's rows, count and facets alike).
 */
export type TransactionMode = "immediate" | "deferred";

/**
 * The one way db/queries opens a transaction: `work` runs synchronously inside it, and a throw rolls it back.
 * Called with a transaction handle, it nests as a savepoint (the mode is the outer transaction's). Inside, the
 * connection and the handle are the same SQLite connection, so queries taking a `Db` may be given either.
 */
export function transaction<T>(db: Conn, mode: TransactionMode, work: (tx: Tx) => T): T {
  return db.transaction(work, { behavior: mode });
}
