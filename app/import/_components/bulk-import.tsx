"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { MAX_IMPORT_BYTES, tooLargeMessage } from "@/lib/upload-limits";
import { type BulkOutcome, bulkImportAction } from "../actions";
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

export function BulkImport({ columns }: { columns: Array<{ key: string; doc: string }> }) {
  const [outcome, setOutcome] = useState<BulkOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(form: HTMLFormElement, mode: "check" | "import" | "import-valid") {
    const data = new FormData(form);
    data.set("mode", mode);
    setError(null);
    const file = data.get("file");
    // Said here, before sending: past the server's body limit the framework answers with an error of its own.
    if (file instanceof File && file.size > MAX_IMPORT_BYTES) {
      setOutcome(null);
      setError(tooLargeMessage(MAX_IMPORT_BYTES));
      return;
    }
    startTransition(async () => {
      const result = await bulkImportAction(data);
      if (!result.ok) {
        setOutcome(null);
        setError(result.error);
        return;
      }
      setOutcome(result.data);
    });
  }

  const invalidRows = outcome?.rows.filter((r) => r.status === "invalid") ?? [];
  return (
    <div className={styles.bulk}>
      <p>
        Export every record as <Link href="/import/export?format=csv">CSV</Link> or{" "}
        <Link href="/import/export?format=json">JSON</Link>, or any view of the{" "}
        <Link href="/positions">positions table</Link> with its export links (the same columns); such a file
        can be checked and imported here, and records already stored are recognised, not duplicated. Nothing
        is written unless every row is valid, or you choose to import only the valid rows.
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
        {pending ? (
          <>
            <progress aria-label="Reading the file" /> <span>Reading and checking the file…</span>
          </>
        ) : null}
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
