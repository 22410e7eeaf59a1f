import Link from "next/link";
import { getDb } from "@/db/client";
import { getOverview, listLatestRecords } from "@/db/queries/overview";
import { formatPreciseDate } from "@/lib/dates";

export const dynamic = "force-dynamic";

export default function HomePage() {
  const db = getDb();
  const overview = getOverview(db);
  const latest = listLatestRecords(db, 10);
  const span =
    overview.earliest && overview.latest
      ? `${formatPreciseDate({ start: overview.earliest, end: overview.earliest, precision: "day" })} – ${formatPreciseDate({ start: overview.latest, end: overview.latest, precision: "day" })}`
      : "no dated records";

  return (
    <>
      <h1>Positions</h1>
      <p className="muted">
        Statements by Vietnamese officials, each with its speaker, role, venue, date and source.
      </p>
      <ul className="stats" aria-label="What the database holds">
        <li data-testid="count-records">
          <span className="value">{overview.records}</span>
          <span className="label">position records</span>
        </li>
        <li data-testid="count-officials">
          <span className="value">{overview.officials}</span>
          <span className="label">officials</span>
        </li>
        <li data-testid="count-events">
          <span className="value">{overview.events}</span>
          <span className="label">events</span>
        </li>
        <li data-testid="count-sources">
          <span className="value">{overview.sources}</span>
          <span className="label">sources</span>
        </li>
        <li data-testid="date-span">
          <span className="value" style={{ fontSize: "1.05rem" }}>
            {span}
          </span>
          <span className="label">span of dated records</span>
        </li>
      </ul>
      {overview.unresolved > 0 && (
        <p className="muted" data-testid="count-unresolved">
          {overview.unresolved} records have an attribution the source leaves unresolved; they are kept and
          flagged, never guessed.
        </p>
      )}
      <p>
        <Link href="/positions">Browse all records</Link>
      </p>
      <h2>Latest records</h2>
      <ul className="record-list">
        {latest.map((r) => (
          <li key={r.publicId}>
            <Link href={`/positions/${r.publicId}`}>
              {r.text.length > 180 ? `${r.text.slice(0, 180)}…` : r.text}
            </Link>
            <div className="meta">
              {r.speakerNative ?? r.speaker ?? (
                <span className="flag" title="Attribution unresolved">
                  unresolved: “{r.attributionText}”
                </span>
              )}{" "}
              · {formatPreciseDate({ start: r.dateStart, end: r.dateEnd, precision: r.datePrecision })}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
