import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseView } from "@/lib/positions-view";
import { loadSeeds } from "@/seeds/load";
import type { Db } from "../client";
import { createTempDb } from "../testing/temp-db";
import { listPositions } from "./positions";
import { RANK_CANDIDATES } from "./positions-rank";

let db: Db;
let cleanup: () => void;
const page = (query: string) =>
  listPositions(db, { ...parseView(new URLSearchParams(query)).view, size: 100 });

beforeAll(() => {
  ({ db, cleanup } = createTempDb());
  loadSeeds(db);
});
afterAll(() => cleanup());

/** What the exact-accent check reads of a record. */
const haystack = (r: { text: string; speakerNativeName: string | null; attributionText: string }) =>
  `${r.text} ${r.speakerNativeName ?? ""} ${r.attributionText}`.normalize("NFC").toLowerCase();

describe("relevance order", () => {
  it("puts statements that use the word before records that match it only elsewhere, with the same records", () => {
    const byDate = page("q=cyber");
    const ranked = page("q=cyber&sort=relevance");
    expect(ranked.total).toBe(byDate.total);
    expect(new Set(ranked.rows.map((r) => r.publicId))).toEqual(new Set(byDate.rows.map((r) => r.publicId)));
    expect(ranked.ranked).toBe(Math.min(byDate.total, RANK_CANDIDATES));
    const inText = ranked.rows.map((r) => (ranked.matchedIn.get(r.id) ?? []).includes("text"));
    // Some match in their text and some only elsewhere (the source title), and the first kind all come first.
    expect(inText).toContain(true);
    expect(inText).toContain(false);
    expect(inText.indexOf(false)).toBeGreaterThan(inText.lastIndexOf(true));
    // The date order does not sort this way (or the test would prove nothing).
    const dateInText = byDate.rows.map((r) => (byDate.matchedIn.get(r.id) ?? []).includes("text"));
    expect(dateInText.indexOf(false)).toBeLessThan(dateInText.lastIndexOf(true));
  });

  it("says where each record matched", () => {
    const result = page("q=bui+van+nam");
    expect(result.rows.length).toBeGreaterThan(0);
    for (const r of result.rows) expect(result.matchedIn.get(r.id)).toContain("speaker");
    expect(page("q=cyber").matchedIn.size).toBeGreaterThan(0);
    expect(page("topic=cyber-security").matchedIn.size).toBe(0);
  });
});

describe("accents", () => {
  it("finds both spellings without the switch, exact ones first by relevance, only exact ones with it", () => {
    const loose = page(`q=${encodeURIComponent("Đặng")}`);
    const exact = (r: Parameters<typeof haystack>[0]) => haystack(r).includes("đặng");
    // The folded search also finds records with Đảng (the Party) or plain "dang".
    expect(loose.rows.some((r) => !exact(r))).toBe(true);
    expect(loose.rows.some(exact)).toBe(true);

    const ranked = page(`q=${encodeURIComponent("Đặng")}&sort=relevance`);
    const flags = ranked.rows.map(exact);
    expect(flags.indexOf(false)).toBeGreaterThan(flags.lastIndexOf(true));

    const only = page(`q=${encodeURIComponent("Đặng")}&accents=exact`);
    expect(only.total).toBe(loose.rows.filter(exact).length);
    expect(only.rows.every(exact)).toBe(true);
    // Without accents in the query the switch changes nothing.
    expect(page("q=dang&accents=exact").total).toBe(page("q=dang").total);
  });
});
