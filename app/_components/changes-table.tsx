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
export function ChangesTable({ rows, missing }: { rows: ChangeRow[]; missing: string }) {
  const side = (value: ReactNode | null, Tag: "del" | "ins") =>
    value === null ? <span className="muted">{missing}</span> : <Tag>{value}</Tag>;
  return (
    <table className={styles.diff}>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Before</th>
          <th scope="col">After</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr key={c.key} data-testid={c.testId}>
            <th scope="row">{c.label}</th>
            <td>{side(c.before, "del")}</td>
            <td>{side(c.after, "ins")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
