import type { StatementRevisionView } from "@/db/queries/statements";
import { formatTimestamp } from "@/lib/annotations";
import styles from "./edit.module.css";

const FIELD_NAMES: Record<string, string> = {
  text: "display text",
  mode: "mode",
  dateStart: "first day",
  dateEnd: "last day",
  datePrecision: "date precision",
  dateBasis: "date basis",
  dateNote: "date note",
  attributionStatus: "attribution status",
  attributionNote: "attribution note",
  person: "speaker",
  role: "role",
  event: "event",
  topics: "topics",
  codings: "coded positions",
};

/** Who changed the record, when, and which fields: newest first. */
export function RecordHistory({ revisions }: { revisions: StatementRevisionView[] }) {
  if (revisions.length === 0)
    return (
      <p className="muted" data-testid="record-history-empty">
        Not edited since it was recorded.
      </p>
    );
  return (
    <ol className={styles.history} data-testid="record-history">
      {revisions.map((r) => (
        <li key={r.version}>
          <strong>Version {r.version}</strong> by {r.authorName},{" "}
          <time dateTime={r.createdAt}>{formatTimestamp(r.createdAt)}</time>:{" "}
          {r.changed.length > 0
            ? `changed ${r.changed.map((c) => FIELD_NAMES[c] ?? c).join(", ")}`
            : "saved without changes"}
        </li>
      ))}
    </ol>
  );
}
