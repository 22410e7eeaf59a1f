/** Stance buckets of a coding, most supportive first, then the statuses that carry no stance. */
export const STANCE_CODES = [
  "s2",
  "s1",
  "s0",
  "sm1",
  "sm2",
  "ambiguous",
  "no_position",
  "not_addressed",
] as const;

/** A coded stance, a coding without one, or "record" when no proposition is in play (a plain count). */
export type MixCode = (typeof STANCE_CODES)[number] | "record";

/** The order a timeline bin's stance mix is stacked and listed in. */
export const MIX_ORDER: readonly MixCode[] = [...STANCE_CODES, "record"];
