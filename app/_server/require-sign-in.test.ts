/** REQUIRE_SIGN_IN=1: the proxy, route handlers (authorize) and pages (requireReader) all refuse anonymous readers. */
import fs from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const env = vi.hoisted(() => {
  const file = `${process.env.TMPDIR ?? "/tmp"}/positions-closed-${process.pid}-${Date.now()}.db`;
  Object.assign(process.env, {
    DATABASE_PATH: file,
    BETTER_AUTH_SECRET: "test-secret-for-the-closed-site-tests-0123456789",
    REQUIRE_SIGN_IN: "1",
  });
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
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error("redirect"), { redirectTo: url });
  },
  notFound: () => {
    throw new Error("not found");
  },
}));

import { hashPassword } from "better-auth/crypto";
import { getDb } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { createUserWithPassword } from "@/db/queries/users";
import { proxy } from "@/proxy";
import { authSettings, getAuth } from "./auth";
import { authorize, requireReader } from "./current-user";

let cookie = "";

beforeAll(async () => {
  const db = getDb();
  migrateDatabase(db);
  createUserWithPassword(db, {
    email: "reader@closed.test",
    name: "Reader",
    role: "viewer",
    passwordHash: await hashPassword("closed-site-password"),
  });
  const response = await getAuth().api.signInEmail({
    body: { email: "reader@closed.test", password: "closed-site-password" },
    asResponse: true,
  });
  cookie = (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
});

afterAll(() => {
  getDb().$client.close();
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${env.file}${suffix}`, { force: true });
});

describe("REQUIRE_SIGN_IN=1", () => {
  it("is read from the environment", () => {
    expect(authSettings.requireSignIn).toBe(true);
  });

  it("the proxy sends anonymous page requests to sign-in and answers API requests 401", async () => {
    const page = await proxy(new NextRequest("http://positions.test/positions?q=cyber"));
    expect(page.status).toBe(307);
    expect(page.headers.get("location")).toBe("http://positions.test/sign-in?next=%2Fpositions%3Fq%3Dcyber");
    const api = await proxy(new NextRequest("http://positions.test/api/positions.csv"));
    expect(api.status).toBe(401);
    const signIn = await proxy(new NextRequest("http://positions.test/sign-in"));
    expect(signIn.headers.get("x-middleware-next")).toBe("1");
  });

  it("the proxy lets a signed-in reader through", async () => {
    const response = await proxy(new NextRequest("http://positions.test/positions", { headers: { cookie } }));
    expect(response.headers.get("x-middleware-next")).toBe("1");
  });

  it("route handlers refuse anonymous reads and accept a session", async () => {
    const anonymous = await authorize("records:read", new Request("http://positions.test/api/x"));
    expect(anonymous).toMatchObject({ ok: false, reason: "unauthenticated", status: 401 });
    const signedIn = await authorize(
      "records:read",
      new Request("http://positions.test/api/x", { headers: { cookie } }),
    );
    expect(signedIn).toMatchObject({ ok: true, user: { email: "reader@closed.test" } });
  });

  it("pages redirect anonymous readers to sign-in", async () => {
    env.headers = new Headers();
    await expect(requireReader("/positions/abc")).rejects.toMatchObject({
      redirectTo: "/sign-in?next=%2Fpositions%2Fabc",
    });
    env.headers = new Headers({ cookie });
    await expect(requireReader("/positions/abc")).resolves.toMatchObject({ email: "reader@closed.test" });
  });

  it("every page refuses an anonymous reader itself, before reading anything, proxy or not", async () => {
    env.headers = new Headers();
    const root = path.join(import.meta.dirname, "..");
    const pages = (fs.readdirSync(root, { recursive: true }) as string[])
      .filter((f) => f.endsWith("page.tsx"))
      .map((f) => f.split(path.sep).join("/"));
    // Pages open to anyone (signing in and out), and pages that answer "not found" to anyone without the right
    // to act on them (admins', the record, person and event editors' and the merge pages).
    const open = new Set(["sign-in/page.tsx", "sign-out/page.tsx"]);
    const adminOnly = new Set([
      "admin/users/page.tsx",
      "admin/audit/page.tsx",
      "positions/[id]/edit/page.tsx",
      "officials/[slug]/edit/page.tsx",
      "officials/[slug]/merge/page.tsx",
      "events/[slug]/edit/page.tsx",
      "events/[slug]/merge/page.tsx",
    ]);
    const props = {
      params: Promise.resolve({ id: "rb9j45cpkn", slug: "cyber-security" }),
      searchParams: Promise.resolve({}),
    };
    const checked: string[] = [];
    for (const file of pages) {
      if (open.has(file)) continue;
      const module = (await import(path.join(root, file))) as {
        default: (p: typeof props) => Promise<unknown>;
        generateMetadata?: (p: typeof props) => Promise<unknown>;
      };
      const calls = [module.default, ...(module.generateMetadata ? [module.generateMetadata] : [])];
      for (const call of calls) {
        const outcome = await call(props).then(
          () => "rendered",
          (error: { redirectTo?: string; message?: string }) =>
            error.redirectTo ? `redirect ${error.redirectTo}` : `error ${error.message}`,
        );
        if (adminOnly.has(file)) expect(outcome, file).toBe("error not found");
        else expect(outcome, file).toMatch(/^redirect \/sign-in\?next=/);
      }
      checked.push(file);
    }
    expect(checked.length).toBeGreaterThanOrEqual(14);
  });
});
