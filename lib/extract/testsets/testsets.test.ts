import { describe, expect, it } from "vitest";
import { extractCandidates } from "../candidates";
import { evaluateAll, isStudied, TEST_SETS, type TestSetName } from "./evaluate";

// Figures on real published articles (testsets/*.ts). The floors are the levels measured when the rules were
// written (README, "Extraction quality"): a change that loses a statement or proposes a wrong speaker fails here.
// Only en-heldout's, en-unseen6's and vi-unseen6's sentences were never looked at after a run; every other set was held out once at most and became a dev
// set once its first figures were read and its misses studied (docs/import.md).
describe("extraction on real articles", () => {
  const figures = evaluateAll(extractCandidates, { includeUnseen: true });
  // Measured: README, "Extraction quality". A miss or a wrong speaker below these fails.
  const floors = {
    "en-dev": { recall: 1, explicit: 1 },
    "en-heldout": { recall: 0.94, explicit: 1 },
    "vi-dev": { recall: 1, explicit: 1 },
    "vi-dev2": { recall: 1, explicit: 1 },
    "vi-dev3": { recall: 0.94, explicit: 0.94 },
    "en-dev2": { recall: 0.97, explicit: 1 },
    "vi-dev4": { recall: 0.95, explicit: 1 },
    // Third round (docs/import.md): held out once, then studied.
    "en-heldout3": { recall: 1, explicit: 0.95 },
    "vi-heldout5": { recall: 1, explicit: 0.93 },
    "en-fresh": { recall: 1, explicit: 1 },
    "vi-fresh": { recall: 1, explicit: 0.9 },
    "en-final": { recall: 1, explicit: 0.93 },
    "vi-final": { recall: 0.93, explicit: 1 },
    // Measured once after the third round (0.524 / 1.0 and 0.75 / 1.0), studied in the fourth.
    "en-last": { recall: 1, explicit: 1 },
    "vi-last": { recall: 1, explicit: 1 },
    // Fourth round: measured once (0.795 / 1.0 and 0.60 / 1.0), then studied.
    "en-unseen4": { recall: 0.94, explicit: 1 },
    "vi-unseen4": { recall: 0.88, explicit: 1 },
    // Measured once at the end of the fourth round (0.773 / 0.938, two set-aside passages proposed; 0.833 / 1.0),
    // then studied in the fifth.
    "en-unseen5": { recall: 0.95, explicit: 1 },
    "vi-unseen5": { recall: 0.83, explicit: 1 },
    // Fifth round: annotated before any run, measured once at its end, not studied: the honest figures.
    "en-unseen6": { recall: 0.83, explicit: 0.94 },
    "vi-unseen6": { recall: 0.64, explicit: 1 },
  } as const;
  for (const [name, floor] of Object.entries(floors) as Array<
    [keyof typeof floors, { recall: number; explicit: number; setAsideProposed?: number }]
  >) {
    it(`${name}: recall of statements with the right speaker and precision of explicit attributions`, () => {
      const f = figures[name];
      if (!f) throw new Error(`no figures for ${name}`);
      // An unseen set's figures are not printed: read after each change, they would tune the rules to it.
      if (isStudied(name))
        console.log(
          name,
          JSON.stringify({ recall: f.recall, explicit: f.explicitPrecision, inferred: f.inferredPrecision }),
        );
      const hidden = "details hidden: the set has not been studied";
      expect(f.recall, isStudied(name) ? f.misses.join("\n") : hidden).toBeGreaterThanOrEqual(floor.recall);
      expect(f.explicitPrecision, isStudied(name) ? f.wrong.join("\n") : hidden).toBeGreaterThanOrEqual(
        floor.explicit,
      );
      // Every inferred attribution says why (its note), and no passage the gold sets aside is proposed.
      expect(f.inferredUnflagged).toBe(0);
      expect(f.setAsideProposed).toBeLessThanOrEqual(floor.setAsideProposed ?? 0);
    });
  }
});

describe("unseen test sets", () => {
  it("are left out of the figures unless asked for, so that they are not read after each change", () => {
    const unseen = (Object.keys(TEST_SETS) as TestSetName[]).filter((n) => !isStudied(n));
    expect(unseen).toContain("en-heldout");
    const fake = () => ({ candidates: [], setAside: [], notUnderstood: [] });
    const studiedOnly = evaluateAll(fake);
    for (const name of unseen) expect(studiedOnly[name]).toBeUndefined();
    expect(studiedOnly["en-dev"]?.statements).toBeGreaterThan(0);
    const all = evaluateAll(fake, { includeUnseen: true });
    for (const name of unseen) expect(all[name]?.recall).toBe(0);
  });
});
