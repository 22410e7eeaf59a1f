import type { MixCode } from "@/lib/stance-mix";

/** The same colours as the marks' classes in timeline.module.css, for the stacked gradient of a bin. */
export const MIX_COLOURS: Record<MixCode, string> = {
  s2: "#1d5a99",
  s1: "#9cc3e6",
  s0: "#d5dade",
  sm1: "#f2b28f",
  sm2: "#a12a1f",
  ambiguous: "#f5c56f",
  no_position: "#8a96a3",
  not_addressed: "#fff",
  record: "#8fa3b8",
};

/** Short forms for a bar's tooltip. */
export const MIX_SHORT: Record<MixCode, string> = {
  s2: "+2",
  s1: "+1",
  s0: "0",
  sm1: "−1",
  sm2: "−2",
  ambiguous: "ambiguous",
  no_position: "no position",
  not_addressed: "not addressed",
  record: "records",
};
