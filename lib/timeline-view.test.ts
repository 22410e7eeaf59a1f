import { describe, expect, it } from "vitest";
import {
  DEFAULT_TIMELINE_VIEW,
  parseTimelineView,
  timelineHref,
  togglePick,
  windowDays,
  zoomTo,
} from "./timeline-view";

describe("timeline URL grammar", () => {
  it("defaults everything", () => {
    expect(parseTimelineView({})).toEqual({ view: DEFAULT_TIMELINE_VIEW, ignored: [] });
    expect(timelineHref(DEFAULT_TIMELINE_VIEW)).toBe("/timeline");
  });

  it("parses every key", () => {
    const { view, ignored } = parseTimelineView({
      topic: "cyber-security",
      country: "vn",
      proposition: "capacity-building",
      group: "speaker",
      pick: "a1,b2",
    });
    expect(ignored).toEqual([]);
    expect(view).toEqual({
      ...DEFAULT_TIMELINE_VIEW,
      topic: "cyber-security",
      speaker: null,
      country: "VN",
      proposition: "capacity-building",
      group: "speaker",
      pick: ["a1", "b2"],
    });
    expect(timelineHref(view)).toBe(
      "/timeline?topic=cyber-security&country=VN&proposition=capacity-building&group=speaker&pick=a1,b2",
    );
  });

  it("ignores bad parts and says which", () => {
    const { view, ignored } = parseTimelineView({
      topic: "Not A Slug",
      group: "colour",
      pick: "a,b,c,!",
      speaker: "bui-van-nam",
      country: "VN",
    });
    // Country is kept beside the speaker: whether the speaker exists (and so wins) is the query's to say.
    expect(view).toEqual({
      ...DEFAULT_TIMELINE_VIEW,
      speaker: "bui-van-nam",
      country: "VN",
      pick: ["a", "b"],
    });
    expect(ignored).toEqual([
      { key: "topic", value: "Not A Slug", reason: "not a topic" },
      { key: "group", value: "colour", reason: "unknown grouping (use proposition or speaker)" },
      { key: "pick", value: "!", reason: "not a record id" },
      { key: "pick", value: "c", reason: "only 2 records can be picked" },
    ]);
  });

  it("follows the one repeat rule: a list key merges its repeats, a single key takes its last value", () => {
    const { view, ignored } = parseTimelineView({
      pick: ["a1", "b2,a1"],
      group: ["speaker", "proposition"],
      from: ["", "2019"],
    });
    expect(view).toMatchObject({ pick: ["a1", "b2"], group: "proposition", from: "2019" });
    expect(ignored).toEqual([
      { key: "group", value: "speaker", reason: "given twice: the last value, “proposition”, is used" },
    ]);
    expect(parseTimelineView({ colour: "red" }).ignored).toEqual([
      { key: "colour", value: "red", reason: "unknown parameter" },
    ]);
  });

  it("toggles picks, keeping the latest two", () => {
    const v = { ...DEFAULT_TIMELINE_VIEW, pick: ["a"] };
    expect(togglePick(v, "b").pick).toEqual(["a", "b"]);
    expect(togglePick(v, "a").pick).toEqual([]);
    expect(togglePick({ ...v, pick: ["a", "b"] }, "c").pick).toEqual(["b", "c"]);
  });

  it("round-trips", () => {
    const params = { topic: "t", speaker: "s", proposition: "p", pick: "x" };
    const { view } = parseTimelineView(params);
    const href = timelineHref(view);
    expect(parseTimelineView(Object.fromEntries(new URL(href, "http://x").searchParams)).view).toEqual(view);
  });
});

describe("timeline zoom, bins and table pages in the URL", () => {
  it("parses and writes from, to, bin and page", () => {
    const { view, ignored } = parseTimelineView({
      topic: "t",
      from: "2018",
      to: "2019-06",
      bin: "month",
      page: "3",
    });
    expect(ignored).toEqual([]);
    expect(view).toMatchObject({ from: "2018", to: "2019-06", bin: "month", page: 3 });
    expect(timelineHref(view)).toBe("/timeline?topic=t&from=2018&to=2019-06&bin=month&page=3");
    expect(windowDays(view)).toEqual({ start: "2018-01-01", end: "2019-06-30" });
    expect(
      parseTimelineView(Object.fromEntries(new URL(timelineHref(view), "http://x").searchParams)).view,
    ).toEqual(view);
  });

  it("falls back on bad zoom, bin and page values and says which", () => {
    const { view, ignored } = parseTimelineView({ from: "soon", to: "2018-13", bin: "decade", page: "0" });
    expect(view).toEqual(DEFAULT_TIMELINE_VIEW);
    expect(ignored).toEqual([
      { key: "from", value: "soon", reason: "not a date (use 2018, 2018-11 or 2018-11-07)" },
      { key: "to", value: "2018-13", reason: "not a date (use 2018, 2018-11 or 2018-11-07)" },
      { key: "bin", value: "decade", reason: "unknown bin size (use week, month, quarter, year)" },
      { key: "page", value: "0", reason: "not a page number (1 to 10000)" },
    ]);
    const reversed = parseTimelineView({ from: "2020", to: "2018" });
    expect(reversed.view).toMatchObject({ from: "2020", to: null });
    expect(reversed.ignored).toEqual([{ key: "to", value: "2018", reason: "is before from (2020)" }]);
  });

  it("zooming goes back to the table's first page", () => {
    const v = { ...DEFAULT_TIMELINE_VIEW, page: 4 };
    expect(zoomTo(v, { from: "2018", to: "2018" })).toMatchObject({ from: "2018", to: "2018", page: 1 });
  });
});
