import { afterEach, describe, expect, it } from "vitest";
import { loadSeeds } from "@/seeds/load";
import { acceptAllCandidates } from "../testing/article-records";
import { createTempDb } from "../testing/temp-db";
import { saveImport } from "./article-import";
import { listAuditEvents, writeAudited } from "./audit";

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const RAW = `HANOI, May 13 (VNA) - Deputy Minister of Foreign Affairs Do Hung Viet said on Monday that Viet Nam
supports the United Nations' central role in peacekeeping. "Viet Nam stands ready to contribute more," Viet said.`;

describe("an article import and its audit event", () => {
  it("are written together or not at all", () => {
    const temp = createTempDb();
    cleanup = temp.cleanup;
    const db = temp.db;
    loadSeeds(db);
    const count = () => Number(db.$client.prepare("SELECT count(*) FROM statements").pluck().get());
    const before = count();
    const source = (n: number) => ({
      rawText: `${RAW} (${n})`,
      title: `Viet Nam backs UN peacekeeping ${n}`,
      outlet: "VNA",
      url: `https://example.org/audit/${n}`,
      publishedDate: "2024-05-13",
      tier: "state_media" as const,
      language: "en",
    });
    const records = acceptAllCandidates(db, RAW, "2024-05-13");
    expect(records.length).toBeGreaterThan(0);
    const saved = writeAudited(
      db,
      () => saveImport(db, source(1), records),
      (s) => [{ action: "article_imported", target: s.sourceSlug }],
    );
    expect(count()).toBe(before + saved.created.length);
    // An event the log refuses (an unknown kind breaks its CHECK) takes the whole import back with it.
    expect(() =>
      writeAudited(
        db,
        () => saveImport(db, source(2), acceptAllCandidates(db, RAW, "2024-05-13")),
        () => [{ action: "no_such_kind" as never }],
      ),
    ).toThrow();
    expect(count()).toBe(before + saved.created.length);
    expect(db.$client.prepare("SELECT count(*) FROM sources WHERE url = ?").pluck().get(source(2).url)).toBe(
      0,
    );
    const events = listAuditEvents(db, { actions: [], who: null, from: null, to: null, page: 1, size: 50 });
    expect(events.rows.map((e) => e.action)).toEqual(["article_imported"]);
  });
});
