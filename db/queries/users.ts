import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import type { Db } from "../client";
import { accounts, sessions, type UserRole, users } from "../schema";

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
  return db.transaction(
    (tx) => {
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
    },
    { behavior: "immediate" },
  );
}

/** Disabling ends every session of the account in the same transaction, so it takes effect on the next request. */
export function setUserDisabled(db: Db, id: string, disabled: boolean): boolean {
  return db.transaction(
    (tx) => {
      const changed = tx
        .update(users)
        .set({ disabled, updatedAt: new Date() })
        .where(eq(users.id, id))
        .run().changes;
      if (disabled) tx.delete(sessions).where(eq(sessions.userId, id)).run();
      return changed > 0;
    },
    { behavior: "immediate" },
  );
}

export function setUserRole(db: Db, id: string, role: UserRole): boolean {
  return db.update(users).set({ role, updatedAt: new Date() }).where(eq(users.id, id)).run().changes > 0;
}
