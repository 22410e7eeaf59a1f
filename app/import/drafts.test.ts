import { describe, expect, it } from "vitest";
import { manualDraft, needsNothing, speakerOf } from "./drafts";

describe("review drafts", () => {
  const raw = "Hanoi (VNA) - Deputy Minister Nam said Vietnam backs the convention.";

  it("a passage added by hand presumes nothing: open, unresolved, its span as selected, its text cleaned for display", () => {
    const d = manualDraft("m1", raw, 13, raw.length);
    expect(d).toMatchObject({
      // The dateline's dash stays in the evidence span but not in the display text.
      text: "Deputy Minister Nam said Vietnam backs the convention.",
      evidenceStart: "13",
      evidenceEnd: String(raw.length),
      speakerChoice: "unresolved",
      expanded: true,
      provenance: null,
    });
    // Added by hand, so it is never a compact "needs nothing" card.
    expect(needsNothing(d, {})).toBe(false);
  });

  it("names a new speaker by the name as typed, normalised, so a correction is seen as one", () => {
    const d = {
      ...manualDraft("m2", raw, 0, 5),
      speakerChoice: "new",
      newPersonName: "Bu\u0300i Va\u0306n Nam ",
    };
    expect(speakerOf(d)).toBe("new:Bùi Văn Nam");
  });

  it("a proposal needs the reviewer when a flag asks for a decision or one of its fields is in error", () => {
    const ok = {
      ...manualDraft("c1", raw, 0, 5),
      provenance: { rule: "en.said" } as never,
      flags: [],
    };
    expect(needsNothing(ok, {})).toBe(true);
    expect(needsNothing({ ...ok, flags: ["date_needs_year"] }, {})).toBe(false);
    expect(needsNothing(ok, { "c1.dateStart": "Use a real date." })).toBe(false);
    expect(needsNothing(ok, { "c10.dateStart": "another card's" })).toBe(true);
    expect(needsNothing({ ...ok, accepted: false }, {})).toBe(false);
  });
});
