import Link from "next/link";
import { StanceBadge } from "@/app/compare/_components/stance";
import type { RecordCard } from "@/db/queries/statements";
import { formatPreciseDate } from "@/lib/dates";

/** Records grouped under each of their topics (a record with two topics appears under both), oldest first. */
export function RecordsByTopic({
  records,
  showSpeaker = false,
}: {
  records: RecordCard[];
  showSpeaker?: boolean;
}) {
  const groups = new Map<string, { name: string; slug: string; records: RecordCard[] }>();
  for (const r of records) {
    for (const t of r.topics) {
      const g = groups.get(t.slug) ?? { name: t.name, slug: t.slug, records: [] };
      g.records.push(r);
      groups.set(t.slug, g);
    }
  }
  const sorted = [...groups.values()].sort(
    (a, b) => b.records.length - a.records.length || a.name.localeCompare(b.name),
  );
  return (
    <>
      {sorted.map((g) => (
        <section key={g.slug} aria-labelledby={`topic-${g.slug}`}>
          <h3 id={`topic-${g.slug}`}>
            <Link href={`/topics/${g.slug}`}>{g.name}</Link>{" "}
            <span className="muted">({g.records.length})</span>
          </h3>
          <RecordList records={g.records} showSpeaker={showSpeaker} maxLength={180} />
        </section>
      ))}
    </>
  );
}

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
    <ul className="record-list">
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
