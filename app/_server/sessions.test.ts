/**
 * Session lifetime and sign-in limits through the real better-auth instance and the real sign-in action, on a
 * real SQLite file; only Next's request plumbing is stubbed. Limits are lowered through the environment, as an
 * operator would.
 */
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const env = vi.hoisted(() => {
  const file = `${process.env.TMPDIR ?? "/tmp"}/positions-sessions-${process.pid}-${Date.now()}.db`;
  Object.assign(process.env, {
    DATABASE_PATH: file,
    BETTER_AUTH_SECRET: "test-secret-for-the-session-tests-0123456789abcdef",
    SESSION_IDLE_MINUTES: "30",
    SIGN_IN_MAX_PER_ACCOUNT: "3",
    SIGN_IN_MAX_PER_ADDRESS: "5",
    SIGN_IN_MAX_PER_ACCOUNT_TOTAL: "6",
  });
  delete process.env.REQUIRE_SIGN_IN;
  return { file, headers: new Headers() };
});

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
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error("redirect"), { redirectTo: url });
  },
  notFound: () => {
    throw new Error("not found");
  },
}));

import { hashPassword } from "better-auth/crypto";
import { signInAction } from "@/app/sign-in/actions";
import { getDb } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { createUserWithPassword } from "@/db/queries/users";
import { getAuth } from "./auth";
import { userFromHeaders } from "./current-user";

const PASSWORD = "session-test-password";
const browser = (address: string, cookie?: string) =>
  new Headers({
    origin: "http://positions.test",
    host: "positions.test",
    "sec-fetch-site": "same-origin",
    "x-forwarded-for": address,
    ...(cookie ? { cookie } : {}),
  });

async function signIn(email: string): Promise<string> {
  const response = await getAuth().api.signInEmail({ body: { email, password: PASSWORD }, asResponse: true });
  return (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}

function form(email: string, password: string): FormData {
  const f = new FormData();
  f.set("email", email);
  f.set("password", password);
  return f;
}

async function attempt(email: string, password: string, address: string): Promise<string> {
  env.headers = browser(address);
  try {
    const result = await signInAction(undefined, form(email, password));
    return result.ok ? "no answer" : result.error;
  } catch (error) {
    if ((error as { redirectTo?: string }).redirectTo) return "signed in";
    throw error;
  }
}

beforeAll(async () => {
  const db = getDb();
  migrateDatabase(db);
  const hash = await hashPassword(PASSWORD);
  for (const name of [
    "idle",
    "busy",
    "locked",
    "victim",
    "hammered",
    "a1",
    "a2",
    "a3",
    "a4",
    "a5",
    "a6",
    "a7",
    "a8",
  ])
    createUserWithPassword(db, { email: `${name}@s.test`, name, role: "viewer", passwordHash: hash });
});

afterAll(() => {
  getDb().$client.close();
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${env.file}${suffix}`, { force: true });
});

describe("sessions", () => {
  it("ends a session left idle longer than SESSION_IDLE_MINUTES, deleting its row", async () => {
    const cookie = await signIn("idle@s.test");
    expect((await userFromHeaders(browser("10.0.0.1", cookie)))?.email).toBe("idle@s.test");
    const sqlite = getDb().$client;
    const idleSince = new Date(Date.now() - 31 * 60_000).toISOString();
    sqlite.prepare("update sessions set updated_at = ?").run(idleSince);
    expect(await userFromHeaders(browser("10.0.0.1", cookie))).toBeNull();
    expect(sqlite.prepare("select count(*) as n from sessions").get()).toEqual({ n: 0 });
  });

  it("keeps a session in use alive, recording its use", async () => {
    const cookie = await signIn("busy@s.test");
    const sqlite = getDb().$client;
    const recently = new Date(Date.now() - 20 * 60_000).toISOString();
    sqlite.prepare("update sessions set updated_at = ?").run(recently);
    expect((await userFromHeaders(browser("10.0.0.1", cookie)))?.email).toBe("busy@s.test");
    const row = sqlite.prepare("select updated_at from sessions").get() as { updated_at: string };
    expect(Date.parse(row.updated_at)).toBeGreaterThan(Date.now() - 60_000);
  });

  it("refuses a forged or tampered cookie", async () => {
    const cookie = await signIn("busy@s.test");
    const [name, value] = cookie.split("=");
    const tampered = `${name}=${(value ?? "").replace(/^./, (c) => (c === "a" ? "b" : "a"))}`;
    expect(await userFromHeaders(browser("10.0.0.1", tampered))).toBeNull();
  });
});

// Every attempt hashes a password (scrypt): slow on a loaded machine, so these get room.
describe("sign-in limits", { timeout: 60_000 }, () => {
  it("after SIGN_IN_MAX_PER_ACCOUNT failures, the failing address waits, even with the right password; the owner elsewhere does not", async () => {
    for (let i = 0; i < 3; i++)
      expect(await attempt("locked@s.test", "wrong-password", "10.1.0.1")).toMatch(/do not match/);
    expect(await attempt("locked@s.test", PASSWORD, "10.1.0.1")).toMatch(
      /Too many sign-in attempts for this account from this address/,
    );
    expect(await attempt("locked@s.test", PASSWORD, "10.1.0.9")).toBe("signed in");
    // Other accounts are unaffected, from the same address too.
    expect(await attempt("victim@s.test", PASSWORD, "10.1.0.1")).toBe("signed in");
  });

  it("a guess spread over many addresses stops new addresses, not the owner's known one", async () => {
    expect(await attempt("hammered@s.test", PASSWORD, "10.4.0.1")).toBe("signed in");
    for (let i = 0; i < 6; i++)
      expect(await attempt("hammered@s.test", "wrong-password", `10.5.0.${i}`)).toMatch(/do not match/);
    expect(await attempt("hammered@s.test", PASSWORD, "10.5.0.99")).toMatch(/from new addresses/);
    expect(await attempt("hammered@s.test", PASSWORD, "10.4.0.1")).toBe("signed in");
  });

  it("successes do not count against an address: an office behind one address keeps signing in", async () => {
    for (const name of ["a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8"])
      expect(await attempt(`${name}@s.test`, PASSWORD, "10.3.0.1")).toBe("signed in");
  });

  it("limits one address to SIGN_IN_MAX_PER_ADDRESS failures across accounts", async () => {
    for (const name of ["a1", "a2", "a3", "a4", "a5"])
      expect(await attempt(`${name}@s.test`, "wrong-password", "10.2.0.1")).toMatch(/do not match/);
    expect(await attempt("a1@s.test", PASSWORD, "10.2.0.1")).toMatch(
      /Too many failed sign-in attempts from this address/,
    );
    expect(await attempt("a1@s.test", PASSWORD, "10.2.0.2")).toBe("signed in");
  });

  it("refuses a sign-in posted from another site before looking at the password", async () => {
    env.headers = new Headers({
      origin: "http://evil.test",
      host: "positions.test",
      "sec-fetch-site": "cross-site",
    });
    const result = await signInAction(undefined, form("a2@s.test", PASSWORD));
    expect(result.ok ? "" : result.error).toMatch(/did not come from this site/);
  });
});
