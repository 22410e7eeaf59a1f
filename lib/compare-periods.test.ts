import { describe, expect, it } from "vitest";
import { unsettledShare } from "./compare-periods";

const counts = (draft: number, agreed: number, disputed: number, adjudicated: number) => ({
  draft,
  agreed,
  disputed,
  adjudicated,
});

describe("when a side rests on drafts or disputes", () => {
  it("says nothing for a side without codes", () => {
    expect(unsettledShare(counts(0, 0, 0, 0))).toBeNull();
  });

  it("speaks when more than half of the codes are drafts or disputed", () => {
    expect(unsettledShare(counts(6, 4, 0, 0))).toEqual({ draft: 6, disputed: 0, total: 10 });
    expect(unsettledShare(counts(3, 4, 3, 1))).toEqual({ draft: 3, disputed: 3, total: 11 });
    // Exactly half is not more than half, and no dispute.
    expect(unsettledShare(counts(5, 5, 0, 0))).toBeNull();
  });

  it("speaks when at least a tenth of the codes are disputed, however many are settled", () => {
    expect(unsettledShare(counts(0, 18, 2, 0))).toEqual({ draft: 0, disputed: 2, total: 20 });
    expect(unsettledShare(counts(0, 19, 2, 0))).toBeNull();
    expect(unsettledShare(counts(0, 0, 0, 7))).toBeNull();
  });
});
