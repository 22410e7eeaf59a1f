"use client";

// A client component so that the page carries the facet values once, as data, rather than as a server-rendered
// tree of links that the flight payload would repeat next to the HTML; the links are built from the same grammar.
import Link from "next/link";
import type { FacetValue, PositionFacets } from "@/db/queries/position-facets";
import type { EventKind, StatementMode } from "@/lib/domain";
import { EVENT_KIND_LABELS, MODE_LABELS } from "@/lib/labels";
import {
  formatCount,
  type PositionsView,
  patchView,
  toggleFilterValue,
  viewHref,
} from "@/lib/positions-view";
import styles from "../positions.module.css";

type FacetKey = "speaker" | "topic" | "kind" | "mode" | "coding";

function FacetList({
  title,
  facet,
  values,
  view,
  exact,
  label,
}: {
  title: string;
  facet: FacetKey;
  values: FacetValue[];
  view: PositionsView;
  exact: boolean;
  label?: (value: string, fallback: string) => string;
}) {
  if (values.length === 0) return null;
  return (
    <section className={styles.facet} aria-labelledby={`facet-${facet}`} data-testid={`facet-${facet}`}>
      <h2 id={`facet-${facet}`} className={styles.facetTitle}>
        {title}
      </h2>
      <ul>
        {values.map((v) => {
          const text = label ? label(v.value, v.label) : v.label;
          return (
            <li key={v.value}>
              <Link
                href={viewHref(toggleFilterValue(view, facet, v.value))}
                // Dozens of facet links would each prefetch a server render of another view.
                prefetch={false}
                className={v.selected ? styles.facetSelected : undefined}
                aria-current={v.selected ? "true" : undefined}
              >
                <span className={styles.facetLabel}>
                  {v.selected && <span aria-hidden="true">✓ </span>}
                  {text}
                </span>
                <span className={styles.facetCount}>{shortCount(v.count, exact)}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** An estimated count as "≈1,200" (the sidebar's note says what ≈ means); an exact one in full. */
function shortCount(n: number, exact: boolean): string {
  return exact ? n.toLocaleString("en") : `≈${formatCount(n, false).slice("about ".length)}`;
}

/** A year histogram: each bar links to that year as the date range. */
function YearHistogram({
  view,
  facets,
  exact,
}: {
  view: PositionsView;
  facets: PositionFacets;
  exact: boolean;
}) {
  const dated = facets.year.filter((y): y is { year: number; count: number } => y.year !== null);
  const undated = facets.year.find((y) => y.year === null)?.count ?? 0;
  if (dated.length === 0 && undated === 0) return null;
  const max = Math.max(1, ...dated.map((y) => y.count));
  return (
    <section className={styles.facet} aria-labelledby="facet-year" data-testid="facet-year">
      <h2 id="facet-year" className={styles.facetTitle}>
        Year
      </h2>
      {dated.length > 0 && (
        <ol className={styles.histogram}>
          {dated.map((y) => {
            const selected = view.from === String(y.year) && view.to === String(y.year);
            return (
              <li key={y.year}>
                <Link
                  href={viewHref(
                    patchView(
                      view,
                      selected ? { from: null, to: null } : { from: String(y.year), to: String(y.year) },
                    ),
                  )}
                  prefetch={false}
                  aria-current={selected ? "true" : undefined}
                  className={selected ? styles.facetSelected : undefined}
                >
                  <span className={styles.barYear}>{y.year}</span>
                  <span
                    className={styles.bar}
                    aria-hidden="true"
                    style={{ width: `${Math.max(2, (y.count / max) * 100)}%` }}
                  />
                  <span className={styles.facetCount}>
                    {shortCount(y.count, exact)}
                    <span className="visually-hidden"> records</span>
                  </span>
                </Link>
              </li>
            );
          })}
        </ol>
      )}
      {undated > 0 && <p className={styles.undated}>Undated: {shortCount(undated, exact)}</p>}
    </section>
  );
}

/**
 * Datasette-style facets over the filtered records; a click adds the value to the filter (or removes it). Past
 * `exactLimit` matches the counts come from a sample, and the sidebar says so before the first count.
 */
export function FacetSidebar({
  view,
  facets,
  exact,
  exactLimit,
  sample,
  total,
  totalExact,
}: {
  view: PositionsView;
  facets: PositionFacets;
  exact: boolean;
  /** Matches up to which counts are exact (FACET_ROW_LIMIT). */
  exactLimit: number;
  /** Matching records the counts were computed from. */
  sample: number;
  total: number;
  totalExact: boolean;
}) {
  return (
    <div className={styles.facets}>
      {!exact && (
        <p className={styles.facetNote} data-testid="facets-estimated">
          Counts marked ≈ are estimates from a sample of {sample.toLocaleString("en")} of the{" "}
          {formatCount(total, totalExact)} matching records, spread evenly through the collection (exact
          counts up to {exactLimit.toLocaleString("en")} matches). Rare values may be missing.
        </p>
      )}
      <FacetList title="Speaker" facet="speaker" values={facets.speaker} view={view} exact={exact} />
      <FacetList title="Topic" facet="topic" values={facets.topic} view={view} exact={exact} />
      <FacetList
        title="Event kind"
        facet="kind"
        values={facets.kind}
        view={view}
        exact={exact}
        label={(v) => EVENT_KIND_LABELS[v as EventKind] ?? v}
      />
      <FacetList
        title="Mode"
        facet="mode"
        values={facets.mode}
        view={view}
        exact={exact}
        label={(v) => MODE_LABELS[v as StatementMode] ?? v}
      />
      <FacetList
        title="Coding"
        facet="coding"
        // A status no matching record has is left out, unless it is the one selected.
        values={facets.coding.filter((v) => v.count > 0 || v.selected)}
        view={view}
        exact={exact}
      />
      <YearHistogram view={view} facets={facets} exact={exact} />
    </div>
  );
}
