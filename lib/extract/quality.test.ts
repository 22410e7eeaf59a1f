import { describe, expect, it } from "vitest";
import { readArticle, readCuratedSeeds } from "@/seeds/load";
import { seedQuality } from "./seed-quality";

// Measured quality against seeds/curated.json. The figures are printed so that a change shows in the log; the
// assertions hold the current level so that a regression fails.
describe("quality on the seed articles", () => {
  const seeds = readCuratedSeeds();

  it("cold (empty database): every curated statement found, nothing spurious", () => {
    const report = seedQuality(seeds, readArticle, "cold");
    console.log("extraction quality, cold:", JSON.stringify(report, null, 2));
    expect(report.recall).toBe(1);
    expect(report.precision).toBe(1);
    expect(report.fieldAccuracy.speaker).toBe(1);
    expect(report.fieldAccuracy.status).toBe(1);
    expect(report.fieldAccuracy.event).toBe(1);
    // Topic suggestions come from the codebook's own words; a parent or child of a curated topic counts.
    expect(report.topics.precision).toBeGreaterThanOrEqual(0.8);
    expect(report.topics.recall).toBeGreaterThanOrEqual(0.8);
    // The six UNSC statements: "June 20" without a year, and the scrape has no publication date.
    expect(report.misses).toHaveLength(6);
    for (const miss of report.misses) expect(miss).toContain("expected 2024-06-20..2024-06-20");
  });

  it("warm (seed people and events known): every field right", () => {
    const report = seedQuality(seeds, readArticle, "warm");
    console.log("extraction quality, warm:", JSON.stringify(report, null, 2));
    expect(report.recallFullyRight).toBe(1);
    expect(report.precision).toBe(1);
  });
});
