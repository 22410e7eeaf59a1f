import Link from "next/link";
import { StanceBadge } from "@/app/compare/_components/stance";
import type { RecordCard } from "@/db/queries/statements";
import { formatPreciseDate } from "@/lib/dates";

/** A bounded list of records (each once), with speaker, role, event and coded positions. */
export function RecordList({
  records,
  showSpeaker = true,
  showEvent = true,
  maxLength,
}: {
  records: RecordCard[];
  showSpeaker?: boolean;
  showEvent?: boolean;
  /** Shorten long texts where a record is listed under several headings. */
  maxLength?: number;
}) {
  return (
    <ul className="record-list" data-testid="latest-records">
      {records.map((r) => (
        <li key={r.publicId}>
          <Link href={`/positions/${r.publicId}`}>
            {maxLength && r.text.length > maxLength ? `${r.text.slice(0, maxLength)}…` : r.text}
          </Link>
          <div className="meta">
            {formatPreciseDate({ start: r.dateStart, end: r.dateEnd, precision: r.datePrecision })}
            {showSpeaker &&
              ` · ${r.speaker ? (r.speaker.nativeName ?? r.speaker.name) : `unresolved: “${r.attributionText}”`}`}
            {r.role && ` · ${r.role.title}`}
            {showEvent && r.event && (
              <>
                {" · "}
                <Link href={`/events/${r.event.slug}`}>{r.event.name}</Link>
              </>
            )}
          </div>
          {r.positions.length > 0 && (
            <div className="meta">
              {r.positions.map((p) => (
                <span key={p.propositionSlug} style={{ marginRight: 10, display: "inline-block" }}>
                  {p.propositionLabel}: <StanceBadge status={p.status} stance={p.stance} />
                </span>
              ))}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
