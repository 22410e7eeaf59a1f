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
import type { PositionRow } from "@/db/queries/positions";
import { formatPreciseDate } from "@/lib/dates";
import { excerptAround, findMatches, splitByRanges } from "@/lib/fts-query";
import { EVENT_KIND_LABELS, MODE_LABELS, POSITION_STATUS_LABELS, stanceLabel } from "@/lib/labels";
import {
  COLUMN_KEYS,
  type ColumnKey,
  DEFAULT_SORT,
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

function Excerpt({ text, groups }: { text: string; groups: string[][] }) {
  const excerpt = excerptAround(text, findMatches(text, groups), 240);
  return (
    <>
      {excerpt.truncatedStart && "… "}
      {splitByRanges(excerpt.text, excerpt.ranges).map((part, i) =>
        // Matches are React elements built from offsets, never HTML: the text is rendered as text.
        part.match ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: pieces of one string, in a fixed order
          <mark key={i}>{part.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: pieces of one string, in a fixed order
          <span key={i}>{part.text}</span>
        ),
      )}
      {excerpt.truncatedEnd && " …"}
    </>
  );
}

const helper = createColumnHelper<typeof features, PositionRow>();

function buildColumns(searchGroups: string[][]) {
  return helper.columns([
    helper.accessor("dateStart", {
      id: "date",
      header: COLUMN_LABELS.date,
      cell: ({ row }) => (
        <span className={styles.nowrap}>
          {formatPreciseDate({
            start: row.original.dateStart,
            end: row.original.dateEnd,
            precision: row.original.datePrecision,
          })}
        </span>
      ),
    }),
    helper.accessor("speakerName", {
      id: "speaker",
      header: COLUMN_LABELS.speaker,
      cell: ({ row }) =>
        row.original.speakerName ? (
          <span lang={row.original.speakerNativeName ? "vi" : undefined}>
            {row.original.speakerNativeName ?? row.original.speakerName}
          </span>
        ) : (
          <span
            className="flag"
            title="The source does not say who this is; the attribution is kept as written"
          >
            unresolved: “{row.original.attributionText}”
          </span>
        ),
    }),
    helper.accessor("roleTitle", {
      id: "role",
      header: COLUMN_LABELS.role,
      enableSorting: false,
      cell: ({ getValue }) => getValue() ?? <span className="muted">—</span>,
    }),
    helper.accessor("organizationName", {
      id: "organization",
      header: COLUMN_LABELS.organization,
      enableSorting: false,
      cell: ({ getValue }) => getValue() ?? <span className="muted">—</span>,
    }),
    helper.accessor("topics", {
      id: "topics",
      header: COLUMN_LABELS.topics,
      enableSorting: false,
      cell: ({ row }) => (
        <ul className={styles.tags}>
          {row.original.topics.map((t) => (
            <li key={t.slug} title={t.path}>
              {t.name}
            </li>
          ))}
        </ul>
      ),
    }),
    helper.accessor("eventName", {
      id: "event",
      header: COLUMN_LABELS.event,
      cell: ({ row }) =>
        row.original.eventName ? (
          <>
            <span className={styles.clamp} title={row.original.eventName}>
              {row.original.eventName}
            </span>
            <div className={styles.sub}>
              {row.original.eventKind ? EVENT_KIND_LABELS[row.original.eventKind] : ""}
              {row.original.eventCountry ? ` · ${row.original.eventCountry}` : ""}
            </div>
          </>
        ) : (
          <span className="muted">—</span>
        ),
    }),
    helper.accessor("mode", {
      id: "mode",
      header: COLUMN_LABELS.mode,
      cell: ({ getValue }) => MODE_LABELS[getValue()],
    }),
    helper.accessor("stances", {
      id: "stance",
      header: COLUMN_LABELS.stance,
      enableSorting: false,
      cell: ({ row }) => {
        const coded = row.original.stances.filter((s) => s.status !== "not_addressed");
        if (coded.length === 0) return <span className="muted">not coded</span>;
        return (
          <ul className={styles.stances}>
            {coded.slice(0, 3).map((s) => (
              <li key={s.label}>
                {s.label}:{" "}
                <strong>
                  {s.status === "stated" && s.stance !== null
                    ? stanceLabel(s.stance)
                    : POSITION_STATUS_LABELS[s.status]}
                </strong>
              </li>
            ))}
            {coded.length > 3 && <li className="muted">+{coded.length - 3} more</li>}
          </ul>
        );
      },
    }),
    helper.accessor("text", {
      id: "excerpt",
      header: COLUMN_LABELS.excerpt,
      enableSorting: false,
      cell: ({ row }) => (
        <Link href={`/positions/${row.original.publicId}`} className={styles.excerpt}>
          <Excerpt text={row.original.text} groups={searchGroups} />
        </Link>
      ),
    }),
    helper.accessor("annotationCount", {
      id: "annotations",
      header: COLUMN_LABELS.annotations,
      cell: ({ getValue }) => <span className={styles.num}>{getValue()}</span>,
    }),
  ]);
}

/**
 * The records table, in manual mode: the server has already filtered, sorted and paged the rows; every change
 * here (sort, page, size, columns) becomes a new URL, and the server renders the new view.
 */
export function PositionsTable({
  view,
  rows,
  total,
  searchGroups,
}: {
  view: PositionsView;
  rows: PositionRow[];
  total: number;
  searchGroups: string[][];
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
    columns: buildColumns(searchGroups),
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
            Records {first.toLocaleString("en")}–{last.toLocaleString("en")} of {total.toLocaleString("en")},
            sorted by {COLUMN_LABELS[view.sort.key]} ({view.sort.desc ? "descending" : "ascending"})
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
                  <Link
                    href={`/positions/${row.original.publicId}`}
                    aria-label={`Open record ${row.original.publicId}`}
                  >
                    <code>{row.original.publicId}</code>
                  </Link>
                </td>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} data-column={cell.column.id}>
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
          Page {view.page.toLocaleString("en")} of {pageCount.toLocaleString("en")}
        </span>
        {table.getCanNextPage() ? (
          <>
            <Link href={pageHref(view.page + 1)} rel="next" data-testid="page-next">
              Next ›
            </Link>
            <Link href={pageHref(pageCount)}>Last »</Link>
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
