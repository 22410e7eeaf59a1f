import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { extractionDecisions, sources, statements } from "@/db/schema";
import { candidateRecord } from "@/db/testing/article-records";
import { createTempDb } from "@/db/testing/temp-db";
import { extractCandidates } from "@/lib/extract";
import { listRulePrecision, saveImport } from "./article-import";
import { ImportError, type ImportRecordInput } from "./import-entities";

let db: Db;
let cleanup: () => void;
beforeEach(() => {
  ({ db, cleanup } = createTempDb());
});
afterEach(() => cleanup());

const RAW = [
  "Việt Nam ủng hộ đối thoại",
  "Hà Nội (TTXVN) – Thứ trưởng Bộ Ngoại giao Đỗ Hùng Việt cho biết Việt Nam ủng hộ đối thoại.",
  "Theo Thứ trưởng, các bên cần kiềm chế.",
  "Ông cũng nhấn mạnh vai trò của luật pháp quốc tế.",
].join("\n");

function proposals() {
  const result = extractCandidates({ raw: RAW, published: "2024-05-13" });
  expect(result.language).toBe("vi");
  return result.candidates;
}

function recordOf(c: ReturnType<typeof proposals>[number]): ImportRecordInput & { key: string } {
  return candidateRecord(c, {
    personId: null,
    newPerson: c.speaker ? { name: c.speaker.nativeName ?? c.speaker.name, country: "VN" } : null,
    role: null,
    eventId: null,
    newEvent: null,
    topics: [],
    language: "vi",
  });
}

const source = (url: string) => ({
  rawText: `${RAW}\n${url}`,
  title: "Việt Nam ủng hộ đối thoại",
  outlet: "TTXVN",
  url,
  publishedDate: "2024-05-13",
  tier: "state_media" as const,
  language: "vi",
});

describe("reviewer decisions and live precision per rule", () => {
  it("stores each decision with the source, in the same transaction, and counts them per rule and language", () => {
    const [a, b, c] = proposals();
    if (!a || !b || !c) throw new Error("three proposals expected");
    expect([a.provenance.rule, b.provenance.rule, c.provenance.rule]).toEqual([
      "vi.speaker-verb",
      "vi.theo",
      "vi.speaker-verb",
    ]);
    saveImport(
      db,
      source("https://example.org/a"),
      [recordOf(a), recordOf(c)],
      [
        { key: a.key, rule: a.provenance.rule, attributionKind: a.attribution.kind, decision: "accepted" },
        { key: b.key, rule: b.provenance.rule, attributionKind: b.attribution.kind, decision: "rejected" },
        { key: c.key, rule: c.provenance.rule, attributionKind: c.attribution.kind, decision: "corrected" },
      ],
    );
    saveImport(
      db,
      source("https://example.org/b"),
      [recordOf(b)],
      [{ key: b.key, rule: b.provenance.rule, attributionKind: b.attribution.kind, decision: "accepted" }],
    );
    expect(listRulePrecision(db)).toEqual([
      {
        rule: "vi.speaker-verb",
        language: "vi",
        accepted: 1,
        corrected: 1,
        rejected: 0,
        reviewed: 2,
        precision: 0.5,
      },
      {
        rule: "vi.theo",
        language: "vi",
        accepted: 1,
        corrected: 0,
        rejected: 1,
        reviewed: 2,
        precision: 0.5,
      },
    ]);
    const stored = db.select().from(extractionDecisions).all();
    expect(stored).toHaveLength(4);
    const first = db
      .select({ id: sources.id, language: sources.language })
      .from(sources)
      .where(eq(sources.url, "https://example.org/a"))
      .get();
    expect(first?.language).toBe("vi");
    expect(stored.filter((d) => d.sourceId === first?.id).map((d) => d.decision)).toEqual([
      "accepted",
      "rejected",
      "corrected",
    ]);
    expect(
      db
        .select({ language: statements.language })
        .from(statements)
        .all()
        .map((s) => s.language),
    ).toEqual(["vi", "vi", "vi"]);
  });

  it("keeps no decision when the save fails", () => {
    const [a] = proposals();
    if (!a) throw new Error("a proposal expected");
    saveImport(db, source("https://example.org/a"), [recordOf(a)], []);
    expect(() =>
      saveImport(
        db,
        source("https://example.org/a"),
        [recordOf(a)],
        [{ key: a.key, rule: a.provenance.rule, attributionKind: a.attribution.kind, decision: "accepted" }],
      ),
    ).toThrow(ImportError);
    expect(listRulePrecision(db)).toEqual([]);
  });
});
