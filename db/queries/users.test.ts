import { hashPassword } from "better-auth/crypto";
import { afterEach, describe, expect, it } from "vitest";
import { sessions } from "../schema";
import { createTempDb } from "../testing/temp-db";
import { countUserSessions } from "./sessions";
import {
  countActiveAdmins,
  countUsers,
  createUserWithPassword,
  getUserByEmail,
  setUserDisabled,
  setUserPassword,
  updateUserAccess,
} from "./users";

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe("users", () => {
  it("creates an account with a credential better-auth can read, and normalises the email", async () => {
    const { db, cleanup: done } = createTempDb();
    cleanup = done;
    const user = createUserWithPassword(db, {
      email: " Ana@Example.org ",
      name: "Ana",
      role: "analyst",
      passwordHash: await hashPassword("correct horse battery"),
    });
    expect(getUserByEmail(db, "ana@example.org")).toEqual(user);
    expect(countUsers(db)).toBe(1);
    const account = db.$client.prepare("select provider_id, account_id, password from accounts").get() as {
      provider_id: string;
      account_id: string;
      password: string;
    };
    expect(account.provider_id).toBe("credential");
    expect(account.account_id).toBe(user.id);
    expect(account.password).not.toContain("correct horse");
    expect(() =>
      createUserWithPassword(db, {
        email: "ana@example.org",
        name: "Ana 2",
        role: "viewer",
        passwordHash: "x",
      }),
    ).toThrow(/UNIQUE/);
  });

  it("ends every session of an account when it is disabled", () => {
    const { db, cleanup: done } = createTempDb();
    cleanup = done;
    const user = createUserWithPassword(db, {
      email: "v@example.org",
      name: "V",
      role: "viewer",
      passwordHash: "x",
    });
    for (const token of ["t1", "t2"])
      db.insert(sessions)
        .values({ id: token, token, userId: user.id, expiresAt: new Date(Date.now() + 60_000) })
        .run();
    expect(countUserSessions(db, user.id)).toBe(2);
    expect(setUserDisabled(db, user.id, true)).toBe(true);
    expect(countUserSessions(db, user.id)).toBe(0);
    expect(getUserByEmail(db, "v@example.org")?.disabled).toBe(true);
  });

  it("never leaves the site without an active admin", () => {
    const { db, cleanup: done } = createTempDb();
    cleanup = done;
    const a = createUserWithPassword(db, {
      email: "a@example.org",
      name: "A",
      role: "admin",
      passwordHash: "x",
    });
    const b = createUserWithPassword(db, {
      email: "b@example.org",
      name: "B",
      role: "viewer",
      passwordHash: "x",
    });
    expect(updateUserAccess(db, a.id, { role: "analyst" })).toBe("last_admin");
    expect(updateUserAccess(db, a.id, { disabled: true })).toBe("last_admin");
    expect(updateUserAccess(db, b.id, { role: "admin" })).toBe("ok");
    expect(updateUserAccess(db, a.id, { disabled: true })).toBe("ok");
    expect(countActiveAdmins(db)).toBe(1);
    expect(updateUserAccess(db, b.id, { role: "viewer" })).toBe("last_admin");
    expect(updateUserAccess(db, "nobody", { role: "viewer" })).toBe("not_found");
  });

  it("a new password ends the account's sessions", () => {
    const { db, cleanup: done } = createTempDb();
    cleanup = done;
    const user = createUserWithPassword(db, {
      email: "p@example.org",
      name: "P",
      role: "viewer",
      passwordHash: "old",
    });
    db.insert(sessions)
      .values({ id: "s", token: "s", userId: user.id, expiresAt: new Date(Date.now() + 60_000) })
      .run();
    expect(setUserPassword(db, user.id, "new")).toBe(true);
    expect(countUserSessions(db, user.id)).toBe(0);
  });
});
