"use client";

import { useEffect, useState } from "react";
import { citation, withAsOf } from "@/lib/asof";
import styles from "./cite-view.module.css";

/**
 * "Cite this view": a citation and a link pinned with `asof` to the data the reader sees, so a report that quotes
 * it keeps pointing at the same values after later edits. The moment is the server's when it rendered the page
 * (or the view's own `asof`); the address is completed with the site's origin once the page runs in a browser.
 */
export function CiteView({ title, path, asof }: { title: string; path: string; asof: string }) {
  const [origin, setOrigin] = useState("");
  const [copied, setCopied] = useState<"link" | "citation" | null>(null);
  useEffect(() => setOrigin(window.location.origin), []);
  const url = `${origin}${withAsOf(path, asof)}`;
  const text = citation({ title, url, asof });
  const copy = async (what: "link" | "citation") => {
    try {
      await navigator.clipboard.writeText(what === "link" ? url : text);
      setCopied(what);
    } catch {
      // Clipboard refused (an insecure origin, a denied permission): the text stays selectable in the box.
      setCopied(null);
    }
  };
  return (
    <details className={styles.cite} data-testid="cite-view">
      <summary>Cite this view</summary>
      <p className="muted">
        The link is pinned to the data as it stands in this view: later edits do not change it.
      </p>
      <textarea
        className={styles.text}
        readOnly
        value={text}
        rows={3}
        aria-label="Citation"
        data-testid="citation"
      />
      <p className={styles.actions}>
        <button type="button" onClick={() => copy("citation")}>
          Copy citation
        </button>
        <button type="button" onClick={() => copy("link")} data-testid="copy-pinned-link">
          Copy pinned link
        </button>
        <output aria-live="polite">{copied ? `Copied the ${copied}.` : ""}</output>
      </p>
      <a href={url} data-testid="pinned-link" className={styles.link}>
        {url}
      </a>
    </details>
  );
}
