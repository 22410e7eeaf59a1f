import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseQueueView } from "@/lib/coding-queue";
import { parseView } from "@/lib/positions-view";
import { adjudicateInput, saveOwnCodesInput } from "@/lib/review";
import { loadSeeds } from "@/seeds/load";
import type { Db } from "../client";
import { createTempDb } from "../testing/temp-db";
import { listCodingQueue } from "./coding";
import { listPositions, listViewPage, storedTotal } from "./positions";
import {
  adjudicateCode,
  countReviewStatuses,
  getOwnCodes,
  listAgreementUnits,
  listBlindPropositions,
  listReviewItems,
  saveOwnCodes,
} from "./review";
import { listStatementRevisions } from "./statement-history";
import { getEditableRecord } from "./statement-snapshot";
import { restoreRecordVersion } from "./statement-write";
import { createUserWithPassword } from "./users";

let db: Db;
let cleanup: () => void;
let ana: string;
let bao: string;
let chi: string;
let rev: string;
// A seed record with no coded positions, and the propositions it is coded on here.
const ID = "gdm6h7r959";
const P1 = "cyber-threats-growing";
const P2 = "code-of-conduct";

const all = (text: string) => db.$client.prepare(text).all();
const idOf = (publicId: string) =>
  db.$client.prepare("SELECT id FROM statements WHERE public_id = ?").pluck().get(publicId) as number;
const current = () =>
  all(
    `SELECT p.slug, cp.status, cp.stance, cp.basis, cp.review_status AS review FROM coded_positions cp
     JOIN propositions p ON p.id = cp.proposition_id WHERE cp.statement_id = ${idOf(ID)} ORDER BY p.id`,
  );

/** Every read model fed by coded_positions' triggers, compared with a rebuild from the base tables. */
function expectReadModelsInStep() {
  const pairs: [string, string][] = [
    [
      "SELECT * FROM compare_facts ORDER BY statement_id",
      "SELECT * FROM compare_facts_source ORDER BY statement_id",
    ],
    [
      "SELECT * FROM coding_facts ORDER BY statement_id",
      "SELECT * FROM coding_facts_source ORDER BY statement_id",
    ],
    [
      `SELECT topic_id, country, month, end_month, proposition_id, code, n FROM timeline_month_counts WHERE n > 0
       ORDER BY 1, 2, 3, 4, 5, 6`,
      `SELECT topic_id, country, month, end_month, proposition_id, code, count(*) AS n FROM timeline_counts_source
       GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6`,
    ],
    [
      `SELECT topic_id, person_id, month, end_month, proposition_id, code, n FROM timeline_speaker_counts
       WHERE n > 0 ORDER BY 1, 2, 3, 4, 5, 6`,
      `SELECT topic_id, person_id, month, end_month, proposition_id, code, count(*) AS n
       FROM timeline_speaker_counts_source GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6`,
    ],
    [
      "SELECT entity, entity_id, value, n FROM entity_counts WHERE entity = 'proposition' AND n > 0 ORDER BY 1, 2, 3",
      "SELECT entity, entity_id, value, n FROM entity_counts_source WHERE entity = 'proposition' ORDER BY 1, 2, 3",
    ],
    [
      "SELECT statement_id, n FROM disputed_records ORDER BY 1",
      `SELECT statement_id, count(*) AS n FROM coded_positions WHERE review_status = 'disputed'
       GROUP BY 1 ORDER BY 1`,
    ],
    [
      "SELECT status, n FROM review_status_counts WHERE status <> 'disputed_records' ORDER BY 1",
      `SELECT s.status, (SELECT count(*) FROM coded_positions c WHERE c.review_status = s.status) AS n
       FROM review_status_counts s WHERE s.status <> 'disputed_records' ORDER BY 1`,
    ],
  ];
  for (const [stored, derived] of pairs) expect(all(stored), stored).toEqual(all(derived));
  expect(countReviewStatuses(db).disputedRecords).toBe(
    db.$client.prepare("SELECT count(*) FROM disputed_records").pluck().get(),
  );
}

function save(actorId: string, codings: Parameters<typeof saveOwnCodes>[1]["codings"]) {
  const sheet = getOwnCodes(db, idOf(ID), actorId).sheetVersion;
  return saveOwnCodes(
    db,
    saveOwnCodesInput.parse({ publicId: ID, expectedSheetVersion: sheet, codings }) && {
      publicId: ID,
      expectedSheetVersion: sheet,
      codings,
      actorId,
    },
  );
}

const code = (proposition: string, stance: number | null, basis: string | null = null) =>
  stance === null
    ? { proposition, status: "ambiguous" as const, stance: null, basis, note: null }
    : { proposition, status: "stated" as const, stance, basis, note: null };

beforeAll(() => {
  const temp = createTempDb();
  db = temp.db;
  cleanup = temp.cleanup;
  loadSeeds(db);
  const user = (email: string, name: string, role: "analyst" | "admin") =>
    createUserWithPassword(db, { email, name, role, passwordHash: "x" }).id;
  ana = user("ana@t.test", "Ana", "analyst");
  bao = user("bao@t.test", "Bao", "analyst");
  chi = user("chi@t.test", "Chi", "analyst");
  rev = user("rev@t.test", "Rev", "admin");
});
afterAll(() => cleanup());

describe("double coding", () => {
  it("a first coder's codes are the current ones, as a draft, and a revision records them", () => {
    const before = getEditableRecord(db, ID);
    const result = save(ana, [code(P1, 2, "threats grow"), code(P2, 1)]);
    expect(result.ok).toBe(true);
    expect(current()).toEqual([
      { slug: P1, status: "stated", stance: 2, basis: "threats grow", review: "draft" },
      { slug: P2, status: "stated", stance: 1, basis: null, review: "draft" },
    ]);
    const after = getEditableRecord(db, ID);
    expect(after?.version).toBe((before?.version ?? 0) + 1);
    expect(listStatementRevisions(db, idOf(ID))[0]).toMatchObject({
      authorName: "Ana",
      changed: ["codings"],
    });
    expectReadModelsInStep();
  });

  it("is blind: a second coder sees neither the codes nor the current code before saving their own", () => {
    const items = listReviewItems(db, idOf(ID), bao, false);
    expect(items.map((i) => [i.proposition, i.coderCount, i.current, i.coders])).toEqual([
      [P1, 1, null, null],
      [P2, 1, null, null],
    ]);
    expect(getOwnCodes(db, idOf(ID), bao)).toEqual({ sheetVersion: 0, codes: [] });
    // The record page hides the same codes from Bao.
    expect([...listBlindPropositions(db, idOf(ID), bao)].sort()).toEqual([P2, P1].sort());
    expect(listBlindPropositions(db, idOf(ID), ana).size).toBe(0);
  });

  it("two equal codes agree (no revision: the current code is unchanged); differing ones are disputed", () => {
    const version = getEditableRecord(db, ID)?.version;
    const result = save(bao, [code(P1, 2, "other words"), code(P2, -1, "opposes it")]);
    expect(result.ok).toBe(true);
    expect(current()).toEqual([
      { slug: P1, status: "stated", stance: 2, basis: "threats grow", review: "agreed" },
      // The first coder's code stays current while disputed: a disagreement alone never moves a comparison.
      { slug: P2, status: "stated", stance: 1, basis: null, review: "disputed" },
    ]);
    expect(getEditableRecord(db, ID)?.version).toBe(version);
    expect(countReviewStatuses(db)).toMatchObject({ agreed: 1, disputed: 1, disputedRecords: 1 });
    // Having coded, Bao now sees both codes side by side, with their basis.
    const p2 = listReviewItems(db, idOf(ID), bao, false).find((i) => i.proposition === P2);
    expect(p2?.coders?.map((c) => [c.coderName, c.stance, c.basis])).toEqual([
      ["Ana", 1, null],
      ["Bao", -1, "opposes it"],
    ]);
    expectReadModelsInStep();
  });

  it("a coder's stale tab conflicts with their own save, showing only their own codes", () => {
    const result = saveOwnCodes(db, { publicId: ID, expectedSheetVersion: 0, codings: [], actorId: bao });
    expect(result).toMatchObject({ ok: false, reason: "conflict" });
    if (result.ok || result.reason !== "conflict") return;
    expect(result.own.codes.map((c) => c.stance)).toEqual([2, -1]);
    expect(current()).toHaveLength(2);
  });

  it("a reviewer adjudicates a dispute with a written reason; an empty reason is refused", () => {
    const empty = adjudicateInput.safeParse({
      publicId: ID,
      proposition: P2,
      seen: "",
      status: "stated",
      stance: -1,
      basis: null,
      note: null,
      reason: "   ",
    });
    expect(empty.success).toBe(false);
    expect(empty.error?.issues[0]?.message).toMatch(/Write the reason/);

    const item = listReviewItems(db, idOf(ID), rev, true).find((i) => i.proposition === P2);
    expect(item?.coders).toHaveLength(2);
    const decide = (actorId: string, seen: string) =>
      adjudicateCode(db, {
        publicId: ID,
        proposition: P2,
        seen,
        status: "stated",
        stance: -1,
        basis: "opposes it",
        note: null,
        reason: "The passage rejects the code outright.",
        actorId,
      });
    expect(decide(rev, "stale")).toMatchObject({ ok: false, reason: "conflict" });
    // One of the coders cannot decide their own dispute.
    expect(decide(ana, item?.seen ?? "")).toMatchObject({ ok: false, reason: "invalid" });
    const version = getEditableRecord(db, ID)?.version ?? 0;
    expect(decide(rev, item?.seen ?? "").ok).toBe(true);
    expect(current()[1]).toEqual({
      slug: P2,
      status: "stated",
      stance: -1,
      basis: "opposes it",
      review: "adjudicated",
    });
    expect(getEditableRecord(db, ID)?.version).toBe(version + 1);
    expect(listStatementRevisions(db, idOf(ID))[0]).toMatchObject({
      authorName: "Rev",
      changed: ["codings"],
    });
    expect(all("SELECT kind, reason FROM code_decisions")).toEqual([
      { kind: "adjudication", reason: "The passage rejects the code outright." },
    ]);
    expect(() => db.$client.prepare("DELETE FROM code_decisions").run()).toThrow(/append-only/);
    expect(countReviewStatuses(db)).toMatchObject({ disputed: 0, adjudicated: 1, disputedRecords: 0 });
    // Settled: no longer hidden from a coder who has not coded it.
    expect([...listBlindPropositions(db, idOf(ID), chi)]).toEqual([P1]);
    expectReadModelsInStep();
  });

  it("a decision stands when coders resave unchanged codes, and a changed code reopens the item", () => {
    save(bao, [code(P1, 2, "other words"), code(P2, -1, "opposes it")]);
    expect(current()[1]).toMatchObject({ review: "adjudicated" });
    save(ana, [code(P1, 2, "threats grow"), code(P2, -1)]);
    expect(current()[1]).toMatchObject({ stance: -1, basis: null, review: "agreed" });
    expectReadModelsInStep();
  });

  it("a third coder who differs disputes an agreed item; removing their code settles it again", () => {
    save(chi, [code(P1, null, "unclear")]);
    expect(current()[0]).toMatchObject({ stance: 2, review: "disputed" });
    save(chi, []);
    expect(current()[0]).toMatchObject({ stance: 2, review: "agreed" });
    expectReadModelsInStep();
  });

  it("a restore over codes two coders coded needs a reviewer, and is logged as a decision", () => {
    const r = getEditableRecord(db, ID);
    const refused = restoreRecordVersion(db, {
      publicId: ID,
      expectedVersion: r?.version ?? 0,
      version: 1,
      actorId: ana,
    });
    expect(refused).toMatchObject({ ok: false, reason: "invalid" });
    expect(current()).toHaveLength(2);
    const restored = restoreRecordVersion(db, {
      publicId: ID,
      expectedVersion: r?.version ?? 0,
      version: 1,
      actorId: rev,
      canAdjudicate: true,
    });
    expect(restored.ok).toBe(true);
    expect(current()).toEqual([]);
    expect(all("SELECT count(*) AS n FROM code_decisions WHERE kind = 'restore'")).toEqual([{ n: 2 }]);
    expectReadModelsInStep();
  });

  it("disagreement is a filter and a facet of the table and the queue, from maintained counts", () => {
    const other = "qnzffegkbz";
    const sheet = (actorId: string) => getOwnCodes(db, idOf(other), actorId).sheetVersion;
    for (const [actorId, stance] of [
      [ana, 2],
      [bao, -2],
    ] as const)
      expect(
        saveOwnCodes(db, {
          publicId: other,
          expectedSheetVersion: sheet(actorId),
          codings: [code(P1, stance)],
          actorId,
        }).ok,
      ).toBe(true);
    const view = (query: string) => parseView(new URLSearchParams(query)).view;
    const disputed = listPositions(db, view("coding=disputed"));
    expect(disputed.rows.map((r) => r.publicId)).toEqual([other]);
    expect(disputed.facets.coding.find((f) => f.value === "disputed")?.count).toBe(1);
    expect(listPositions(db, view("")).facets.coding.find((f) => f.value === "disputed")?.count).toBe(1);
    // ORed with a record status, as every value of the key: uncoded records, and the disputed one.
    const mixed = listPositions(db, view("coding=uncoded,disputed"));
    expect(mixed.rows.map((r) => r.publicId)).toContain(other);
    expect(mixed.total).toBe((listPositions(db, view("coding=uncoded")).total ?? 0) + 1);
    expect(storedTotal(db, view("coding=uncoded,disputed"))).toBe(mixed.total);
    expect(storedTotal(db, view("coding=disputed"))).toBe(1);
    // With another filter, the per-record test: the queue and the capped page find it too.
    expect(listViewPage(db, view("coding=disputed&q=cooperation")).rows.map((r) => r.publicId)).toEqual([
      other,
    ]);
    const queue = listCodingQueue(db, parseQueueView(new URLSearchParams("coding=disputed")).view);
    expect(queue.rows.map((r) => r.publicId)).toEqual([other]);
    expectReadModelsInStep();
  });

  it("agreement reads the double-coded items only, with every coder's code, by the proposition's topic", () => {
    expect(listAgreementUnits(db)).toEqual([
      {
        topicSlug: "cyber-threats",
        topicName: expect.any(String),
        topicPath: expect.stringContaining("cyber-threats"),
        codebookVersion: 0,
        codes: [
          { status: "stated", stance: 2 },
          { status: "stated", stance: -2 },
        ],
      },
    ]);
    const plan = db.$client
      .prepare(
        `EXPLAIN QUERY PLAN SELECT 1 FROM coded_positions cp INDEXED BY coded_positions_review_idx
         WHERE cp.review_status <> 'draft' AND cp.review_status IN ('agreed', 'disputed', 'adjudicated')`,
      )
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(" ")).toContain("coded_positions_review_idx");
  });
});
