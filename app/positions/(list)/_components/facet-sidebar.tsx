import Link from "next/link";
import { FACET_ROW_LIMIT, type FacetValue, type PositionFacets } from "@/db/queries/positions";
import type { EventKind, StatementMode } from "@/db/schema";
import { EVENT_KIND_LABELS, MODE_LABELS } from "@/lib/labels";
import { type PositionsView, patchView, toggleFilterValue, viewHref } from "@/lib/positions-view";
import styles from "../positions.module.css";

type FacetKey = "speaker" | "topic" | "kind" | "mode";

function FacetList({
  title,
  facet,
  values,
  view,
  label,
}: {
  title: string;
  facet: FacetKey;
  values: FacetValue[];
  view: PositionsView;
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
                className={v.selected ? styles.facetSelected : undefined}
                aria-current={v.selected ? "true" : undefined}
                title={v.selected ? `Remove the filter ${title.toLowerCase()}: ${text}` : `Only ${text}`}
              >
                <span className={styles.facetLabel}>
                  {v.selected && <span aria-hidden="true">✓ </span>}
                  {text}
                </span>
                <span className={styles.facetCount}>{v.count.toLocaleString("en")}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** A year histogram: each bar links to that year as the date range. */
function YearHistogram({ view, facets }: { view: PositionsView; facets: PositionFacets }) {
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
                  aria-label={`${y.year}: ${y.count} records`}
                  aria-current={selected ? "true" : undefined}
                  className={selected ? styles.facetSelected : undefined}
                >
                  <span className={styles.barYear}>{y.year}</span>
                  <span className={styles.bar} style={{ width: `${Math.max(2, (y.count / max) * 100)}%` }} />
                  <span className={styles.facetCount}>{y.count.toLocaleString("en")}</span>
                </Link>
              </li>
            );
          })}
        </ol>
      )}
      {undated > 0 && <p className={styles.undated}>Undated: {undated.toLocaleString("en")}</p>}
    </section>
  );
}

/** Datasette-style facets over the filtered records; a click adds the value to the filter (or removes it). */
export function FacetSidebar({
  view,
  facets,
  total,
}: {
  view: PositionsView;
  facets: PositionFacets | null;
  total: number;
}) {
  if (!facets) {
    return (
      <p className={styles.facetNote} data-testid="facets-limited">
        Facet counts are shown when a filtered view has at most {FACET_ROW_LIMIT.toLocaleString("en")}{" "}
        records; this one has {total.toLocaleString("en")}. Add a filter to see them.
      </p>
    );
  }
  return (
    <div className={styles.facets}>
      <FacetList title="Speaker" facet="speaker" values={facets.speaker} view={view} />
      <FacetList title="Topic" facet="topic" values={facets.topic} view={view} />
      <FacetList
        title="Event kind"
        facet="kind"
        values={facets.kind}
        view={view}
        label={(v) => EVENT_KIND_LABELS[v as EventKind] ?? v}
      />
      <FacetList
        title="Mode"
        facet="mode"
        values={facets.mode}
        view={view}
        label={(v) => MODE_LABELS[v as StatementMode] ?? v}
      />
      <YearHistogram view={view} facets={facets} />
    </div>
  );
}
