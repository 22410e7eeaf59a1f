import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createTempDb } from "@/db/testing/temp-db";
import { defaultView } from "@/lib/positions-view";
import { type UpdateRecordInput, updateInputFromRecord, updateRecordInput } from "@/lib/record-edit";
import { loadSeeds } from "@/seeds/load";
import { listPositions } from "./positions";
import { getRecordHistory } from "./statement-history";
import { getEditableRecord } from "./statement-snapshot";
import { updateStatement } from "./statement-write";
import { createUserWithPassword } from "./users";

/** "President Cuong said": the seed record whose speaker is not in the database. */
const CUONG = "gdm6h7r959";

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

const count = (table: string) => db.$client.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

function resolveInput(person: Record<string, unknown>, version?: number): UpdateRecordInput {
  const r = getEditableRecord(db, CUONG);
  if (!r) throw new Error("seed record missing");
  return updateRecordInput.parse({
    ...updateInputFromRecord(r),
    ...(version === undefined ? {} : { expectedVersion: version }),
    attribution: {
      status: "new_person",
      note: "President Luong Cuong, State President since 21 October 2024.",
      person: {
        name: "Luong Cuong",
        nativeName: "Lương Cường",
        country: "vn",
        role: {
          title: "President of Viet Nam",
          rank: null,
          organization: null,
          start: "2024-10-21",
          end: null,
        },
        ...person,
      },
    },
  });
}

describe("resolving an attribution by creating the person in place", () => {
  it("refuses, writing nothing, a name already recorded, an unknown organisation or a stale version", () => {
    const before = {
      persons: count("persons"),
      roles: count("roles"),
      organizations: count("organizations"),
    };
    const version = getEditableRecord(db, CUONG)?.version;

    const same = updateStatement(db, { ...resolveInput({ name: "Bùi Văn Nam", nativeName: null }), actorId });
    expect(same).toMatchObject({ ok: false, reason: "invalid" });
    if (!same.ok && same.reason === "invalid")
      expect(same.fieldErrors["attribution.person.name"]).toMatch(/Bùi Văn Nam is already in the database/);

    const org = updateStatement(db, {
      ...resolveInput({
        role: { title: "President", rank: null, organization: "no-such-org", start: null, end: null },
      }),
      actorId,
    });
    expect(org).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: { "attribution.person.role.organization": "No such organisation." },
    });

    const stale = updateStatement(db, { ...resolveInput({}, (version ?? 1) + 5), actorId });
    expect(stale).toMatchObject({ ok: false, reason: "conflict" });

    expect({
      persons: count("persons"),
      roles: count("roles"),
      organizations: count("organizations"),
    }).toEqual(before);
    expect(getEditableRecord(db, CUONG)?.version).toBe(version);
    expect(getEditableRecord(db, CUONG)?.snapshot.attributionStatus).toBe("unresolved");
  });

  it("gives field errors for role dates that are not dates or end before they start, and a role with no post", () => {
    const base = updateInputFromRecord(getEditableRecord(db, CUONG) ?? (undefined as never));
    const parse = (role: Record<string, unknown>) =>
      updateRecordInput.safeParse({
        ...base,
        attribution: {
          status: "new_person",
          note: null,
          person: {
            name: "Luong Cuong",
            nativeName: null,
            country: "VN",
            role: { title: "President", rank: null, organization: null, start: null, end: null, ...role },
          },
        },
      });
    const issues = (role: Record<string, unknown>) => {
      const r = parse(role);
      return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    };
    expect(issues({ start: "2024-13" })).toEqual([
      "attribution.person.role.start: A date as YYYY, YYYY-MM or YYYY-MM-DD, or empty when not known.",
    ]);
    expect(issues({ start: "2024-10-21", end: "2023" })).toEqual([
      "attribution.person.role.end: The role cannot end before it starts.",
    ]);
    expect(issues({ title: "", start: "2024" })).toEqual([
      "attribution.person.role.title: Name the post held, or leave the role's fields empty.",
    ]);
    expect(issues({ start: "2024-10" })).toEqual([]);
  });

  it("creates the person and the role with the record's save, in one revision that says so", () => {
    const version = getEditableRecord(db, CUONG)?.version ?? 0;
    const result = updateStatement(db, {
      ...resolveInput({
        role: {
          title: "President of Viet Nam",
          rank: null,
          organization: null,
          newOrganization: { name: "Office of the President", kind: "government" },
          start: "2024-10",
          end: null,
        },
      }),
      actorId,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.record.version).toBe(version + 1);
    expect(result.record.snapshot).toMatchObject({ attributionStatus: "resolved", person: "luong-cuong" });

    const person = db.$client
      .prepare(
        "SELECT id, slug, name, native_name, family_name, given_name, country FROM persons WHERE slug = 'luong-cuong'",
      )
      .get() as Record<string, unknown>;
    expect(person).toMatchObject({
      name: "Luong Cuong",
      native_name: "Lương Cường",
      family_name: "Luong",
      given_name: "Cuong",
      country: "VN",
    });
    const role = db.$client
      .prepare(`SELECT r.slug, r.title, r.start_date, r.start_precision, r.end_date, r.end_precision, o.name AS org, o.kind
        FROM roles r LEFT JOIN organizations o ON o.id = r.organization_id WHERE r.person_id = ?`)
      .all(person.id);
    expect(role).toEqual([
      {
        slug: result.record.snapshot.role,
        title: "President of Viet Nam",
        start_date: "2024-10-01",
        start_precision: "month",
        end_date: null,
        end_precision: "unknown",
        org: "Office of the President",
        kind: "government",
      },
    ]);

    const [latest] = getRecordHistory(db, getEditableRecord(db, CUONG)?.id ?? 0, version + 1);
    expect(latest?.created).toEqual([
      "Created the person Lương Cường (Luong Cuong), VN",
      "Created the organisation Office of the President (government)",
      "Created the role President of Viet Nam, Office of the President, from Oct 2024",
    ]);
    const speaker = latest?.changes.find((c) => c.field === "person");
    expect(speaker?.after).toEqual(["Lương Cường"]);

    // The read models follow: the positions table finds the record under its new speaker.
    const listed = listPositions(db, { ...defaultView(), speaker: ["luong-cuong"] });
    expect(listed.rows.map((r) => r.publicId)).toEqual([CUONG]);
  });
});
