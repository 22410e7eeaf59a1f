/**
 * The authorization matrix: every server action (exports of app/**\/actions.ts) and every state-changing route
 * handler (POST/PUT/PATCH/DELETE exports of app/**\/route.ts) is found by scanning app/, must have a rule in
 * lib/authz.ts ENDPOINT_RULES, and is called as anonymous, viewer, analyst and admin. A caller the rule refuses
 * must get a refusal and leave the database byte-for-byte unchanged; a caller it allows must not be refused.
 * Calls run through the real better-auth sessions, on a real SQLite file; only Next's request plumbing is stubbed.
 */

import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { updateInputFromRecord } from "@/lib/record-edit";

const env = vi.hoisted(() => {
  const file = `${process.env.TMPDIR ?? "/tmp"}/positions-authz-${process.pid}-${Date.now()}.db`;
  process.env.DATABASE_PATH = file;
  process.env.BETTER_AUTH_SECRET = "test-secret-for-the-authorization-matrix-0123456789";
  delete process.env.REQUIRE_SIGN_IN;
  return { file, headers: new Headers() };
});

class RedirectSignal extends Error {
  constructor(readonly url: string) {
    super(`redirect ${url}`);
  }
}
class NotFoundSignal extends Error {}

vi.mock("next/headers", () => ({
  headers: async () => env.headers,
  cookies: async () => ({
    get: () => undefined,
    getAll: () => [],
    has: () => false,
    set: () => {},
    delete: () => {},
  }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {} }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new RedirectSignal(url);
  },
  notFound: () => {
    throw new NotFoundSignal("not found");
  },
}));

import { hashPassword } from "better-auth/crypto";
import { getDb } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { createAnnotation, getAnnotation, getStatementRef } from "@/db/queries/annotations";
import { codebookVersion } from "@/db/queries/codebook";
import { createSavedView, getVisibleSavedView } from "@/db/queries/saved-views";
import { getEditableRecord } from "@/db/queries/statement-snapshot";
import { updateStatement } from "@/db/queries/statement-write";
import { createUserWithPassword } from "@/db/queries/users";
import { type Actor, can, ENDPOINT_RULES, endpointRule, type Role } from "@/lib/authz";
import { loadSeeds } from "@/seeds/load";
import { authSettings, getAuth } from "./auth";
import { AUTHZ_MESSAGES } from "./current-user";

const ROOT = path.resolve(import.meta.dirname, "../..");
const ORIGIN = "http://positions.test";
const PASSWORD = "matrix-password-123";
type Caller = "anonymous" | Role;
const CALLERS: Caller[] = ["anonymous", "viewer", "analyst", "admin"];

type Endpoint = { key: string; kind: "action" | "route"; fn: (...args: unknown[]) => unknown };

function walk(dir: string, match: (name: string) => boolean, found: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, match, found);
    else if (match(entry.name)) found.push(full);
  }
  return found;
}

async function discover(): Promise<Endpoint[]> {
  const endpoints: Endpoint[] = [];
  for (const file of walk(path.join(ROOT, "app"), (n) => /^actions\.tsx?$/.test(n))) {
    const mod = (await import(file)) as Record<string, unknown>;
    const rel = path.relative(ROOT, file);
    for (const [name, value] of Object.entries(mod))
      if (typeof value === "function")
        endpoints.push({ key: `${rel}#${name}`, kind: "action", fn: value as Endpoint["fn"] });
  }
  for (const file of walk(path.join(ROOT, "app"), (n) => /^route\.tsx?$/.test(n))) {
    const mod = (await import(file)) as Record<string, unknown>;
    const rel = path.relative(ROOT, file);
    for (const method of ["POST", "PUT", "PATCH", "DELETE"])
      if (typeof mod[method] === "function")
        endpoints.push({ key: `${rel}#${method}`, kind: "route", fn: mod[method] as Endpoint["fn"] });
  }
  return endpoints;
}

/** Everything in the database, for "unchanged on denial": every table, every row. */
function snapshot(): string {
  const sqlite = getDb().$client;
  const tables = sqlite
    .prepare("select name from sqlite_master where type = 'table' order by name")
    .all() as { name: string }[];
  return JSON.stringify(tables.map(({ name }) => [name, sqlite.prepare(`select * from "${name}"`).all()]));
}

const users: Partial<Record<Role, { id: string; email: string }>> = {};
let analyst2: { id: string; email: string };
let statementPublicId: string;

async function sessionCookie(email: string): Promise<string> {
  env.headers = new Headers({ origin: ORIGIN, host: "positions.test", "sec-fetch-site": "same-origin" });
  const response = await getAuth().api.signInEmail({ body: { email, password: PASSWORD }, asResponse: true });
  const setCookie = response.headers.get("set-cookie") ?? "";
  const pair = setCookie.split(";")[0];
  if (!pair?.includes("session_token")) throw new Error(`no session cookie for ${email}: ${setCookie}`);
  return pair;
}

async function requestHeaders(caller: Caller, origin = ORIGIN): Promise<Headers> {
  const headers = new Headers({
    origin,
    host: "positions.test",
    "sec-fetch-site": origin === ORIGIN ? "same-origin" : "cross-site",
  });
  // A fresh session per call: sign-out (an endpoint like any other) ends the one it is called with.
  if (caller !== "anonymous") headers.set("cookie", await sessionCookie(users[caller]?.email ?? ""));
  return headers;
}

function actorOf(caller: Caller): Actor {
  return caller === "anonymous" ? null : { id: users[caller]?.id ?? "", role: caller };
}

function analystAnnotation(): { publicId: string; version: number } {
  const db = getDb();
  const author = users.analyst?.id ?? "";
  const statement = getStatementRef(db, statementPublicId);
  if (!statement) throw new Error("seed record missing");
  const created = createAnnotation(db, {
    statementId: statement.id,
    authorId: author,
    body: "fixture",
    tags: [],
    anchor: null,
  });
  return { publicId: created.publicId, version: created.version };
}

function editableRecord() {
  const r = getEditableRecord(getDb(), statementPublicId);
  if (!r) throw new Error("seed record missing");
  return r;
}

/**
 * A saved view owned by the caller about to be called: requestHeaders has just signed them in, so theirs is the
 * newest session (for an anonymous caller, the previous caller's, which does not matter: they are refused).
 */
function callersView(): number {
  const db = getDb();
  const owner = db.$client.prepare("select user_id from sessions order by rowid desc limit 1").pluck().get();
  return createSavedView(db, {
    ownerId: String(owner),
    name: "Matrix view",
    kind: "positions",
    url: "/positions?topic=cyber-security",
    shared: false,
  }).id;
}

function viewForm(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return form;
}

let throwaways = 0;
function throwawayUser(): string {
  throwaways++;
  return createUserWithPassword(getDb(), {
    email: `throwaway-${throwaways}@matrix.test`,
    name: "t",
    role: "viewer",
    passwordHash: "x",
  }).id;
}

function signInForm(): FormData {
  const form = new FormData();
  form.set("email", users.viewer?.email ?? "");
  form.set("password", PASSWORD);
  form.set("next", "/");
  return form;
}

/**
 * Valid input for each endpoint, built just before the call (so versions are current). Endpoints without one are
 * still called, with no input: refusals must come before input is even read.
 */
const FIXTURES: Record<string, () => unknown[]> = {
  "app/sign-in/actions.ts#signInAction": () => [undefined, signInForm()],
  "app/sign-in/actions.ts#signOutAction": () => [undefined],
  "app/annotations/actions.ts#createAnnotationAction": () => [
    { statementPublicId, body: "A *note*", tags: "matrix", anchor: null },
  ],
  "app/annotations/actions.ts#updateAnnotationAction": () => {
    const a = analystAnnotation();
    return [{ publicId: a.publicId, expectedVersion: a.version, body: "Edited", tags: [] }];
  },
  "app/annotations/actions.ts#restoreRevisionAction": () => {
    const a = analystAnnotation();
    return [{ publicId: a.publicId, expectedVersion: a.version, revision: 1 }];
  },
  "app/annotations/actions.ts#deleteAnnotationAction": () => {
    const a = analystAnnotation();
    return [{ publicId: a.publicId, expectedVersion: a.version }];
  },
  "app/annotations/actions.ts#undeleteAnnotationAction": () => {
    const a = analystAnnotation();
    const db = getDb();
    db.$client.prepare("update annotations set deleted_at = updated_at where public_id = ?").run(a.publicId);
    return [{ publicId: a.publicId, expectedVersion: a.version }];
  },
  "app/positions/[id]/actions.ts#saveCodingsAction": () => {
    const r = editableRecord();
    return [
      {
        publicId: r.publicId,
        expectedVersion: r.version,
        codings: [{ proposition: "code-of-conduct", status: "stated", stance: 1, basis: "", note: "" }],
      },
    ];
  },
  "app/positions/[id]/actions.ts#saveRecordAction": () => {
    const r = editableRecord();
    const s = r.snapshot;
    return [{ ...updateInputFromRecord(r), text: `${s.text.split(" (edited")[0]} (edited ${r.version})` }];
  },
  "app/positions/[id]/actions.ts#restoreRecordAction": () => {
    // An edit first, so there is an earlier version to restore: the restore brings it back as a new revision.
    const r = editableRecord();
    const edited = updateStatement(getDb(), {
      ...updateInputFromRecord(r),
      text: `${r.snapshot.text.split(" (edited")[0]} (edited ${r.version})`,
      actorId: users.analyst?.id ?? "",
    });
    if (!edited.ok) throw new Error("fixture edit failed");
    return [{ publicId: r.publicId, expectedVersion: edited.record.version, version: r.version }];
  },
  "app/codebook/actions.ts#changeCodebookAction": () => {
    throwaways++;
    return [
      {
        expectedVersion: codebookVersion(getDb()),
        change: {
          op: "topic_create",
          parent: "",
          name: `Matrix topic ${throwaways}`,
          slug: "",
          description: "",
        },
      },
    ];
  },
  "app/admin/users/actions.ts#createUserAction": () => {
    throwaways++;
    return [{ email: `created-${throwaways}@matrix.test`, name: "New", role: "analyst" }];
  },
  "app/admin/users/actions.ts#updateUserAccessAction": () => [{ userId: throwawayUser(), role: "analyst" }],
  "app/admin/users/actions.ts#resetPasswordAction": () => [{ userId: throwawayUser() }],
  "app/views/actions.ts#saveViewAction": () => [
    undefined,
    viewForm({ name: "Cyber security", url: "/positions?topic=cyber-security" }),
  ],
  "app/views/actions.ts#renameViewAction": () => [
    undefined,
    viewForm({ id: String(callersView()), name: "Renamed" }),
  ],
  "app/views/actions.ts#shareViewAction": () => [
    undefined,
    viewForm({ id: String(callersView()), shared: "1" }),
  ],
  "app/views/actions.ts#deleteViewAction": () => [
    undefined,
    viewForm({ id: String(callersView()), confirm: "yes" }),
  ],
};

type Outcome =
  | { kind: "value"; value: unknown }
  | { kind: "redirect"; url: string }
  | { kind: "not-found" }
  | { kind: "error"; error: unknown };

async function call(endpoint: Endpoint, headers: Headers, args: unknown[]): Promise<Outcome> {
  env.headers = headers;
  try {
    if (endpoint.kind === "route") {
      const request = new Request(`${ORIGIN}/`, {
        method: "POST",
        headers,
        body: JSON.stringify(args[0] ?? {}),
      });
      return { kind: "value", value: await endpoint.fn(request, { params: Promise.resolve({}) }) };
    }
    return { kind: "value", value: await endpoint.fn(...args) };
  } catch (error) {
    if (error instanceof RedirectSignal) return { kind: "redirect", url: error.url };
    if (error instanceof NotFoundSignal) return { kind: "not-found" };
    return { kind: "error", error };
  }
}

const REFUSAL_CODES = new Set(["unauthenticated", "forbidden", "cross-origin"]);
const REFUSAL_MESSAGES = new Set(Object.values(AUTHZ_MESSAGES));

function isRefusal(outcome: Outcome): boolean {
  if (outcome.kind !== "value") return false;
  const v = outcome.value;
  if (v instanceof Response) return v.status === 401 || v.status === 403;
  if (typeof v !== "object" || v === null) return false;
  const r = v as { ok?: unknown; code?: unknown; reason?: unknown; error?: unknown };
  return (
    r.ok === false &&
    (REFUSAL_CODES.has(String(r.code ?? r.reason)) ||
      (typeof r.error === "string" && REFUSAL_MESSAGES.has(r.error)))
  );
}

function isSuccess(outcome: Outcome): boolean {
  if (outcome.kind === "redirect") return true;
  if (outcome.kind !== "value") return false;
  const v = outcome.value;
  if (v instanceof Response) return v.ok;
  return typeof v === "object" && v !== null && (v as { ok?: unknown }).ok === true;
}

let endpoints: Endpoint[] = [];

beforeAll(async () => {
  const db = getDb();
  migrateDatabase(db);
  loadSeeds(db);
  const hash = await hashPassword(PASSWORD);
  for (const role of ["viewer", "analyst", "admin"] as const)
    users[role] = createUserWithPassword(db, {
      email: `${role}@matrix.test`,
      name: role,
      role,
      passwordHash: hash,
    });
  analyst2 = createUserWithPassword(db, {
    email: "analyst2@matrix.test",
    name: "a2",
    role: "analyst",
    passwordHash: hash,
  });
  statementPublicId = "rb9j45cpkn";
  endpoints = await discover();
}, 60_000);

afterAll(() => {
  getDb().$client.close();
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${env.file}${suffix}`, { force: true });
});

describe("authorization matrix", () => {
  it("finds the endpoints, and every one has a rule in lib/authz.ts (and every rule an endpoint)", () => {
    expect(endpoints.length).toBeGreaterThan(0);
    const missing = endpoints.filter((e) => endpointRule(e.key) === undefined).map((e) => e.key);
    expect(missing, "endpoints with no rule in lib/authz.ts ENDPOINT_RULES").toEqual([]);
    const found = new Set(endpoints.map((e) => e.key));
    expect(
      Object.keys(ENDPOINT_RULES).filter((k) => !found.has(k)),
      "rules for endpoints that do not exist",
    ).toEqual([]);
  });

  it("refuses every caller the rule refuses, leaving the database unchanged, and lets the others through", async () => {
    const report: string[] = [];
    for (const endpoint of endpoints) {
      const rule = endpointRule(endpoint.key);
      if (!rule) continue;
      for (const caller of CALLERS) {
        const allowed = can(actorOf(caller), rule, authSettings);
        const fixture = FIXTURES[endpoint.key];
        const headers = await requestHeaders(caller);
        const args = fixture ? fixture() : [];
        const before = snapshot();
        const outcome = await call(endpoint, headers, args);
        const line = `${endpoint.key} as ${caller} (${rule}): ${outcome.kind}`;
        if (!allowed) {
          expect(isRefusal(outcome), `${line} should be refused`).toBe(true);
          expect(snapshot() === before, `${line} changed the database`).toBe(true);
        } else {
          expect(isRefusal(outcome), `${line} should not be refused`).toBe(false);
          if (fixture)
            expect(isSuccess(outcome), `${line} should succeed: ${JSON.stringify(outcome)}`).toBe(true);
        }
        report.push(`${line} -> ${allowed ? "allowed" : "refused"}`);
      }
    }
    expect(report.length).toBe(endpoints.length * CALLERS.length);
  }, 120_000);

  it("refuses a cross-site request to every endpoint, even from an admin, changing nothing", async () => {
    for (const endpoint of endpoints) {
      const fixture = FIXTURES[endpoint.key];
      const headers = await requestHeaders("admin", "http://evil.test");
      const args = fixture ? fixture() : [];
      const before = snapshot();
      const outcome = await call(endpoint, headers, args);
      expect(isRefusal(outcome), `${endpoint.key} from another site`).toBe(true);
      expect(snapshot() === before, `${endpoint.key} from another site changed the database`).toBe(true);
    }
  }, 60_000);

  it("re-reads ownership: an analyst cannot delete a colleague's annotation, which answers like a missing one", async () => {
    const { deleteAnnotationAction } = await import("@/app/annotations/actions");
    const target = analystAnnotation();
    const headers = new Headers({ origin: ORIGIN, host: "positions.test", "sec-fetch-site": "same-origin" });
    headers.set("cookie", await sessionCookie(analyst2.email));
    env.headers = headers;
    const before = snapshot();
    const refused = await deleteAnnotationAction({
      publicId: target.publicId,
      expectedVersion: target.version,
    });
    const missing = await deleteAnnotationAction({ publicId: "doesnotexist1", expectedVersion: 1 });
    expect(refused).toEqual(missing);
    expect(refused).toMatchObject({ ok: false, code: "not_found" });
    expect(snapshot()).toBe(before);
    expect(getAnnotation(getDb(), target.publicId)?.deletedAt).toBeNull();

    // An admin may.
    const adminCookie = await sessionCookie(users.admin?.email ?? "");
    env.headers = new Headers({
      origin: ORIGIN,
      host: "positions.test",
      "sec-fetch-site": "same-origin",
      cookie: adminCookie,
    });
    expect(
      await deleteAnnotationAction({ publicId: target.publicId, expectedVersion: target.version }),
    ).toMatchObject({
      ok: true,
    });
  });

  it("re-reads ownership: another user's saved view cannot be renamed, shared or deleted, and answers like a missing one", async () => {
    const { deleteViewAction, renameViewAction, shareViewAction } = await import("@/app/views/actions");
    const db = getDb();
    const theirs = createSavedView(db, {
      ownerId: analyst2.id,
      name: "Colleague's view",
      kind: "timeline",
      url: "/timeline?topic=cyber-security",
      shared: true,
    });
    env.headers = await requestHeaders("admin");
    const before = snapshot();
    const id = String(theirs.id);
    const missing = await deleteViewAction(undefined, viewForm({ id: "999999" }));
    expect(missing).toMatchObject({ ok: false, code: "not_found" });
    expect(await renameViewAction(undefined, viewForm({ id, name: "Mine now" }))).toEqual(missing);
    expect(await shareViewAction(undefined, viewForm({ id, shared: "0" }))).toEqual(missing);
    expect(await deleteViewAction(undefined, viewForm({ id }))).toEqual(missing);
    expect(await deleteViewAction(undefined, viewForm({ id, confirm: "yes" }))).toEqual(missing);
    expect(snapshot()).toBe(before);
    expect(getVisibleSavedView(db, analyst2.id, theirs.id)).toMatchObject({
      name: "Colleague's view",
      shared: true,
    });
  });

  it("refuses a disabled account on its next request, with the session it already had", async () => {
    const { createAnnotationAction } = await import("@/app/annotations/actions");
    const db = getDb();
    const user = createUserWithPassword(db, {
      email: "soon-disabled@matrix.test",
      name: "x",
      role: "analyst",
      passwordHash: await hashPassword(PASSWORD),
    });
    const cookie = await sessionCookie(user.email);
    db.$client.prepare("update users set disabled = 1 where id = ?").run(user.id);
    env.headers = new Headers({
      origin: ORIGIN,
      host: "positions.test",
      "sec-fetch-site": "same-origin",
      cookie,
    });
    const before = snapshot();
    const result = await createAnnotationAction({ statementPublicId, body: "x", tags: [] });
    expect(result).toMatchObject({ ok: false, code: "unauthenticated" });
    // The only change: its sessions are gone.
    const sessions = db.$client
      .prepare("select count(*) as n from sessions where user_id = ?")
      .get(user.id) as {
      n: number;
    };
    expect(sessions.n).toBe(0);
    expect(snapshot()).not.toBe(before);
  });
});
