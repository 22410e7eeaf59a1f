import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createTempDb } from "@/db/testing/temp-db";
import { redirectTarget, retireSlug } from "./redirects";

let db: Db;
let cleanup: () => void;

beforeAll(() => {
  ({ db, cleanup } = createTempDb());
});
afterAll(() => cleanup());

describe("retired slugs", () => {
  it("answers a retired slug with the live one, and nothing for a slug never retired", () => {
    retireSlug(db, "topic", "cyber", "cyber-security");
    expect(redirectTarget(db, "topic", "cyber")).toBe("cyber-security");
    expect(redirectTarget(db, "topic", "cyber-security")).toBeNull();
    expect(redirectTarget(db, "person", "cyber")).toBeNull();
  });

  it("keeps every lookup one step when a slug is renamed twice", () => {
    retireSlug(db, "event", "a", "b");
    retireSlug(db, "event", "b", "c");
    expect(redirectTarget(db, "event", "a")).toBe("c");
    expect(redirectTarget(db, "event", "b")).toBe("c");
  });

  it("lets a slug renamed back come alive again instead of redirecting to itself", () => {
    retireSlug(db, "person", "x", "y");
    retireSlug(db, "person", "y", "x");
    expect(redirectTarget(db, "person", "x")).toBeNull();
    expect(redirectTarget(db, "person", "y")).toBe("x");
  });

  it("refuses a redirect of a slug onto itself in the database too", () => {
    expect(() =>
      db.$client.exec("INSERT INTO slug_redirects (kind, from_slug, to_slug) VALUES ('topic', 'q', 'q')"),
    ).toThrow(/CHECK/);
  });
});
