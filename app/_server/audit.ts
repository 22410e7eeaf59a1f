import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { type AuditEventInput, recordAuditEvent, writeAudited } from "@/db/queries/audit";
import { clientAddress } from "@/lib/auth-settings";
import type { CurrentUser } from "./current-user";

export type AuditEvent = Omit<AuditEventInput, "actorId" | "address">;

async function stamp(actor: CurrentUser | null): Promise<(event: AuditEvent) => AuditEventInput> {
  const address = clientAddress(await headers());
  return (event) => ({
    ...event,
    actorId: actor?.id ?? null,
    actorEmail: event.actorEmail ?? actor?.email ?? null,
    address,
  });
}

/** Appends a security event for the request being served: who (if signed in), from which address. */
export async function audit(actor: CurrentUser | null, event: AuditEvent): Promise<void> {
  recordAuditEvent(getDb(), (await stamp(actor))(event));
}

/**
 * Makes a change and its audit events in one transaction (db/queries/audit.ts writeAudited), so a crash between
 * them can never leave, say, a role change with no trace. `change` is the synchronous database write; `events`
 * says what to record from its result.
 */
export async function audited<T>(
  actor: CurrentUser | null,
  change: () => T,
  events: (result: T) => AuditEvent[],
): Promise<T> {
  const withActor = await stamp(actor);
  return writeAudited(getDb(), change, (result) => events(result).map(withActor));
}
