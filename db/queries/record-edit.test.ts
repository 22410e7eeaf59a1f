import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createTempDb } from "@/db/testing/temp-db";
import { defaultView } from "@/lib/positions-view";
import { type UpdateRecordInput, updateInputFromRecord, updateRecordInput } from "@/lib/record-edit";
import { parseRecordsCsv, recordsToCsv } from "@/lib/records-file";
import { loadSeeds } from "@/seeds/load";
import { applyBulkImport } from "./bulk-import";
import { exportRecords } from "./export";
import { listPositions } from "./positions";
import { listStatementRevisions } from "./statement-history";
import { getEditableRecord } from "./statement-snapshot";
import { setCodedPositions, updateStatement } from "./statement-write";
import { getStatementDetail } from "./statements";
import { createUserWithPassword } from "./users";

let db: Db;
let cleanup: () => void;
let actorId: string;
const ID = "vesea5vgpk";

beforeAll(() => {
  const temp = createTempDb();
  db = temp.db;
  cleanup = temp.cleanup;
  loadSeeds(db);
  actorId = createUserWithPassword(db, {
    email: "a@t.test",
    name: "Ana",
    role: "analyst",
    passwordHash: "x",
  }).id;
});
afterAll(() => cleanup());

function coreInput(overrides: Partial<UpdateRecordInput> = {}): UpdateRecordInput {
  const r = getEditableRecord(db, ID);
  if (!r) throw new Error("seed record missing");
  return updateRecordInput.parse({
    ...updateInputFromRecord(r),
    ...overrides,
  });
}

describe("record editing", () => {
  it("codes positions, bumps the version and appends a revision", () => {
    const before = getEditableRecord(db, ID);
    expect(before?.snapshot.codings).toEqual([]);
    const result = setCodedPositions(db, {
      publicId: ID,
      expectedVersion: before?.version ?? 0,
      actorId,
      codings: [
        { proposition: "cyber-threats-growing", status: "stated", stance: 2, basis: "threats", note: null },
        { proposition: "code-of-conduct", status: "ambiguous", stance: null, basis: null, note: "unclear" },
      ],
    });
    expect(result.ok).toBe(true);
    const after = getStatementDetail(db, ID);
    expect(after?.positions.map((p) => [p.propositionSlug, p.status, p.stance])).toEqual([
      ["cyber-threats-growing", "stated", 2],
      ["code-of-conduct", "ambiguous", null],
    ]);
    expect(after?.statement.version).toBe((before?.version ?? 0) + 1);
    const revisions = listStatementRevisions(db, after?.statement.id ?? 0);
    expect(revisions[0]).toMatchObject({ version: 2, authorName: "Ana", changed: ["codings"] });
  });

  it("removes a coding by leaving it out of the set", () => {
    const r = getEditableRecord(db, ID);
    const result = setCodedPositions(db, {
      publicId: ID,
      expectedVersion: r?.version ?? 0,
      actorId,
      codings: r?.snapshot.codings.filter((c) => c.proposition !== "code-of-conduct") ?? [],
    });
    expect(result.ok).toBe(true);
    expect(getEditableRecord(db, ID)?.snapshot.codings.map((c) => c.proposition)).toEqual([
      "cyber-threats-growing",
    ]);
  });

  it("refuses a save based on an old version and changes nothing", () => {
    const r = getEditableRecord(db, ID);
    const stale = setCodedPositions(db, { publicId: ID, expectedVersion: 1, actorId, codings: [] });
    expect(stale).toMatchObject({ ok: false, reason: "conflict", current: { version: r?.version } });
    expect(getEditableRecord(db, ID)).toEqual(r);
  });

  it("updates the date and text, and search finds the record by a new word", () => {
    const result = updateStatement(db, {
      ...coreInput({
        text: "Cooperation against zyxwvutronic crime matters.",
        dateStart: "2018-11-07",
        dateEnd: "2018-11-07",
        datePrecision: "day",
        dateBasis: "stated",
      }),
      actorId,
    });
    expect(result.ok).toBe(true);
    const d = getStatementDetail(db, ID);
    expect([d?.statement.dateStart, d?.statement.dateEnd, d?.statement.datePrecision]).toEqual([
      "2018-11-07",
      "2018-11-07",
      "day",
    ]);
    const found = listPositions(db, { ...defaultView(), q: "zyxwvutronic" });
    expect(found.rows.map((r) => r.publicId)).toEqual([ID]);
    const revisions = listStatementRevisions(db, d?.statement.id ?? 0);
    expect(revisions[0]?.changed).toEqual(["text", "dateEnd", "datePrecision", "dateBasis"]);
  });

  it("updates topics, mode and the speaker, and the facets follow", () => {
    const modeCount = (mode: string) =>
      listPositions(db, defaultView()).facets?.mode.find((m) => m.value === mode)?.count ?? 0;
    const summaries = modeCount("summary");
    const result = updateStatement(db, {
      ...coreInput({ mode: "summary", topics: ["cyber-norms"] }),
      actorId,
    });
    expect(result.ok).toBe(true);
    expect(modeCount("summary")).toBe(summaries + 1);
    expect(getStatementDetail(db, ID)?.topics.map((t) => t.slug)).toEqual(["cyber-norms"]);
    const byTopic = listPositions(db, { ...defaultView(), topic: ["cyber-norms"] });
    expect(byTopic.rows.map((r) => r.publicId)).toContain(ID);
  });

  it("marks the attribution unresolved, and refuses a role of another person", () => {
    const wrongRole = updateStatement(db, {
      ...coreInput({
        attribution: {
          status: "resolved",
          person: "bui-van-nam",
          role: "dang-hoang-giang-permanent-representative-un",
          note: null,
        },
      }),
      actorId,
    });
    expect(wrongRole).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: { role: expect.any(String) },
    });
    const result = updateStatement(db, {
      ...coreInput({ attribution: { status: "unresolved", note: "Not clear who spoke." } }),
      actorId,
    });
    expect(result.ok).toBe(true);
    const d = getStatementDetail(db, ID);
    expect([d?.statement.personId, d?.statement.roleId, d?.statement.attributionStatus]).toEqual([
      null,
      null,
      "unresolved",
    ]);
  });

  it("keeps the history append-only", () => {
    expect(() => db.$client.prepare("update statement_revisions set action = 'delete'").run()).toThrow(
      /append-only/,
    );
    expect(() => db.$client.prepare("delete from statement_revisions").run()).toThrow(/append-only/);
  });
});

describe("one date rule from the edit form to the import", () => {
  it("a record whose date is corrected by hand exports and imports back as already stored", () => {
    // The form refuses a "month" that is part of a month, as the import does: such a date is a range.
    const partial = updateRecordInput.safeParse({
      ...coreInput(),
      dateStart: "2018-11-01",
      dateEnd: "2018-11-15",
      datePrecision: "month",
      dateBasis: "inferred",
      dateNote: "the meeting was in the first half of November",
    });
    expect(partial.success).toBe(false);
    for (const [dateStart, dateEnd, datePrecision] of [
      ["2018-11-01", "2018-11-30", "month"],
      ["2018-11-01", "2018-11-15", "range"],
    ] as const) {
      const saved = updateStatement(db, {
        ...coreInput({
          dateStart,
          dateEnd,
          datePrecision,
          dateBasis: "inferred",
          dateNote: "the meeting was in November",
        }),
        actorId,
      });
      expect(saved.ok).toBe(true);
      const file = parseRecordsCsv(recordsToCsv(exportRecords(db, [ID])));
      if (!file.ok) throw new Error(file.error);
      expect(file.rows[0]?.errors).toEqual([]);
      expect(applyBulkImport(db, file.rows, { validOnly: false })).toMatchObject({
        written: false,
        created: [],
        unchanged: 1,
      });
    }
  });
});
