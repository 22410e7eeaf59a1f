import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { codedPositions, propositions, statements } from "@/db/schema";
import { createTempDb } from "@/db/testing/temp-db";
import { compareSides } from "@/lib/compare";
import { themeSets } from "@/lib/compare-themes";
import { FLAGSHIP_COMPARISON, parsePeriod } from "@/lib/compare-view";
import { loadSeeds } from "@/seeds/load";
import { getIdsComparison } from "./compare";
import { getPeriodComparison } from "./compare-periods";

let db: Db;
let cleanup: () => void;

beforeAll(() => {
  const temp = createTempDb();
  db = temp.db;
  cleanup = temp.cleanup;
  loadSeeds(db);
});
afterAll(() => cleanup());

const period = (text: string) => {
  const p = parsePeriod(text);
  if (!p) throw new Error(text);
  return p;
};

function detailOf(c: ReturnType<typeof getPeriodComparison>) {
  if (!c.detail) throw new Error("expected the sides in detail");
  return c.detail;
}

function flagship() {
  return getPeriodComparison(db, {
    topic: FLAGSHIP_COMPARISON.topic,
    a: period(FLAGSHIP_COMPARISON.a),
    b: period(FLAGSHIP_COMPARISON.b),
    speaker: null,
    country: FLAGSHIP_COMPARISON.country,
  });
}

describe("the flagship comparison, computed from the seeds", () => {
  it("holds all four Nam records in 2018 and all six Giang records in 2024", () => {
    const c = flagship();
    expect(c.topic?.name).toBe("Cyber security");
    expect(c.aggregate.sides.map((s) => [s.records, s.uncoded, s.speakers])).toEqual([
      [4, 1, 1],
      [6, 0, 1],
    ]);
    expect(detailOf(c).map((s) => s.records.map((r) => r.speaker?.slug))).toEqual([
      Array(4).fill("bui-van-nam"),
      Array(6).fill("dang-hoang-giang"),
    ]);
    expect(c.undated).toBe(0);
  });

  it("labels each proposition as an analyst would", () => {
    const result = compareSides(detailOf(flagship()));
    const labels = Object.fromEntries(result.rows.map((r) => [r.proposition.slug, r.changes[0]]));
    expect(labels).toEqual({
      "sovereignty-basis-of-cooperation": "no_shift",
      "cyber-threats-growing": "no_shift",
      "national-cyber-law-foundation": "no_shift",
      "un-central-role": "new_position",
      "global-frameworks": "new_position",
      "code-of-conduct": "dropped",
      "incident-exchange-drills": "dropped",
      "capacity-building": "partial_shift",
      "developing-countries-gap": "new_position",
    });
    const capacity = result.rows.find((r) => r.proposition.slug === "capacity-building");
    expect(capacity?.positions.map((p) => (p.kind === "stated" ? p.stance : p.kind))).toEqual([1, 2]);
  });

  it("sorts themes into both, only 2018 and only 2024, with the passages behind them", () => {
    const themes = themeSets(detailOf(flagship()));
    const props = (list: { kind: string; slug: string }[]) =>
      list.filter((t) => t.kind === "proposition").map((t) => t.slug);
    // In order of first appearance in the records.
    expect(props(themes.all)).toEqual([
      "cyber-threats-growing",
      "sovereignty-basis-of-cooperation",
      "national-cyber-law-foundation",
      "capacity-building",
    ]);
    expect(props(themes.only[0] ?? [])).toEqual(["code-of-conduct", "incident-exchange-drills"]);
    expect(props(themes.only[1] ?? [])).toEqual([
      "un-central-role",
      "developing-countries-gap",
      "global-frameworks",
    ]);
    const sovereignty = themes.all[1];
    expect(sovereignty?.evidence.map((e) => e.map((x) => x.publicId))).toEqual([
      ["r6xm3qpjm3"],
      ["rb9j45cpkn"],
    ]);
    expect(sovereignty?.evidence[1]?.[0]?.basis).toContain("national independence and sovereignty");
  });

  it("states the comparability caveats from the data", () => {
    const result = compareSides(detailOf(flagship()));
    // No rank caveat: the ambassador holds a civilian post, so there is no second rank to differ.
    expect(result.caveats.map((c) => c.kind)).toEqual([
      "venue_kind",
      "office",
      "speaker",
      "mode",
      "not_coded",
      "inferred_date",
    ]);
    expect(result.caveats.find((c) => c.kind === "not_coded")?.message).toContain("2018 (vesea5vgpk)");
    expect(result.caveats.find((c) => c.kind === "inferred_date")?.message).toContain(
      "2024 is inferred from the debate's chair",
    );
    expect(result.conclusion).toMatch(
      /^Constant: .*Sovereignty as basis of cooperation.*; new in 2024: .*; 1 partial shift: Raise cyber security capacity\.$/,
    );
    expect(result.summary).toBe(
      "4 paraphrases by state media of Bùi Văn Nam, Deputy Minister of Public Security (Senior Lieutenant " +
        "General), at a multilateral meeting in Moscow vs 5 paraphrases and a summary by state media of Đặng Hoàng " +
        "Giang, Ambassador, Permanent Representative of Vietnam to the UN, at a UNSC open debate in New York",
    );
    expect(result.phrases).toContain("law on cyber security");
  });

  it("changes when a record is recoded: the comparison is not hard-wired", () => {
    const giang = db.select().from(statements).where(eq(statements.publicId, "rb9j45cpkn")).get();
    const code = db.select().from(propositions).where(eq(propositions.slug, "code-of-conduct")).get();
    if (!giang || !code) throw new Error("seed missing");
    db.update(codedPositions)
      .set({ status: "stated", stance: 1 })
      .where(eq(codedPositions.statementId, giang.id))
      .run();
    try {
      const rows = compareSides(detailOf(flagship())).rows;
      // Both of rb9j45cpkn's codings were set to +1: sovereignty moves from +2 (2018) to the mean of 2024's (+1).
      expect(rows.find((r) => r.proposition.slug === "code-of-conduct")?.changes[0]).toBe("partial_shift");
    } finally {
      db.update(codedPositions)
        .set({ status: "not_addressed", stance: null })
        .where(eq(codedPositions.statementId, giang.id))
        .run();
    }
  });
});

describe("comparison by ids", () => {
  it("puts the sides in date order whatever order the ids were typed in, and reports unknown ids", () => {
    const c = getIdsComparison(db, ["rb9j45cpkn", "nope", "r6xm3qpjm3"]);
    expect(c.sides.map((s) => s.records[0]?.publicId)).toEqual(["r6xm3qpjm3", "rb9j45cpkn"]);
    expect(c.sides[1]?.label).toBe("20 Jun 2024 · Đặng Hoàng Giang");
    expect(c.reordered).toBe(true);
    expect(c.missing).toEqual(["nope"]);
    expect(getIdsComparison(db, ["r6xm3qpjm3", "rb9j45cpkn"]).reordered).toBe(false);
  });
});

describe("period comparison filters", () => {
  it("says whether any official has the country asked for", () => {
    const base = { topic: "cyber-security", a: period("2018"), b: period("2024"), speaker: null };
    expect(getPeriodComparison(db, { ...base, country: "VN" }).countryKnown).toBe(true);
    const zz = getPeriodComparison(db, { ...base, country: "ZZ" });
    expect(zz.countryKnown).toBe(false);
    expect(zz.aggregate.sides.map((s) => s.records)).toEqual([0, 0]);
    expect(getPeriodComparison(db, { ...base, country: null }).countryKnown).toBe(true);
  });

  it("loads how each date is known", () => {
    const c = getIdsComparison(db, ["rb9j45cpkn"]);
    expect(c.sides[0]?.records[0]?.dateBasis).toBe("inferred");
    expect(c.sides[0]?.records[0]?.dateNote).toContain("2024 is inferred");
  });

  it("by speaker, and an unknown topic gives empty sides", () => {
    const c = getPeriodComparison(db, {
      topic: "cyber-security",
      a: period("2018"),
      b: period("2024"),
      speaker: "bui-van-nam",
      country: null,
    });
    expect(c.aggregate.sides.map((s) => s.records)).toEqual([4, 0]);
    const none = getPeriodComparison(db, {
      topic: "nope",
      a: period("2018"),
      b: period("2024"),
      speaker: null,
      country: null,
    });
    expect(none.topic).toBeNull();
    expect(none.aggregate.sides.map((s) => s.records)).toEqual([0, 0]);
  });

  it("counts undated records on the topic apart", () => {
    const c = getPeriodComparison(db, {
      topic: "education",
      a: period("2018"),
      b: period("2024"),
      speaker: null,
      country: null,
    });
    expect(c.aggregate.sides.map((s) => s.records)).toEqual([0, 0]);
    expect(c.undated).toBe(3);
  });

  it("names the sides apart when a period is compared with itself, and ids of one speaker and day too", () => {
    const c = getPeriodComparison(db, {
      topic: "cyber-security",
      a: period("2018"),
      b: period("2018"),
      speaker: null,
      country: null,
    });
    expect(c.aggregate.sides.map((s) => s.label)).toEqual(["2018 (a)", "2018 (b)"]);
    const ids = getIdsComparison(db, ["fsxc7qkrw9", "6yj5tzbqyn", "r6xm3qpjm3"]);
    expect(ids.sides.map((s) => s.label)).toEqual([
      "7–8 Nov 2018 · Bùi Văn Nam",
      "20 Jun 2024 · Đặng Hoàng Giang · fsxc7qkrw9",
      "20 Jun 2024 · Đặng Hoàng Giang · 6yj5tzbqyn",
    ]);
  });
});
