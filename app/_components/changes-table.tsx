import type { ReactNode } from "react";
import styles from "./changes-table.module.css";

export interface ChangeRow {
  key: string;
  label: string;
  /** Null: the field had no value on that side. */
  before: ReactNode | null;
  after: ReactNode | null;
  testId?: string;
}

/** A version's changed fields, old and new value side by side (record history, codebook history). */
export function ChangesTable({
  rows,
  missing,
  headings = ["Before", "After"],
}: {
  rows: ChangeRow[];
  missing: string;
  /** The two sides' names: a version's edit, or a pinned view against the record now. */
  headings?: readonly [string, string];
}) {
  const side = (value: ReactNode | null, Tag: "del" | "ins") =>
    value === null ? <span className="muted">{missing}</span> : <Tag>{value}</Tag>;
  return (
    <table className={styles.diff}>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">{headings[0]}</th>
          <th scope="col">{headings[1]}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr key={c.key} data-testid={c.testId}>
            <th scope="row">{c.label}</th>
            <td data-side={headings[0]}>{side(c.before, "del")}</td>
            <td data-side={headings[1]}>{side(c.after, "ins")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
