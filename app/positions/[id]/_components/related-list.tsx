import Link from "next/link";
import type { RecordCard } from "@/db/queries/statements";
import { compareIdsHref } from "@/lib/compare-view";
import { formatPreciseDate } from "@/lib/dates";
import styles from "../record.module.css";

export function RelatedList({
  records,
  currentId,
  empty,
  testId,
}: {
  records: RecordCard[];
  currentId: string;
  empty: string;
  testId: string;
}) {
  if (records.length === 0)
    return (
      <p className="muted" data-testid={testId}>
        {empty}
      </p>
    );
  return (
    <ul className="record-list" data-testid={testId}>
      {records.map((r) => (
        <li key={r.publicId}>
          <Link href={`/positions/${r.publicId}`}>
            {r.text.length > 200 ? `${r.text.slice(0, 200)}…` : r.text}
          </Link>
          <div className="meta">
            {r.speaker ? (r.speaker.nativeName ?? r.speaker.name) : `unresolved: “${r.attributionText}”`} ·{" "}
            {formatPreciseDate({ start: r.dateStart, end: r.dateEnd, precision: r.datePrecision })}
            {r.event ? ` · ${r.event.name}` : ""} ·{" "}
            <Link className={styles.compareLink} href={compareIdsHref([currentId, r.publicId])}>
              Compare with this record
            </Link>
          </div>
        </li>
      ))}
    </ul>
  );
}
