import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { events, persons } from "@/db/schema";
import { createTempDb } from "@/db/testing/temp-db";
import { uniqueSlug } from "./import-entities";
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

describe("new slugs", () => {
  it("skip a slug retired by a rename or merge, so its old links keep their person or event", () => {
    retireSlug(db, "person", "nguyen-van-a", "nguyen-van-a-minister");
    expect(uniqueSlug(db, persons, "nguyen-van-a")).toBe("nguyen-van-a-2");
    retireSlug(db, "event", "ard-2024", "arf-2024");
    expect(uniqueSlug(db, events, "ard-2024")).toBe("ard-2024-2");
    // A person's retired slug is free for an event, and a slug never retired is taken as asked.
    expect(uniqueSlug(db, events, "nguyen-van-a")).toBe("nguyen-van-a");
    expect(uniqueSlug(db, persons, "tran-thi-b")).toBe("tran-thi-b");
  });
});
