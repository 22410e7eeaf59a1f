import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createTempDb } from "@/db/testing/temp-db";
import { compareSides } from "@/lib/compare";
import { aggregateCaveats, aggregateRows, restsMostlyOnUncoded } from "@/lib/compare-periods";
import { FLAGSHIP_COMPARISON, parsePeriod } from "@/lib/compare-view";
import { parseView } from "@/lib/positions-view";
import { loadSeeds } from "@/seeds/load";
import { getPeriodComparison } from "./compare-periods";
import { withIndexTriggersSuspended } from "./position-index";

const period = (text: string) => {
  const p = parsePeriod(text);
  if (!p) throw new Error(text);
  return p;
};

describe("aggregated sides on the seeds", () => {
  let db: Db;
  let cleanup: () => void;
  beforeAll(() => {
    const temp = createTempDb();
    db = temp.db;
    cleanup = temp.cleanup;
    loadSeeds(db);
  });
  afterAll(() => cleanup());

  it("give the same change labels as the records read one by one", () => {
    const c = getPeriodComparison(db, {
      topic: FLAGSHIP_COMPARISON.topic,
      a: period(FLAGSHIP_COMPARISON.a),
      b: period(FLAGSHIP_COMPARISON.b),
      speaker: null,
      country: FLAGSHIP_COMPARISON.country,
    });
    if (!c.detail) throw new Error("the seed sides are small enough to show in detail");
    const fromRecords = Object.fromEntries(
      compareSides(c.detail).rows.map((r) => [r.proposition.slug, r.changes[0]]),
    );
    const fromTallies = Object.fromEntries(
      aggregateRows(c.aggregate).map((r) => [r.proposition.slug, r.changes[0]]),
    );
    expect(fromTallies).toEqual(fromRecords);
    expect(fromTallies["capacity-building"]).toBe("partial_shift");
    // One of Nam's four 2018 records is not coded: counted, but the side does not rest mostly on it.
    expect(c.aggregate.sides.map((s) => [s.records, s.uncoded])).toEqual([
      [4, 1],
      [6, 0],
    ]);
    expect(c.aggregate.sides.some(restsMostlyOnUncoded)).toBe(false);
    const kinds = aggregateCaveats(c.aggregate).map((k) => k.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(["venue_kind", "office", "speaker", "mode", "inferred_date"]),
    );
    expect(kinds).not.toContain("rank");
    // The link to the table uses the table's grammar and holds the side's speakers (the speaker's country).
    const href = c.aggregate.sides[1]?.table.href ?? "";
    const { view } = parseView(Object.fromEntries(new URL(href, "http://x").searchParams));
    expect(view.topic).toEqual(["cyber-security"]);
    expect(view.speaker).toEqual(["dang-hoang-giang"]);
    expect([view.from, view.to]).toEqual(["2024", "2024"]);
  });
});

describe("a side of 40,000 records", () => {
  let db: Db;
  let cleanup: () => void;
  const SIDE_A = 40_000;
  const SIDE_B = 300;
  beforeAll(() => {
    const temp = createTempDb();
    db = temp.db;
    cleanup = temp.cleanup;
    loadSeeds(db);
    const sqlite = db.$client;
    const template = sqlite.prepare("SELECT id FROM statements WHERE public_id = 'r6xm3qpjm3'").pluck().get();
    const columns = (sqlite.prepare("PRAGMA table_info(statements)").all() as { name: string }[])
      .map((c) => c.name)
      .filter(
        (c) =>
          ![
            "id",
            "public_id",
            "date_start",
            "date_end",
            "date_precision",
            "date_basis",
            "date_note",
          ].includes(c),
      );
    const proposition = sqlite
      .prepare("SELECT id FROM propositions WHERE slug = 'code-of-conduct'")
      .pluck()
      .get();
    const topic = sqlite.prepare("SELECT id FROM topics WHERE slug = 'cyber-security'").pluck().get();
    withIndexTriggersSuspended(db, () => {
      // Copies of one seed record: 40,000 in 2031, one in ten coded +1 (so the side rests mostly on uncoded
      // records), and 300 in 2033, all coded -1.
      sqlite
        .prepare(`
          WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
          INSERT INTO statements (public_id, date_start, date_end, date_precision, date_basis, date_note, ${columns.join(", ")})
          SELECT printf('big%06d', i), CASE WHEN i <= ? THEN printf('2031-%02d-%02d', i % 12 + 1, i % 28 + 1)
              ELSE printf('2033-%02d-01', i % 12 + 1) END,
            CASE WHEN i <= ? THEN printf('2031-%02d-%02d', i % 12 + 1, i % 28 + 1)
              ELSE printf('2033-%02d-01', i % 12 + 1) END,
            'day', 'stated', NULL, ${columns.join(", ")}
          FROM n, statements WHERE statements.id = ?`)
        .run(SIDE_A + SIDE_B, SIDE_A, SIDE_A, template);
      sqlite
        .prepare(`INSERT INTO statement_topics (statement_id, topic_id)
                  SELECT id, ? FROM statements WHERE public_id GLOB 'big*'`)
        .run(topic);
      sqlite
        .prepare(`INSERT INTO coded_positions (statement_id, proposition_id, status, stance, basis)
                  SELECT id, ?, 'stated', CASE WHEN date_start < '2032' THEN 1 ELSE -1 END, NULL
                  FROM statements WHERE public_id GLOB 'big*'
                    AND (date_start > '2032' OR CAST(substr(public_id, 4) AS INTEGER) % 10 = 0)`)
        .run(proposition);
    });
  }, 120_000);
  afterAll(() => cleanup());

  it("is counted in SQL, without one bound variable per record", () => {
    const c = getPeriodComparison(db, {
      topic: "cyber-security",
      a: period("2031"),
      b: period("2033"),
      speaker: null,
      country: "VN",
    });
    const [a, b] = c.aggregate.sides;
    expect(a?.records).toBe(SIDE_A);
    expect(a?.uncoded).toBe(SIDE_A - SIDE_A / 10);
    expect(b?.records).toBe(SIDE_B);
    expect(c.detail).toBeNull();
    expect(a?.sample).toHaveLength(3);
    expect(a?.first).toBe("2031-01-01");
    expect(a?.last).toBe("2031-12-28");
    expect(a?.speakers).toBe(1);
  });

  it("labels from the distributions, and marks the side resting on uncoded records", () => {
    const c = getPeriodComparison(db, {
      topic: "cyber-security",
      a: period("2031"),
      b: period("2033"),
      speaker: null,
      country: null,
    });
    const row = aggregateRows(c.aggregate).find((r) => r.proposition.slug === "code-of-conduct");
    expect(row?.positions.map((p) => (p.kind === "stated" ? p.stance : p.kind))).toEqual([1, -1]);
    expect(row?.changes).toEqual(["reversal"]);
    expect(c.aggregate.propositions.find((p) => p.proposition.slug === "code-of-conduct")?.tallies).toEqual([
      { stated: [{ stance: 1, n: SIDE_A / 10 }], ambiguous: 0, noPosition: 0, notAddressed: 0 },
      { stated: [{ stance: -1, n: SIDE_B }], ambiguous: 0, noPosition: 0, notAddressed: 0 },
    ]);
    expect(c.aggregate.sides.map(restsMostlyOnUncoded)).toEqual([true, false]);
    expect(aggregateCaveats(c.aggregate).find((k) => k.kind === "not_coded")?.message).toContain(
      "2031 rests mostly on uncoded records",
    );
    // Propositions nobody on the big side addresses, while the other side takes a stance, are dropped/new only
    // because the big side has coded records; the sample of evidence stays bounded.
    for (const p of c.aggregate.propositions) {
      for (const e of p.evidence) expect(e.length).toBeLessThanOrEqual(2);
    }
  });

  it("a period with both sides wide open at one end still counts every record once", () => {
    const c = getPeriodComparison(db, {
      topic: "cyber-security",
      a: period("2031.."),
      b: period("..2033"),
      speaker: null,
      country: null,
    });
    expect(c.aggregate.sides[0]?.records).toBe(SIDE_A + SIDE_B);
    expect(c.aggregate.sides[1]?.records).toBeGreaterThan(SIDE_A + SIDE_B);
  });
});
