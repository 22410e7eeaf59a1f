import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createTempDb } from "@/db/testing/temp-db";
import { DEFAULT_TIMELINE_VIEW } from "@/lib/timeline-view";
import { loadSeeds } from "@/seeds/load";
import { getTimeline, listTimelineOptions } from "./timeline";

let db: Db;
let cleanup: () => void;

beforeAll(() => {
  const temp = createTempDb();
  db = temp.db;
  cleanup = temp.cleanup;
  loadSeeds(db);
});
afterAll(() => cleanup());

const view = (v: Partial<typeof DEFAULT_TIMELINE_VIEW>) => ({ ...DEFAULT_TIMELINE_VIEW, ...v });

describe("timeline notices", () => {
  it("reports picked ids that no record has", () => {
    expect(getTimeline(db, view({ pick: ["a", "rb9j45cpkn"] })).unknown).toEqual([
      "no record has the id “a” (not picked)",
    ]);
  });

  it("reports an unknown speaker without claiming the country lost to it, and an unknown country", () => {
    expect(getTimeline(db, view({ speaker: "nobody", country: "XX" })).unknown).toEqual([
      "no official “nobody”",
      "no official from country “XX”",
    ]);
  });

  it("says the country is ignored only when a known speaker is chosen", () => {
    const t = getTimeline(db, view({ speaker: "bui-van-nam", country: "VN" }));
    expect(t.unknown).toEqual(["country VN is ignored because a speaker is chosen"]);
    expect(t.dated.every((r) => r.speaker?.slug === "bui-van-nam")).toBe(true);
    expect(getTimeline(db, view({ country: "VN" })).unknown).toEqual([]);
  });

  it("lists speakers by their names with diacritics", () => {
    expect(listTimelineOptions(db).speakers.map((s) => s.label)).toContain("Bùi Văn Nam");
  });
});
