import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { readModelState } from "@/db/testing/read-models";
import { createTempDb } from "@/db/testing/temp-db";
import { updatePersonInput } from "@/lib/person-edit";
import { defaultView } from "@/lib/positions-view";
import { updateInputFromRecord } from "@/lib/record-edit";
import { loadSeeds } from "@/seeds/load";
import { getEditablePerson, getPersonHistory, restorePersonVersion, updatePerson } from "./person-edit";
import { listMergeCandidates, mergePersons, previewPersonMerge } from "./person-merge";
import { getOfficial, listOfficials } from "./persons";
import { rebuildSearchIndex } from "./position-index";
import { listPositions } from "./positions";
import { redirectTarget } from "./redirects";
import { getEditableRecord, listEditOptions } from "./statement-snapshot";
import { updateStatement } from "./statement-write";
import { createUserWithPassword } from "./users";

let db: Db;
let cleanup: () => void;
let actorId: string;

const n = (sql: string, ...params: unknown[]) =>
  Number(
    db.$client
      .prepare(sql)
      .pluck()
      .get(...params),
  );
const idOf = (slug: string) => n("SELECT id FROM persons WHERE slug = ?", slug);

beforeAll(() => {
  ({ db, cleanup } = createTempDb());
  loadSeeds(db);
  actorId = createUserWithPassword(db, {
    email: "m@t.test",
    name: "Mai",
    role: "analyst",
    passwordHash: "x",
  }).id;
});
afterAll(() => cleanup());

/** Every row that names a person, by table, for the people given. */
function references(ids: number[]) {
  const list = ids.join(",");
  return {
    statements: n(`SELECT count(*) FROM statements WHERE person_id IN (${list})`),
    roles: n(`SELECT count(*) FROM roles WHERE person_id IN (${list})`),
    aliases: n(`SELECT count(*) FROM person_aliases WHERE person_id IN (${list})`),
    revisions: n(`SELECT count(*) FROM person_revisions WHERE person_id IN (${list})`),
    codings: n(
      `SELECT count(*) FROM coded_positions c JOIN statements s ON s.id = c.statement_id WHERE s.person_id IN (${list})`,
    ),
    annotations: n(
      `SELECT count(*) FROM annotations a JOIN statements s ON s.id = a.statement_id WHERE s.person_id IN (${list})`,
    ),
    appearances: n(
      `SELECT count(*) FROM statement_appearances a JOIN statements s ON s.id = a.statement_id WHERE s.person_id IN (${list})`,
    ),
  };
}

describe("merging two people", () => {
  it("offers everyone else by name, and previews what would move", () => {
    const names = listMergeCandidates(db, "dang-hoang-giang").map((c) => c.slug);
    expect(names).toContain("bui-van-nam");
    expect(names).not.toContain("dang-hoang-giang");
    const preview = previewPersonMerge(db, "dang-hoang-giang", "bui-van-nam");
    expect(preview?.records).toBe(4);
    expect(preview?.roles).toBe(1);
    expect(preview?.newAliases).toEqual(expect.arrayContaining(["Bui Van Nam", "Bùi Văn Nam"]));
    expect(previewPersonMerge(db, "bui-van-nam", "bui-van-nam")).toBeNull();
  });

  it("moves every reference, leaves a redirect and two revisions, and the read models equal a recount", () => {
    const survivor = idOf("dang-hoang-giang");
    const merged = idOf("bui-van-nam");
    // An annotation and a second report on one of the duplicate's records, so those are counted too.
    const record = n("SELECT id FROM statements WHERE person_id = ? ORDER BY id LIMIT 1", merged);
    db.$client
      .prepare(
        "INSERT INTO annotations (public_id, statement_id, author_id, body) VALUES ('merge-note', ?, ?, 'same man')",
      )
      .run(record, actorId);
    db.$client
      .prepare(
        `INSERT INTO statement_appearances (statement_id, source_id, evidence_start, evidence_end, evidence_text)
         SELECT id, source_id, evidence_start, evidence_end, evidence_text FROM statements WHERE id = ?`,
      )
      .run(record);
    const before = references([survivor, merged]);
    const survivorRecords = n("SELECT count(*) FROM statements WHERE person_id = ?", survivor);
    const codingRows = n("SELECT count(*) FROM coded_positions");
    const codingsBefore = db.$client.prepare("SELECT * FROM coded_positions ORDER BY id").all();
    const preview = previewPersonMerge(db, "dang-hoang-giang", "bui-van-nam");
    if (!preview) throw new Error("no preview");
    expect(preview.annotations).toBe(1);
    expect(preview.appearances).toBe(1);

    const result = mergePersons(db, {
      survivorSlug: "dang-hoang-giang",
      mergedSlug: "bui-van-nam",
      survivorVersion: preview.survivor.version,
      mergedVersion: preview.merged.version,
      actorId,
    });
    expect(result).toMatchObject({ ok: true, movedRecords: 4 });

    // Everything now names the survivor; nothing names the duplicate but its own history.
    const after = references([survivor]);
    expect(after.statements).toBe(before.statements);
    expect(after.roles).toBe(before.roles);
    expect(after.codings).toBe(before.codings);
    expect(after.annotations).toBe(before.annotations);
    expect(after.appearances).toBe(before.appearances);
    expect(references([merged])).toMatchObject({ statements: 0, roles: 0, aliases: 0, revisions: 1 });
    expect(n("SELECT count(*) FROM statements WHERE person_id = ?", survivor)).toBe(survivorRecords + 4);
    // Codings hang off the records: not one changed.
    expect(n("SELECT count(*) FROM coded_positions")).toBe(codingRows);
    expect(db.$client.prepare("SELECT * FROM coded_positions ORDER BY id").all()).toEqual(codingsBefore);
    expect(db.$client.prepare("PRAGMA foreign_key_check").all()).toEqual([]);

    // The duplicate's names are aliases of the survivor now; its slug redirects; it is listed no more.
    const official = getOfficial(db, "dang-hoang-giang");
    expect(official?.aliases).toEqual(expect.arrayContaining(["Bui Van Nam", "Bùi Văn Nam", "Nam"]));
    expect(official?.total).toBe(survivorRecords + 4);
    expect(official?.roles).toHaveLength(2);
    expect(getOfficial(db, "bui-van-nam")).toBeNull();
    expect(redirectTarget(db, "person", "bui-van-nam")).toBe("dang-hoang-giang");
    expect(listOfficials(db, { q: "", page: 1 }).rows.map((r) => r.slug)).not.toContain("bui-van-nam");
    expect(listMergeCandidates(db, "dang-hoang-giang").map((c) => c.slug)).not.toContain("bui-van-nam");
    expect(getEditablePerson(db, "bui-van-nam")).toBeNull();

    // One revision on each, saying who went where.
    const [merge] = getPersonHistory(db, survivor);
    expect(merge).toMatchObject({
      version: 2,
      authorName: "Mai",
      mergedFrom: { slug: "bui-van-nam", records: 4 },
    });
    expect(merge?.changes.map((c) => c.field)).toEqual(expect.arrayContaining(["Aliases", "Role added"]));
    expect(getPersonHistory(db, merged)[0]).toMatchObject({ mergedInto: { slug: "dang-hoang-giang" } });

    // The table by speaker and the search by the old name both find the moved records.
    const bySpeaker = listPositions(db, { ...defaultView(), speaker: ["dang-hoang-giang"] });
    expect(bySpeaker.total).toBe(survivorRecords + 4);
    const byOldName = listPositions(db, { ...defaultView(), q: "Bùi Văn Nam" });
    expect(byOldName.rows.every((r) => r.speakerSlug === "dang-hoang-giang")).toBe(true);
    expect(byOldName.total).toBeGreaterThan(0);

    // The maintained read models equal what a recount from the base tables gives.
    const maintained = readModelState(db);
    rebuildSearchIndex(db);
    expect(readModelState(db)).toEqual(maintained);
  });

  it("refuses a merge based on a stale version and changes nothing", () => {
    const preview = previewPersonMerge(db, "to-lam", "le-thanh-long");
    if (!preview) throw new Error("no preview");
    const edit = updatePerson(db, {
      ...updatePersonInput.parse({
        slug: "le-thanh-long",
        expectedVersion: preview.merged.version,
        ...preview.merged.snapshot,
        aliases: [...preview.merged.snapshot.aliases, "Thượng tướng Long"],
      }),
      actorId,
    });
    expect(edit.ok).toBe(true);
    const result = mergePersons(db, {
      survivorSlug: "to-lam",
      mergedSlug: "le-thanh-long",
      survivorVersion: preview.survivor.version,
      mergedVersion: preview.merged.version,
      actorId,
    });
    expect(result).toMatchObject({ ok: false, reason: "conflict" });
    expect(n("SELECT count(*) FROM statements WHERE person_id = ?", idOf("le-thanh-long"))).toBe(1);
    expect(redirectTarget(db, "person", "le-thanh-long")).toBeNull();
  });

  it("refuses to attach anything to a merged person again", () => {
    const merged = idOf("bui-van-nam");
    expect(() =>
      db.$client
        .prepare("UPDATE statements SET person_id = ? WHERE id = (SELECT min(id) FROM statements)")
        .run(merged),
    ).toThrow(/merged into another/);
    expect(() =>
      db.$client.prepare("INSERT INTO person_aliases (person_id, alias) VALUES (?, 'again')").run(merged),
    ).toThrow(/merged into another/);
    expect(
      mergePersons(db, {
        survivorSlug: "to-lam",
        mergedSlug: "bui-van-nam",
        survivorVersion: 1,
        mergedVersion: 2,
        actorId,
      }),
    ).toMatchObject({ ok: false, reason: "not_found" });
  });

  it("a record cannot be saved with a merged person: the editor says whom to choose, and the picker leaves them out", () => {
    const firstId = db.$client
      .prepare("SELECT public_id FROM statements ORDER BY id LIMIT 1")
      .pluck()
      .get() as string;
    const record = getEditableRecord(db, firstId);
    if (!record) throw new Error("no record");
    const input = updateInputFromRecord(record);
    const result = updateStatement(db, {
      ...input,
      attribution: { status: "resolved", person: "bui-van-nam", role: null, note: null },
      actorId,
    });
    expect(result).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: { person: "This person was merged into another: choose that person." },
    });
    expect(getEditableRecord(db, firstId)?.version).toBe(record.version);
    expect(listEditOptions(db).persons.map((p) => p.slug)).not.toContain("bui-van-nam");
  });

  it("merges a survivor on in turn: every record and every old slug lands on the last person, one step away", () => {
    const survivor = getEditablePerson(db, "tran-thanh-man");
    const middle = getEditablePerson(db, "dang-hoang-giang");
    if (!survivor || !middle) throw new Error("seed people");
    const records = n("SELECT count(*) FROM statements WHERE person_id IN (?, ?)", survivor.id, middle.id);
    expect(
      mergePersons(db, {
        survivorSlug: "tran-thanh-man",
        mergedSlug: "dang-hoang-giang",
        survivorVersion: survivor.version,
        mergedVersion: middle.version,
        actorId,
      }),
    ).toMatchObject({ ok: true, movedRecords: records - 1 });
    expect(n("SELECT count(*) FROM statements WHERE person_id = ?", survivor.id)).toBe(records);
    expect(redirectTarget(db, "person", "dang-hoang-giang")).toBe("tran-thanh-man");
    expect(redirectTarget(db, "person", "bui-van-nam")).toBe("tran-thanh-man");
    expect(getOfficial(db, "tran-thanh-man")?.aliases).toEqual(
      expect.arrayContaining(["Bùi Văn Nam", "Đặng Hoàng Giang", "Giang"]),
    );
    expect(db.$client.prepare("PRAGMA foreign_key_check").all()).toEqual([]);
  });
});

describe("restoring a person's earlier version", () => {
  it("brings the values back as a new revision, and refuses a stale one", () => {
    const slug = "nguyen-hong-dien";
    const start = getEditablePerson(db, slug);
    if (!start) throw new Error(slug);
    const edited = updatePerson(db, {
      ...updatePersonInput.parse({
        slug,
        expectedVersion: start.version,
        ...start.snapshot,
        name: "Nguyen H. Dien",
        aliases: ["Dien"],
      }),
      actorId,
    });
    if (!edited.ok) throw new Error("edit refused");
    const revisions = () => n("SELECT count(*) FROM person_revisions WHERE person_id = ?", idOf(slug));
    const count = revisions();

    const stale = restorePersonVersion(db, { slug, version: 1, expectedVersion: start.version, actorId });
    expect(stale).toMatchObject({ ok: false, reason: "conflict" });
    expect(revisions()).toBe(count);

    const restored = restorePersonVersion(db, {
      slug,
      version: 1,
      expectedVersion: edited.person.version,
      actorId,
    });
    expect(restored).toMatchObject({ ok: true, person: { version: edited.person.version + 1 } });
    expect(getEditablePerson(db, slug)?.snapshot).toEqual(start.snapshot);
    expect(revisions()).toBe(count + 1);
    const [latest, previous] = getPersonHistory(db, idOf(slug));
    expect(latest).toMatchObject({ restoredFrom: 1 });
    expect(latest?.changes.find((c) => c.field === "Name")).toEqual({
      field: "Name",
      before: ["Nguyen H. Dien"],
      after: [start.snapshot.name],
    });
    // The edit it undid is still there, unchanged: history is appended to, never rewritten.
    expect(previous?.changes.find((c) => c.field === "Name")?.after).toEqual(["Nguyen H. Dien"]);
    expect(() => db.$client.exec("DELETE FROM person_revisions")).toThrow(/append-only/);
    expect(
      restorePersonVersion(db, { slug, version: 99, expectedVersion: edited.person.version + 1, actorId }),
    ).toMatchObject({
      ok: false,
      reason: "not_found",
    });
  });
});
