/**
 * Krippendorff's alpha for ordinal data (issue 12): how far coders agree beyond chance, over the items two or more
 * coders coded. Pure: no framework, no database. Follows Krippendorff, "Computing Krippendorff's
 * Alpha-Reliability" (2011): a coincidence matrix of the values pairable within each unit, the ordinal metric
 * over its marginals, alpha = 1 - D_o / D_e.
 *
 * A unit is the codes of one item (a record on a proposition) by every coder who coded it. Units with fewer than
 * two values carry no information about agreement and are left out: an uncoded item never counts as agreement.
 */

export type AlphaWarning =
  /** Fewer pairable units than MIN_UNITS: the figure moves a lot with one more item. */
  | "too_few_items"
  /** One value holds more than DOMINANT_SHARE of the pairable values: alpha is low or unstable whatever coders do. */
  | "one_value_dominates"
  /** Every pairable value is the same: there is no variation to agree on, and alpha is undefined (0/0). */
  | "no_variation"
  /** No unit has two values. */
  | "no_pairable_items";

export const MIN_UNITS = 10;
export const DOMINANT_SHARE = 0.8;

export interface AlphaResult {
  /** Null when undefined (no pairable unit, or no variation). */
  alpha: number | null;
  /** Units with at least two values. */
  units: number;
  /** Pairable values (n in Krippendorff's notation). */
  values: number;
  /** Per value, how many pairable values had it (the coincidence matrix's marginals), in value order. */
  marginals: { value: number; n: number }[];
  warnings: AlphaWarning[];
}

/**
 * Ordinal alpha over units of numeric codes (each unit: the values its coders gave; missing codes are simply
 * absent). Values are ranks: only their order matters, and the distance between two of them grows with how many
 * pairable values lie between them.
 */
export function ordinalAlpha(units: readonly (readonly number[])[]): AlphaResult {
  const pairable = units.filter((u) => u.length >= 2);
  const coincidence = new Map<number, Map<number, number>>();
  const add = (c: number, k: number, w: number) => {
    let row = coincidence.get(c);
    if (!row) {
      row = new Map();
      coincidence.set(c, row);
    }
    row.set(k, (row.get(k) ?? 0) + w);
  };
  for (const u of pairable) {
    const w = 1 / (u.length - 1);
    for (let i = 0; i < u.length; i++)
      for (let j = 0; j < u.length; j++) if (i !== j) add(u[i] as number, u[j] as number, w);
  }
  const order = [...coincidence.keys()].sort((a, b) => a - b);
  const marginal = new Map(
    order.map((c) => [c, [...(coincidence.get(c)?.values() ?? [])].reduce((s, x) => s + x, 0)]),
  );
  const n = [...marginal.values()].reduce((s, x) => s + x, 0);
  const marginals = order.map((value) => ({ value, n: Math.round(marginal.get(value) ?? 0) }));

  const warnings: AlphaWarning[] = [];
  if (pairable.length === 0) warnings.push("no_pairable_items");
  else if (pairable.length < MIN_UNITS) warnings.push("too_few_items");
  if (order.length === 1) warnings.push("no_variation");
  else if (n > 0 && Math.max(...marginal.values()) / n > DOMINANT_SHARE) warnings.push("one_value_dominates");

  // Ordinal metric: the squared count of pairable values from c to k, half of each end counted.
  const cumulative = new Map<number, number>();
  let running = 0;
  for (const c of order) {
    cumulative.set(c, running);
    running += marginal.get(c) ?? 0;
  }
  const delta2 = (c: number, k: number) => {
    if (c === k) return 0;
    const [lo, hi] = c < k ? [c, k] : [k, c];
    const nLo = marginal.get(lo) ?? 0;
    const nHi = marginal.get(hi) ?? 0;
    const through = (cumulative.get(hi) ?? 0) + nHi - (cumulative.get(lo) ?? 0);
    return (through - (nLo + nHi) / 2) ** 2;
  };
  let observed = 0;
  let expected = 0;
  for (const c of order)
    for (const k of order) {
      if (c === k) continue;
      const d = delta2(c, k);
      observed += (coincidence.get(c)?.get(k) ?? 0) * d;
      expected += (marginal.get(c) ?? 0) * (marginal.get(k) ?? 0) * d;
    }
  const alpha = pairable.length === 0 || expected === 0 ? null : 1 - ((n - 1) * observed) / expected;
  return { alpha, units: pairable.length, values: Math.round(n), marginals, warnings };
}

export const ALPHA_WARNING_TEXT: Record<AlphaWarning, string> = {
  too_few_items: `Fewer than ${MIN_UNITS} items were coded by two coders: one more item can move alpha a lot.`,
  one_value_dominates: `One value holds more than ${Math.round(DOMINANT_SHARE * 100)}% of the codes: alpha is unstable (and often low) when coders rarely see anything else.`,
  no_variation:
    "Every code is the same value: with no variation there is nothing to agree on, so alpha is undefined.",
  no_pairable_items: "No item was coded by two coders yet.",
};

export interface CodedUnit {
  codes: readonly { status: string; stance: number | null }[];
}

export interface AgreementSummary extends AlphaResult {
  /** Items two or more coders coded. */
  items: number;
  /** Of those, items where every coder gave the same code (status and stance). */
  identical: number;
  /**
   * Items where a coder gave a status that is not a stance (ambiguous, no position, not addressed): they are not
   * on the ordinal scale, so alpha leaves those codes out; counted here so that a reader sees them.
   */
  withStatus: number;
}

/**
 * Agreement over double-coded items: ordinal alpha over the stances (-2..+2) coders gave, with the items'
 * non-stance statuses counted apart, and the share of items coded identically.
 */
export function summarizeAgreement(units: readonly CodedUnit[]): AgreementSummary {
  const pairable = units.filter((u) => u.codes.length >= 2);
  const stances = pairable.map((u) =>
    u.codes.flatMap((c) => (c.status === "stated" && c.stance !== null ? [c.stance] : [])),
  );
  return {
    ...ordinalAlpha(stances),
    items: pairable.length,
    identical: pairable.filter((u) => {
      const [first, ...rest] = u.codes;
      return first !== undefined && rest.every((c) => c.status === first.status && c.stance === first.stance);
    }).length,
    withStatus: pairable.filter((u) => u.codes.some((c) => c.status !== "stated")).length,
  };
}
