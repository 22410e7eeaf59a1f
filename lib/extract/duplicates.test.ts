import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NEAR_DUPLICATE, nearestDuplicate, shingleGroups, shingles, similarity } from "./duplicates";

describe("near-duplicate statements", () => {
  const stored =
    "Vietnam backs and actively participates in international cooperation in this regard, Giang said.";

  it("sees the same words with other quotes, case and diacritics as the same statement", () => {
    expect(
      similarity(
        stored,
        "VIETNAM backs and actively participates in international cooperation in this regard, Giang said",
      ),
    ).toBe(1);
    expect(
      nearestDuplicate(
        "Vietnam backs and actively participates in international cooperation in this regard, Giang noted.",
        [{ text: stored }],
      ),
    ).not.toBeNull();
  });

  it("keeps different statements apart", () => {
    expect(
      nearestDuplicate("The Chairman stressed the need for stricter fiscal discipline.", [{ text: stored }]),
    ).toBeNull();
    expect(similarity("", stored)).toBe(0);
  });
});

describe("candidate groups for the indexed near-duplicate search", () => {
  const words = [
    "viet",
    "nam",
    "supports",
    "cyber",
    "security",
    "the",
    "of",
    "and",
    "cooperation",
    "law",
    "2024",
  ];
  const text = fc.array(fc.constantFrom(...words), { minLength: 0, maxLength: 40 }).map((w) => w.join(" "));

  it("a stored text at the threshold or above holds every shingle of at least one group (property)", () => {
    fc.assert(
      fc.property(
        text,
        fc.array(fc.tuple(fc.nat(40), fc.constantFrom(...words)), { maxLength: 4 }),
        (x, edits) => {
          // A near copy: a few words replaced.
          const y = x.split(" ");
          for (const [at, word] of edits) if (y.length) y[at % y.length] = word;
          const other = y.join(" ");
          if (similarity(x, other) < NEAR_DUPLICATE) return;
          const held = shingles(other);
          expect(shingleGroups(x).some((g) => g.every((s) => held.has(s)))).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("splits a long passage into several groups, and needs every shingle of a short one", () => {
    expect(shingleGroups("")).toEqual([]);
    expect(shingleGroups("Viet Nam supports")).toEqual([["viet nam supports"]]);
    const long =
      "Vietnam backs and actively participates in international cooperation in this regard, Giang said.";
    const groups = shingleGroups(long);
    expect(groups.length).toBeGreaterThan(1);
    expect(groups.flat().sort()).toEqual([...shingles(long)].sort());
  });
});
