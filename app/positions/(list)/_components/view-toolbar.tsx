"use client";

import { useState } from "react";
import { ExportLink } from "@/app/_components/export-link";
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
        <ExportLink href={exportHref(view, "csv")} format="csv" testId="export-csv">
          CSV
        </ExportLink>{" "}
        ·{" "}
        <ExportLink href={exportHref(view, "json")} format="json" testId="export-json">
          JSON
        </ExportLink>{" "}
        · <a href={apiHref(view)}>this page as JSON</a>
      </span>
    </div>
  );
}
