"use client";

import { type ReactNode, useState } from "react";
import styles from "../positions.module.css";

/**
 * The search, filters and facets. On a wide screen they sit beside the results; on a narrow one they fold behind
 * one button above the results, so the records come first; applying the search folds them again, so the new
 * records come first too (the form's submit event bubbles up to the panel).
 */
export function FiltersPanel({ active, children }: { active: number; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className={styles.filtersButton}
        aria-expanded={open}
        aria-controls="filters"
        onClick={() => setOpen(!open)}
        data-testid="filters-toggle"
      >
        {open ? "Hide search and filters" : "Search and filters"}
        {active > 0 ? ` (${active} active)` : ""}
      </button>
      <aside
        id="filters"
        className={styles.sidebar}
        data-open={open}
        aria-label="Filters and facets"
        onSubmit={() => setOpen(false)}
      >
        {children}
      </aside>
    </>
  );
}
