import Link from "next/link";
import type { RelatedGroup } from "@/db/queries/statements";
import { compareIdsHref } from "@/lib/compare-view";
import { formatPreciseDate } from "@/lib/dates";
import styles from "../record.module.css";

/**
 * One bounded group of related records; when the group's positions table view holds more than is shown, a link
 * to it says how many.
 */
export function RelatedList({
  group,
  currentId,
  empty,
  testId,
  more,
}: {
  group: RelatedGroup;
  currentId: string;
  empty: string;
  testId: string;
  /** The positions table view that holds the whole group, and what it holds ("by this speaker"). */
  more?: { href: string; what: string };
}) {
  const { records, total } = group;
  const moreLink = more && (total === null || total > records.length + 1) && (
    <p data-testid={`${testId}-more`}>
      <Link href={more.href}>
        {total === null ? "All records" : `All ${total.toLocaleString("en")} records`} {more.what}, in the
        positions table
      </Link>
    </p>
  );
  if (records.length === 0)
    return (
      <>
        <p className="muted" data-testid={testId}>
          {empty}
        </p>
        {moreLink}
      </>
    );
  return (
    <>
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
      {moreLink}
    </>
  );
}
