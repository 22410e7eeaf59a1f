import { and, eq, lt, ne } from "drizzle-orm";
import type { Db } from "../client";
import { sessions } from "../schema";

/** Records that a session was used now; idle expiry is measured from `updated_at`. */
export function touchSession(db: Db, token: string, now: Date): void {
  db.update(sessions).set({ updatedAt: now }).where(eq(sessions.token, token)).run();
}

export function deleteSessionByToken(db: Db, token: string): void {
  db.delete(sessions).where(eq(sessions.token, token)).run();
}

export function deleteUserSessions(db: Db, userId: string): number {
  return db.delete(sessions).where(eq(sessions.userId, userId)).run().changes;
}

/** Ends every session of a user but the one in use (after a password change). */
export function deleteOtherUserSessions(db: Db, userId: string, keepToken: string): number {
  return db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), ne(sessions.token, keepToken)))
    .run().changes;
}

export function countUserSessions(db: Db, userId: string): number {
  return db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, userId)).all().length;
}

/** Removes sessions past their absolute expiry: better-auth deletes one only when it is next presented. */
export function pruneExpiredSessions(db: Db, now: Date): number {
  return db.delete(sessions).where(lt(sessions.expiresAt, now)).run().changes;
}
