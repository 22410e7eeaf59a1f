import Link from "next/link";
import { RestoreVersionButton } from "@/app/_components/restore-version-button";
import styles from "@/app/positions/[id]/_components/edit/edit.module.css";
import type { PersonHistoryEntry } from "@/db/queries/person-edit";
import { formatTimestamp } from "@/lib/annotations";
import { restorePersonAction } from "../actions";

function heading(h: PersonHistoryEntry): string {
  if (h.mergedFrom)
    return `merged ${h.mergedFrom.name} into this person (${h.mergedFrom.records.toLocaleString("en")} records moved)`;
  if (h.mergedInto) return `merged into ${h.mergedInto.name}`;
  if (h.restoredFrom !== undefined) return `restored version ${h.restoredFrom}`;
  return "edited";
}

/**
 * A person's edits, newest first, each field with its old and new value. Analysts may bring any earlier version
 * back, which appends a new version; the history itself never changes.
 */
export function PersonHistory(props: {
  slug: string;
  entries: PersonHistoryEntry[];
  currentVersion: number;
  canRestore: boolean;
}) {
  const { entries, currentVersion } = props;
  const restore = (version: number) =>
    props.canRestore &&
    version !== currentVersion && (
      <RestoreVersionButton
        action={restorePersonAction}
        input={{ slug: props.slug, version, expectedVersion: currentVersion }}
      />
    );
  const oldest = entries.at(-1);
  return (
    <ol className={styles.history} data-testid="person-history">
      {entries.map((h) => (
        <li key={h.version} data-testid={`person-version-${h.version}`}>
          <div className={styles.historyHead}>
            <span>
              <strong>Version {h.version}</strong>
              {h.version === currentVersion && " (current)"},{" "}
              <time dateTime={h.createdAt}>{formatTimestamp(h.createdAt)}</time>, {heading(h)} by{" "}
              {h.authorName}
              {h.mergedInto && (
                <>
                  {" "}
                  · <Link href={`/officials/${h.mergedInto.slug}`}>open {h.mergedInto.name}</Link>
                </>
              )}
            </span>
            {restore(h.version)}
          </div>
          {h.changes.map((c) => (
            <div key={`${c.field}-${c.after.join()}`} data-testid="person-change">
              {c.field}: <del>{c.before.join("; ")}</del> → <ins>{c.after.join("; ")}</ins>
            </div>
          ))}
        </li>
      ))}
      {oldest?.version === 2 && (
        <li data-testid="person-version-1">
          <div className={styles.historyHead}>
            <span>
              <strong>Version 1</strong>, as first recorded
            </span>
            {restore(1)}
          </div>
        </li>
      )}
    </ol>
  );
}
