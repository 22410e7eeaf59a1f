import { count, eq } from "drizzle-orm";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import {
  annotationRevisions,
  annotations,
  codedPositions,
  persons,
  statementAppearances,
  statements,
} from "@/db/schema";
import { createTempDb } from "@/db/testing/temp-db";
import { extractCandidates } from "@/lib/extract";
import { parseView } from "@/lib/positions-view";
import { parseRecordsCsv, parseRecordsJson, recordsToCsv, recordsToJson } from "@/lib/records-file";
import { problemKind, type RecordRow } from "@/lib/records-format";
import { sliceCodePoints } from "@/lib/text";
import { loadSeeds } from "@/seeds/load";
import { candidateRecord } from "../testing/article-records";
import {
  findDuplicateSource,
  findSimilarStatements,
  listAppearances,
  loadKnownEntities,
  saveImport,
} from "./article-import";
import { applyBulkImport, planBulkImport } from "./bulk-import";
import { exportRecords, iterateRecordRows } from "./export";
import { ImportError, type ImportRecordInput, newPublicId } from "./import-entities";
import { listViewIds } from "./positions";

let db: Db;
let cleanup: () => void;
beforeEach(() => {
  ({ db, cleanup } = createTempDb());
  loadSeeds(db);
});
afterEach(() => cleanup());

const statementCount = () => db.select({ n: count() }).from(statements).get()?.n ?? 0;

const ARTICLE = [
  "Vietnam, Laos pledge closer ties",
  "Hanoi, (VNA) – Deputy Prime Minister Tran Luu Quang held talks with Lao Foreign Minister Saleumxay Kommasith at the talks held in Hanoi on March 5.",
  "Quang said Vietnam treasures its special relationship with Laos.",
].join("\n");

function recordFrom(raw: string, published: string): Array<ImportRecordInput & { key: string }> {
  const result = extractCandidates({ raw, published, known: loadKnownEntities(db) });
  return result.candidates.map((c) =>
    candidateRecord(c, {
      personId: c.speaker?.personId ?? null,
      newPerson:
        c.speaker && c.speaker.personId === null
          ? { name: c.speaker.name, country: c.speaker.country ?? "VN" }
          : null,
      role: c.role ? { roleId: c.role.roleId, title: c.role.title, rank: c.role.rank } : null,
      eventId: c.event?.eventId ?? null,
      newEvent:
        c.event && c.event.eventId === null
          ? {
              name: c.event.name,
              kind: c.event.kind,
              city: c.event.city,
              country: c.event.country,
              startDate: c.event.startDate,
              endDate: c.event.endDate,
              datePrecision: c.event.precision,
              dateBasis: c.event.basis,
              dateNote: c.event.note,
            }
          : null,
      topics: c.topics,
      language: "en",
    }),
  );
}

const source = (rawText: string, url: string | null = null) => ({
  rawText,
  title: "Vietnam, Laos pledge closer ties",
  outlet: "VNA",
  url,
  publishedDate: "2024-03-06",
  tier: "state_media" as const,
  language: "en",
});

describe("import queries", () => {
  it("draws public ids in the seeds' format", () => {
    for (let i = 0; i < 50; i++) expect(newPublicId()).toMatch(/^[abcdefghjkmnpqrstvwxyz23456789]{10}$/);
  });

  it("loads known people with aliases and roles, events and topics", () => {
    const known = loadKnownEntities(db);
    expect(known.persons.find((p) => p.slug === "bui-van-nam")).toMatchObject({
      aliases: ["Nam"],
      roles: [{ title: "Deputy Minister of Public Security" }],
    });
    expect(known.events).toHaveLength(2);
    expect(known.topics.length).toBeGreaterThan(10);
  });

  it("saves the source and the accepted records in one go, creating the new person, role and event", () => {
    const records = recordFrom(ARTICLE, "2024-03-06");
    expect(records).toHaveLength(1);
    const before = statementCount();
    const saved = saveImport(db, source(ARTICLE, "https://example.org/a"), records);
    expect(saved.created).toHaveLength(1);
    expect(statementCount()).toBe(before + 1);
    const [row] = exportRecords(db, saved.created);
    expect(row).toMatchObject({
      speaker: "Tran Luu Quang",
      role_title: "Deputy Prime Minister",
      date_start: "2024-03-05",
      date_basis: "inferred",
    });
    expect(sliceCodePoints(ARTICLE, row?.evidence_start ?? 0, row?.evidence_end)).toBe(row?.evidence_text);
  });

  it("stores a new person written with diacritics under the English form, keeping the native one", () => {
    const raw = "Deputy Prime Minister Bùi Thanh Sơn said ASEAN unity is vital.";
    const [record] = recordFrom(raw, "2024-10-07");
    if (!record) throw new Error("no candidate");
    expect(record.newPerson?.name).toBe("Bùi Thanh Sơn");
    const saved = saveImport(db, source(raw), [record]);
    const person = db.select().from(persons).where(eq(persons.slug, "bui-thanh-son")).get();
    expect(person).toMatchObject({ name: "Bui Thanh Son", nativeName: "Bùi Thanh Sơn", givenName: "Son" });
    expect(exportRecords(db, saved.created)[0]?.person_slug).toBe("bui-thanh-son");
  });

  it("refuses the same URL or the same text again, and writes nothing", () => {
    saveImport(db, source(ARTICLE, "https://example.org/a"), recordFrom(ARTICLE, "2024-03-06"));
    const before = statementCount();
    expect(findDuplicateSource(db, { url: "https://example.org/a", rawText: "other" })?.by).toBe("url");
    expect(findDuplicateSource(db, { url: null, rawText: ARTICLE })?.by).toBe("text");
    expect(() => saveImport(db, source(ARTICLE, null), recordFrom(ARTICLE, "2024-03-06"))).toThrow(
      ImportError,
    );
    expect(statementCount()).toBe(before);
  });

  it("rolls the source back when one record fails", () => {
    const records = recordFrom(ARTICLE, "2024-03-06").map((r) => ({ ...r, topics: ["no-such-topic"] }));
    expect(() => saveImport(db, source(ARTICLE), records)).toThrow("Unknown topics: no-such-topic.");
    expect(findDuplicateSource(db, { url: null, rawText: ARTICLE })).toBeNull();
  });

  it("offers a near-identical stored statement, and saves it as another appearance", () => {
    const raw = `Copy\nVietnam backs and actively participates in international cooperation in this regard on the basis of respect for national independence and sovereignty, no interference into internal affairs and sharing of responsibilities in promoting responsible behaviours on the cyberspace, Giang said.`;
    const [similar] = findSimilarStatements(db, [raw.split("\n")[1] ?? ""]);
    expect(similar?.publicId).toBe("rb9j45cpkn");
    const [record] = recordFrom(raw, "2024-06-21");
    if (!record) throw new Error("no candidate");
    const before = statementCount();
    const saved = saveImport(db, source(raw), [{ ...record, appearanceOf: "rb9j45cpkn" }]);
    expect(saved.appearances).toEqual(["rb9j45cpkn"]);
    expect(statementCount()).toBe(before);
    expect(db.select({ n: count() }).from(statementAppearances).get()?.n).toBe(1);
    expect(listAppearances(db, "rb9j45cpkn")).toEqual([
      expect.objectContaining({
        sourceTitle: "Vietnam, Laos pledge closer ties",
        evidenceText: raw.split("\n")[1],
      }),
    ]);
  });
});

describe("bulk import and export", () => {
  it("export -> import into a database without the records -> export gives the identical file", () => {
    // Coded positions and annotations are not carried by the interchange row (their columns are informational,
    // recomputed on export), so the byte-for-byte round trip is taken on records without them.
    db.delete(annotationRevisions).run();
    db.delete(annotations).run();
    db.delete(codedPositions).run();
    const first = recordsToCsv(exportRecords(db));
    const json = recordsToJson(exportRecords(db));
    db.delete(statements).run();
    const parsed = parseRecordsCsv(first);
    if (!parsed.ok) throw new Error(parsed.error);
    const result = applyBulkImport(db, parsed.rows, { validOnly: false });
    expect(result.created).toHaveLength(20);
    expect(recordsToCsv(exportRecords(db))).toBe(first);
    expect(recordsToJson(exportRecords(db))).toBe(json);
    // Importing the same file again changes nothing: every row is already there.
    const again = applyBulkImport(db, parsed.rows, { validOnly: false });
    expect(again).toMatchObject({ created: [], unchanged: 20, skipped: 0 });
  });

  it("after a round trip through an empty database only the stance and annotation columns differ", () => {
    const before = exportRecords(db);
    expect(before.some((r) => r.stance_summary !== "")).toBe(true);
    db.delete(statements).run();
    const parsed = parseRecordsJson(recordsToJson(before));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(applyBulkImport(db, parsed.rows, { validOnly: false }).created).toHaveLength(20);
    const strip = (rows: RecordRow[]) =>
      rows.map(({ stance_summary: _s, annotation_count: _a, ...rest }) => rest);
    expect(strip(exportRecords(db))).toEqual(strip(before));
  });

  it("a positions view's export (CSV or JSON) imports as already stored, never as duplicates", () => {
    const ids = listViewIds(db, parseView(new URLSearchParams("topic=cyber-security&sort=-date")).view);
    const rows = [...iterateRecordRows(db, ids)];
    expect(rows).toHaveLength(10);
    for (const file of [parseRecordsCsv(recordsToCsv(rows)), parseRecordsJson(recordsToJson(rows))]) {
      if (!file.ok) throw new Error(file.error);
      const result = applyBulkImport(db, file.rows, { validOnly: false });
      expect(result).toMatchObject({ written: false, created: [], unchanged: 10, skipped: 0 });
    }
    expect(statementCount()).toBe(20);
    // Informational columns are ignored; a changed importable column is refused and named.
    const edited = [
      { ...rows[0], speaker: "Someone else", annotation_count: 99 },
      { ...rows[1], text: "Changed.", mode: "summary" },
    ];
    const parsed = parseRecordsJson(JSON.stringify(edited));
    if (!parsed.ok) throw new Error(parsed.error);
    const plan = planBulkImport(db, parsed.rows);
    expect(plan.map((p) => p.status)).toEqual(["unchanged", "invalid"]);
    expect(plan[1]?.errors[0]?.message).toBe(
      "public_id is already stored with different text, mode; bulk import adds records, it does not edit them",
    );
  });

  it("a broken row writes nothing, unless only valid rows are asked for", () => {
    const rows = exportRecords(db);
    db.delete(statements).run();
    const bad = { ...rows[1], evidence_text: "not what the source says" };
    const parsed = parseRecordsJson(JSON.stringify([rows[0], bad, { ...rows[2], person_slug: "nobody" }]));
    if (!parsed.ok) throw new Error(parsed.error);
    const refused = applyBulkImport(db, parsed.rows, { validOnly: false });
    expect(refused.written).toBe(false);
    expect(statementCount()).toBe(0);
    expect(refused.plan.flatMap((p) => p.errors.map((e) => e.column))).toEqual([
      "evidence_text",
      "person_slug",
    ]);
    const partial = applyBulkImport(db, parsed.rows, { validOnly: true });
    expect(partial.created).toEqual([rows[0]?.public_id]);
    expect(statementCount()).toBe(1);
  });

  it("reports every problem of a file at once, and a stored record copied under a new id", () => {
    const rows = exportRecords(db);
    const [a, b, c, d] = rows;
    if (!a || !b || !c || !d) throw new Error("seeds");
    const fresh = (n: number) => `${"abcdefghjk".slice(0, 9)}${n}`;
    const file = [
      // A malformed date and an unknown person in one row: both, in one upload.
      {
        ...a,
        public_id: fresh(2),
        date_start: "2018-13-01",
        person_slug: "nobody",
        attribution_status: "resolved",
      },
      // Broken columns hide neither the rule between columns nor the evidence check.
      { ...b, public_id: fresh(3), mode: "shouting", evidence_end: 0, attribution_status: "unresolved" },
      // The same statement as a stored record, under another id.
      { ...c, public_id: fresh(4) },
      // And the same statement twice in the file.
      { ...d, public_id: fresh(5), text: "A statement that is new.", source_sha256: d.source_sha256 },
      { ...d, public_id: fresh(6), text: "A statement that is new.", source_sha256: d.source_sha256 },
    ];
    const parsed = parseRecordsJson(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.error);
    const plan = planBulkImport(db, parsed.rows);
    const messages = plan.map((p) => p.errors.map((e) => e.message));
    expect(messages[0]).toEqual([
      "date_start must be a real date, YYYY-MM-DD",
      `person_slug "nobody" is not a known person`,
    ]);
    expect(messages[1]).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^mode must be one of/),
        "evidence_end must be 1 or more",
        "evidence_end must be after evidence_start",
        expect.stringMatching(/^person_slug names a person, but attribution_status is unresolved/),
      ]),
    );
    expect(messages[2]).toEqual([
      `public_id is new, but the record is already stored as ${c.public_id} (same source, speaker, date and text); leave the row out, or import that record's own row`,
    ]);
    expect(messages[3]).toEqual([]);
    expect(messages[4]).toEqual([
      "public_id is new, but the row repeats row 4 (same source, speaker, date and text)",
    ]);
    expect(plan.map((p) => p.status)).toEqual(["invalid", "invalid", "invalid", "new", "invalid"]);
    expect(plan[1]?.publicId).toBe(fresh(3));
    expect([...new Set(plan.flatMap((p) => p.errors.map((e) => problemKind(e.column))))].sort()).toEqual([
      "Dates",
      "Other columns",
      "Record ids and duplicates",
      "Source, evidence and text",
      "Speaker and attribution",
    ]);
  });

  it("never writes part of an import that has an invalid row (property)", () => {
    const all = exportRecords(db);
    db.delete(statements).run();
    fc.assert(
      fc.property(
        fc.subarray(all, { minLength: 1, maxLength: 6 }),
        fc.nat(5),
        fc.constantFrom("evidence_text", "person_slug", "topics", "source_sha256"),
        (chosen, which, breakWhat) => {
          const rows = chosen.map((r) => ({ ...r }));
          const target = rows[which % rows.length];
          if (!target) return;
          if (breakWhat === "evidence_text") target.evidence_text = `${target.evidence_text}x`;
          if (breakWhat === "person_slug") target.person_slug = "no-such-person";
          if (breakWhat === "topics") target.topics = ["no-such-topic"];
          if (breakWhat === "source_sha256") target.source_sha256 = "0".repeat(64);
          const parsed = parseRecordsJson(JSON.stringify(rows));
          if (!parsed.ok) throw new Error(parsed.error);
          const before = statementCount();
          const result = applyBulkImport(db, parsed.rows, { validOnly: false });
          expect(result.written).toBe(false);
          expect(statementCount()).toBe(before);
        },
      ),
      { numRuns: 40 },
    );
  });
});
