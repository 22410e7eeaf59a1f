import { and, count, desc, eq, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../client";
import { type AuditAction, auditEvents } from "../schema";
import { transaction } from "./transaction";

export interface AuditEventInput {
  action: AuditAction;
  actorId?: string | null;
  actorEmail?: string | null;
  target?: string | null;
  address?: string | null;
  /** Facts about the event, never a secret (no passwords, tokens or hashes). */
  detail?: Record<string, string | number | boolean | null>;
}

export type AuditEvent = typeof auditEvents.$inferSelect;

/**
 * A change and the audit events it causes, in one transaction: neither is ever stored without the other. The
 * change's own transaction, if it has one, nests inside as a savepoint.
 */
export function writeAudited<T>(db: Db, change: () => T, events: (result: T) => AuditEventInput[]): T {
  return transaction(db, "deferred", () => {
    const result = change();
    for (const event of events(result)) recordAuditEvent(db, event);
    return result;
  });
}

/** Appends one event. Its time is the database's UTC clock. */
export function recordAuditEvent(db: Pick<Db, "insert">, event: AuditEventInput): void {
  db.insert(auditEvents)
    .values({
      action: event.action,
      actorId: event.actorId ?? null,
      actorEmail: event.actorEmail ?? null,
      target: event.target ?? null,
      address: event.address ?? null,
      detail: event.detail ? JSON.stringify(event.detail) : null,
    })
    .run();
}

export interface AuditFilter {
  actions: AuditAction[];
  /** Matches the actor's email or the target, anywhere in the text. */
  who: string | null;
  /** UTC days, inclusive. */
  from: string | null;
  to: string | null;
  page: number;
  size: number;
}

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Newest first, a page at a time, with the total of the filtered log. */
export function listAuditEvents(db: Db, f: AuditFilter): { rows: AuditEvent[]; total: number } {
  const conditions: (SQL | undefined)[] = [
    f.actions.length > 0 ? or(...f.actions.map((a) => eq(auditEvents.action, a))) : undefined,
    // instr, not LIKE: what was typed is matched as text, with no wildcard of its own.
    f.who
      ? sql`(instr(lower(coalesce(${auditEvents.actorEmail}, '')), ${f.who.toLowerCase()}) > 0 OR instr(lower(coalesce(${auditEvents.target}, '')), ${f.who.toLowerCase()}) > 0)`
      : undefined,
    // Stored as ISO 8601 UTC text, so a day compares as a prefix.
    f.from ? sql`${auditEvents.at} >= ${f.from}` : undefined,
    f.to ? sql`${auditEvents.at} < ${nextDay(f.to)}` : undefined,
  ];
  const where = and(...conditions);
  const rows = db
    .select()
    .from(auditEvents)
    .where(where)
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(f.size)
    .offset((f.page - 1) * f.size)
    .all();
  const total = db.select({ n: count() }).from(auditEvents).where(where).get()?.n ?? 0;
  return { rows, total };
}
