import Link from "next/link";
import { ChangesTable } from "@/app/_components/changes-table";
import { RestoreVersionButton } from "@/app/_components/restore-version-button";
import type { ActionResult } from "@/app/_server/action";
import styles from "@/app/positions/[id]/_components/edit/edit.module.css";
import { formatTimestamp } from "@/lib/annotations";

/** One revision of a person or an event, as db/queries/person-edit.ts and event-edit.ts read them. */
export interface EntityHistoryEntry {
  version: number;
  authorName: string;
  createdAt: string;
  changes: { field: string; before: string | string[]; after: string | string[] }[];
  mergedFrom?: { slug: string; name: string; records: number };
  mergedInto?: { slug: string; name: string; records: number };
  restoredFrom?: number;
}

type RestoreInput = { slug: string; version: number; expectedVersion: number };
type RestoreResult = ActionResult<unknown>;

function heading(h: EntityHistoryEntry, noun: string): string {
  if (h.mergedFrom)
    return `merged ${h.mergedFrom.name} into this ${noun} (${h.mergedFrom.records.toLocaleString("en")} record${h.mergedFrom.records === 1 ? "" : "s"} moved)`;
  if (h.mergedInto) return `merged into ${h.mergedInto.name}`;
  if (h.restoredFrom !== undefined) return `restored version ${h.restoredFrom}`;
  return "edited";
}

const joined = (v: string | string[]) => (Array.isArray(v) ? v.join("; ") : v);

/**
 * A person's or an event's revisions, newest first, each field with its old and new value. Analysts may bring any
 * earlier version back, which appends a new version; the history itself never changes.
 */
export function EntityHistory(props: {
  slug: string;
  /** "person" or "event", for the headings. */
  noun: string;
  /** Where the live entity a merged one went to is shown: /officials or /events. */
  basePath: string;
  entries: EntityHistoryEntry[];
  currentVersion: number;
  restore: ((input: RestoreInput) => Promise<RestoreResult>) | null;
}) {
  const { entries, currentVersion, restore } = props;
  const button = (version: number) =>
    restore &&
    version !== currentVersion && (
      <RestoreVersionButton
        action={restore}
        input={{ slug: props.slug, version, expectedVersion: currentVersion }}
      />
    );
  return (
    <ol className={styles.history} data-testid={`${props.noun}-history`}>
      {entries.map((h) => (
        <li key={h.version} data-testid={`${props.noun}-version-${h.version}`}>
          <div className={styles.historyHead}>
            <span>
              <strong>Version {h.version}</strong>
              {h.version === currentVersion && " (current)"},{" "}
              <time dateTime={h.createdAt}>{formatTimestamp(h.createdAt)}</time>, {heading(h, props.noun)} by{" "}
              {h.authorName}
              {h.mergedInto && (
                <>
                  {" "}
                  · <Link href={`${props.basePath}/${h.mergedInto.slug}`}>open {h.mergedInto.name}</Link>
                </>
              )}
            </span>
            {button(h.version)}
          </div>
          {h.changes.length > 0 && (
            <ChangesTable
              missing="none"
              rows={h.changes.map((c) => ({
                key: `${c.field}-${joined(c.after)}`,
                label: c.field,
                before: joined(c.before) || null,
                after: joined(c.after) || null,
                testId: `${props.noun}-change`,
              }))}
            />
          )}
        </li>
      ))}
      {entries.at(-1)?.version === 2 && (
        <li data-testid={`${props.noun}-version-1`}>
          <div className={styles.historyHead}>
            <span>
              <strong>Version 1</strong>, as first recorded
            </span>
            {button(1)}
          </div>
        </li>
      )}
    </ol>
  );
}
