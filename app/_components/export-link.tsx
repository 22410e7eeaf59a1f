"use client";

import { type ReactNode, useRef, useState } from "react";
import { attachmentName, formatBytes, RECORD_COUNT_HEADER, recordCounter } from "@/lib/export-progress";
import styles from "./export-link.module.css";

type State =
  | { kind: "idle" }
  | { kind: "running"; received: number; total: number | null; bytes: number }
  | { kind: "done"; records: number; bytes: number; filename: string }
  | { kind: "cancelled"; received: number; total: number | null }
  | { kind: "failed"; message: string };

const count = (n: number) => n.toLocaleString("en-GB");
const records = (n: number) => `${count(n)} ${n === 1 ? "record" : "records"}`;

/** Repaints at most this often: a fast export delivers hundreds of chunks a second. */
const PAINT_MS = 100;

/**
 * A link to an export (CSV or JSON) that shows its progress and can be cancelled (issue 11). Without JavaScript,
 * or with a modifier key, it is a plain download link; otherwise the file is fetched here, counted as it arrives
 * against the record count the server sends up front, and handed to the browser as a download when complete.
 * A cancelled or broken export saves nothing, and says so.
 */
export function ExportLink({
  href,
  format,
  testId,
  children,
}: {
  href: string;
  format: "csv" | "json";
  testId?: string;
  children: ReactNode;
}) {
  const [state, setState] = useState<State>({ kind: "idle" });
  const abort = useRef<AbortController | null>(null);

  async function run() {
    const controller = new AbortController();
    abort.current = controller;
    let received = 0;
    let total: number | null = null;
    let bytes = 0;
    setState({ kind: "running", received, total, bytes });
    try {
      const response = await fetch(href, { signal: controller.signal });
      if (!response.ok || !response.body) {
        const body = (await response.json().catch(() => null)) as { error?: unknown } | null;
        const reason =
          typeof body?.error === "string" ? body.error : `the server answered ${response.status}`;
        setState({ kind: "failed", message: `The export was refused: ${reason}. Nothing was saved.` });
        return;
      }
      const header = Number(response.headers.get(RECORD_COUNT_HEADER));
      total = Number.isSafeInteger(header) && header >= 0 ? header : null;
      const counter = recordCounter(format);
      const decoder = new TextDecoder();
      const chunks: Uint8Array[] = [];
      const reader = response.body.getReader();
      let painted = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        bytes += value.byteLength;
        received = counter.feed(decoder.decode(value, { stream: true }));
        if (performance.now() - painted > PAINT_MS) {
          painted = performance.now();
          setState({ kind: "running", received, total, bytes });
        }
      }
      const filename = attachmentName(
        response.headers.get("Content-Disposition"),
        `positions-export.${format}`,
      );
      save(new Blob(chunks as BlobPart[], { type: response.headers.get("Content-Type") ?? "" }), filename);
      setState({ kind: "done", records: total ?? received, bytes, filename });
    } catch (error) {
      if (controller.signal.aborted) setState({ kind: "cancelled", received, total });
      else
        setState({
          kind: "failed",
          message: `The export broke off after ${records(received)} (${error instanceof Error ? error.message : "connection lost"}). Nothing was saved; try again.`,
        });
    } finally {
      abort.current = null;
    }
  }

  return (
    <span className={styles.wrap}>
      <a
        href={href}
        download
        data-testid={testId}
        aria-disabled={state.kind === "running" || undefined}
        onClick={(e) => {
          if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
          e.preventDefault();
          if (state.kind !== "running") void run();
        }}
      >
        {children}
      </a>
      <span role="status" aria-live="polite" data-testid={testId && `${testId}-status`}>
        {describe(state, () => abort.current?.abort())}
      </span>
    </span>
  );
}

function describe(state: State, cancel: () => void): ReactNode {
  switch (state.kind) {
    case "idle":
      return null;
    case "running":
      return (
        <span className={styles.progress}>
          <progress
            aria-label="Exporting"
            max={state.total ?? undefined}
            value={state.total === null ? undefined : Math.min(state.received, state.total)}
          />
          <span>
            {state.total === null
              ? records(state.received)
              : `${count(Math.min(state.received, state.total))} of ${records(state.total)}`}{" "}
            ({formatBytes(state.bytes)})
          </span>
          <button type="button" onClick={cancel}>
            Cancel export
          </button>
        </span>
      );
    case "done":
      return (
        <span className={styles.status}>
          Exported {records(state.records)} ({formatBytes(state.bytes)}) as {state.filename}.
        </span>
      );
    case "cancelled":
      return (
        <span className={styles.status}>
          Export cancelled after{" "}
          {state.total === null
            ? records(state.received)
            : `${count(state.received)} of ${records(state.total)}`}
          ; nothing was saved.
        </span>
      );
    case "failed":
      return <span className={styles.failed}>{state.message}</span>;
  }
}

/** Hands a finished file to the browser as a download, as the plain link would have. */
function save(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has taken its copy once click() returns; a moment later the memory can go.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
