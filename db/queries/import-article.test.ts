import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { organizations, roles, sources, statements } from "@/db/schema";
import { acceptAllCandidates } from "@/db/testing/article-records";
import { createTempDb } from "@/db/testing/temp-db";
import { loadSeeds } from "@/seeds/load";
import { findDuplicateSource, saveImport } from "./article-import";
import { type ImportRecordInput, listSourceRecords } from "./import-entities";

let db: Db;
let cleanup: () => void;
beforeEach(() => {
  ({ db, cleanup } = createTempDb());
  loadSeeds(db);
});
afterEach(() => cleanup());

// Three statements by one new person, as the review page sends them (no role id: the save decides).
const RAW = [
  "Viet Nam backs UN peacekeeping",
  "NEW YORK (VNA) – Deputy Foreign Minister Do Hung Viet said on May 12 that Viet Nam supports UN peacekeeping.",
  "He stressed that Viet Nam will send more engineers to the missions.",
  "He added that training cooperation with partners is a priority.",
].join("\n");

function records(): Array<ImportRecordInput & { key: string }> {
  return acceptAllCandidates(db, RAW, "2024-05-13");
}

const source = {
  rawText: RAW,
  title: "Viet Nam backs UN peacekeeping",
  outlet: "VNA",
  url: "https://example.org/peacekeeping",
  publishedDate: "2024-05-13",
  tier: "state_media" as const,
  language: "en",
};

function roleOf(publicId: string) {
  const row = db
    .select({ title: roles.title, rank: roles.rank, id: roles.id, organizationId: roles.organizationId })
    .from(statements)
    .innerJoin(roles, eq(roles.id, statements.roleId))
    .where(eq(statements.publicId, publicId))
    .get();
  if (!row) throw new Error(`no role for ${publicId}`);
  return row;
}

describe("saveImport: roles per candidate", () => {
  it("a rank set on one candidate changes only that candidate's role; the others share the plain one", () => {
    const list = records();
    expect(list).toHaveLength(3);
    const [first, ...others] = list;
    if (!first?.role) throw new Error("no role on the first candidate");
    const saved = saveImport(db, source, [
      { ...first, role: { ...first.role, rank: "Ambassador" } },
      ...others,
    ]);
    const [a, b, c] = saved.created.map(roleOf);
    expect(a).toMatchObject({ title: "Deputy Foreign Minister", rank: "Ambassador" });
    expect(b).toMatchObject({ title: "Deputy Foreign Minister", rank: null });
    expect(c?.id).toBe(b?.id);
    expect(a?.id).not.toBe(b?.id);
  });

  it("a role with an organisation: found by name (any case or diacritics) or created with its kind", () => {
    const list = records().map((r) =>
      r.role
        ? {
            ...r,
            role: {
              ...r.role,
              organization: {
                organizationId: null,
                name: "Ministry of Foreign Affairs",
                kind: "ministry" as const,
              },
            },
          }
        : r,
    );
    const before = db.select().from(organizations).all().length;
    const saved = saveImport(db, source, list);
    const created = db.select().from(organizations).all();
    const mofa = created.filter((o) => o.name.toLowerCase() === "ministry of foreign affairs");
    expect(mofa).toHaveLength(1);
    expect(created.length).toBeLessThanOrEqual(before + 1);
    for (const id of saved.created) expect(roleOf(id).organizationId).toBe(mofa[0]?.id);
  });

  it("lists a stored source's records, for the notice shown when it is imported again", () => {
    const saved = saveImport(db, source, records());
    const duplicate = findDuplicateSource(db, { url: source.url, rawText: "different text" });
    expect(duplicate?.by).toBe("url");
    const stored = db.select().from(sources).where(eq(sources.url, source.url)).get();
    expect(listSourceRecords(db, duplicate?.id ?? 0).map((r) => r.publicId)).toEqual(saved.created);
    expect(stored?.id).toBe(duplicate?.id);
  });
});
