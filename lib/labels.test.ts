import { describe, expect, it } from "vitest";
import { stanceLabel, summariseStances } from "./labels";

describe("summariseStances", () => {
  it("words stated stances by their label, other statuses by name, and leaves out the unaddressed", () => {
    expect(
      summariseStances([
        { label: "Sovereignty as basis of cooperation", status: "stated", stance: 2 },
        { label: "UN central role", status: "ambiguous", stance: null },
        { label: "Sanctions", status: "not_addressed", stance: null },
        { label: "Trade deal", status: "no_position", stance: null },
      ]),
    ).toBe(
      "Sovereignty as basis of cooperation: +2 strongly supports; UN central role: ambiguous; Trade deal: no position",
    );
  });

  it("is empty when nothing was addressed", () => {
    expect(summariseStances([{ label: "Sanctions", status: "not_addressed", stance: null }])).toBe("");
    expect(stanceLabel(-1)).toBe("-1 opposes");
  });
});
