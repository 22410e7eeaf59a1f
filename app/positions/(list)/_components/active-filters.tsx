import Link from "next/link";
import type { FacetValue, PositionFacets } from "@/db/queries/position-facets";
import {
  clearFilters,
  FILTER_KEYS,
  formatCount,
  hasFilters,
  POSITIONS_KEYS,
  type PositionsKeyExtra,
  type PositionsView,
  patchView,
  type ViewPatch,
  viewHref,
  writtenValue,
} from "@/lib/positions-view";
import styles from "../positions.module.css";

interface Chip {
  key: string;
  label: string;
  href: string;
}

/** One chip per filter value, labelled by the key table, each with a link that removes just that value. */
function chips(view: PositionsView, facets: PositionFacets): Chip[] {
  const out: Chip[] = [];
  for (const key of FILTER_KEYS) {
    const spec = POSITIONS_KEYS[key];
    const chip = (spec.filter as NonNullable<PositionsKeyExtra["filter"]>).chip;
    if (!chip) continue;
    // A facet of the same key gives display names (a speaker's name for its slug).
    const facet: readonly object[] = key in facets ? facets[key as keyof PositionFacets] : [];
    const label = (v: string) =>
      chip(v, (facet.find((x) => "value" in x && x.value === v) as FacetValue | undefined)?.label);
    if (spec.list) {
      const values = view[key] as string[];
      for (const v of values)
        out.push({
          key: `${key}:${v}`,
          label: label(v),
          href: viewHref(patchView(view, { [key]: values.filter((x) => x !== v) } as ViewPatch)),
        });
    } else {
      const v = writtenValue(view, key);
      if (v === "" || v === spec.write(spec.default as never)) continue;
      out.push({
        key,
        label: label(v),
        href: viewHref(patchView(view, { [key]: spec.default } as ViewPatch)),
      });
    }
  }
  return out;
}

/** "123 records where ...", Datasette-style, each condition removable. */
export function ActiveFilters({
  view,
  total,
  totalExact,
  facets,
}: {
  view: PositionsView;
  total: number;
  /** False: `total` is estimated from a sample (a full-text search matching many records). */
  totalExact: boolean;
  facets: PositionFacets;
}) {
  const list = chips(view, facets);
  return (
    <div className={styles.summary}>
      <p data-testid="result-summary" aria-live="polite">
        <strong data-testid="result-total" data-exact={totalExact}>
          {formatCount(total, totalExact)}
        </strong>{" "}
        {total === 1 && totalExact ? "record" : "records"}
        {!totalExact && (
          <span className={styles.estimateNote} data-testid="total-estimated">
            {" "}
            (an estimate from a sample; the rows are exact)
          </span>
        )}
        {list.length > 0 ? " where" : ""}
      </p>
      {list.length > 0 && (
        <ul className={styles.chips} aria-label="Active filters">
          {list.map((c) => (
            <li key={c.key}>
              <span>{c.label}</span>
              <Link href={c.href} aria-label={`Remove filter: ${c.label}`} className={styles.chipRemove}>
                ×
              </Link>
            </li>
          ))}
          {hasFilters(view) && (
            <li className={styles.clearAll}>
              <Link href={viewHref(clearFilters(view))}>Clear all</Link>
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
