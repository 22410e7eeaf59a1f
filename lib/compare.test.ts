import { describe, expect, it } from "vitest";
import {
  type CompareCodedPosition,
  type CompareRecord,
  type CompareSide,
  caveatSummary,
  changeLabel,
  comparabilityCaveats,
  compareSides,
  markBasis,
  markPhrases,
  type SidePosition,
  sharedPhrases,
  sidePosition,
  themeSets,
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
    expect(sidePosition([record("a")], "p").kind).toBe("silent");
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
    expect(comparabilityCaveats([before, { label: "again", records: [record("z")] }])).toEqual([]);
  });

  it("flag a source tier and rank difference", () => {
    const other: CompareSide = {
      label: "x",
      records: [
        record("v", {
          source: { outlet: "UN", tier: "verbatim_record" },
          role: { title: "Minister", rank: "General", organization: null },
        }),
      ],
    };
    expect(comparabilityCaveats([before, other]).map((c) => c.kind)).toEqual(["rank", "source_tier"]);
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
