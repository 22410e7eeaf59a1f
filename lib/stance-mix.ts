import type { PositionStatus } from "./domain";

/** A coded stance, a coding without one, or "record" when no proposition is in play (a plain count). */
export type MixCode = "s2" | "s1" | "s0" | "sm1" | "sm2" | Exclude<PositionStatus, "stated"> | "record";

/** The order a timeline bin's stance mix is stacked and listed in. */
export const MIX_ORDER: readonly MixCode[] = [
  "s2",
  "s1",
  "s0",
  "sm1",
  "sm2",
  "ambiguous",
  "no_position",
  "not_addressed",
  "record",
];
