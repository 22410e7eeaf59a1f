import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseQueueView } from "@/lib/coding-queue";
import { parseView } from "@/lib/positions-view";
import { loadSeeds } from "@/seeds/load";
import type { Db } from "../client";
import { createTempDb } from "../testing/temp-db";
import { countCodingStatuses, getQueueRecord, listCodingQueue, nextInQueue } from "./coding";
import { checkSearchIndex, rebuildSearchIndex } from "./position-index";
import { listPositions, listViewPage, storedTotal } from "./positions";

let db: Db;
let cleanup: () => void;

const sql = (text: string, ...params: (string | number)[]) => db.$client.prepare(text).run(...params);
const idOf = (publicId: string) =>
  db.$client.prepare("SELECT id FROM statements WHERE public_id = ?").pluck().get(publicId) as number;
const propositionId = (slug: string) =>
  db.$client.prepare("SELECT id FROM propositions WHERE slug = ?").pluck().get(slug) as number;
const topicId = (slug: string) =>
  db.$client.prepare("SELECT id FROM topics WHERE slug = ?").pluck().get(slug) as number;
const statusOf = (publicId: string) => getQueueRecord(db, publicId)?.status;
const queueIds = (query = "") =>
  listCodingQueue(db, parseQueueView(new URLSearchParams(query)).view).rows.map((r) => r.publicId);

/** coding_facts and coding_status_counts as a rebuild from the base tables would make them. */
function expectInStepWithRebuild() {
  const stored = db.$client.prepare("SELECT * FROM coding_facts ORDER BY statement_id").all();
  const derived = db.$client.prepare("SELECT * FROM coding_facts_source ORDER BY statement_id").all();
  expect(stored).toEqual(derived);
  const counts = db.$client.prepare("SELECT status, n FROM coding_status_counts ORDER BY status").all();
  const live = db.$client
    .prepare(
      `SELECT s.status, (SELECT count(*) FROM coding_facts c WHERE c.status = s.status) AS n
       FROM coding_status_counts s ORDER BY s.status`,
    )
    .all();
  expect(counts).toEqual(live);
}

beforeAll(() => {
  ({ db, cleanup } = createTempDb());
  loadSeeds(db);
});
afterAll(() => cleanup());

describe("coding status", () => {
  it("tells uncoded, partly coded, coded and uncodable records apart", () => {
    // Coded on the UN's role and capacity building; its topics also suggest the developing countries' gap.
    expect(getQueueRecord(db, "6yj5tzbqyn")).toMatchObject({ status: "partial", suggested: 3, missing: 1 });
    // Filed under developing-countries (a proposition's topic) and never coded.
    expect(getQueueRecord(db, "7res2x9yam")).toMatchObject({ status: "uncoded", coded: 0, suggested: 1 });
    // Coded on every proposition its topics suggest (un-security-council suggests its parent's proposition).
    expect(getQueueRecord(db, "h9nznx9ghp")).toMatchObject({ status: "coded", suggested: 1, missing: 0 });
    // Public finance has no proposition in the codebook: nothing to code, so not in the queue.
    expect(statusOf("s3bjwcg9t4")).toBe("no_propositions");
    expect(countCodingStatuses(db)).toEqual({
      uncoded: 1,
      partial: 1,
      coded: 8,
      no_propositions: 10,
      disputed: 0,
    });
    expectInStepWithRebuild();
  });

  it("follows codings, topics and the codebook as they change", () => {
    const gap = propositionId("developing-countries-gap");
    const record = idOf("7res2x9yam");
    sql(
      "INSERT INTO coded_positions (statement_id, proposition_id, status, stance) VALUES (?, ?, 'stated', 1)",
      record,
      gap,
    );
    expect(statusOf("7res2x9yam")).toBe("coded");
    // A new topic with a proposition makes the record partly coded again.
    sql("INSERT INTO statement_topics (statement_id, topic_id) VALUES (?, ?)", record, topicId("role-of-un"));
    expect(getQueueRecord(db, "7res2x9yam")).toMatchObject({ status: "partial", suggested: 2, missing: 1 });
    sql(
      "DELETE FROM statement_topics WHERE statement_id = ? AND topic_id = ?",
      record,
      topicId("role-of-un"),
    );
    expect(statusOf("7res2x9yam")).toBe("coded");
    // "Coded not addressed" is an analyst's reading: it counts as coded.
    sql("UPDATE coded_positions SET status = 'not_addressed', stance = NULL WHERE statement_id = ?", record);
    expect(statusOf("7res2x9yam")).toBe("coded");
    sql("DELETE FROM coded_positions WHERE statement_id = ?", record);
    expect(statusOf("7res2x9yam")).toBe("uncoded");
    // A proposition added under public-finance makes its records codable; removing it undoes that.
    sql(
      "INSERT INTO propositions (slug, topic_id, text, label) VALUES ('balanced-budget', ?, 'Budgets should balance', 'Balanced budget')",
      topicId("public-finance"),
    );
    expect(statusOf("s3bjwcg9t4")).toBe("uncoded");
    expect(countCodingStatuses(db).uncoded).toBe(4);
    expectInStepWithRebuild();
    sql("DELETE FROM propositions WHERE slug = 'balanced-budget'");
    expect(statusOf("s3bjwcg9t4")).toBe("no_propositions");
    expectInStepWithRebuild();
  });

  it("leaves the table when its record is deleted, and survives a bulk rebuild", () => {
    const before = countCodingStatuses(db);
    sql("DELETE FROM statements WHERE public_id = 'gdm6h7r959'");
    expect(getQueueRecord(db, "gdm6h7r959")).toBeNull();
    expect(countCodingStatuses(db).no_propositions).toBe(before.no_propositions - 1);
    expectInStepWithRebuild();
    sql("DELETE FROM coding_status_counts");
    expect(checkSearchIndex(db).ok).toBe(false);
    rebuildSearchIndex(db);
    expect(checkSearchIndex(db).ok).toBe(true);
    expect(countCodingStatuses(db)).toEqual({ ...before, no_propositions: before.no_propositions - 1 });
  });
});

describe("coding queue", () => {
  it("lists the records that need coding, in the table's order, counted from the stored totals", () => {
    const page = listCodingQueue(db, parseQueueView(new URLSearchParams()).view);
    expect(page.rows.map((r) => r.publicId)).toEqual(["6yj5tzbqyn", "7res2x9yam"]);
    expect(page.total).toBe(2);
    expect(page.coding.get(idOf("6yj5tzbqyn"))).toMatchObject({ status: "partial", missing: 1 });
    expect(page.totalExact).toBe(true);
  });

  it("caps the count of a filtered queue and still pages it exactly", () => {
    const view = parseQueueView(
      new URLSearchParams("topic=cyber-security&coding=coded,partial&size=25"),
    ).view;
    const capped = listViewPage(db, view, 3);
    expect(capped).toMatchObject({ total: 3, totalExact: false });
    const exact = listPositions(db, view);
    expect(capped.rows.map((r) => r.publicId)).toEqual(exact.rows.map((r) => r.publicId));
    expect(listViewPage(db, { ...view, page: 2, size: 25 }, 3).rows).toEqual([]);
    expect(listViewPage(db, view, 100)).toMatchObject({ total: exact.total, totalExact: true });
    // No narrow indexed filter: the status index drives the count, every other filter checked per record.
    const broad = parseQueueView(new URLSearchParams("coding=coded,partial&mode=paraphrase&size=25")).view;
    const all = listPositions(db, broad);
    expect(all.total).toBeGreaterThan(3);
    expect(listViewPage(db, broad, 3)).toMatchObject({ total: 3, totalExact: false });
    expect(listViewPage(db, broad, 3).rows.map((r) => r.publicId)).toEqual(all.rows.map((r) => r.publicId));
    const counted = listViewPage(db, broad, 100);
    expect(counted).toMatchObject({ total: all.total, totalExact: true });
    expect(counted.rows.map((r) => r.publicId)).toEqual(all.rows.map((r) => r.publicId));
    // With a search, FTS5 lists the matches and the count stops at the cap.
    const searched = parseQueueView(new URLSearchParams("coding=coded,partial&q=cyber&size=25")).view;
    const found = listPositions(db, searched);
    expect(found.total).toBeGreaterThan(2);
    expect(listViewPage(db, searched, 2)).toMatchObject({ total: 2, totalExact: false });
    expect(listViewPage(db, searched, 2).rows.map((r) => r.publicId)).toEqual(
      found.rows.map((r) => r.publicId),
    );
    expect(listViewPage(db, searched, 100).total).toBe(found.total);
  });

  it("filters with the positions grammar", () => {
    expect(queueIds("topic=cyber-security")).toEqual(["6yj5tzbqyn"]);
    expect(queueIds("coding=uncoded")).toEqual(["7res2x9yam"]);
    expect(queueIds("sort=date")).toEqual(["7res2x9yam", "6yj5tzbqyn"]);
    expect(queueIds("speaker=nobody&coding=uncoded")).toEqual(["7res2x9yam"]);
  });

  it("goes to the next record in the queue's order, also from a record that has just left it", () => {
    const view = parseQueueView(new URLSearchParams()).view;
    expect(nextInQueue(db, view, null)).toBe("6yj5tzbqyn");
    expect(nextInQueue(db, view, "6yj5tzbqyn")).toBe("7res2x9yam");
    expect(nextInQueue(db, view, "7res2x9yam")).toBeNull();
    // Code the first: it leaves the queue, and "next" from it is still the record after it.
    const missingOne = db.$client
      .prepare(
        `SELECT p.id FROM statement_topics st JOIN topics t ON t.id = st.topic_id
         JOIN topics a ON t.path = a.path OR t.path LIKE a.path || '/%' JOIN propositions p ON p.topic_id = a.id
         WHERE st.statement_id = ? AND p.id NOT IN (SELECT proposition_id FROM coded_positions WHERE statement_id = ?)`,
      )
      .pluck()
      .get(idOf("6yj5tzbqyn"), idOf("6yj5tzbqyn")) as number;
    sql(
      "INSERT INTO coded_positions (statement_id, proposition_id, status, stance) VALUES (?, ?, 'stated', 2)",
      idOf("6yj5tzbqyn"),
      missingOne,
    );
    expect(queueIds()).toEqual(["7res2x9yam"]);
    expect(nextInQueue(db, view, "6yj5tzbqyn")).toBe("7res2x9yam");
    // Oldest first: undated records come first, then the dated ones.
    const oldest = parseQueueView(new URLSearchParams("sort=date&coding=uncoded,coded")).view;
    const first = nextInQueue(db, oldest, null);
    expect(first).toBe("7res2x9yam");
    const second = nextInQueue(db, oldest, first);
    expect(second).toBe(listPositions(db, oldest).rows[1]?.publicId);
    sql(
      "DELETE FROM coded_positions WHERE statement_id = ? AND proposition_id = ?",
      idOf("6yj5tzbqyn"),
      missingOne,
    );
  });

  it("gives the positions table a coding filter and facet over the filtered records", () => {
    const view = parseView(new URLSearchParams("topic=cyber-security&coding=coded")).view;
    const page = listPositions(db, view);
    expect(page.rows.every((r) => statusOf(r.publicId) === "coded")).toBe(true);
    expect(page.total).toBe(8);
    const facet = Object.fromEntries(page.facets.coding.map((f) => [f.value, f.count]));
    expect(facet).toEqual({ uncoded: 0, partial: 0, coded: 8, no_propositions: 0, disputed: 0 });
    // Past the exact limit the table's total for a coding-only view is the stored count, not an index count.
    const sampled = listPositions(db, parseView(new URLSearchParams("coding=coded,no_propositions")).view, {
      exactRowLimit: 2,
    });
    const stored = countCodingStatuses(db);
    expect(sampled).toMatchObject({ total: stored.coded + stored.no_propositions, totalExact: true });
    expect(sampled.rows).toHaveLength(stored.coded + stored.no_propositions);
    expect(storedTotal(db, parseView(new URLSearchParams("coding=coded&mode=summary")).view)).toBeNull();
    const all = listPositions(db, parseView(new URLSearchParams("topic=cyber-security")).view);
    const counts = Object.fromEntries(all.facets.coding.map((f) => [f.value, f.count]));
    expect(counts).toEqual({ uncoded: 0, partial: 1, coded: 8, no_propositions: 1, disputed: 0 });
  });
});
