"use client";

import { useState } from "react";
import { apiHref, exportHref, type PositionsView, viewHref } from "@/lib/positions-view";
import styles from "../positions.module.css";

/** Copy link and export: every view has a permalink and matching CSV/JSON links, as in Datasette. */
export function ViewToolbar({ view }: { view: PositionsView }) {
  const [status, setStatus] = useState("");
  const href = viewHref(view);

  async function copyLink() {
    const url = new URL(href, window.location.origin).toString();
    try {
      await navigator.clipboard.writeText(url);
      setStatus("Link copied");
    } catch {
      // Clipboard access can be refused (insecure origin, permissions): show the link to copy by hand.
      window.prompt("Copy this link:", url);
      setStatus("");
    }
  }

  return (
    <div className={styles.toolbar}>
      <button type="button" onClick={copyLink} data-testid="copy-link" data-href={href}>
        Copy link
      </button>
      <span role="status" aria-live="polite" className={styles.status}>
        {status}
      </span>
      <span className={styles.exports}>
        Export all matching records:{" "}
        <a href={exportHref(view, "csv")} data-testid="export-csv" download>
          CSV
        </a>{" "}
        ·{" "}
        <a href={exportHref(view, "json")} data-testid="export-json" download>
          JSON
        </a>{" "}
        · <a href={apiHref(view)}>this page as JSON</a>
      </span>
    </div>
  );
}
