import { describe, expect, it } from "vitest";
import { compareSides } from "./compare";
import { caveatSummary, comparabilityCaveats, dataCaveats } from "./compare-caveats";
import { after, before, pos, record } from "./compare-test-fixtures";
import type { CompareRecord, CompareSide } from "./compare-types";

describe("comparability caveats", () => {
  it("appear for each dimension that differs, with each side's values", () => {
    const caveats = comparabilityCaveats([before, after]);
    expect(caveats.map((c) => c.kind)).toEqual(["venue_kind", "office", "speaker", "mode"]);
    expect(caveats[0]?.values).toEqual([["Multilateral meeting"], ["UNSC open debate"]]);
    expect(caveats.find((c) => c.kind === "mode")?.values).toEqual([
      ["Paraphrase"],
      ["Paraphrase", "Summary"],
    ]);
  });

  it("are empty when the sides are alike", () => {
    const again = { label: "again", records: [record("z", { positions: [pos("x", "stated", 1)] })] };
    expect(comparabilityCaveats([before, again])).toEqual([]);
  });

  it("flag a rank difference only when both sides have a rank, and a source tier difference", () => {
    const ranked = (id: string, rank: string | null, tier: CompareRecord["source"]["tier"]): CompareSide => ({
      label: id,
      records: [
        record(id, {
          source: { outlet: "UN", tier },
          role: { title: "Minister", rank, organization: null },
          positions: [pos("x", "stated", 1)],
        }),
      ],
    });
    const general = ranked("g", "General", "verbatim_record");
    const colonel = ranked("c", "Colonel", "state_media");
    const civilian = ranked("v", null, "state_media");
    expect(comparabilityCaveats([colonel, general]).map((c) => c.kind)).toEqual(["rank", "source_tier"]);
    expect(comparabilityCaveats([colonel, general])[0]?.values).toEqual([["Colonel"], ["General"]]);
    // A civilian post without a rank: not "General vs No rank recorded" noise.
    expect(comparabilityCaveats([civilian, general]).map((c) => c.kind)).toEqual(["source_tier"]);
  });

  it("name speakers with diacritics where known", () => {
    const withNative = (id: string, name: string, nativeName: string): CompareSide => ({
      label: id,
      records: [record(id, { speaker: { slug: id, name, nativeName }, positions: [pos("x", "stated", 1)] })],
    });
    const sides = [
      withNative("n", "Bui Van Nam", "Bùi Văn Nam"),
      withNative("g", "Dang Hoang Giang", "Đặng Hoàng Giang"),
    ];
    expect(comparabilityCaveats(sides).find((c) => c.kind === "speaker")?.values).toEqual([
      ["Bùi Văn Nam"],
      ["Đặng Hoàng Giang"],
    ]);
    expect(caveatSummary(sides)).toContain("of Bùi Văn Nam, Minister,");
  });

  it("list several speakers with their roles without doubled commas, and plural venues without an article", () => {
    const side: CompareSide = {
      label: "x",
      records: [
        record("a", {
          speaker: { slug: "a", name: "Bui Van Nam", nativeName: "Bùi Văn Nam" },
          role: { title: "Deputy Minister", rank: "Senior Lieutenant General", organization: null },
          event: { slug: "talks", name: "Talks", kind: "bilateral_talks", city: "Hanoi" },
        }),
        record("b", {
          speaker: { slug: "b", name: "To Lam", nativeName: "Tô Lâm" },
          role: { title: "General Secretary", rank: null, organization: null },
          event: { slug: "talks", name: "Talks", kind: "bilateral_talks", city: "Hanoi" },
        }),
      ],
    };
    const text = caveatSummary([side]);
    expect(text).not.toContain(",,");
    expect(text).toContain(
      "of Bùi Văn Nam, Deputy Minister (Senior Lieutenant General); and Tô Lâm, General Secretary, at bilateral talks in Hanoi",
    );
  });

  it("summarise what kind of evidence each side is, from the data", () => {
    expect(caveatSummary([before, after])).toBe(
      "a paraphrase by state media of A B, Minister, at a multilateral meeting in Moscow vs " +
        "a summary and a paraphrase by state media of C D, Ambassador, at a UNSC open debate in New York",
    );
  });
});

describe("chronology caveats", () => {
  const at = (id: string, date: string | null, extra: Partial<CompareRecord> = {}): CompareSide => ({
    label: id,
    records: [
      record(id, {
        dateStart: date,
        dateEnd: date,
        datePrecision: date ? "day" : "unknown",
        positions: [pos("x", "stated", 1)],
        ...extra,
      }),
    ],
  });
  const kinds = (sides: CompareSide[]) => dataCaveats(sides).map((c) => c.kind);

  it("say nothing for dated sides in order", () => {
    expect(kinds([at("a", "2018-01-01"), at("b", "2024-01-01")])).toEqual([]);
  });

  it("flag sides given out of chronological order, keeping the order", () => {
    const sides = [at("late", "2024-06-20"), at("early", "2018-11-07")];
    expect(kinds(sides)).toEqual(["chronology"]);
    expect(dataCaveats(sides)[0]?.message).toContain("early comes before late");
    expect(compareSides(sides).sides.map((s) => s.label)).toEqual(["late", "early"]);
  });

  it("flag an undated side", () => {
    const caveats = dataCaveats([at("a", "2018-01-01"), at("b", null)]);
    expect(caveats.map((c) => c.kind)).toEqual(["undated"]);
    expect(caveats[0]?.message).toContain("The date of b is unknown");
  });

  it("flag inferred dates with the reasoning, grouped by note", () => {
    const note = "Year inferred from the chair";
    const sides = [
      at("a", "2018-01-01", { dateBasis: "stated" }),
      {
        label: "b",
        records: [
          record("b1", { dateBasis: "inferred", dateNote: note, positions: [pos("x", "stated", 1)] }),
          record("b2", { dateBasis: "inferred", dateNote: note, positions: [pos("x", "stated", 1)] }),
        ],
      },
    ];
    const caveats = dataCaveats(sides);
    expect(caveats.map((c) => c.kind)).toEqual(["inferred_date"]);
    expect(caveats[0]?.message).toContain("b1 and b2 (Year inferred from the chair)");
    expect(caveats[0]?.values).toEqual([["date stated"], ["date inferred: b1, b2"]]);
  });
});
