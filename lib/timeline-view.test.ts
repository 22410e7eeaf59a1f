import { describe, expect, it } from "vitest";
import { DEFAULT_TIMELINE_VIEW, parseTimelineView, timelineHref, togglePick } from "./timeline-view";

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
      "“Not A Slug” is not a topic",
      "grouping “colour” is unknown (use proposition or speaker)",
      "only 2 records can be picked",
      "“!” is not a record id",
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
