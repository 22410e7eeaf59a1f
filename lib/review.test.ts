import { describe, expect, it } from "vitest";
import { adjudicateInput, type CoderCode, sameCode, saveOwnCodesInput, settleCodes } from "./review";

const stance = (s: number, basis: string | null = null): CoderCode => ({
  status: "stated",
  stance: s,
  basis,
  note: null,
});
const status = (s: CoderCode["status"]): CoderCode => ({ status: s, stance: null, basis: null, note: null });

describe("settling coders' codes", () => {
  it("no code is no current code; one code is a draft", () => {
    expect(settleCodes([])).toBeNull();
    expect(settleCodes([stance(1)])).toEqual({ review: "draft", code: stance(1) });
  });

  it("agrees on status and stance whatever the wording, keeping the first coder's basis", () => {
    expect(settleCodes([stance(2, "first words"), stance(2, "other words")])).toEqual({
      review: "agreed",
      code: stance(2, "first words"),
    });
    expect(settleCodes([status("ambiguous"), status("ambiguous")])?.review).toBe("agreed");
  });

  it("a different stance or status disputes the item, and the first code stays current", () => {
    expect(settleCodes([stance(1), stance(-1)])).toEqual({ review: "disputed", code: stance(1) });
    expect(settleCodes([stance(0), status("no_position")])?.review).toBe("disputed");
    expect(settleCodes([stance(1), stance(1), stance(2)])?.review).toBe("disputed");
    expect(sameCode(stance(0), status("no_position"))).toBe(false);
  });
});

describe("review input", () => {
  it("requires a written reason for a decision, and a stance only with 'stated'", () => {
    const base = { publicId: "abc123", proposition: "p", seen: "", basis: "", note: "" };
    expect(adjudicateInput.safeParse({ ...base, status: "stated", stance: 1, reason: " " }).success).toBe(
      false,
    );
    expect(
      adjudicateInput.safeParse({ ...base, status: "ambiguous", stance: 1, reason: "why" }).success,
    ).toBe(false);
    const ok = adjudicateInput.safeParse({ ...base, status: "stated", stance: 1, reason: " because " });
    expect(ok.success && ok.data.reason).toBe("because");
    expect(ok.success && ok.data.basis).toBeNull();
  });

  it("refuses a proposition coded twice in one save", () => {
    const code = { proposition: "p", status: "stated", stance: 1, basis: null, note: null };
    expect(
      saveOwnCodesInput.safeParse({ publicId: "abc123", expectedSheetVersion: 0, codings: [code, code] })
        .success,
    ).toBe(false);
  });
});
