import { ChangesTable } from "@/app/_components/changes-table";
import type { CodebookVersionRow } from "@/db/queries/codebook";
import { formatTimestamp } from "@/lib/annotations";
import { changeKindLabel, fieldChanges, fieldLabel } from "@/lib/codebook";
import styles from "../codebook.module.css";

/** Codebook versions, newest first, each with the values it changed side by side. */
export function CodebookHistory({ rows }: { rows: CodebookVersionRow[] }) {
  if (rows.length === 0)
    return <p className="muted">No changes yet: this is the codebook as it was seeded (version 0).</p>;
  return (
    <ol className={styles.history} data-testid="codebook-history">
      {rows.map((v) => (
        <li key={v.version} data-testid={`codebook-version-${v.version}`}>
          <div className={styles.historyHead}>
            <strong>
              Version {v.version}: {changeKindLabel(v.kind)}
            </strong>{" "}
            <code className={styles.slug}>{v.subject}</code>
            <span className="muted">
              {v.author}, <time dateTime={v.createdAt}>{formatTimestamp(v.createdAt)}</time>
            </span>
          </div>
          <ChangesTable
            missing="none"
            rows={fieldChanges(v.before, v.after).map((c) => ({
              key: c.field,
              label: fieldLabel(c.field),
              before: c.before,
              after: c.after,
            }))}
          />
        </li>
      ))}
    </ol>
  );
}
