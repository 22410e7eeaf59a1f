import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createTempDb } from "@/db/testing/temp-db";
import { type UpdatePersonInput, updatePersonInput } from "@/lib/person-edit";
import { defaultView } from "@/lib/positions-view";
import { loadSeeds } from "@/seeds/load";
import { getEditablePerson, getPersonHistory, updatePerson } from "./person-edit";
import { listPositions } from "./positions";
import { createUserWithPassword } from "./users";

let db: Db;
let cleanup: () => void;
let actorId: string;

beforeAll(() => {
  ({ db, cleanup } = createTempDb());
  loadSeeds(db);
  actorId = createUserWithPassword(db, {
    email: "a@t.test",
    name: "Ana",
    role: "analyst",
    passwordHash: "x",
  }).id;
});
afterAll(() => cleanup());

function input(
  slug: string,
  patch: Partial<Record<keyof UpdatePersonInput, unknown>> = {},
): UpdatePersonInput {
  const p = getEditablePerson(db, slug);
  if (!p) throw new Error(slug);
  return updatePersonInput.parse({
    slug,
    expectedVersion: p.version,
    name: p.snapshot.name,
    nativeName: p.snapshot.nativeName,
    country: p.snapshot.country,
    aliases: p.snapshot.aliases,
    roles: p.snapshot.roles,
    ...patch,
  });
}

describe("editing a person", () => {
  it("writes names, aliases and roles with one revision per change, and the read models follow", () => {
    const before = getEditablePerson(db, "bui-van-nam");
    expect(before?.version).toBe(1);
    const roles = before?.snapshot.roles ?? [];
    const result = updatePerson(db, {
      ...input("bui-van-nam", {
        aliases: ["Nam", "Tướng Nam", "nam"],
        roles: [
          { ...roles[0], start: "2016-05", end: "2021-04-01" },
          {
            slug: null,
            title: "Minister of Public Security",
            rank: null,
            organization: "ministry-of-public-security",
            start: "2024",
            end: null,
          },
        ],
      }),
      actorId,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.person.version).toBe(2);
    expect(result.person.snapshot.aliases).toEqual(["Nam", "Tướng Nam"]);
    expect(result.person.snapshot.roles.map((r) => [r.title, r.start, r.end])).toEqual([
      ["Deputy Minister of Public Security", "2016-05", "2021-04-01"],
      ["Minister of Public Security", "2024", ""],
    ]);
    const stored = db.$client
      .prepare("SELECT start_date, start_precision, end_date, end_precision FROM roles WHERE slug = ?")
      .get(roles[0]?.slug);
    expect(stored).toEqual({
      start_date: "2016-05-01",
      start_precision: "month",
      end_date: "2021-04-01",
      end_precision: "day",
    });

    // Saving the same values again changes nothing and appends nothing.
    const same = updatePerson(db, { ...input("bui-van-nam"), actorId });
    expect(same).toMatchObject({ ok: true, person: { version: 2 } });

    const renamed = updatePerson(db, {
      ...input("bui-van-nam", { nativeName: "Bùi Văn Nam (Thượng tướng)" }),
      actorId,
    });
    expect(renamed).toMatchObject({ ok: true, person: { version: 3 } });
    const history = getPersonHistory(db, before?.id ?? 0);
    expect(history.map((h) => h.version)).toEqual([3, 2]);
    expect(history[0]?.changes).toEqual([
      { field: "Native name", before: ["Bùi Văn Nam"], after: ["Bùi Văn Nam (Thượng tướng)"] },
    ]);
    expect(history[1]?.changes.map((c) => c.field)).toEqual(["Aliases", "Role", "Role added"]);
    expect(history[1]?.changes[2]?.after).toEqual([
      "Minister of Public Security, Ministry of Public Security, 2024 – end unknown",
    ]);
    // Revisions are append-only.
    expect(() => db.$client.exec("UPDATE person_revisions SET version = 9")).toThrow(/append-only/);
    expect(() => db.$client.exec("DELETE FROM person_revisions")).toThrow(/append-only/);
    // The search index follows the new native name.
    const found = listPositions(db, { ...defaultView(), q: "Thượng tướng" });
    expect(found.total).toBeGreaterThan(0);
  });

  it("refuses, writing nothing, a stale version, another person's name, a foreign role or an unknown organisation", () => {
    const before = getEditablePerson(db, "dang-hoang-giang");
    const count = () => db.$client.prepare("SELECT count(*) FROM person_revisions").pluck().get();
    const revisions = count();
    expect(
      updatePerson(db, { ...input("dang-hoang-giang"), expectedVersion: 7, name: "X", actorId }),
    ).toMatchObject({
      ok: false,
      reason: "conflict",
    });
    const taken = updatePerson(db, { ...input("dang-hoang-giang", { name: "To Lam" }), actorId });
    expect(taken).toMatchObject({ ok: false, reason: "invalid" });
    if (!taken.ok && taken.reason === "invalid")
      expect(taken.fieldErrors.name).toMatch(/Another person is recorded as/);
    const foreign = updatePerson(db, {
      ...input("dang-hoang-giang", {
        roles: [
          {
            slug: "bui-van-nam-deputy-minister-public-security",
            title: "Mine now",
            rank: null,
            organization: null,
            start: null,
            end: null,
          },
        ],
      }),
      actorId,
    });
    expect(foreign).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: { "roles.0.title": "Not one of this person's roles." },
    });
    const org = updatePerson(db, {
      ...input("dang-hoang-giang", {
        roles: [{ slug: null, title: "Envoy", rank: null, organization: "nowhere", start: null, end: null }],
      }),
      actorId,
    });
    expect(org).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: { "roles.0.organization": "No such organisation." },
    });
    expect(count()).toBe(revisions);
    expect(getEditablePerson(db, "dang-hoang-giang")).toEqual(before);
  });

  it("validates the input: dates at a precision, an end after the start, a post for every role", () => {
    const issues = (patch: Record<string, unknown>) => {
      const r = updatePersonInput.safeParse({
        slug: "x",
        expectedVersion: 1,
        name: "A B",
        nativeName: null,
        country: "VN",
        aliases: [],
        roles: [],
        ...patch,
      });
      return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    };
    expect(issues({ country: "Viet Nam" })).toEqual(["country: Two letters (ISO 3166-1), e.g. VN."]);
    expect(
      issues({
        roles: [{ slug: null, title: " ", rank: null, organization: null, start: "2024", end: "2023-12" }],
      }),
    ).toEqual(["roles.0.title: Name the post held."]);
    expect(
      issues({
        roles: [
          { slug: null, title: "Envoy", rank: null, organization: null, start: "2024", end: "2023-12" },
        ],
      }),
    ).toEqual(["roles.0.end: The role cannot end before it starts."]);
  });
});
