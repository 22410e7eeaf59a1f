import { describe, expect, it } from "vitest";
import { timelineNotices, timelineNoticeText } from "./timeline-notices";
import { ignoredText } from "./url-grammar";

describe("timeline notices", () => {
  it("word each finding as the timeline page has always shown it", () => {
    expect(
      [
        { kind: "no_topic", slug: "nope" },
        { kind: "no_speaker", slug: "nobody" },
        { kind: "no_country", country: "XX" },
        { kind: "country_ignored", country: "VN" },
        { kind: "no_proposition", slug: "un-role" },
        { kind: "no_record", id: "a" },
      ].map((n) => timelineNoticeText(n as Parameters<typeof timelineNoticeText>[0])),
    ).toEqual([
      "no topic “nope”",
      "no official “nobody”",
      "no official from country “XX”",
      "country VN is ignored because a speaker is chosen",
      "no proposition “un-role”",
      "no record has the id “a” (not picked)",
    ]);
    expect(
      timelineNoticeText({ kind: "bin_too_fine", requested: "week", bins: 1600, most: 60, shown: "year" }),
    ).toBe(
      "bin size “week” would draw 1600 bins across this span (at most 60); year bins are shown: zoom in for week bins",
    );
  });

  it("become ignored parts of the address that name their part in their own words", () => {
    const [part] = timelineNotices([{ kind: "no_speaker", slug: "nobody" }]);
    expect(part).toEqual({ key: "", value: "", reason: "no official “nobody”" });
    expect(part && ignoredText(part)).toBe("no official “nobody”");
  });
});
