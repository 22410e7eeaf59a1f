import { describe, expect, it } from "vitest";
import { sliceCodePoints } from "@/lib/text";
import { planRoles, type RoleDraft, selectionToSpan, textMatchesEvidence } from "./review";

const base: RoleDraft = {
  key: "c1",
  accepted: true,
  asAppearance: false,
  speakerChoice: "person:7",
  newPersonName: "",
  roleTitle: "Deputy Foreign Minister",
  roleRank: "",
  organizationName: "",
};
const persons = [{ id: 7, roles: [{ id: 70, title: "Deputy Foreign Minister", rank: null }] }];

describe("planRoles", () => {
  it("decides per (person, title, rank): a rank on one candidate gives it its own new role", () => {
    const plan = planRoles(
      [
        { ...base, key: "c1", roleRank: "Ambassador" },
        { ...base, key: "c2" },
        { ...base, key: "c3" },
      ],
      persons,
    );
    expect(plan.get("c1")).toMatchObject({ existing: null, sharedWith: [] });
    expect(plan.get("c2")).toMatchObject({ existing: { id: 70 }, sharedWith: [3] });
    expect(plan.get("c3")?.label).toBe("Uses the stored role “Deputy Foreign Minister”, shared with #2.");
    expect(plan.get("c1")?.label).toBe("Creates the role “Deputy Foreign Minister (Ambassador)”.");
  });

  it("new people are told apart by name; rejected and unresolved candidates have no role", () => {
    const plan = planRoles(
      [
        { ...base, key: "c1", speakerChoice: "new", newPersonName: "Pham Thu Hang" },
        { ...base, key: "c2", speakerChoice: "new", newPersonName: "Phạm Thu Hằng" },
        { ...base, key: "c3", speakerChoice: "new", newPersonName: "Do Hung Viet" },
        { ...base, key: "c4", accepted: false },
        { ...base, key: "c5", speakerChoice: "unresolved" },
      ],
      persons,
    );
    expect(plan.get("c1")?.sharedWith).toEqual([2]);
    expect(plan.get("c3")?.sharedWith).toEqual([]);
    expect(plan.has("c4")).toBe(false);
    expect(plan.has("c5")).toBe(false);
  });
});

describe("textMatchesEvidence", () => {
  const evidence = "Foreign Ministry spokesperson Phạm Thu Hằng said Viet Nam opposes the plan.";
  it("accepts the evidence itself, a shorter passage of it, or a different case and diacritics", () => {
    expect(textMatchesEvidence(evidence, evidence)).toBe(true);
    expect(textMatchesEvidence("Viet Nam opposes the plan", evidence)).toBe(true);
    expect(textMatchesEvidence("viet nam OPPOSES the plan.", evidence)).toBe(true);
  });
  it("warns about words the evidence does not contain, or a cut inside a word", () => {
    expect(textMatchesEvidence("Viet Nam supports the plan.", evidence)).toBe(false);
    expect(textMatchesEvidence("am opposes", evidence)).toBe(false);
    expect(textMatchesEvidence("   ", evidence)).toBe(false);
  });
});

describe("selectionToSpan", () => {
  it("gives code points, not UTF-16 units, and trims surrounding white space", () => {
    const raw = "𝐀 Hằng said: “yes”. ";
    const span = selectionToSpan(raw, 2, raw.length);
    expect(span).toEqual({ start: 2, end: 19 });
    expect(sliceCodePoints(raw, span?.start ?? 0, span?.end)).toBe("Hằng said: “yes”.");
    expect(selectionToSpan(raw, 5, 5)).toBeNull();
    expect(selectionToSpan(raw, raw.length, 2)).toEqual(span);
  });
});
