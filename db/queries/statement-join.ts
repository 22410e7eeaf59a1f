import type { RunResult } from "better-sqlite3";
import { eq } from "drizzle-orm";
import type { SelectedFields, SQLiteSelectBase } from "drizzle-orm/sqlite-core";
import { events, organizations, persons, roles, sources, statements } from "@/db/schema";
import type { Conn } from "../client";

/**
 * A statement with what it is read with: its source (every statement has one), and where known its speaker, the
 * speaker's role and its organisation, and the event. The one join for every read of a record's context: select
 * from it what the reader shows, then filter and order. SQLite drops a LEFT JOIN whose columns a query does not
 * use, so a reader pays only for what it selects.
 */
export function selectStatementsJoined<T extends SelectedFields>(db: Conn, fields: T): StatementsJoined<T> {
  // Built on the untyped selection: TypeScript cannot follow drizzle's join types through a generic one. The
  // declared result says what the joins do to it (the left-joined tables' columns may be null).
  return db
    .select(fields as SelectedFields)
    .from(statements)
    .innerJoin(sources, eq(sources.id, statements.sourceId))
    .leftJoin(persons, eq(persons.id, statements.personId))
    .leftJoin(roles, eq(roles.id, statements.roleId))
    .leftJoin(organizations, eq(organizations.id, roles.organizationId))
    .leftJoin(events, eq(events.id, statements.eventId)) as unknown as StatementsJoined<T>;
}

type StatementsJoined<T extends SelectedFields> = SQLiteSelectBase<
  "statements",
  "sync",
  RunResult,
  T,
  "partial",
  {
    statements: "not-null";
    sources: "not-null";
    persons: "nullable";
    roles: "nullable";
    organizations: "nullable";
    events: "nullable";
  }
>;

/**
 * The same join in SQL, after `statements s`, with the aliases raw queries use: `so` source, `p` speaker, `r` role,
 * `o` organisation, `e` event.
 */
export const STATEMENT_JOINS_SQL = `JOIN sources so ON so.id = s.source_id
  LEFT JOIN persons p ON p.id = s.person_id
  LEFT JOIN roles r ON r.id = s.role_id
  LEFT JOIN organizations o ON o.id = r.organization_id
  LEFT JOIN events e ON e.id = s.event_id`;
