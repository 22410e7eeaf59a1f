import { describe, expect, it } from "vitest";
import { extractCandidates } from "../candidates";
import { evaluateAll } from "./evaluate";

// Figures on real published articles (testsets/*.ts). The floors are the levels measured when the rules were
// written (README, "Extraction quality"): a change that loses a statement or proposes a wrong speaker fails here.
// The held-out sets were not looked at while tuning; their floors are set a little under what they measured.
describe("extraction on real articles", () => {
  const figures = evaluateAll(extractCandidates);
  const floors = {
    "en-dev": { recall: 1, explicit: 1 },
    "en-heldout": { recall: 0.9, explicit: 0.95 },
    "vi-dev": { recall: 1, explicit: 1 },
    "vi-dev2": { recall: 0.9, explicit: 0.95 },
    "vi-heldout2": { recall: 0.9, explicit: 0.95 },
  } as const;
  for (const [name, floor] of Object.entries(floors) as Array<
    [keyof typeof floors, { recall: number; explicit: number }]
  >) {
    it(`${name}: recall of statements with the right speaker and precision of explicit attributions`, () => {
      const f = figures[name];
      console.log(
        name,
        JSON.stringify({ recall: f.recall, explicit: f.explicitPrecision, inferred: f.inferredPrecision }),
      );
      expect(f.misses.length === 0 || f.recall >= floor.recall, f.misses.join("\n")).toBe(true);
      expect(f.recall).toBeGreaterThanOrEqual(floor.recall);
      expect(f.explicitPrecision, f.wrong.join("\n")).toBeGreaterThanOrEqual(floor.explicit);
      // Every inferred attribution says why (its note), and no passage the gold sets aside is proposed.
      expect(f.inferredUnflagged).toBe(0);
      expect(f.setAsideProposed).toBe(0);
    });
  }
});
