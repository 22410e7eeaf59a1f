import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { type AuditEventInput, recordAuditEvent } from "@/db/queries/audit";
import { clientAddress } from "@/lib/auth-settings";
import type { CurrentUser } from "./current-user";

/** Appends a security event for the request being served: who (if signed in), from which address. */
export async function audit(
  actor: CurrentUser | null,
  event: Omit<AuditEventInput, "actorId" | "address">,
): Promise<void> {
  recordAuditEvent(getDb(), {
    ...event,
    actorId: actor?.id ?? null,
    actorEmail: event.actorEmail ?? actor?.email ?? null,
    address: clientAddress(await headers()),
  });
}
