import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AsOfBanner } from "@/app/_components/asof-banner";
import { CiteView } from "@/app/_components/cite-view";
import { IgnoredNotice } from "@/app/_components/ignored-notice";
import { requireReader } from "@/app/_server/current-user";
import { SaveView } from "@/app/views/_components/save-view";
import { getDb } from "@/db/client";
import { viewEditsSince } from "@/db/queries/changes";
import { listPositions } from "@/db/queries/positions";
import { FACET_ROW_LIMIT } from "@/db/queries/positions-plan";
import { asOfTableNote } from "@/lib/asof";
import { feedAlternates, positionsFeedLinks } from "@/lib/atom-links";
import { CODING_PATH } from "@/lib/coding-queue";
import { toTableRow } from "@/lib/positions-table-row";
import {
  clearFilters,
  FILTER_KEYS,
  formatCount,
  parseView,
  viewHref,
  withoutIgnored,
} from "@/lib/positions-view";
import { countLabel } from "@/lib/text";
import { ActiveFilters } from "./_components/active-filters";
import { FacetSidebar } from "./_components/facet-sidebar";
import { FilterForm } from "./_components/filter-form";
import { FiltersPanel } from "./_components/filters-panel";
import { PositionsTable } from "./_components/positions-table";
import { ViewToolbar } from "./_components/view-toolbar";
import styles from "./positions.module.css";

export const dynamic = "force-dynamic";

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The view's Atom feeds, as <link rel="alternate">, so that a feed reader finds them from the page's address.
export async function generateMetadata({ searchParams }: PageProps): Promise<Metadata> {
  await requireReader("/positions");
  const { view } = parseView(await searchParams);
  return { title: "Records", alternates: feedAlternates(positionsFeedLinks(view)) };
}

export default async function PositionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  // A second line behind proxy.ts: with REQUIRE_SIGN_IN=1 nothing is read for an anonymous visitor.
  await requireReader("/positions");
  const params = await searchParams;
  const parsed = parseView(params);
  // The filter form submits only its non-empty fields; an address typed or kept with empty keys (`from=`) is
  // shown at its canonical, shareable form instead.
  const hasEmpty = Object.values(params).some((v) => v === "" || (Array.isArray(v) && v.includes("")));
  if (hasEmpty && parsed.ignored.length === 0) redirect(viewHref(parsed.view));
  const result = listPositions(getDb(), parsed.view);
  // Values naming nothing were left out of the query; leave them out of chips and links too.
  const view = withoutIgnored(parsed.view, result.ignored);
  const ignored = [...parsed.ignored, ...result.ignored];
  const lastPage = Math.max(1, Math.ceil(result.total / view.size));
  const asof = view.asof;
  const edits = asof
    ? viewEditsSince(
        getDb(),
        { ...view, asof },
        result.rows.map((r) => r.id),
      )
    : null;
  const activeFilters = FILTER_KEYS.reduce((n, key) => {
    const value = view[key];
    return n + (Array.isArray(value) ? value.length : value ? 1 : 0);
  }, 0);

  return (
    <>
      <h1>Position records</h1>
      <p className="muted">
        <Link href={CODING_PATH} data-testid="coding-queue-link">
          Coding queue: the records that need coding
        </Link>
      </p>
      <IgnoredNotice ignored={ignored} />
      {asof && edits && (
        <AsOfBanner asof={asof} currentHref={viewHref({ ...view, asof: null, page: 1 })}>
          {asOfTableNote(edits.edited)}
        </AsOfBanner>
      )}
      <SaveView url={viewHref(view)} name="Records" />
      <CiteView
        title={`Position records, ${countLabel(result.total, "record")}${result.totalExact ? "" : " (estimated)"}`}
        path={viewHref({ ...view, asof: null })}
        asof={asof ?? new Date().toISOString()}
      />
      <div className={styles.layout}>
        <FiltersPanel active={activeFilters}>
          {/* Keyed by the view: its inputs are uncontrolled, so a new view (a chip removed, a facet clicked) remounts it. */}
          <FilterForm key={viewHref(view)} view={view} />
          <FacetSidebar
            view={view}
            facets={result.facets}
            exact={result.facetsExact}
            exactLimit={FACET_ROW_LIMIT}
            sample={result.facetSample}
            total={result.total}
            totalExact={result.totalExact}
          />
        </FiltersPanel>
        <section className={styles.main} aria-label="Records">
          <ActiveFilters
            view={view}
            total={result.total}
            totalExact={result.totalExact}
            facets={result.facets}
          />
          <ViewToolbar view={view} />
          {result.total === 0 ? (
            <div className={styles.empty} data-testid="empty-state">
              <h2>No records match this view</h2>
              <p className="muted">
                Remove a filter above, or <Link href={viewHref(clearFilters(view))}>clear all filters</Link>.
              </p>
            </div>
          ) : result.rows.length === 0 ? (
            <div className={styles.empty} data-testid="empty-state">
              <h2>Page {view.page} is past the end</h2>
              <p className="muted">
                This view has {formatCount(lastPage, result.totalExact)} {lastPage === 1 ? "page" : "pages"}.{" "}
                <Link href={viewHref({ ...view, page: lastPage })}>Go to the last page</Link>.
              </p>
            </div>
          ) : (
            <PositionsTable
              view={view}
              rows={result.rows.map((row) => ({
                ...toTableRow(row, result.searchGroups, result.matchedIn.get(row.id)),
                ...(asof && edits ? { asof: { at: asof, editedSince: edits.shown.has(row.id) } } : {}),
              }))}
              ranked={result.ranked}
              total={result.total}
              totalExact={result.totalExact}
            />
          )}
        </section>
      </div>
    </>
  );
}
