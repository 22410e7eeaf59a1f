"use client";

import type { ReactNode } from "react";
import type { CandidateFlag, Provenance } from "@/lib/extract/types";
import type { Draft } from "../drafts";
import styles from "../import.module.css";
import { ruleLabel } from "../review";

// The small pieces a candidate card is made of: its passage, its provenance, its flags, a labelled field, and
// the offer of reports of the same statement in another language.

/** Ids and error wiring of one card's fields, shared by the card and its form. */
export function fieldWiring(key: string, errors: Record<string, string>) {
  const id = (field: string) => `cand-${key}-${field}`;
  const err = (field: string) => errors[`${key}.${field}`];
  const a11y = (field: string) =>
    err(field) ? { "aria-invalid": true as const, "aria-describedby": `${id(field)}-error` } : {};
  return { id, err, a11y };
}

/** The passage with the attributing words marked, as a compact card shows it. */
export function Highlighted({ text, mark }: { text: string; mark: string }) {
  const at = mark ? text.indexOf(mark) : -1;
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <mark>{mark}</mark>
      {text.slice(at + mark.length)}
    </>
  );
}

const LANGUAGE_NAMES: Record<string, string> = { en: "English", vi: "Vietnamese" };

function languageName(code: string): string {
  return LANGUAGE_NAMES[code] ?? code;
}

export function ProvenanceDetails({ p }: { p: Provenance }) {
  return (
    <details className={styles.provenance} data-testid="provenance">
      <summary>
        Why: {ruleLabel(p.rule)}
        {p.cue ? <> · cue “{p.cue}”</> : null} · {p.speech === "direct" ? "direct speech" : "indirect speech"}
      </summary>
      <p>{p.reason}</p>
      {p.considered.length ? (
        <table>
          <caption>People the reference could mean</caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Score</th>
              <th scope="col">Why considered</th>
            </tr>
          </thead>
          <tbody>
            {p.considered.map((c, i) => (
              <tr key={c.name}>
                <td>
                  {c.name}
                  {i === 0 ? " (chosen)" : ""}
                </td>
                <td>{c.score.toFixed(2)}</td>
                <td>{c.why}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </details>
  );
}

export const FLAG_LABELS: Record<CandidateFlag, string> = {
  unresolved_speaker: "speaker unresolved",
  inferred_date: "date inferred",
  date_needs_year: "year missing",
  no_event: "no event",
  possible_duplicate: "possible duplicate",
  other_language_report: "reported in another language",
  not_vietnamese_official: "not a Vietnamese official",
  group_or_institution: "group or institution",
  new_person: "new person",
  new_role: "new role",
  new_event: "new event",
};

export function Field({
  id,
  label,
  error,
  children,
  wide,
}: {
  id: string;
  label: string;
  error?: string;
  children: ReactNode;
  wide?: boolean;
}) {
  return (
    <div className={wide ? styles.wide : undefined}>
      <label htmlFor={id}>{label}</label>
      {children}
      {error ? (
        <p id={`${id}-error`} className="error" data-testid="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** "Another report of <record> ... / A statement of its own": the stored records in the other language. */
export function OtherReports({ d, onChange }: { d: Draft; onChange: (patch: Partial<Draft>) => void }) {
  return (
    <div
      className="notice"
      data-testid="other-reports"
      role="radiogroup"
      aria-labelledby={`${d.key}-reports-label`}
    >
      <p id={`${d.key}-reports-label`} className={styles.reportsLabel}>
        The same speaker on {d.otherReports.length === 1 ? "an overlapping date" : "overlapping dates"}, in{" "}
        {[...new Set(d.otherReports.map((r) => languageName(r.language)))].join(" and ")}: maybe the same
        statement
      </p>
      {d.otherReports.map((r) => (
        <label key={r.publicId} className={styles.report}>
          <input
            type="radio"
            name={`${d.key}-report`}
            checked={d.reportOf === r.publicId}
            onChange={() => onChange({ reportOf: r.publicId })}
          />{" "}
          Another report of <a href={`/positions/${r.publicId}`}>{r.publicId}</a> ({languageName(r.language)},{" "}
          {r.dateStart === r.dateEnd ? r.dateStart : `${r.dateStart} – ${r.dateEnd}`}
          {r.sameEvent && r.eventName ? `, same event: ${r.eventName}` : ""}): “{r.text}”
        </label>
      ))}
      <label className={styles.report}>
        <input
          type="radio"
          name={`${d.key}-report`}
          checked={d.reportOf === null}
          onChange={() => onChange({ reportOf: null })}
        />{" "}
        A statement of its own (a new record)
      </label>
    </div>
  );
}
