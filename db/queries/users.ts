import { randomUUID } from "node:crypto";
import { and, count, eq } from "drizzle-orm";
import type { Db } from "../client";
import { accounts, sessions, type UserRole, users } from "../schema";
import { transaction } from "./transaction";

export type UserSummary = {
  id: string;
  name: string;
  email: string;
  role: UserRole;
  disabled: boolean;
};

const summary = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  disabled: users.disabled,
};

export function getUser(db: Db, id: string): UserSummary | undefined {
  return db.select(summary).from(users).where(eq(users.id, id)).get();
}

export function getUserByEmail(db: Db, email: string): UserSummary | undefined {
  return db.select(summary).from(users).where(eq(users.email, email.trim().toLowerCase())).get();
}

export function listUsers(db: Db): UserSummary[] {
  return db.select(summary).from(users).orderBy(users.email).all();
}

export function countUsers(db: Db): number {
  return db.select({ n: count() }).from(users).get()?.n ?? 0;
}

/**
 * Creates an account with an email + password credential, laid out as better-auth expects (provider "credential",
 * account id = user id). `passwordHash` comes from better-auth's own hasher so its sign-in can verify it.
 */
export function createUserWithPassword(
  db: Db,
  input: { email: string; name: string; role: UserRole; passwordHash: string },
): UserSummary {
  const id = randomUUID();
  const email = input.email.trim().toLowerCase();
  return transaction(db, "immediate", (tx) => {
    tx.insert(users).values({ id, email, name: input.name, role: input.role, emailVerified: true }).run();
    tx.insert(accounts)
      .values({
        id: randomUUID(),
        accountId: id,
        providerId: "credential",
        userId: id,
        password: input.passwordHash,
      })
      .run();
    return { id, email, name: input.name, role: input.role, disabled: false };
  });
}

/** Disabling ends every session of the account in the same transaction, so it takes effect on the next request. */
export function setUserDisabled(db: Db, id: string, disabled: boolean): boolean {
  return transaction(db, "immediate", (tx) => {
    const changed = tx
      .update(users)
      .set({ disabled, updatedAt: new Date() })
      .where(eq(users.id, id))
      .run().changes;
    if (disabled) tx.delete(sessions).where(eq(sessions.userId, id)).run();
    return changed > 0;
  });
}

export function setUserRole(db: Db, id: string, role: UserRole): boolean {
  return db.update(users).set({ role, updatedAt: new Date() }).where(eq(users.id, id)).run().changes > 0;
}

export function countActiveAdmins(db: Db): number {
  return (
    db
      .select({ n: count() })
      .from(users)
      .where(and(eq(users.role, "admin"), eq(users.disabled, false)))
      .get()?.n ?? 0
  );
}

/** Replaces the account's password and ends its sessions: whoever held the old one is signed out. */
export function setUserPassword(db: Db, userId: string, passwordHash: string): boolean {
  return transaction(db, "immediate", (tx) => {
    const changed = tx
      .update(accounts)
      .set({ password: passwordHash, updatedAt: new Date() })
      .where(and(eq(accounts.userId, userId), eq(accounts.providerId, "credential")))
      .run().changes;
    tx.delete(sessions).where(eq(sessions.userId, userId)).run();
    return changed > 0;
  });
}

/**
 * Changes role or disabled state unless that would leave no active admin (nobody could manage users any more).
 * Checked and written in one immediate transaction, so two admins demoting each other cannot both succeed.
 */
export function updateUserAccess(
  db: Db,
  id: string,
  change: { role?: UserRole; disabled?: boolean },
): "ok" | "not_found" | "last_admin" {
  return transaction(db, "immediate", (tx) => {
    const current = tx.select(summary).from(users).where(eq(users.id, id)).get();
    if (!current) return "not_found";
    const role = change.role ?? current.role;
    const disabled = change.disabled ?? current.disabled;
    const wasActiveAdmin = current.role === "admin" && !current.disabled;
    const staysActiveAdmin = role === "admin" && !disabled;
    if (wasActiveAdmin && !staysActiveAdmin) {
      const admins =
        tx
          .select({ n: count() })
          .from(users)
          .where(and(eq(users.role, "admin"), eq(users.disabled, false)))
          .get()?.n ?? 0;
      if (admins <= 1) return "last_admin";
    }
    tx.update(users).set({ role, disabled, updatedAt: new Date() }).where(eq(users.id, id)).run();
    if (disabled) tx.delete(sessions).where(eq(sessions.userId, id)).run();
    return "ok";
  });
}
