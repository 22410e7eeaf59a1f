import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { atomXml, feedUpdated, rfc3339, tagUri, xmlEscape } from "./atom";
import { compareFeedLinks, positionsFeedHref, stancesFeedHref, timelineFeedLinks } from "./atom-links";
import { parseCompareView } from "./compare-view";
import { parseView } from "./positions-view";
import { parseTimelineView } from "./timeline-view";

describe("atomXml", () => {
  it("escapes markup and drops characters XML cannot carry, so hostile text stays well-formed", () => {
    const hostile = `</title><script>alert("x")</script> & \u0000\u0008 ]]> \uFFFE ok`;
    const xml = atomXml({
      id: tagUri("feed/x"),
      title: hostile,
      updated: "2026-12-02T00:00:00Z",
      authors: [hostile],
      links: [{ rel: "self", href: `http://h/feeds?a="b"&c=<d>` }],
      entries: [
        {
          id: tagUri("e"),
          title: hostile,
          updated: "2026-12-02T00:00:00Z",
          link: "http://h/x",
          contentHtml: `<p>${xmlEscape(hostile)}</p>`,
        },
      ],
    });
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false, processEntities: true }).parse(xml).feed;
    expect(feed.title).toContain("<script>");
    expect(feed.title).not.toContain("\u0000");
  });

  it("writes stored timestamps as RFC 3339 UTC date-times", () => {
    expect(rfc3339("2026-12-02T03:04:05.678Z")).toBe("2026-12-02T03:04:05Z");
    expect(rfc3339("2026-12-02 03:04:05")).toBe("2026-12-02T03:04:05Z");
    expect(() => rfc3339("soon")).toThrow();
  });

  it("a feed's updated is its newest entry's, or the fallback when it is empty", () => {
    const e = (updated: string) => ({ id: "i", title: "t", link: "l", updated });
    expect(feedUpdated([e("2026-01-02T00:00:00Z"), e("2026-03-01T00:00:00Z")], "x")).toBe(
      "2026-03-01T00:00:00Z",
    );
    expect(feedUpdated([], "2025-01-01T00:00:00Z")).toBe("2025-01-01T00:00:00Z");
  });
});

describe("feed links mirror the view", () => {
  it("keeps the table's filters and drops its page, size, order, columns and selection", () => {
    const { view } = parseView(
      new URLSearchParams("topic=cybercrime&speaker=bui-van-nam&page=3&size=25&sort=speaker&sel=rb9j45cpkn"),
    );
    expect(positionsFeedHref(view)).toBe("/feeds/positions?speaker=bui-van-nam&topic=cybercrime");
  });

  it("a timeline with a proposition and an actor also offers the actor x proposition feed", () => {
    const { view } = parseTimelineView({
      topic: "cyber-security",
      country: "vn",
      proposition: "un-central-role",
    });
    expect(timelineFeedLinks(view).map((l) => l.url)).toEqual([
      "/feeds/positions?topic=cyber-security",
      "/feeds/changes?topic=cyber-security",
      "/feeds/stances?country=VN&proposition=un-central-role",
    ]);
    expect(stancesFeedHref({ speaker: "a", country: "VN", proposition: "p" })).toBe(
      "/feeds/stances?speaker=a&proposition=p",
    );
  });

  it("a comparison of periods has its topic's feeds; one of fixed records has none", () => {
    const period = parseCompareView({
      topic: "cyber-security",
      a: "2018",
      b: "2024",
      speaker: "bui-van-nam",
    }).view;
    expect(compareFeedLinks(period)[0]?.url).toBe(
      "/feeds/positions?speaker=bui-van-nam&topic=cyber-security",
    );
    expect(compareFeedLinks(parseCompareView({ ids: "rb9j45cpkn,r6xm3qpjm3" }).view)).toEqual([]);
  });
});
