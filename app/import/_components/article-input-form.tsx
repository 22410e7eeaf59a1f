"use client";

import type { ReactNode } from "react";
import styles from "../import.module.css";

/** The article import's first step: the text or a file, and what the source is (URL, outlet, date). */
export function ArticleInputForm({
  formId,
  values,
  onText,
  onUrl,
  onOutlet,
  onPublished,
  file,
  onFile,
  fieldErrors,
  pending,
  status,
  onSubmit,
}: {
  formId: string;
  values: { text: string; url: string; outlet: string; published: string };
  onText: (value: string) => void;
  onUrl: (value: string) => void;
  onOutlet: (value: string) => void;
  onPublished: (value: string) => void;
  /** The file read into the text, if any, and whether it was taken for HTML. */
  file: { name: string; isHtml: boolean } | null;
  onFile: (file: File | undefined) => void;
  fieldErrors: Record<string, string>;
  pending: boolean;
  /** The progress and error line, shared with the review. */
  status: ReactNode;
  onSubmit: () => void;
}) {
  return (
    <form
      className={styles.inputForm}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
      noValidate
    >
      <label htmlFor={`${formId}-text`}>Article text</label>
      <textarea
        id={`${formId}-text`}
        name="text"
        rows={14}
        value={values.text}
        onChange={(e) => onText(e.target.value)}
        aria-invalid={fieldErrors.text ? true : undefined}
        aria-describedby={fieldErrors.text ? `${formId}-text-error` : undefined}
        placeholder="Paste the article exactly as published"
      />
      {fieldErrors.text ? (
        <p id={`${formId}-text-error`} className="error">
          {fieldErrors.text}
        </p>
      ) : null}
      <label htmlFor={`${formId}-file`}>Or a file (.txt or .html)</label>
      <input
        id={`${formId}-file`}
        type="file"
        accept=".txt,.html,.htm,text/plain,text/html"
        onChange={(e) => onFile(e.target.files?.[0])}
      />
      {file ? (
        <p className="muted">
          {file.name}: {file.isHtml ? "HTML, reduced to its article text when read" : "plain text"}
        </p>
      ) : null}
      <div className={styles.row}>
        <span>
          <label htmlFor={`${formId}-url`}>URL</label>
          <input
            id={`${formId}-url`}
            type="url"
            value={values.url}
            onChange={(e) => onUrl(e.target.value)}
            aria-invalid={fieldErrors.url ? true : undefined}
          />
          {fieldErrors.url ? <span className="error">{fieldErrors.url}</span> : null}
        </span>
        <span>
          <label htmlFor={`${formId}-outlet`}>Outlet</label>
          <input id={`${formId}-outlet`} value={values.outlet} onChange={(e) => onOutlet(e.target.value)} />
        </span>
        <span>
          <label htmlFor={`${formId}-published`}>Published (YYYY-MM-DD)</label>
          <input
            id={`${formId}-published`}
            value={values.published}
            onChange={(e) => onPublished(e.target.value)}
            placeholder="from the text if empty"
            aria-invalid={fieldErrors.published ? true : undefined}
          />
          {fieldErrors.published ? <span className="error">{fieldErrors.published}</span> : null}
        </span>
      </div>
      <p className="muted">
        Dates without a year are dated from the publication date; without one they are left for you to
        complete.
      </p>
      <button type="submit" className="primary" disabled={pending}>
        {pending ? "Finding statements…" : "Find statements"}
      </button>
      {status}
    </form>
  );
}
