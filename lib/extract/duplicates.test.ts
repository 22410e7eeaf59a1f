import { describe, expect, it } from "vitest";
import { nearestDuplicate, similarity } from "./duplicates";

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
