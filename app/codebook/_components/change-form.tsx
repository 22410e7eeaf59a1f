"use client";

import { useRouter } from "next/navigation";
import { type ReactNode, useId, useState, useTransition } from "react";
import { useHydrated } from "@/app/_components/use-hydrated";
import { type CodebookActionResult, changeCodebookAction } from "@/app/codebook/actions";
import { FieldError } from "@/app/positions/[id]/_components/edit/field-error";
import styles from "../codebook.module.css";
import { useCodebookNotice } from "./notice";

export type Field =
  | { kind: "text"; name: string; label: string; value?: string; hint?: string; long?: boolean }
  | {
      kind: "select";
      name: string;
      label: string;
      options: { value: string; label: string }[];
      /** The option chosen at first (the first one when absent). */
      value?: string;
    };

/**
 * One change to the codebook as a small form. Its fields are uncontrolled, so a refused change (a stale version,
 * a taken slug, a merge that would conflict) leaves everything typed in place while the page refreshes to the
 * codebook as it now is; they stay disabled until the page has hydrated.
 */
export function ChangeForm({
  op,
  version,
  fixed,
  fields,
  legend,
  submit,
  confirm,
  testId,
}: {
  op: string;
  /** The codebook version this page shows: the change is refused if another was made since. */
  version: number;
  /** Values the form does not ask for (the topic or proposition it is about). */
  fixed: Record<string, string>;
  fields: Field[];
  /** What the form does, as its fieldset's legend. */
  legend: string;
  submit: string;
  /** For a merge: what it does, to be ticked before it is sent. */
  confirm?: string;
  testId: string;
}) {
  const router = useRouter();
  const uid = useId();
  const hydrated = useHydrated();
  const setNotice = useCodebookNotice();
  const [failure, setFailure] = useState<Extract<CodebookActionResult, { ok: false }> | null>(null);
  const [pending, startTransition] = useTransition();
  const errors = failure?.fieldErrors ?? {};

  function send(form: HTMLFormElement) {
    const data = new FormData(form);
    if (confirm && data.get("confirm") !== "yes") {
      setFailure({
        ok: false,
        code: "invalid",
        error: "Tick the box to confirm the merge.",
        fieldErrors: {},
      });
      return;
    }
    const change: Record<string, string> = { op, ...fixed };
    for (const f of fields) change[f.name] = String(data.get(f.name) ?? "");
    startTransition(async () => {
      const result = await changeCodebookAction({ expectedVersion: version, change });
      if (result.ok) {
        setFailure(null);
        if (op.endsWith("_create")) form.reset();
        setNotice(`Saved as codebook version ${result.data.version}.`);
      } else {
        setFailure(result);
      }
      // On success the tree changed; on a conflict the page must show (and submit) the version now current.
      if (result.ok || result.code === "conflict") router.refresh();
    });
  }

  const field = (f: Field): ReactNode => {
    const id = `${uid}-${f.name}`;
    const err = errors[f.name];
    const common = {
      id,
      name: f.name,
      "aria-invalid": err ? true : undefined,
      "aria-describedby": `${id}-err`,
    } as const;
    return (
      <div className={styles.field} key={f.name}>
        <label htmlFor={id}>{f.label}</label>
        {f.kind === "select" ? (
          <select {...common} defaultValue={f.value ?? f.options[0]?.value}>
            {f.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        ) : f.long ? (
          <textarea {...common} rows={2} defaultValue={f.value ?? ""} />
        ) : (
          <input {...common} defaultValue={f.value ?? ""} />
        )}
        {f.kind === "text" && f.hint && <span className={styles.hint}>{f.hint}</span>}
        <FieldError id={`${id}-err`} message={err} />
      </div>
    );
  };

  return (
    <form
      className={styles.change}
      data-testid={testId}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        send(e.currentTarget);
      }}
    >
      <fieldset className={styles.whole} disabled={!hydrated || pending}>
        <legend className={styles.legend}>{legend}</legend>
        <div className={styles.row}>{fields.map(field)}</div>
        {confirm && (
          <label className={styles.confirm}>
            <input type="checkbox" name="confirm" value="yes" /> {confirm}
          </label>
        )}
        <div className={styles.actions}>
          <button type="submit">{submit}</button>
          {failure && (
            <p className="error" role="alert">
              {failure.error}
            </p>
          )}
        </div>
      </fieldset>
    </form>
  );
}
