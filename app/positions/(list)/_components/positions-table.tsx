"use client";

import {
  type ColumnOrderState,
  type ColumnVisibilityState,
  columnOrderingFeature,
  columnVisibilityFeature,
  createColumnHelper,
  functionalUpdate,
  type PaginationState,
  rowPaginationFeature,
  rowSortingFeature,
  type SortingState,
  tableFeatures,
  type Updater,
  useTable,
} from "@tanstack/react-table";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import type { TableRow } from "@/lib/positions-table-row";
import {
  COLUMN_KEYS,
  type ColumnKey,
  DEFAULT_SORT,
  formatCount,
  isSortKey,
  PAGE_SIZES,
  type PageSize,
  type PositionsView,
  patchView,
  SORT_KEYS,
  viewHref,
} from "@/lib/positions-view";
import styles from "../positions.module.css";

const features = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  columnVisibilityFeature,
  columnOrderingFeature,
});

const COLUMN_LABELS: Record<ColumnKey, string> = {
  date: "Date",
  speaker: "Speaker",
  role: "Role at the time",
  organization: "Organisation",
  topics: "Topics",
  event: "Event / venue",
  mode: "Mode",
  stance: "Stance",
  excerpt: "Statement",
  annotations: "Notes",
};

/** Alternating plain and matching pieces; matches are elements built from offsets, never HTML. */
function Excerpt({ pieces }: { pieces: string[] }) {
  return pieces.map((piece, i) =>
    // biome-ignore lint/suspicious/noArrayIndexKey: pieces of one string, in a fixed order
    i % 2 === 1 ? <mark key={i}>{piece}</mark> : piece,
  );
}

/** Cell classes by column, on the cell itself rather than on a wrapper inside each one. */
const CELL_CLASS: Record<string, string | undefined> = { date: styles.nowrap, annotations: styles.num };

const helper = createColumnHelper<typeof features, TableRow>();
const dash = <span className="muted">—</span>;

const columns = helper.columns([
  helper.accessor("date", {
    id: "date",
    header: COLUMN_LABELS.date,
    cell: ({ getValue }) => getValue(),
  }),
  helper.accessor("speaker", {
    id: "speaker",
    header: COLUMN_LABELS.speaker,
    cell: ({ row }) =>
      row.original.speaker ? (
        <span lang={row.original.vi ? "vi" : undefined}>{row.original.speaker}</span>
      ) : (
        <span
          className="flag"
          title="The source does not say who this is; the attribution is kept as written"
        >
          unresolved: “{row.original.attribution}”
        </span>
      ),
  }),
  helper.accessor("role", {
    id: "role",
    header: COLUMN_LABELS.role,
    enableSorting: false,
    cell: ({ getValue }) => getValue() ?? dash,
  }),
  helper.accessor("organization", {
    id: "organization",
    header: COLUMN_LABELS.organization,
    enableSorting: false,
    cell: ({ getValue }) => getValue() ?? dash,
  }),
  helper.accessor("topics", {
    id: "topics",
    header: COLUMN_LABELS.topics,
    enableSorting: false,
    cell: ({ row }) => (
      <ul className={styles.tags}>
        {row.original.topics.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
    ),
  }),
  helper.accessor("event", {
    id: "event",
    header: COLUMN_LABELS.event,
    cell: ({ row }) =>
      row.original.event ? (
        <>
          <span className={styles.clamp}>{row.original.event}</span>
          {row.original.eventDetail && <div className={styles.sub}>{row.original.eventDetail}</div>}
        </>
      ) : (
        dash
      ),
  }),
  helper.accessor("mode", {
    id: "mode",
    header: COLUMN_LABELS.mode,
    cell: ({ getValue }) => getValue(),
  }),
  helper.accessor("stances", {
    id: "stance",
    header: COLUMN_LABELS.stance,
    enableSorting: false,
    cell: ({ row }) => {
      const { stances, moreStances = 0 } = row.original;
      if (!stances) return <span className="muted">not coded</span>;
      return (
        <ul className={styles.stances}>
          {stances.map((s) => (
            <li key={s.label}>
              {s.label}: <strong>{s.value}</strong>
            </li>
          ))}
          {moreStances > 0 && <li className="muted">+{moreStances} more</li>}
        </ul>
      );
    },
  }),
  helper.accessor("excerpt", {
    id: "excerpt",
    header: COLUMN_LABELS.excerpt,
    enableSorting: false,
    cell: ({ row }) => (
      <Link href={`/positions/${row.original.publicId}`} className={styles.excerpt} prefetch={false}>
        <Excerpt pieces={row.original.excerpt} />
      </Link>
    ),
  }),
  helper.accessor("annotations", {
    id: "annotations",
    header: COLUMN_LABELS.annotations,
    cell: ({ getValue }) => getValue(),
  }),
]);

/**
 * The records table, in manual mode: the server has already filtered, sorted and paged the rows; every change
 * here (sort, page, size, columns) becomes a new URL, and the server renders the new view.
 */
export function PositionsTable({
  view,
  rows,
  total,
  totalExact,
}: {
  view: PositionsView;
  rows: TableRow[];
  total: number;
  /** False when `total` is an estimate: then the pager offers no "Last" and "Next" while pages are full. */
  totalExact: boolean;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const go = (next: PositionsView) => startTransition(() => router.push(viewHref(next), { scroll: false }));

  const sorting: SortingState = [{ id: view.sort.key, desc: view.sort.desc }];
  const pagination: PaginationState = { pageIndex: view.page - 1, pageSize: view.size };
  const columnVisibility: ColumnVisibilityState = Object.fromEntries(
    COLUMN_KEYS.map((k) => [k, view.cols.includes(k)]),
  );
  const columnOrder: ColumnOrderState = [...view.cols, ...COLUMN_KEYS.filter((k) => !view.cols.includes(k))];

  const colsFrom = (order: ColumnOrderState, visibility: ColumnVisibilityState): ColumnKey[] => {
    const visible = order.filter(
      (id): id is ColumnKey => (COLUMN_KEYS as readonly string[]).includes(id) && visibility[id] !== false,
    );
    // Hiding every column would leave an empty table: keep the last one.
    return visible.length > 0 ? visible : view.cols;
  };

  const table = useTable({
    features,
    columns,
    data: rows,
    getRowId: (row) => row.publicId,
    state: { sorting, pagination, columnVisibility, columnOrder },
    manualSorting: true,
    manualPagination: true,
    rowCount: total,
    enableMultiSort: false,
    enableSortingRemoval: false,
    onSortingChange: (updater: Updater<SortingState>) => {
      const first = functionalUpdate(updater, sorting)[0];
      const sort = first && isSortKey(first.id) ? { key: first.id, desc: first.desc } : DEFAULT_SORT;
      go(patchView(view, { sort }));
    },
    onPaginationChange: (updater: Updater<PaginationState>) => {
      const next = functionalUpdate(updater, pagination);
      const size = (PAGE_SIZES as readonly number[]).includes(next.pageSize)
        ? (next.pageSize as PageSize)
        : view.size;
      go(size !== view.size ? patchView(view, { size }) : patchView(view, { page: next.pageIndex + 1 }));
    },
    onColumnVisibilityChange: (updater: Updater<ColumnVisibilityState>) => {
      go(patchView(view, { cols: colsFrom(columnOrder, functionalUpdate(updater, columnVisibility)) }));
    },
    onColumnOrderChange: (updater: Updater<ColumnOrderState>) => {
      go(patchView(view, { cols: colsFrom(functionalUpdate(updater, columnOrder), columnVisibility) }));
    },
  });

  const pageCount = table.getPageCount();
  // An estimated total may be off either way: a full page means there may be another.
  const canNext = totalExact ? table.getCanNextPage() : rows.length === view.size;
  const move = (id: ColumnKey, by: -1 | 1) => {
    const order = [...view.cols];
    const i = order.indexOf(id);
    const j = i + by;
    if (i < 0 || j < 0 || j >= order.length) return;
    [order[i], order[j]] = [order[j] as ColumnKey, order[i] as ColumnKey];
    table.setColumnOrder([...order, ...COLUMN_KEYS.filter((k) => !order.includes(k))]);
  };
  const pageHref = (page: number) => viewHref(patchView(view, { page }));
  const first = (view.page - 1) * view.size + 1;
  const last = Math.min(total, view.page * view.size);

  return (
    <div className={styles.tableArea} aria-busy={pending}>
      <details className={styles.columns} data-testid="column-chooser">
        <summary>Columns</summary>
        <ol>
          {table.getAllLeafColumns().map((column) => {
            const id = column.id as ColumnKey;
            const visible = column.getIsVisible();
            const position = view.cols.indexOf(id);
            return (
              <li key={id}>
                <label>
                  <input
                    type="checkbox"
                    checked={visible}
                    disabled={visible && view.cols.length === 1}
                    onChange={column.getToggleVisibilityHandler()}
                  />{" "}
                  {COLUMN_LABELS[id]}
                </label>
                {visible && (
                  <span className={styles.moveButtons}>
                    <button
                      type="button"
                      onClick={() => move(id, -1)}
                      disabled={position <= 0}
                      aria-label={`Move ${COLUMN_LABELS[id]} left`}
                    >
                      ←
                    </button>
                    <button
                      type="button"
                      onClick={() => move(id, 1)}
                      disabled={position === view.cols.length - 1}
                      aria-label={`Move ${COLUMN_LABELS[id]} right`}
                    >
                      →
                    </button>
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      </details>
      {pending && (
        <div className={styles.pending} role="status">
          Loading…
        </div>
      )}
      <div className={styles.scroll}>
        <table className={styles.table} data-testid="positions-table">
          <caption className={styles.caption}>
            Records {first.toLocaleString("en")}–
            {(totalExact ? last : first + rows.length - 1).toLocaleString("en")} of{" "}
            {formatCount(total, totalExact)}, sorted by {COLUMN_LABELS[view.sort.key]} (
            {view.sort.desc ? "descending" : "ascending"})
          </caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                <th scope="col" className={styles.idCol}>
                  Record
                </th>
                {group.headers.map((header) => {
                  const id = header.column.id;
                  const sortable =
                    (SORT_KEYS as readonly string[]).includes(id) && header.column.getCanSort();
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={
                        sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined
                      }
                      data-column={id}
                    >
                      {sortable ? (
                        <button
                          type="button"
                          className={styles.sortButton}
                          onClick={header.column.getToggleSortingHandler()}
                          data-testid={`sort-${id}`}
                        >
                          <table.FlexRender header={header} />
                          <span aria-hidden="true" className={styles.sortMark}>
                            {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
                          </span>
                        </button>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} data-testid="position-row" data-public-id={row.original.publicId}>
                <td className={styles.idCol}>
                  <Link href={`/positions/${row.original.publicId}`} prefetch={false}>
                    <code>{row.original.publicId}</code>
                  </Link>
                </td>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} data-column={cell.column.id} className={CELL_CLASS[cell.column.id]}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav className={styles.pager} aria-label="Pages">
        {table.getCanPreviousPage() ? (
          <>
            <Link href={pageHref(1)}>« First</Link>
            <Link href={pageHref(view.page - 1)} rel="prev" data-testid="page-prev">
              ‹ Previous
            </Link>
          </>
        ) : (
          <span className="muted">‹ Previous</span>
        )}
        <span data-testid="page-status">
          Page {view.page.toLocaleString("en")} of {formatCount(pageCount, totalExact)}
        </span>
        {canNext ? (
          <>
            <Link href={pageHref(view.page + 1)} rel="next" data-testid="page-next">
              Next ›
            </Link>
            {totalExact && <Link href={pageHref(pageCount)}>Last »</Link>}
          </>
        ) : (
          <span className="muted">Next ›</span>
        )}
        <label className={styles.size}>
          Rows per page{" "}
          <select
            value={view.size}
            onChange={(e) => table.setPageSize(Number(e.target.value))}
            data-testid="page-size"
          >
            {PAGE_SIZES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      </nav>
    </div>
  );
}
