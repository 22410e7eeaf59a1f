import { afterEach, describe, expect, it } from "vitest";
import { createTempDb } from "../testing/temp-db";
import { type AuditFilter, listAuditEvents, recordAuditEvent, writeAudited } from "./audit";
import { countUsers, createUserWithPassword } from "./users";

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const all: AuditFilter & { size: number } = {
  actions: [],
  who: null,
  from: null,
  to: null,
  page: 1,
  size: 50,
};

describe("the audit log", () => {
  it("is append-only: the database refuses to change or delete an event", () => {
    const temp = createTempDb();
    cleanup = temp.cleanup;
    recordAuditEvent(temp.db, {
      action: "sign_in_failed",
      actorEmail: "ana@example.org",
      address: "192.0.2.1",
    });
    const sqlite = temp.db.$client;
    expect(() => sqlite.prepare("UPDATE audit_events SET actor_email = 'someone-else'").run()).toThrow(
      /append-only/,
    );
    expect(() => sqlite.prepare("DELETE FROM audit_events").run()).toThrow(/append-only/);
    expect(listAuditEvents(temp.db, all).total).toBe(1);
  });

  it("filters by kind, by who or what (as plain text), and by UTC day, newest first, paged", () => {
    const temp = createTempDb();
    cleanup = temp.cleanup;
    const sqlite = temp.db.$client;
    const at = (iso: string, action: string, who: string) =>
      sqlite
        .prepare("INSERT INTO audit_events (at, action, actor_email) VALUES (?, ?, ?)")
        .run(iso, action, who);
    at("2026-11-01T23:59:59.000Z", "sign_in", "ana@example.org");
    at("2026-11-02T00:00:00.000Z", "sign_in_failed", "ana@example.org");
    at("2026-11-03T10:00:00.000Z", "sign_in_failed", "100%_sure@example.org");
    const rows = (f: Partial<typeof all>) =>
      listAuditEvents(temp.db, { ...all, ...f }).rows.map((r) => r.at.toISOString());
    expect(rows({})).toEqual([
      "2026-11-03T10:00:00.000Z",
      "2026-11-02T00:00:00.000Z",
      "2026-11-01T23:59:59.000Z",
    ]);
    expect(rows({ actions: ["sign_in"] })).toEqual(["2026-11-01T23:59:59.000Z"]);
    expect(rows({ from: "2026-11-02", to: "2026-11-02" })).toEqual(["2026-11-02T00:00:00.000Z"]);
    // "%" and "_" are letters here, not wildcards.
    expect(rows({ who: "100%_" })).toEqual(["2026-11-03T10:00:00.000Z"]);
    expect(rows({ who: "%" })).toHaveLength(1);
    expect(rows({ who: "ANA@" })).toHaveLength(2);
    expect(listAuditEvents(temp.db, { ...all, size: 2, page: 2 }).rows).toHaveLength(1);
  });
});

describe("a change and its audit trail", () => {
  it("are stored together or not at all", () => {
    const temp = createTempDb();
    cleanup = temp.cleanup;
    const { db } = temp;
    const users = countUsers(db);
    const make = (email: string) => () =>
      createUserWithPassword(db, { email, name: "New", role: "viewer", passwordHash: "h" });
    const made = writeAudited(db, make("ok@x.org"), (u) => [{ action: "user_created", target: u.email }]);
    expect(made.email).toBe("ok@x.org");
    expect(countUsers(db)).toBe(users + 1);
    expect(listAuditEvents(db, all).rows.map((e) => [e.action, e.target])).toEqual([
      ["user_created", "ok@x.org"],
    ]);
    // An event the log refuses (an unknown kind breaks its CHECK) takes the account back with it.
    expect(() =>
      writeAudited(db, make("lost@x.org"), () => [{ action: "no_such_kind" as never, target: "lost@x.org" }]),
    ).toThrow();
    expect(countUsers(db)).toBe(users + 1);
    expect(listAuditEvents(db, all).rows).toHaveLength(1);
  });
});
