"use client";

import Link from "next/link";
import { useRef, useState } from "react";
import { ExportLink } from "@/app/_components/export-link";
import { formatNumber } from "@/lib/text";
import { MAX_IMPORT_BYTES, tooLargeMessage } from "@/lib/upload-limits";
import type { BulkEvent, BulkFailure, BulkOutcome } from "../bulk-protocol";
import styles from "../import.module.css";

const STATUS_LABELS = { new: "new", unchanged: "already stored", invalid: "invalid" } as const;

/** Row numbers as a reader scans them, runs shortened: "2, 5, 7–12"; past 30 runs, how many rows are left. */
function rowList(rows: number[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < rows.length && parts.length < 30) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === (rows[j] ?? 0) + 1) j++;
    parts.push(j === i ? `${rows[i]}` : j === i + 1 ? `${rows[i]}, ${rows[j]}` : `${rows[i]}–${rows[j]}`);
    i = j + 1;
  }
  return i < rows.length ? `${parts.join(", ")} and ${rows.length - i} more` : parts.join(", ");
}

/** Where a running import is: what the page shows under the buttons, with a Cancel until the writing starts. */
type Progress =
  | { stage: "sending"; loaded: number; total: number }
  | { stage: "checking"; done: number; total: number }
  | { stage: "writing"; total: number };

const STAGE_WHEN_CANCELLED = {
  sending: "while the file was being sent",
  checking: "while the rows were being checked",
} as const;

function progressText(p: Progress): string {
  if (p.stage === "sending")
    return `Sending the file: ${p.total ? Math.round((100 * p.loaded) / p.total) : 0}%`;
  if (p.stage === "checking") return `Checking rows: ${formatNumber(p.done)} of ${formatNumber(p.total)}`;
  return `Writing ${formatNumber(p.total)} ${p.total === 1 ? "record" : "records"}…`;
}

/**
 * Sends the file to POST /import/bulk and follows its answer line by line (bulk-protocol.ts). An XMLHttpRequest
 * rather than fetch: it reports the upload's progress as well as the answer's.
 */
function startBulk(
  data: FormData,
  on: { progress: (p: Progress) => void; done: (result: BulkOutcome | BulkFailure) => void },
): XMLHttpRequest {
  const xhr = new XMLHttpRequest();
  let read = 0;
  let last: BulkEvent | null = null;
  const readLines = () => {
    const text = xhr.responseText;
    for (let nl = text.indexOf("\n", read); nl !== -1; nl = text.indexOf("\n", read)) {
      const line = text.slice(read, nl);
      read = nl + 1;
      if (!line) continue;
      const event = JSON.parse(line) as BulkEvent;
      last = event;
      if (event.type === "checking") on.progress({ stage: "checking", done: event.done, total: event.total });
      if (event.type === "writing") on.progress({ stage: "writing", total: event.total });
    }
  };
  xhr.upload.onprogress = (e) => on.progress({ stage: "sending", loaded: e.loaded, total: e.total });
  xhr.onprogress = () => {
    if (xhr.status === 200) readLines();
  };
  xhr.onload = () => {
    if (xhr.status !== 200) {
      let error = `The server refused the file (HTTP ${xhr.status}).`;
      try {
        error = (JSON.parse(xhr.responseText) as BulkFailure).error || error;
      } catch {}
      on.done({ error });
      return;
    }
    readLines();
    const end = last as BulkEvent | null;
    if (end?.type === "outcome") on.done(end.outcome);
    else if (end?.type === "failed") on.done({ error: end.error });
    else on.done({ error: "The server stopped before it answered; nothing was written." });
  };
  xhr.onerror = () =>
    on.done({
      error:
        "The connection to the server was lost. Reload the page and check the table before trying again.",
    });
  xhr.open("POST", "/import/bulk");
  xhr.send(data);
  return xhr;
}

export function BulkImport({ columns }: { columns: Array<{ key: string; doc: string }> }) {
  const [outcome, setOutcome] = useState<BulkOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const running = useRef<{ xhr: XMLHttpRequest; stage: Progress["stage"] } | null>(null);
  const pending = progress !== null;

  function submit(form: HTMLFormElement, mode: "check" | "import" | "import-valid") {
    const data = new FormData(form);
    data.set("mode", mode);
    setError(null);
    setNotice(null);
    const file = data.get("file");
    // Said here, before sending: the server would refuse it too, after the whole upload.
    if (file instanceof File && file.size > MAX_IMPORT_BYTES) {
      setOutcome(null);
      setError(tooLargeMessage(MAX_IMPORT_BYTES));
      return;
    }
    setOutcome(null);
    setProgress({ stage: "sending", loaded: 0, total: file instanceof File ? file.size : 0 });
    const xhr = startBulk(data, {
      progress: (p) => {
        if (running.current) running.current.stage = p.stage;
        setProgress(p);
      },
      done: (result) => {
        running.current = null;
        setProgress(null);
        if ("error" in result) setError(result.error);
        else setOutcome(result);
      },
    });
    running.current = { xhr, stage: "sending" };
  }

  function cancel() {
    const run = running.current;
    // Once the server has said it is writing, the transaction runs to its end: no Cancel is offered then.
    if (!run || run.stage === "writing") return;
    running.current = null;
    run.xhr.abort();
    setProgress(null);
    setNotice(`Cancelled ${STAGE_WHEN_CANCELLED[run.stage]}: nothing was written.`);
  }

  const invalidRows = outcome?.rows.filter((r) => r.status === "invalid") ?? [];
  return (
    <div className={styles.bulk}>
      <p>
        Export every record as{" "}
        <ExportLink href="/import/export?format=csv" format="csv" testId="export-all-csv">
          CSV
        </ExportLink>{" "}
        or{" "}
        <ExportLink href="/import/export?format=json" format="json" testId="export-all-json">
          JSON
        </ExportLink>
        , or any view of the <Link href="/positions">positions table</Link> with its export links (the same
        columns); such a file can be checked and imported here, and records already stored are recognised, not
        duplicated. Nothing is written unless every row is valid, or you choose to import only the valid rows.
      </p>
      <form
        className={styles.inputForm}
        onSubmit={(e) => {
          e.preventDefault();
          submit(e.currentTarget, "check");
        }}
      >
        <label htmlFor="bulk-file">
          Records file (.csv or .json, at most {MAX_IMPORT_BYTES / 1024 / 1024} MB)
        </label>
        <input
          id="bulk-file"
          name="file"
          type="file"
          accept=".csv,.json,text/csv,application/json"
          required
        />
        <div className={styles.row}>
          <button type="submit" disabled={pending}>
            Check the file
          </button>
          <button
            type="button"
            className="primary"
            disabled={pending}
            onClick={(e) => e.currentTarget.form && submit(e.currentTarget.form, "import")}
          >
            Import (all rows or nothing)
          </button>
          <button
            type="button"
            disabled={pending}
            onClick={(e) => e.currentTarget.form && submit(e.currentTarget.form, "import-valid")}
          >
            Import the valid rows only
          </button>
        </div>
      </form>
      <div aria-live="polite" className={styles.status}>
        {progress ? (
          <div className={styles.progress} data-testid="bulk-progress">
            {progress.stage === "writing" ? (
              <progress aria-label="Writing the records" />
            ) : (
              <progress
                aria-label={progress.stage === "sending" ? "Sending the file" : "Checking the rows"}
                max={progress.stage === "sending" ? progress.total || 1 : progress.total}
                value={progress.stage === "sending" ? progress.loaded : progress.done}
              />
            )}{" "}
            <span>{progressText(progress)}</span>
            {progress.stage !== "writing" ? (
              <button type="button" onClick={cancel}>
                Cancel
              </button>
            ) : null}
          </div>
        ) : null}
        {notice ? <p data-testid="bulk-notice">{notice}</p> : null}
        {error ? (
          <p className="error" role="alert" data-testid="bulk-error">
            {error}
          </p>
        ) : null}
        {outcome ? (
          <p data-testid="bulk-summary">
            {outcome.mode === "check"
              ? "Checked: "
              : outcome.written
                ? "Imported: "
                : "Nothing was imported: "}
            {outcome.rows.length} rows,{" "}
            {outcome.mode === "check"
              ? outcome.rows.filter((r) => r.status === "new").length
              : outcome.created.length}{" "}
            {outcome.mode === "check" ? "would be added" : "added"}, {outcome.unchanged} already stored,{" "}
            {outcome.invalid} invalid.
            {outcome.mode === "import" && !outcome.written && outcome.invalid > 0
              ? " Fix the rows below, or import the valid rows only."
              : ""}
          </p>
        ) : null}
      </div>
      {outcome?.problems.length ? (
        <section aria-labelledby="bulk-kinds-h" data-testid="bulk-problem-kinds">
          <h3 id="bulk-kinds-h">Problems by kind</h3>
          <ul>
            {outcome.problems.map((g) => (
              <li key={g.kind}>
                <strong>{g.kind}</strong>: {g.count} {g.count === 1 ? "problem" : "problems"} in{" "}
                {g.rows.length === 1 ? "row" : "rows"} {rowList(g.rows)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {invalidRows.length ? (
        <table className={styles.errors} data-testid="bulk-row-errors">
          <caption>Rows with problems</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Record</th>
              <th scope="col">Problems</th>
            </tr>
          </thead>
          <tbody>
            {invalidRows.map((r) => (
              <tr key={r.row}>
                <td>{r.row}</td>
                <td>{r.publicId ?? "—"}</td>
                <td>
                  <ul>
                    {r.errors.map((e, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: messages of one row, in order
                      <li key={i}>{e.message}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {outcome && outcome.rows.length > invalidRows.length ? (
        <p className="muted">
          Other rows:{" "}
          {outcome.rows
            .filter((r) => r.status !== "invalid")
            .map((r) => `${r.row} ${STATUS_LABELS[r.status]}`)
            .join(", ")}
          .
        </p>
      ) : null}
      <details className={styles.columns}>
        <summary>Columns</summary>
        <table>
          <tbody>
            {columns.map((c) => (
              <tr key={c.key}>
                <th scope="row">
                  <code>{c.key}</code>
                </th>
                <td>{c.doc}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
