import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EVENT_KINDS, STATEMENT_MODES } from "@/lib/domain";
import {
  ANNOTATED_FILTERS,
  ATTRIBUTION_FILTERS,
  CODING_STATUSES,
  COLUMN_KEYS,
  clearFilters,
  DEFAULT_COLUMNS,
  defaultView,
  exportHref,
  FILTER_KEYS,
  formatCount,
  hasFilters,
  MAX_QUERY_LENGTH,
  MAX_SELECTED,
  nextSort,
  PAGE_SIZES,
  POSITIONS_KEYS,
  type PositionsView,
  parseView,
  patchView,
  roundEstimate,
  SORT_KEYS,
  serializeView,
  toggleFilterValue,
  toggleSelected,
  VIEW_KEYS,
  viewHref,
  withoutIgnored,
} from "./positions-view";

const slugArb = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,6}){0,2}$/);
const listOf = <T>(arb: fc.Arbitrary<T>) => fc.uniqueArray(arb, { maxLength: 4 });
const partialDate = fc.oneof(
  fc.integer({ min: 1990, max: 2030 }).map(String),
  fc
    .record({ y: fc.integer({ min: 1990, max: 2030 }), m: fc.integer({ min: 1, max: 12 }) })
    .map(({ y, m }) => `${y}-${String(m).padStart(2, "0")}`),
  fc
    .record({
      y: fc.integer({ min: 1990, max: 2030 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
    })
    .map(({ y, m, d }) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
);

const viewArb: fc.Arbitrary<PositionsView> = fc
  .record({
    q: fc.string({ maxLength: 30 }).map((s) =>
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the parser turns these into spaces
      s.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ").trim(),
    ),
    accents: fc.constantFrom("exact" as const, null),
    speaker: listOf(slugArb),
    topic: listOf(slugArb),
    event: listOf(slugArb),
    kind: listOf(fc.constantFrom(...EVENT_KINDS)),
    country: listOf(fc.constantFrom("VN", "US", "RU", "FR")),
    mode: listOf(fc.constantFrom(...STATEMENT_MODES)),
    from: fc.option(partialDate, { nil: null }),
    to: fc.option(partialDate, { nil: null }),
    attribution: fc.option(fc.constantFrom(...ATTRIBUTION_FILTERS), { nil: null }),
    annotated: fc.option(fc.constantFrom(...ANNOTATED_FILTERS), { nil: null }),
    coding: listOf(fc.constantFrom(...CODING_STATUSES)),
    tag: listOf(fc.stringMatching(/^[a-zA-Z0-9 _-]{1,10}$/).map((s) => s.trim())).map((tags) => [
      ...new Set(tags.filter((t) => t.length > 0)),
    ]),
    sort: fc.record({ key: fc.constantFrom(...SORT_KEYS), desc: fc.boolean() }),
    page: fc.integer({ min: 1, max: 5000 }),
    size: fc.constantFrom(...PAGE_SIZES),
    cols: fc
      .shuffledSubarray([...COLUMN_KEYS], { minLength: 1 })
      .map((cols) => cols as PositionsView["cols"]),
    asof: fc.option(
      fc
        .date({
          min: new Date("2000-01-01T00:00:00Z"),
          max: new Date("2026-01-01T00:00:00Z"),
          noInvalidDate: true,
        })
        .map((d) => d.toISOString()),
      { nil: null },
    ),
    sel: fc.uniqueArray(fc.stringMatching(/^[a-z0-9]{10}$/), { maxLength: MAX_SELECTED }),
  })
  // A "to" before "from" is not a view the grammar can express: the parser drops it.
  .filter((v) => !(v.from && v.to && v.from.slice(0, 4) > v.to.slice(0, 4)))
  .map((v) => (v.from && v.to && v.from > v.to ? { ...v, to: null } : v))
  // Relevance needs a search and has no direction.
  .map((v) =>
    v.sort.key !== "relevance"
      ? v
      : v.q
        ? { ...v, sort: { key: v.sort.key, desc: false } }
        : { ...v, sort: { key: "date", desc: true } },
  );

describe("positions view URL grammar", () => {
  it("round-trips: parse(serialize(v)) is v, with nothing ignored", () => {
    fc.assert(
      fc.property(viewArb, (view) => {
        const { view: parsed, ignored } = parseView(serializeView(view));
        expect(ignored).toEqual([]);
        expect(parsed).toEqual(view);
      }),
      { numRuns: 300 },
    );
  });

  it("round-trips through an actual link, with every key set", () => {
    const view: PositionsView = {
      q: 'Đặng "cyber security" & more',
      accents: "exact",
      speaker: ["dang-hoang-giang", "bui-van-nam"],
      topic: ["cyber-security"],
      event: ["unsc-2024-06-20-cyberspace-debate"],
      kind: ["unsc_open_debate"],
      country: ["US"],
      mode: ["paraphrase", "direct_quote"],
      from: "2018-11",
      to: "2024",
      attribution: "resolved",
      annotated: "yes",
      coding: ["uncoded", "partial"],
      tag: ["needs review", "Key"],
      sort: { key: "speaker", desc: false },
      page: 3,
      size: 100,
      cols: ["excerpt", "speaker", "date"],
      asof: "2025-06-30T08:15:00.000Z",
      sel: ["abcdefghjk", "mnpqrstvwx"],
    };
    const href = viewHref(view);
    expect(href.startsWith("/positions?q=")).toBe(true);
    const url = new URL(href, "http://x");
    expect(parseView(url.searchParams)).toEqual({ view, ignored: [] });
  });

  it("follows the one repeat rule: a single key takes its last non-empty value and reports earlier ones", () => {
    const { view, ignored } = parseView(
      new URLSearchParams("from=2018&from=2019&size=25&size=25&to=2024&to="),
    );
    expect(view).toMatchObject({ from: "2019", size: 25, to: "2024" });
    expect(ignored).toEqual([
      { key: "from", value: "2018", reason: "given twice: the last value, “2019”, is used" },
    ]);
  });

  it("builds every key from the one table: link order, filters, chips and form fields", () => {
    expect(VIEW_KEYS).toEqual(Object.keys(POSITIONS_KEYS));
    expect(FILTER_KEYS).toEqual(VIEW_KEYS.filter((k) => POSITIONS_KEYS[k] && "filter" in POSITIONS_KEYS[k]));
    expect(FILTER_KEYS).not.toContain("sort");
    // Every filter but the accents switch (which qualifies the search) has a chip.
    for (const key of FILTER_KEYS) expect(key === "accents" || !!POSITIONS_KEYS[key].filter.chip).toBe(true);
    expect(POSITIONS_KEYS.speaker.filter.chip("bui-van-nam", "Bùi Văn Nam")).toBe("speaker is Bùi Văn Nam");
    expect(POSITIONS_KEYS.kind.filter.chip("unsc_open_debate")).toBe("event kind is UNSC open debate");
  });

  it("gives the default view for an empty query, and the bare path as its link", () => {
    expect(parseView({})).toEqual({ view: defaultView(), ignored: [] });
    expect(viewHref(defaultView())).toBe("/positions");
  });

  it("accepts repeats and comma-separated values alike, dropping duplicates", () => {
    const a = parseView(new URLSearchParams("speaker=a&speaker=b&mode=summary,paraphrase&mode=summary"));
    const b = parseView(new URLSearchParams("speaker=a,b&mode=summary&mode=paraphrase"));
    expect(a.view.speaker).toEqual(["a", "b"]);
    expect(a.view.mode).toEqual(["summary", "paraphrase"]);
    expect(a.view).toEqual(b.view);
    expect(a.ignored).toEqual([]);
  });

  it("reads coding statuses, ignoring unknown ones, and writes them after annotated", () => {
    const { view, ignored } = parseView(
      new URLSearchParams("coding=Partial,done&coding=uncoded&annotated=no"),
    );
    expect(view.coding).toEqual(["partial", "uncoded"]);
    expect(ignored).toEqual([{ key: "coding", value: "done", reason: "unknown coding status" }]);
    expect(serializeView(view).toString()).toBe("annotated=no&coding=partial%2Cuncoded");
  });

  it("takes Next's searchParams records with arrays", () => {
    const { view } = parseView({ topic: ["cybercrime", "terrorism"], q: "lam", page: undefined });
    expect(view.topic).toEqual(["cybercrime", "terrorism"]);
    expect(view.q).toBe("lam");
  });

  it("falls back to defaults on bad values and says which parts were ignored", () => {
    const { view, ignored } = parseView(
      new URLSearchParams(
        "sort=password&page=-3&size=7&cols=date,secret&mode=shouting,summary&from=2018-13&to=soon" +
          "&kind=party&country=Vietnam&attribution=maybe&annotated=1&speaker=Robert');DROP TABLE x;--&bogus=1",
      ),
    );
    expect(view.sort).toEqual(defaultView().sort);
    expect(view.page).toBe(1);
    expect(view.size).toBe(50);
    expect(view.cols).toEqual(["date"]);
    expect(view.mode).toEqual(["summary"]);
    expect(view.from).toBeNull();
    expect(view.to).toBeNull();
    expect(view.kind).toEqual([]);
    expect(view.country).toEqual([]);
    expect(view.attribution).toBeNull();
    expect(view.annotated).toBeNull();
    expect(view.speaker).toEqual([]);
    const keys = ignored.map((i) => i.key).sort();
    expect(keys).toEqual(
      [
        "annotated",
        "attribution",
        "bogus",
        "cols",
        "country",
        "from",
        "kind",
        "mode",
        "page",
        "size",
        "sort",
        "speaker",
        "to",
      ].sort(),
    );
    expect(ignored.find((i) => i.key === "sort")?.value).toBe("password");
  });

  it("allowlists sort and column keys, never passing unknown identifiers through", () => {
    for (const bad of ["text", "1", "date;drop", "-", "--date", "DATE DESC"]) {
      expect(parseView({ sort: bad }).view.sort).toEqual(defaultView().sort);
    }
    expect(parseView({ sort: "-Speaker" }).view.sort).toEqual({ key: "speaker", desc: true });
    expect(parseView({ cols: "nope,also-nope" }).view.cols).toEqual([...DEFAULT_COLUMNS]);
  });

  it("keeps a reversed date range's from and drops its to", () => {
    const { view, ignored } = parseView({ from: "2024", to: "2018-06" });
    expect(view.from).toBe("2024");
    expect(view.to).toBeNull();
    expect(ignored).toEqual([{ key: "to", value: "2018-06", reason: "is before from" }]);
  });

  it("cuts overlong search text and removes control characters", () => {
    const { view, ignored } = parseView({ q: `${"a".repeat(10_000)}` });
    expect(Array.from(view.q).length).toBe(MAX_QUERY_LENGTH);
    expect(ignored[0]?.key).toBe("q");
    expect(ignored[0]?.value.length).toBeLessThanOrEqual(41);
    expect(parseView({ q: "a\u0000b\nc\u0007" }).view.q).toBe("a b c");
  });

  it("never throws on arbitrary input", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.string()), { maxLength: 12 }), (pairs) => {
        const { view } = parseView(pairs);
        expect(view.cols.length).toBeGreaterThan(0);
        expect(view.page).toBeGreaterThanOrEqual(1);
      }),
    );
  });

  it("resets the page when a filter changes, not when the page or columns do", () => {
    const view = { ...defaultView(), page: 4 };
    expect(patchView(view, { mode: ["summary"] }).page).toBe(1);
    expect(patchView(view, { cols: ["date"] }).page).toBe(4);
    expect(patchView(view, { page: 5 }).page).toBe(5);
  });

  it("toggles facet values and clears filters", () => {
    const v1 = toggleFilterValue(defaultView(), "speaker", "to-lam");
    expect(v1.speaker).toEqual(["to-lam"]);
    expect(hasFilters(v1)).toBe(true);
    expect(toggleFilterValue(v1, "speaker", "to-lam").speaker).toEqual([]);
    const cleared = clearFilters({ ...v1, size: 25, sort: { key: "speaker", desc: false } });
    expect(hasFilters(cleared)).toBe(false);
    expect(cleared.size).toBe(25);
  });

  it("cycles sort direction and builds export links without paging", () => {
    expect(nextSort(defaultView(), "date")).toEqual({ key: "date", desc: false });
    expect(nextSort(defaultView(), "speaker")).toEqual({ key: "speaker", desc: false });
    const href = exportHref({ ...defaultView(), page: 7, size: 25, q: "x" }, "csv");
    expect(href).toBe("/api/positions/export?q=x&format=csv");
  });
});

describe("estimated counts", () => {
  it("round to two significant figures and say 'about'; exact counts are written in full", () => {
    expect(roundEstimate(232_718)).toBe(230_000);
    expect(roundEstimate(44_513)).toBe(45_000);
    expect(roundEstimate(1_049)).toBe(1_000);
    expect(roundEstimate(87.4)).toBe(87);
    expect(formatCount(232_718, false)).toBe("about 230,000");
    expect(formatCount(232_718, true)).toBe("232,718");
    expect(formatCount(0, false)).toBe("about 0");
  });
});

describe("the selection for comparison (sel)", () => {
  it("keeps at most four ids, in the order ticked, and says which were left out", () => {
    const { view, ignored } = parseView({
      sel: "aaaaaaaaaa,bbbbbbbbbb,aaaaaaaaaa,cccccccccc,dddddddddd,eeeeeeeeee",
    });
    expect(view.sel).toEqual(["aaaaaaaaaa", "bbbbbbbbbb", "cccccccccc", "dddddddddd"]);
    expect(ignored).toEqual([
      { key: "sel", value: "eeeeeeeeee", reason: "at most 4 records can be compared" },
    ]);
    expect(parseView({ sel: "no/way" }).ignored[0]?.reason).toBe("not a record id");
  });

  it("ticks and unticks without leaving the page, and refuses a fifth", () => {
    const view = { ...defaultView(), page: 3 };
    const one = toggleSelected(view, "aaaaaaaaaa");
    expect(one.sel).toEqual(["aaaaaaaaaa"]);
    expect(one.page).toBe(3);
    expect(toggleSelected(one, "aaaaaaaaaa").sel).toEqual([]);
    const full = { ...view, sel: ["a1", "a2", "a3", "a4"] };
    expect(toggleSelected(full, "a5")).toBe(full);
  });

  it("survives a filter change but not into the export", () => {
    const view = { ...defaultView(), sel: ["aaaaaaaaaa", "bbbbbbbbbb"] };
    expect(patchView(view, { q: "cyber" }).sel).toEqual(view.sel);
    expect(exportHref(view, "csv")).not.toContain("sel=");
  });
});

describe("relevance order and exact accents", () => {
  it("orders by relevance only with a search, best first", () => {
    expect(parseView({ q: "cyber", sort: "relevance" }).view.sort).toEqual({ key: "relevance", desc: false });
    expect(parseView({ q: "cyber", sort: "-relevance" }).view.sort).toEqual({
      key: "relevance",
      desc: false,
    });
    const { view, ignored } = parseView({ sort: "relevance" });
    expect(view.sort).toEqual(defaultView().sort);
    expect(ignored[0]?.reason).toBe("relevance order needs a search (q)");
    expect(viewHref(parseView({ q: "cyber", sort: "relevance" }).view)).toBe(
      "/positions?q=cyber&sort=relevance",
    );
  });

  it("reads the accents switch, and a search that names nothing drops relevance with it", () => {
    expect(parseView({ q: "Đặng", accents: "exact" }).view.accents).toBe("exact");
    expect(parseView({ accents: "loose" }).ignored[0]?.reason).toBe("expected exact");
    const view = parseView({ q: "***", sort: "relevance" }).view;
    const shown = withoutIgnored(view, [{ key: "q", value: "***", reason: "no searchable words" }]);
    expect(shown.q).toBe("");
    expect(shown.sort).toEqual(defaultView().sort);
  });
});
