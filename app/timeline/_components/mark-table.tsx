import Link from "next/link";
import { formatPreciseDate } from "@/lib/dates";
import { DATE_PRECISION_LABELS } from "@/lib/labels";
import { pickHref, type TimelineView } from "@/lib/timeline-view";
import styles from "../timeline.module.css";
import { markStanceText, type TimelineMark, type TimelineRow } from "./timeline-chart";

/** The timeline's marks as a table, one record per line, with the pick that adds it to a comparison. */
export function MarkTable({
  rows,
  view,
}: {
  rows: { row: TimelineRow; m: TimelineMark }[];
  view: TimelineView;
}) {
  return (
    <table className={styles.table} aria-labelledby="table-h" data-testid="timeline-table">
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Precision</th>
          <th scope="col">{view.group === "proposition" ? "Proposition" : "Speaker"}</th>
          <th scope="col">Speaker and role</th>
          <th scope="col">Position</th>
          <th scope="col">Record</th>
          <th scope="col">Compare</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ row, m }) => (
          <tr key={m.key}>
            <td>
              {formatPreciseDate({
                start: m.record.dateStart,
                end: m.record.dateEnd,
                precision: m.record.datePrecision,
              })}
            </td>
            <td>{DATE_PRECISION_LABELS[m.record.datePrecision]}</td>
            <th scope="row">{row.label}</th>
            <td>
              {(m.record.speaker && (m.record.speaker.nativeName ?? m.record.speaker.name)) ??
                `unresolved (“${m.record.attributionText}”)`}
              {m.record.roleTitle ? `, ${m.record.roleTitle}` : ""}
            </td>
            <td>{markStanceText(m)}</td>
            <td>
              <Link href={`/positions/${m.record.publicId}`}>{m.record.publicId}</Link>
            </td>
            <td>
              <Link href={pickHref(view, m.record.publicId)}>
                {view.pick.includes(m.record.publicId) ? "Unpick" : "Pick"}
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
