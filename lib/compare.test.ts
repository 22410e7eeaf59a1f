import { describe, expect, it } from "vitest";
import {
  addToTally,
  type CompareCodedPosition,
  type CompareRecord,
  type CompareSide,
  caveatSummary,
  changeLabel,
  comparabilityCaveats,
  compareSides,
  dataCaveats,
  emptyTally,
  markBasis,
  markPhrases,
  propositionRows,
  type SidePosition,
  sharedPhrases,
  sidePosition,
  sidePositionFromTally,
  themeSets,
  topLine,
} from "./compare";

function pos(
  propositionSlug: string,
  status: CompareCodedPosition["status"],
  stance: number | null = null,
  basis: string | null = null,
): CompareCodedPosition {
  return {
    propositionSlug,
    propositionLabel: propositionSlug.toUpperCase(),
    propositionText: `Text of ${propositionSlug}`,
    status,
    stance,
    basis,
    note: null,
    reviewStatus: "draft",
  };
}

function record(publicId: string, overrides: Partial<CompareRecord> = {}): CompareRecord {
  return {
    publicId,
    text: `Text of ${publicId}`,
    dateStart: "2018-01-01",
    dateEnd: "2018-01-01",
    datePrecision: "day",
    mode: "paraphrase",
    speaker: { slug: "a-b", name: "A B", nativeName: null },
    attributionText: "A B said",
    role: { title: "Minister", rank: null, organization: "Ministry" },
    event: { slug: "ev", name: "Event", kind: "multilateral_meeting", city: "Moscow" },
    source: { outlet: "VNA", tier: "state_media" },
    topics: [],
    positions: [],
    ...overrides,
  };
}

const stated = (stance: number): SidePosition => ({
  kind: "stated",
  stance,
  min: stance,
  max: stance,
  evidence: [],
});
const silent: SidePosition = { kind: "silent", evidence: [] };
const ambiguous: SidePosition = { kind: "ambiguous", conflicting: false, evidence: [] };
const noPosition: SidePosition = { kind: "no_position", evidence: [] };

describe("change labels", () => {
  it("compare two stated stances", () => {
    expect(changeLabel(stated(2), stated(2))).toBe("no_shift");
    expect(changeLabel(stated(1), stated(2))).toBe("partial_shift");
    expect(changeLabel(stated(2), stated(0))).toBe("partial_shift");
    expect(changeLabel(stated(1), stated(-1))).toBe("reversal");
    expect(changeLabel(stated(-2), stated(2))).toBe("reversal");
  });

  it("never score silence as neutral", () => {
    expect(changeLabel(silent, stated(0))).toBe("new_position");
    expect(changeLabel(stated(0), silent)).toBe("dropped");
    expect(changeLabel(silent, stated(2))).toBe("new_position");
    expect(changeLabel(stated(2), silent)).toBe("dropped");
    expect(changeLabel(silent, silent)).toBe("not_addressed_either");
  });

  it("say 'not addressed on one side' when the other side takes no stance either", () => {
    expect(changeLabel(silent, ambiguous)).toBe("not_addressed_one_side");
    expect(changeLabel(noPosition, silent)).toBe("not_addressed_one_side");
  });

  it("claim no shift when a side is ambiguous", () => {
    expect(changeLabel(ambiguous, stated(2))).toBe("ambiguous");
    expect(changeLabel(stated(-1), ambiguous)).toBe("ambiguous");
    expect(changeLabel(ambiguous, ambiguous)).toBe("ambiguous");
    expect(changeLabel(noPosition, ambiguous)).toBe("ambiguous");
  });

  it("treat an explicit 'no position' as addressed, not silent", () => {
    expect(changeLabel(noPosition, stated(1))).toBe("new_position");
    expect(changeLabel(stated(1), noPosition)).toBe("partial_shift");
    expect(changeLabel(noPosition, noPosition)).toBe("no_shift");
  });
});

describe("a side's position on a proposition", () => {
  it("is silent with no coded position, and silent when coded not addressed (keeping the note)", () => {
    // The side is coded (on q), so having nothing on p means p was not addressed.
    expect(sidePosition([record("a", { positions: [pos("q", "stated", 1)] })], "p").kind).toBe("silent");
    const coded = sidePosition([record("a", { positions: [pos("p", "not_addressed")] })], "p");
    expect(coded.kind).toBe("silent");
    expect(coded.evidence).toHaveLength(1);
  });

  it("aggregates stated stances and keeps the spread", () => {
    const p = sidePosition(
      [
        record("a", { positions: [pos("p", "stated", 1)] }),
        record("b", { positions: [pos("p", "stated", 2)] }),
        record("c", { positions: [pos("p", "ambiguous")] }),
      ],
      "p",
    );
    expect(p).toMatchObject({ kind: "stated", stance: 2, min: 1, max: 2 });
    expect(p.evidence.map((e) => e.publicId)).toEqual(["a", "b"]);
  });

  it("is ambiguous, not averaged to neutral, when records on one side conflict", () => {
    const p = sidePosition(
      [
        record("a", { positions: [pos("p", "stated", 2)] }),
        record("b", { positions: [pos("p", "stated", -2)] }),
      ],
      "p",
    );
    expect(p).toMatchObject({ kind: "ambiguous", conflicting: true });
  });

  it("prefers ambiguous over no position, and no position over silence", () => {
    expect(
      sidePosition(
        [
          record("a", { positions: [pos("p", "no_position")] }),
          record("b", { positions: [pos("p", "ambiguous")] }),
        ],
        "p",
      ).kind,
    ).toBe("ambiguous");
    expect(
      sidePosition(
        [
          record("a", { positions: [pos("p", "no_position")] }),
          record("b", { positions: [pos("p", "not_addressed")] }),
        ],
        "p",
      ).kind,
    ).toBe("no_position");
  });
});

const topic = (slug: string) => ({ slug, name: slug.replace(/-/g, " "), path: slug });

const before: CompareSide = {
  label: "2018",
  records: [
    record("n1", {
      text: "Cooperation on the basis of respecting independence, sovereignty and a code of conduct.",
      topics: [topic("sovereignty"), topic("norms")],
      positions: [
        pos("sovereignty", "stated", 2, "on the basis of respecting independence, sovereignty"),
        pos("code", "stated", 2, "a code of conduct"),
        pos("capacity", "stated", 1),
      ],
    }),
  ],
};
const after: CompareSide = {
  label: "2024",
  records: [
    record("g1", {
      text: "The UN plays the key role; cooperation on the basis of respect for independence, sovereignty.",
      mode: "summary",
      role: { title: "Ambassador", rank: null, organization: "Mission" },
      speaker: { slug: "c-d", name: "C D", nativeName: null },
      event: { slug: "unsc", name: "Debate", kind: "unsc_open_debate", city: "New York" },
      topics: [topic("sovereignty"), topic("un")],
      positions: [pos("sovereignty", "stated", 2), pos("un", "stated", 2), pos("code", "not_addressed")],
    }),
    record("g2", {
      text: "Raise capacity.",
      role: { title: "Ambassador", rank: null, organization: "Mission" },
      speaker: { slug: "c-d", name: "C D", nativeName: null },
      event: { slug: "unsc", name: "Debate", kind: "unsc_open_debate", city: "New York" },
      positions: [pos("capacity", "stated", 2)],
    }),
  ],
};

describe("theme sets", () => {
  it("split propositions and topics into both / only first / only second, with their evidence", () => {
    const themes = themeSets([before, after]);
    const slugs = (list: { kind: string; slug: string }[]) => list.map((t) => `${t.kind}:${t.slug}`);
    expect(slugs(themes.all)).toEqual([
      "proposition:sovereignty",
      "proposition:capacity",
      "topic:sovereignty",
    ]);
    expect(slugs(themes.only[0] ?? [])).toEqual(["proposition:code", "topic:norms"]);
    expect(slugs(themes.only[1] ?? [])).toEqual(["proposition:un", "topic:un"]);
    const code = themes.only[0]?.[0];
    expect(code?.evidence[0]).toEqual([
      { publicId: "n1", text: before.records[0]?.text, basis: "a code of conduct" },
    ]);
    // An explicit "not addressed" coding is not evidence that the theme was raised.
    expect(code?.evidence[1]).toEqual([]);
    const capacity = themes.all[1];
    expect(capacity?.evidence.map((e) => e.map((x) => x.publicId))).toEqual([["n1"], ["g2"]]);
  });

  it("group themes raised on some but not all of three sides", () => {
    const third: CompareSide = { label: "x", records: [record("x1")] };
    const themes = themeSets([before, after, third]);
    expect(themes.all).toEqual([]);
    expect(themes.some.map((t) => t.slug)).toContain("sovereignty");
  });
});

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

describe("shared phrases", () => {
  it("find the longest phrases of content words on both sides, ignoring case and diacritics", () => {
    const phrases = sharedPhrases(
      ["Respecting Independence, Sovereignty and the Law on Cyber Security."],
      ["respect for independence, sovereignty; the law on cyber security of Việt Nam"],
    );
    expect(phrases).toEqual(["law on cyber security", "independence sovereignty"]);
    expect(sharedPhrases(["of the and"], ["of the and"])).toEqual([]);
  });

  it("mark the shared words in a text without changing it", () => {
    const text = "The Law on Cyber Security, adopted.";
    const segments = markPhrases(text, ["law on cyber security"]);
    expect(segments).toEqual([
      { text: "The ", shared: false },
      { text: "Law on Cyber Security", shared: true },
      { text: ", adopted.", shared: false },
    ]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });
});

describe("a whole comparison", () => {
  it("labels each proposition between the sides", () => {
    const c = compareSides([before, after]);
    expect(Object.fromEntries(c.rows.map((r) => [r.proposition.slug, r.changes[0]]))).toEqual({
      sovereignty: "no_shift",
      code: "dropped",
      capacity: "partial_shift",
      un: "new_position",
    });
    expect(c.phrases).toContain("independence sovereignty");
  });
});

describe("basis marking", () => {
  it("marks each piece of an elided basis in order, and leaves unknown pieces alone", () => {
    expect(
      markBasis("Vietnam urged the Council to pay attention.", "urged the Council ... pay attention"),
    ).toEqual([
      { text: "Vietnam ", shared: false },
      { text: "urged the Council", shared: true },
      { text: " to ", shared: false },
      { text: "pay attention", shared: true },
      { text: ".", shared: false },
    ]);
    expect(markBasis("abc", "xyz")).toEqual([{ text: "abc", shared: false }]);
    expect(markBasis("abc", null)).toEqual([{ text: "abc", shared: false }]);
  });
});

describe("uncoded records", () => {
  const coded: CompareSide = {
    label: "2024",
    records: [
      record("c1", {
        dateStart: "2024-06-20",
        dateEnd: "2024-06-20",
        topics: [topic("sovereignty")],
        positions: [pos("sovereignty", "stated", 2), pos("un", "stated", 1)],
      }),
    ],
  };
  const uncoded: CompareSide = {
    label: "2025",
    records: [
      record("u1", {
        dateStart: "2025-03-01",
        dateEnd: "2025-03-01",
        text: "We uphold sovereignty in cyberspace.",
        topics: [topic("sovereignty")],
      }),
    ],
  };

  it("makes a side without any coded position 'not coded', never silent", () => {
    expect(sidePosition(uncoded.records, "sovereignty").kind).toBe("not_coded");
    expect(sidePosition([...uncoded.records, ...coded.records], "code").kind).toBe("silent");
  });

  it("labels a change against an uncoded side 'not coded', never dropped or new", () => {
    const rows = compareSides([coded, uncoded]).rows;
    expect(rows.map((r) => r.changes[0])).toEqual(["not_coded", "not_coded"]);
    const reverse = compareSides([uncoded, coded]).rows;
    expect(reverse.map((r) => r.changes[0])).toEqual(["not_coded", "not_coded"]);
    expect(changeLabel({ kind: "not_coded", evidence: [] }, { kind: "silent", evidence: [] })).toBe(
      "not_coded",
    );
  });

  it("keeps themes consistent: the topic is in both but uncoded on one side, the positions are unknown there", () => {
    const themes = themeSets([coded, uncoded]);
    const topicTheme = themes.all.find((t) => t.kind === "topic" && t.slug === "sovereignty");
    expect(topicTheme?.uncoded).toEqual([false, true]);
    // Not "only in 2024": whether 2025 takes these positions is unknown.
    expect(themes.only[0]?.filter((t) => t.kind === "proposition")).toEqual([]);
    expect(themes.unknown.map((t) => t.slug)).toEqual(["sovereignty", "un"]);
  });

  it("names the uncoded records in a caveat", () => {
    const caveat = comparabilityCaveats([coded, uncoded]).find((c) => c.kind === "not_coded");
    expect(caveat?.message).toContain("2025 (u1)");
    expect(caveat?.message).toContain("never dropped or new");
    expect(caveat?.values).toEqual([["coded"], ["not coded: u1"]]);
  });

  it("says so in the top line", () => {
    expect(compareSides([coded, uncoded]).conclusion).toBe(
      "Not comparable, one side not coded: SOVEREIGNTY, UN.",
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

describe("top line", () => {
  it("sums up the change labels between the first and the last side", () => {
    const a: CompareSide = {
      label: "2018",
      records: [
        record("a", {
          positions: [pos("keep", "stated", 2), pos("drop", "stated", 1), pos("move", "stated", 2)],
        }),
      ],
    };
    const b: CompareSide = {
      label: "2024",
      records: [
        record("b", {
          positions: [pos("keep", "stated", 2), pos("new", "stated", 1), pos("move", "stated", 1)],
        }),
      ],
    };
    expect(topLine([a, b], propositionRows([a, b]))).toBe(
      "Constant: KEEP; new in 2024: NEW; only in 2018 (not restated): DROP; 1 partial shift: MOVE.",
    );
    expect(topLine([a], propositionRows([a]))).toBe("");
  });
});

describe("the rule from tallies (sides too large to read one by one)", () => {
  const tally = (stated: [number, number][], ambiguous = 0, noPosition = 0, notAddressed = 0) => ({
    stated: stated.map(([stance, n]) => ({ stance, n })),
    ambiguous,
    noPosition,
    notAddressed,
  });

  it("weights each stance by its records and rounds the mean away from zero", () => {
    // (2 * 1 + 1 * 3) / 4 = 1.25 -> 1; (2 * 3 + 1 * 1) / 4 = 1.75 -> 2; -1.5 -> -2.
    expect(
      sidePositionFromTally(
        tally([
          [2, 1],
          [1, 3],
        ]),
        true,
        [],
      ),
    ).toMatchObject({ kind: "stated", stance: 1 });
    expect(
      sidePositionFromTally(
        tally([
          [2, 3],
          [1, 1],
        ]),
        true,
        [],
      ),
    ).toMatchObject({ kind: "stated", stance: 2 });
    expect(
      sidePositionFromTally(
        tally([
          [-1, 1],
          [-2, 1],
        ]),
        true,
        [],
      ),
    ).toMatchObject({ kind: "stated", stance: -2 });
  });

  it("opposite signs on one side are ambiguous, however lopsided", () => {
    expect(
      sidePositionFromTally(
        tally([
          [2, 999],
          [-1, 1],
        ]),
        true,
        [],
      ),
    ).toMatchObject({
      kind: "ambiguous",
      conflicting: true,
    });
  });

  it("silence is not neutrality, and a side with nothing coded is not coded", () => {
    expect(sidePositionFromTally(tally([], 0, 0, 5), true, []).kind).toBe("silent");
    expect(sidePositionFromTally(tally([], 0, 2, 0), true, []).kind).toBe("no_position");
    expect(sidePositionFromTally(tally([[0, 4]]), true, [])).toMatchObject({ kind: "stated", stance: 0 });
    const notCoded = sidePositionFromTally(tally([]), false, []);
    const stated = sidePositionFromTally(tally([[1, 3]]), true, []);
    expect(changeLabel(stated, notCoded)).toBe("not_coded");
    expect(changeLabel(notCoded, stated)).toBe("not_coded");
  });

  it("agrees with the rule over records", () => {
    const records = [
      record("a", { positions: [pos("p", "stated", 2)] }),
      record("b", { positions: [pos("p", "stated", 1)] }),
      record("c", { positions: [pos("p", "stated", 1)] }),
    ];
    const t = emptyTally();
    for (const r of records) for (const p of r.positions) addToTally(t, p.status, p.stance);
    expect(sidePositionFromTally(t, true, [])).toMatchObject({ kind: "stated", stance: 1, min: 1, max: 2 });
    expect(sidePosition(records, "p")).toMatchObject({ kind: "stated", stance: 1, min: 1, max: 2 });
  });
});
