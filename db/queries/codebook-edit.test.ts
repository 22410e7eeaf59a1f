import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createTempDb } from "@/db/testing/temp-db";
import { codebookChange } from "@/lib/codebook";
import { loadSeeds } from "@/seeds/load";
import { generateSynthetic } from "@/seeds/synthetic";
import { codebookVersion, listCodebookVersions, topicSnapshot } from "./codebook";
import { applyCodebookChange } from "./codebook-edit";
import { rebuildSearchIndex } from "./position-index";
import { redirectTarget } from "./redirects";
import { createUserWithPassword } from "./users";

let db: Db;
let cleanup: () => void;
let actorId: string;
let coderId: string;

beforeAll(() => {
  ({ db, cleanup } = createTempDb());
  loadSeeds(db);
  generateSynthetic(db, { count: 800, seed: 5 });
  actorId = createUserWithPassword(db, {
    email: "ad@t.test",
    name: "Adm",
    role: "admin",
    passwordHash: "x",
  }).id;
  coderId = createUserWithPassword(db, {
    email: "c@t.test",
    name: "Cod",
    role: "analyst",
    passwordHash: "x",
  }).id;
}, 120_000);
afterAll(() => cleanup());

const q = (sql: string, ...params: unknown[]) =>
  db.$client
    .prepare(sql)
    .pluck()
    .get(...params);
const all = (sql: string, ...params: unknown[]) => db.$client.prepare(sql).all(...params);

function change(raw: Record<string, unknown>, expectedVersion = codebookVersion(db)) {
  return applyCodebookChange(db, {
    actorId,
    expectedVersion,
    change: codebookChange.parse(raw),
  });
}

/** Every topic- and coding-keyed read model, non-zero rows only, in a stable order. */
const READ_MODELS = [
  "SELECT statement_id, topic_ids FROM position_facts",
  "SELECT topic_id, date_start, statement_id FROM position_topic_dates",
  "SELECT facet, value, n FROM position_facet_counts WHERE n <> 0",
  "SELECT entity, entity_id, value, n FROM entity_counts WHERE n <> 0",
  "SELECT * FROM timeline_month_counts WHERE n <> 0",
  "SELECT * FROM timeline_speaker_counts WHERE n <> 0",
  "SELECT * FROM compare_facts",
  "SELECT * FROM compare_counts WHERE n <> 0",
  "SELECT * FROM coding_facts",
  "SELECT * FROM coding_status_counts",
];
function readModels(): string[] {
  return READ_MODELS.map((sql) =>
    JSON.stringify(
      (all(sql) as Record<string, unknown>[])
        .map((r) => {
          // The order of ids in topic_ids follows insertion; a recount may list them otherwise.
          if (typeof r.topic_ids === "string") r.topic_ids = r.topic_ids.split(",").sort().join(",");
          return JSON.stringify(r);
        })
        .sort(),
    ),
  );
}
/** The maintained read models against the same tables rebuilt from the base tables. */
function expectReadModelsEqualRecount() {
  const maintained = readModels();
  rebuildSearchIndex(db);
  const recounted = readModels();
  for (const [i, sql] of READ_MODELS.entries()) expect(maintained[i], sql).toBe(recounted[i]);
}
const noOrphans = () => expect(all("PRAGMA foreign_key_check")).toEqual([]);
const paths = (prefix: string) =>
  db.$client
    .prepare("SELECT path FROM topics WHERE path = ? OR path LIKE ? ORDER BY path")
    .pluck()
    .all(prefix, `${prefix}/%`);

describe("the codebook editor's writes", () => {
  it("renames a topic: its subtree's paths follow, the old slug redirects, one version is appended", () => {
    const records = q("SELECT n FROM position_facet_counts WHERE facet = 'topic' AND value = '1'");
    const result = change({
      op: "topic_edit",
      topic: "cyber-security",
      name: "Cyberspace",
      slug: "cyberspace",
      description: "",
    });
    expect(result).toMatchObject({ ok: true, version: 1, slug: "cyberspace" });
    expect(paths("cyberspace")).toContain("cyberspace/cyber-norms");
    expect(paths("cyber-security")).toEqual([]);
    expect(redirectTarget(db, "topic", "cyber-security")).toBe("cyberspace");
    // Same tree, same records: the count of the topic and its subtopics has not moved.
    expect(q("SELECT n FROM position_facet_counts WHERE facet = 'topic' AND value = '1'")).toBe(records);
    const [v] = listCodebookVersions(db, 1).rows;
    expect(v).toMatchObject({ version: 1, kind: "topic_edit", subject: "cyber-security", author: "Adm" });
    expect(v?.before).toMatchObject({ slug: "cyber-security", name: "Cyber security" });
    expect(v?.after).toMatchObject({ slug: "cyberspace", name: "Cyberspace", path: "cyberspace" });
    expectReadModelsEqualRecount();
  });

  it("refuses a change based on a stale version, and changes nothing", () => {
    const before = all("SELECT * FROM topics ORDER BY id");
    const result = change(
      { op: "topic_edit", topic: "terrorism", name: "Terror", slug: "", description: "" },
      0,
    );
    expect(result).toMatchObject({ ok: false, reason: "conflict", current: 1 });
    expect(result.ok ? "" : result.error).toMatch(/version 0 → 1: topic edit cyber-security/);
    expect(all("SELECT * FROM topics ORDER BY id")).toEqual(before);
    expect(codebookVersion(db)).toBe(1);
  });

  it("keeps the versions append-only", () => {
    expect(() => db.$client.exec("UPDATE codebook_versions SET subject = 'x'")).toThrow(/append-only/);
    expect(() => db.$client.exec("DELETE FROM codebook_versions")).toThrow(/append-only/);
  });

  it("refuses slugs that are taken or that older links still use, and lets a topic take its old slug back", () => {
    const taken = change({
      op: "topic_edit",
      topic: "terrorism",
      name: "Terrorism",
      slug: "trade",
      description: "",
    });
    expect(taken).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: { slug: expect.stringMatching(/already/) },
    });
    const retired = change({
      op: "topic_create",
      parent: "",
      name: "Cyber security",
      slug: "",
      description: "",
    });
    expect(retired).toMatchObject({ ok: false, reason: "invalid" });
    expect(retired.ok ? "" : retired.error).toMatch(/earlier slug of “cyberspace”/);
    const back = change({
      op: "topic_edit",
      topic: "cyberspace",
      name: "Cyber security",
      slug: "cyber-security",
      description: "",
    });
    expect(back).toMatchObject({ ok: true, version: 2 });
    expect(redirectTarget(db, "topic", "cyber-security")).toBeNull();
    expect(redirectTarget(db, "topic", "cyberspace")).toBe("cyber-security");
  });

  it("moves a subtree: every path under it follows, counts include it under the new parent, cycles are refused", () => {
    const cycle = change({ op: "topic_move", topic: "cyber-security", parent: "cybercrime" });
    expect(cycle).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: { parent: expect.stringMatching(/inside/) },
    });
    expect(change({ op: "topic_move", topic: "role-of-un", parent: "role-of-un" })).toMatchObject({
      ok: false,
    });
    const lawBefore = Number(q("SELECT n FROM position_facet_counts WHERE facet = 'topic' AND value = '15'"));
    const unRecords = Number(
      q(`SELECT count(DISTINCT statement_id) FROM statement_topics WHERE topic_id IN (13, 14)
         AND statement_id NOT IN (SELECT statement_id FROM statement_topics WHERE topic_id = 15)`),
    );
    expect(unRecords).toBeGreaterThan(0);
    expect(change({ op: "topic_move", topic: "role-of-un", parent: "international-law" })).toMatchObject({
      ok: true,
      version: 3,
    });
    expect(paths("international-law")).toEqual([
      "international-law",
      "international-law/role-of-un",
      "international-law/role-of-un/un-security-council",
    ]);
    expect(Number(q("SELECT n FROM position_facet_counts WHERE facet = 'topic' AND value = '15'"))).toBe(
      lawBefore + unRecords,
    );
    expectReadModelsEqualRecount();
    expect(change({ op: "topic_move", topic: "role-of-un", parent: "" })).toMatchObject({ ok: true });
    expect(paths("role-of-un")).toEqual(["role-of-un", "role-of-un/un-security-council"]);
    expectReadModelsEqualRecount();
  });

  it("merges a topic: records, propositions and subtopics move, a record on both is filed once, nothing is orphaned", () => {
    const from = topicSnapshot(db, "role-of-un");
    const into = topicSnapshot(db, "international-cooperation");
    if (!from || !into) throw new Error("seed topics");
    // A record filed under both, so that the merge has a duplicate to collapse.
    const shared = Number(q("SELECT statement_id FROM statement_topics WHERE topic_id = ? LIMIT 1", from.id));
    db.$client.prepare("INSERT OR IGNORE INTO statement_topics VALUES (?, ?)").run(shared, into.id);
    const union = Number(
      q(
        "SELECT count(DISTINCT statement_id) FROM statement_topics WHERE topic_id IN (?, ?)",
        from.id,
        into.id,
      ),
    );
    const links = Number(q("SELECT count(*) FROM statement_topics"));
    const both = Number(
      q(
        "SELECT count(*) FROM statement_topics a JOIN statement_topics b ON a.statement_id = b.statement_id WHERE a.topic_id = ? AND b.topic_id = ?",
        from.id,
        into.id,
      ),
    );
    const propositions = Number(q("SELECT count(*) FROM propositions"));
    const result = change({ op: "topic_merge", topic: "role-of-un", into: "international-cooperation" });
    expect(result).toMatchObject({ ok: true, slug: "international-cooperation" });
    expect(q("SELECT count(*) FROM topics WHERE slug = 'role-of-un'")).toBe(0);
    expect(q("SELECT count(*) FROM statement_topics WHERE topic_id = ?", from.id)).toBe(0);
    expect(q("SELECT count(*) FROM statement_topics WHERE topic_id = ?", into.id)).toBe(union);
    expect(q("SELECT count(*) FROM statement_topics")).toBe(links - both);
    expect(q("SELECT count(*) FROM propositions")).toBe(propositions);
    expect(
      q(
        "SELECT t.slug FROM propositions p JOIN topics t ON t.id = p.topic_id WHERE p.slug = 'un-central-role'",
      ),
    ).toBe("international-cooperation");
    expect(paths("international-cooperation")).toEqual([
      "international-cooperation",
      "international-cooperation/un-security-council",
    ]);
    expect(redirectTarget(db, "topic", "role-of-un")).toBe("international-cooperation");
    const [v] = listCodebookVersions(db, 1).rows;
    expect(v?.after).toMatchObject({ moved: { alreadyOnTarget: both, propositions: 1, subtopics: 1 } });
    noOrphans();
    expect(
      q("SELECT count(*) FROM position_facet_counts WHERE facet = 'topic' AND value = ?", String(from.id)),
    ).toBe(0);
    expectReadModelsEqualRecount();
    // A topic cannot be merged into its own subtopic.
    expect(change({ op: "topic_merge", topic: "cyber-security", into: "cybercrime" })).toMatchObject({
      ok: false,
      reason: "invalid",
    });
  });

  it("renames and moves a proposition: the old slug redirects, codes stay with it", () => {
    const codes = q("SELECT count(*) FROM coded_positions WHERE proposition_id = 6");
    expect(
      change({
        op: "proposition_edit",
        proposition: "code-of-conduct",
        label: "Code of conduct",
        text: "States should agree a code of conduct for cyberspace.",
        slug: "cyber-code-of-conduct",
      }),
    ).toMatchObject({ ok: true, slug: "cyber-code-of-conduct" });
    expect(redirectTarget(db, "proposition", "code-of-conduct")).toBe("cyber-code-of-conduct");
    expect(
      change({ op: "proposition_move", proposition: "cyber-code-of-conduct", topic: "cyber-norms" }),
    ).toMatchObject({
      ok: false,
      reason: "invalid",
    });
    expect(
      change({ op: "proposition_move", proposition: "cyber-code-of-conduct", topic: "international-law" }),
    ).toMatchObject({
      ok: true,
    });
    expect(q("SELECT count(*) FROM coded_positions WHERE proposition_id = 6")).toBe(codes);
    expectReadModelsEqualRecount();
  });

  it("refuses to merge propositions that share a coded record, naming the records, and changes nothing", () => {
    const sid = Number(q("SELECT statement_id FROM coded_positions WHERE proposition_id = 8 LIMIT 1"));
    db.$client
      .prepare(
        "INSERT INTO coder_codes (statement_id, proposition_id, coder_id, status) VALUES (?, 9, ?, 'not_addressed')",
      )
      .run(sid, coderId);
    const before = all("SELECT * FROM coded_positions ORDER BY id");
    const result = change({
      op: "proposition_merge",
      proposition: "capacity-building",
      into: "developing-countries-gap",
    });
    expect(result).toMatchObject({ ok: false, reason: "merge_conflict" });
    const publicId = q("SELECT public_id FROM statements WHERE id = ?", sid);
    expect(result.ok ? [] : "records" in result ? result.records : []).toContain(publicId);
    expect(result.ok ? "" : result.error).toMatch(/coded on both “.+” and “.+”/);
    expect(all("SELECT * FROM coded_positions ORDER BY id")).toEqual(before);
    expect(q("SELECT count(*) FROM propositions WHERE slug = 'capacity-building'")).toBe(1);
    db.$client.prepare("DELETE FROM coder_codes WHERE statement_id = ? AND proposition_id = 9").run(sid);
  });

  it("merges a proposition: coded positions, coders' codes and reviewers' decisions all move, nothing is orphaned", () => {
    const created = change({
      op: "proposition_create",
      topic: "incident-cooperation",
      label: "Joint drills",
      text: "Incident response needs joint drills.",
      slug: "",
    });
    expect(created).toMatchObject({ ok: true, slug: "joint-drills" });
    const from = Number(q("SELECT id FROM propositions WHERE slug = 'joint-drills'"));
    // Codes on the new proposition for records not coded on the one it merges into, in every review status.
    db.$client
      .prepare(
        `INSERT INTO coded_positions (statement_id, proposition_id, status, stance, review_status)
         SELECT id, ?, 'stated', id % 5 - 2, CASE id % 3 WHEN 0 THEN 'disputed' WHEN 1 THEN 'agreed' ELSE 'draft' END
         FROM statements WHERE id NOT IN (SELECT statement_id FROM coded_positions WHERE proposition_id = 7)
         ORDER BY id LIMIT 40`,
      )
      .run(from);
    const sid = Number(q("SELECT statement_id FROM coded_positions WHERE proposition_id = ? LIMIT 1", from));
    db.$client
      .prepare(
        "INSERT INTO coder_codes (statement_id, proposition_id, coder_id, status) VALUES (?, ?, ?, 'ambiguous')",
      )
      .run(sid, from, coderId);
    db.$client
      .prepare(
        "INSERT INTO code_decisions (statement_id, proposition_id, decider_id, kind, status, reason) VALUES (?, ?, ?, 'adjudication', 'ambiguous', 'Both readings hold')",
      )
      .run(sid, from, actorId);
    const tables = ["coded_positions", "coder_codes", "code_decisions"];
    const count = (table: string, p: number) =>
      Number(q(`SELECT count(*) FROM ${table} WHERE proposition_id = ?`, p));
    const totals = tables.map((t) => count(t, from) + count(t, 7));
    expect(count("coded_positions", from)).toBe(40);
    const result = change({
      op: "proposition_merge",
      proposition: "joint-drills",
      into: "incident-exchange-drills",
    });
    expect(result).toMatchObject({ ok: true, slug: "incident-exchange-drills" });
    expect(tables.map((t) => count(t, 7))).toEqual(totals);
    expect(tables.map((t) => count(t, from))).toEqual([0, 0, 0]);
    expect(q("SELECT count(*) FROM propositions WHERE id = ?", from)).toBe(0);
    expect(redirectTarget(db, "proposition", "joint-drills")).toBe("incident-exchange-drills");
    const [v] = listCodebookVersions(db, 1).rows;
    expect(v?.after).toMatchObject({ moved: { coded_positions: 40, coder_codes: 1, code_decisions: 1 } });
    noOrphans();
    expectReadModelsEqualRecount();
    // Decisions stay append-only for anything but following a merge.
    expect(() => db.$client.exec("UPDATE code_decisions SET proposition_id = 1")).toThrow(/append-only/);
    expect(() => db.$client.exec("UPDATE code_decisions SET reason = 'x'")).toThrow(/append-only/);
  });

  it("numbers the versions 1, 2, 3, ... with no gap, one per change that succeeded", () => {
    const versions = db.$client
      .prepare("SELECT version FROM codebook_versions ORDER BY version")
      .pluck()
      .all();
    expect(versions).toEqual(versions.map((_, i) => i + 1));
    expect(versions.length).toBe(9);
  });
});
