"use client";

import {
  type ColumnOrderState,
  type ColumnVisibilityState,
  columnOrderingFeature,
  columnVisibilityFeature,
  createColumnHelper,
  functionalUpdate,
  tableFeatures,
  type Updater,
  useTable,
} from "@tanstack/react-table";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { followSoftLink } from "@/app/_components/soft-link";
import { compareIdsHref } from "@/lib/compare-view";
import { COLUMN_LABELS } from "@/lib/positions-table-row";
import {
  COLUMN_KEYS,
  type ColumnKey,
  MAX_SELECTED,
  PAGE_SIZES,
  type PageSize,
  type PositionsView,
  patchView,
  toggleSelected,
  viewHref,
} from "@/lib/positions-view";
import styles from "../positions.module.css";

// The column model (which columns exist, which are visible, in what order) is TanStack Table's; the rows are not
// given to it: the server renders them (positions-table.tsx), so the table here has no data.
const features = tableFeatures({ columnVisibilityFeature, columnOrderingFeature });
const helper = createColumnHelper<typeof features, Record<string, never>>();
const columns = helper.columns(COLUMN_KEYS.map((id) => helper.display({ id, header: COLUMN_LABELS[id] })));
const NO_ROWS: Record<string, never>[] = [];

function useGo() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const go = (next: PositionsView, replace = false) =>
    startTransition(() =>
      replace
        ? router.replace(viewHref(next), { scroll: false })
        : router.push(viewHref(next), { scroll: false }),
    );
  return { go, pending };
}

/** Which columns are shown and in what order; every change is a new URL (`cols`). */
export function ColumnChooser({ view }: { view: PositionsView }) {
  const { go, pending } = useGo();
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
    data: NO_ROWS,
    state: { columnVisibility, columnOrder },
    onColumnVisibilityChange: (updater: Updater<ColumnVisibilityState>) => {
      go(patchView(view, { cols: colsFrom(columnOrder, functionalUpdate(updater, columnVisibility)) }));
    },
    onColumnOrderChange: (updater: Updater<ColumnOrderState>) => {
      go(patchView(view, { cols: colsFrom(functionalUpdate(updater, columnOrder), columnVisibility) }));
    },
  });
  const move = (id: ColumnKey, by: -1 | 1) => {
    const order = [...view.cols];
    const i = order.indexOf(id);
    const j = i + by;
    if (i < 0 || j < 0 || j >= order.length) return;
    [order[i], order[j]] = [order[j] as ColumnKey, order[i] as ColumnKey];
    table.setColumnOrder([...order, ...COLUMN_KEYS.filter((k) => !order.includes(k))]);
  };

  return (
    <details className={styles.columns} data-testid="column-chooser">
      <summary>Columns{pending ? " (loading…)" : ""}</summary>
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
  );
}

export function PageSizeSelect({ view }: { view: PositionsView }) {
  const { go } = useGo();
  return (
    <label className={styles.size}>
      Rows per page{" "}
      <select
        value={view.size}
        onChange={(e) => {
          const n = Number(e.target.value);
          if ((PAGE_SIZES as readonly number[]).includes(n)) go(patchView(view, { size: n as PageSize }));
        }}
        data-testid="page-size"
      >
        {PAGE_SIZES.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * The row checkboxes and the row links are plain server markup; this one listener per table gives them their
 * behaviour: a tick changes `sel` in the URL (so the selection survives paging, filtering and reloads), and a
 * plain click on a record link navigates inside the app instead of reloading the page.
 */
export function TableBehaviour({ view }: { view: PositionsView }) {
  const router = useRouter();
  const { go } = useGo();
  // The new view re-renders the rows, and with them the box just ticked: give it its focus back.
  const ticked = useRef<string | null>(null);
  useEffect(() => {
    const id = ticked.current;
    if (!id || (document.activeElement && document.activeElement !== document.body)) return;
    document.querySelector<HTMLInputElement>(`input[data-select="${CSS.escape(id)}"]`)?.focus();
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `go` closes over the router only
  useEffect(() => {
    const area = document.getElementById("positions-table-area");
    if (!area) return;
    const onClick = (e: MouseEvent) => {
      followSoftLink(e, (href) => router.push(href), "/positions");
    };
    const onChange = (e: Event) => {
      const box = e.target;
      if (!(box instanceof HTMLInputElement) || !box.dataset.select) return;
      const id = box.dataset.select;
      const next = toggleSelected(view, id);
      if (next === view) {
        box.checked = false;
        area.dispatchEvent(new CustomEvent("selection-refused"));
        return;
      }
      ticked.current = id;
      go(next, true);
    };
    area.addEventListener("click", onClick);
    area.addEventListener("change", onChange);
    return () => {
      area.removeEventListener("click", onClick);
      area.removeEventListener("change", onChange);
    };
  }, [view, router]);
  return null;
}

/** What is ticked, and the way to compare it. */
export function SelectionBar({ view }: { view: PositionsView }) {
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    const area = document.getElementById("positions-table-area");
    const onRefused = () => setRefused(true);
    area?.addEventListener("selection-refused", onRefused);
    return () => area?.removeEventListener("selection-refused", onRefused);
  }, []);
  // A new selection (a tick taken back, a link followed) ends the refusal message.
  const key = view.sel.join(",");
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset whenever the selection changes
  useEffect(() => setRefused(false), [key]);
  const n = view.sel.length;
  return (
    <div className={styles.selection} data-testid="selection-bar">
      <span role="status" aria-live="polite">
        {n === 0
          ? `Tick 2 to ${MAX_SELECTED} records to compare them.`
          : `${n} ${n === 1 ? "record" : "records"} selected${n < 2 ? ": tick at least one more to compare" : ""}.`}
        {refused && ` At most ${MAX_SELECTED} records can be compared: untick one first.`}
      </span>
      {n >= 2 && (
        <Link href={compareIdsHref(view.sel)} className="button primary" data-testid="compare-selected">
          Compare selected ({n})
        </Link>
      )}
      {n > 0 && (
        <Link href={viewHref(patchView(view, { sel: [] }))} scroll={false} prefetch={false}>
          Clear selection
        </Link>
      )}
    </div>
  );
}
