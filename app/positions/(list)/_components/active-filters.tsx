import Link from "next/link";
import type { PositionFacets } from "@/db/queries/positions";
import type { EventKind, StatementMode } from "@/db/schema";
import { EVENT_KIND_LABELS, MODE_LABELS } from "@/lib/labels";
import {
  CODING_STATUS_LABELS,
  type CodingStatus,
  clearFilters,
  formatCount,
  hasFilters,
  type PositionsView,
  patchView,
  viewHref,
} from "@/lib/positions-view";
import styles from "../positions.module.css";

interface Chip {
  key: string;
  label: string;
  href: string;
}

/** One chip per filter value, each with a link that removes just that value. */
function chips(view: PositionsView, facets: PositionFacets): Chip[] {
  const out: Chip[] = [];
  const labelOf = (values: { value: string; label: string }[], v: string) =>
    values.find((x) => x.value === v)?.label ?? v;
  const multi = <K extends "speaker" | "topic" | "event" | "kind" | "country" | "mode" | "coding" | "tag">(
    key: K,
    noun: string,
    label: (v: string) => string,
  ) => {
    for (const v of view[key] as string[]) {
      out.push({
        key: `${key}:${v}`,
        label: `${noun} ${label(v)}`,
        href: viewHref(patchView(view, { [key]: (view[key] as string[]).filter((x) => x !== v) })),
      });
    }
  };
  if (view.q)
    out.push({ key: "q", label: `text matches “${view.q}”`, href: viewHref(patchView(view, { q: "" })) });
  multi("speaker", "speaker is", (v) => labelOf(facets.speaker, v));
  multi("topic", "topic is", (v) => labelOf(facets.topic, v));
  multi("event", "event is", (v) => v);
  multi("kind", "event kind is", (v) => EVENT_KIND_LABELS[v as EventKind] ?? v);
  multi("country", "country is", (v) => v);
  multi("mode", "mode is", (v) => MODE_LABELS[v as StatementMode] ?? v);
  if (view.from)
    out.push({ key: "from", label: `from ${view.from}`, href: viewHref(patchView(view, { from: null })) });
  if (view.to) out.push({ key: "to", label: `to ${view.to}`, href: viewHref(patchView(view, { to: null })) });
  if (view.attribution)
    out.push({
      key: "attribution",
      label: `attribution ${view.attribution}`,
      href: viewHref(patchView(view, { attribution: null })),
    });
  if (view.annotated)
    out.push({
      key: "annotated",
      label: view.annotated === "yes" ? "has annotations" : "no annotations",
      href: viewHref(patchView(view, { annotated: null })),
    });
  multi("coding", "coding is", (v) => CODING_STATUS_LABELS[v as CodingStatus]?.toLowerCase() ?? v);
  multi("tag", "tagged", (v) => `“${v}”`);
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
