import Link from "next/link";
import type { RowClasses } from "@/lib/positions-table-html";
import { COLUMN_LABELS, type TableRow } from "@/lib/positions-table-row";
import {
  type ColumnKey,
  DEFAULT_SORT,
  formatCount,
  nextSort,
  type PositionsView,
  patchView,
  SORT_KEYS,
  type SortKey,
  sortDirectionFor,
  viewHref,
} from "@/lib/positions-view";
import styles from "../positions.module.css";
import { ColumnChooser, PageSizeSelect, SelectionBar, TableBehaviour } from "./table-controls";
import { TableRows } from "./table-rows";

const ROW_CLASSES: RowClasses = {
  recordId: styles.recordId ?? "",
  excerpt: styles.excerpt ?? "",
  sub: styles.sub ?? "",
  tags: styles.tags ?? "",
  stances: styles.stances ?? "",
  clamp: styles.clamp ?? "",
  none: styles.none ?? "",
};

type SortColumn = Extract<SortKey, ColumnKey>;
const isSortable = (key: ColumnKey): key is SortColumn => (SORT_KEYS as readonly string[]).includes(key);

function HeaderCell({ view, column }: { view: PositionsView; column: ColumnKey }) {
  const label = COLUMN_LABELS[column];
  if (!isSortable(column)) {
    return (
      <th scope="col" data-column={column}>
        {label}
      </th>
    );
  }
  const direction = sortDirectionFor(view, column);
  return (
    <th scope="col" data-column={column} aria-sort={direction === "none" ? undefined : direction}>
      <Link
        href={viewHref(patchView(view, { sort: nextSort(view, column) }))}
        className={styles.sortButton}
        data-testid={`sort-${column}`}
        prefetch={false}
        scroll={false}
      >
        {label}
        <span aria-hidden="true" className={styles.sortMark}>
          {direction === "ascending" ? "▲" : direction === "descending" ? "▼" : "↕"}
        </span>
      </Link>
    </th>
  );
}

/**
 * The records table. The server has filtered, sorted and paged the rows, and renders them here; sorting and
 * paging are links to other views. Only the controls that change the URL from an input (columns, page size,
 * the selection for comparison) are client components, and none of them holds the rows.
 */
export function PositionsTable({
  view,
  rows,
  total,
  totalExact,
  ranked,
}: {
  view: PositionsView;
  rows: TableRow[];
  total: number;
  /** With relevance order: how many matches were ranked (its pages end there). */
  ranked: number | null;
  /** False when `total` is an estimate: then the pager offers no "Last" and "Next" while pages are full. */
  totalExact: boolean;
}) {
  const rankedPages = ranked === null ? null : Math.max(1, Math.ceil(ranked / view.size));
  const pageCount = rankedPages ?? Math.max(1, Math.ceil(total / view.size));
  // An estimated total may be off either way: a full page means there may be another.
  const canNext = totalExact || rankedPages !== null ? view.page < pageCount : rows.length === view.size;
  const pagesExact = totalExact || rankedPages !== null;
  const pageHref = (page: number) => viewHref(patchView(view, { page }));
  const first = (view.page - 1) * view.size + 1;
  const last = totalExact ? Math.min(total, view.page * view.size) : first + rows.length - 1;

  return (
    <div className={styles.tableArea} id="positions-table-area">
      <TableBehaviour view={view} />
      <div className={styles.tableTools}>
        <ColumnChooser view={view} />
        <SelectionBar view={view} />
      </div>
      {ranked !== null && ranked < total && (
        <p className={styles.rankNote} data-testid="ranked-note">
          Best matches among the {ranked.toLocaleString("en")} most recently added matching records;{" "}
          <Link href={viewHref(patchView(view, { sort: { ...DEFAULT_SORT } }))} prefetch={false}>
            order by date
          </Link>{" "}
          to page through all {formatCount(total, totalExact)}.
        </p>
      )}
      <div className={styles.scroll}>
        <table className={styles.table} data-testid="positions-table">
          <caption className={styles.caption}>
            Records {first.toLocaleString("en")}–{last.toLocaleString("en")} of{" "}
            {formatCount(total, totalExact)},{" "}
            {view.sort.key === "relevance"
              ? "best matches first"
              : `sorted by ${COLUMN_LABELS[view.sort.key]} (${view.sort.desc ? "descending" : "ascending"})`}
          </caption>
          <thead>
            <tr>
              <th scope="col" data-column="select">
                <span className="visually-hidden">Select for comparison</span>
              </th>
              {view.cols.map((column) => (
                <HeaderCell key={column} view={view} column={column} />
              ))}
            </tr>
          </thead>
          <TableRows rows={rows} columns={view.cols} selected={view.sel} classes={ROW_CLASSES} />
        </table>
      </div>
      <nav className={styles.pager} aria-label="Pages">
        {view.page > 1 ? (
          <>
            <Link href={pageHref(1)} prefetch={false}>
              « First
            </Link>
            <Link href={pageHref(view.page - 1)} rel="prev" data-testid="page-prev" prefetch={false}>
              ‹ Previous
            </Link>
          </>
        ) : (
          <span className="muted">‹ Previous</span>
        )}
        <span data-testid="page-status">
          Page {view.page.toLocaleString("en")} of {formatCount(pageCount, pagesExact)}
        </span>
        {canNext ? (
          <>
            <Link href={pageHref(view.page + 1)} rel="next" data-testid="page-next" prefetch={false}>
              Next ›
            </Link>
            {pagesExact && (
              <Link href={pageHref(pageCount)} prefetch={false}>
                Last »
              </Link>
            )}
          </>
        ) : (
          <span className="muted">Next ›</span>
        )}
        <PageSizeSelect view={view} />
      </nav>
    </div>
  );
}
