import { type Caveat, caveatSummary, comparabilityCaveats } from "./compare-caveats";
import { sharedPhrases } from "./compare-phrases";
import { type ChangeLabel, changeLabel, type PropositionRow, propositionRows } from "./compare-positions";
import { type ThemeSets, themeSets } from "./compare-themes";
import type { CompareSide } from "./compare-types";

/**
 * Comparison of what was said on two (or more) sides: single records, or every record of a period. Everything here
 * is computed from coded positions and topics, so adding or recoding a record changes the result.
 *
 * Silence is never neutral: a side with no coded position on a proposition (or one coded `not_addressed`) has not
 * addressed it, which is a different thing from a stance of 0.
 */

// ---------------------------------------------------------------------------------------------------------------
// The whole comparison

/**
 * A one-line conclusion from the change labels between the first and the last side, e.g.
 * "Constant: A; new in 2024: B; only in 2018: C; 1 partial shift: D". Built from the same labels as the table, so
 * it cannot say more than they do.
 */
export function topLine(sides: CompareSide[], rows: PropositionRow[]): string {
  if (sides.length < 2) return "";
  const first = sides[0]?.label ?? "";
  const last = sides[sides.length - 1]?.label ?? "";
  const by = new Map<ChangeLabel, string[]>();
  for (const row of rows) {
    const a = row.positions[0];
    const b = row.positions[row.positions.length - 1];
    if (!a || !b) continue;
    const label = changeLabel(a, b);
    by.set(label, [...(by.get(label) ?? []), row.proposition.label]);
  }
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const parts: string[] = [];
  const add = (label: ChangeLabel, head: (n: number) => string) => {
    const items = by.get(label) ?? [];
    if (items.length > 0) parts.push(`${head(items.length)}: ${items.join(", ")}`);
  };
  add("no_shift", () => "Constant");
  add("new_position", () => `new in ${last}`);
  add("dropped", () => `only in ${first} (not restated)`);
  add("partial_shift", (n) => count(n, "partial shift", "partial shifts"));
  add("reversal", (n) => count(n, "reversal", "reversals"));
  add("ambiguous", () => "ambiguous");
  add("not_addressed_one_side", () => "touched on one side without a stance");
  add("not_coded", () => "not comparable, one side not coded");
  if (parts.length === 0) return "No coded position to compare.";
  const text = parts.join("; ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export interface Comparison {
  sides: CompareSide[];
  /** One line, from the change labels between the first and the last side. */
  conclusion: string;
  rows: PropositionRow[];
  themes: ThemeSets;
  caveats: Caveat[];
  summary: string;
  /** Shared between the first and the last side. */
  phrases: string[];
}

export function compareSides(sides: CompareSide[]): Comparison {
  const first = sides[0]?.records.map((r) => r.text) ?? [];
  const last = sides[sides.length - 1]?.records.map((r) => r.text) ?? [];
  const rows = propositionRows(sides);
  return {
    sides,
    conclusion: topLine(sides, rows),
    rows,
    themes: themeSets(sides),
    caveats: comparabilityCaveats(sides),
    summary: caveatSummary(sides),
    phrases: sides.length >= 2 ? sharedPhrases(first, last) : [],
  };
}
