import type { CodebookVersionRow } from "@/db/queries/codebook";
import { changeKindLabel, fieldChanges } from "@/lib/codebook";
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
              {v.author}, <time dateTime={v.createdAt}>{v.createdAt.slice(0, 16).replace("T", " ")} UTC</time>
            </span>
          </div>
          <table className={styles.diff}>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Before</th>
                <th scope="col">After</th>
              </tr>
            </thead>
            <tbody>
              {fieldChanges(v.before, v.after).map((c) => (
                <tr key={c.field}>
                  <th scope="row">{c.field}</th>
                  <td>
                    <del>{c.before}</del>
                  </td>
                  <td>
                    <ins>{c.after}</ins>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </li>
      ))}
    </ol>
  );
}
