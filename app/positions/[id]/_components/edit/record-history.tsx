import { ChangesTable } from "@/app/_components/changes-table";
import type { RecordHistoryEntry } from "@/db/queries/statement-history";
import { formatTimestamp } from "@/lib/annotations";
import styles from "./edit.module.css";
import { RestoreButton } from "./restore-button";

/** One line per topic or coded position; lines, not a list, so the history's own items stay the versions. */
function Values({ lines }: { lines: string[] }) {
  return (
    <>
      {lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines are fixed for a revision and may repeat
        <span key={i} className={styles.valueLine}>
          {line}
        </span>
      ))}
    </>
  );
}

function heading(r: RecordHistoryEntry): string {
  const what = r.restoredFrom !== null ? `restored version ${r.restoredFrom}` : "edited";
  const fields = r.changes.map((c) => c.label.toLowerCase()).join(", ");
  return `${what} by ${r.authorName}${fields ? `: changed ${fields}` : ""}`;
}

function VersionLine(props: {
  r: RecordHistoryEntry;
  text: string;
  currentVersion: number;
  publicId: string;
  canRestore: boolean;
}) {
  const { r } = props;
  return (
    <div className={styles.historyHead}>
      <span>
        <strong>Version {r.version}</strong>
        {r.version === props.currentVersion && " (current)"}
        {r.createdAt && (
          <>
            , <time dateTime={r.createdAt}>{formatTimestamp(r.createdAt)}</time>
          </>
        )}
        , {props.text}
      </span>
      {props.canRestore && r.restorable && (
        <RestoreButton publicId={props.publicId} pageVersion={props.currentVersion} version={r.version} />
      )}
    </div>
  );
}

/**
 * Who changed the record, when, and each field's old and new value, newest first. Analysts may bring any earlier
 * version back; that appends a new version, the history itself never changes.
 */
export function RecordHistory(props: {
  entries: RecordHistoryEntry[];
  publicId: string;
  currentVersion: number;
  canRestore: boolean;
}) {
  if (props.entries.length === 0)
    return (
      <p className="muted" data-testid="record-history-empty">
        Not edited since it was recorded.
      </p>
    );
  const edits = props.entries.filter((r) => r.authorName !== null);
  const original = props.entries.find((r) => r.authorName === null);
  const line = (r: RecordHistoryEntry, text: string) => (
    <VersionLine
      r={r}
      text={text}
      currentVersion={props.currentVersion}
      publicId={props.publicId}
      canRestore={props.canRestore}
    />
  );
  return (
    <>
      <ol className={styles.history} data-testid="record-history">
        {edits.map((r) => (
          <li key={r.version} data-testid={`record-version-${r.version}`}>
            {line(r, heading(r))}
            {r.created.length > 0 && (
              <p className={styles.created} data-testid="created-in-place">
                <Values lines={r.created} />
              </p>
            )}
            {r.changes.length === 0 ? (
              <p className="muted">Saved without changes.</p>
            ) : (
              <ChangesTable
                missing="not recorded"
                rows={r.changes.map((c) => ({
                  key: c.field,
                  label: c.label,
                  testId: `change-${c.field}`,
                  before: c.before ? <Values lines={c.before} /> : null,
                  after: <Values lines={c.after} />,
                }))}
              />
            )}
          </li>
        ))}
      </ol>
      {original && (
        <div className={styles.original} data-testid={`record-version-${original.version}`}>
          {line(original, "as first recorded")}
        </div>
      )}
    </>
  );
}
