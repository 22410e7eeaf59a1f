import Link from "next/link";
import { requireReader } from "@/app/_server/current-user";
import { getDb } from "@/db/client";
import { getOverview, listLatestRecords } from "@/db/queries/overview";
import { FLAGSHIP_COMPARISON, periodCompareHref } from "@/lib/compare-view";
import { formatPreciseDate } from "@/lib/dates";
import { formatNumber } from "@/lib/text";
import { timelineHref } from "@/lib/timeline-view";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  // A second line behind proxy.ts: with REQUIRE_SIGN_IN=1 nothing is read for an anonymous visitor.
  await requireReader("/");
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
          <span className="value">{formatNumber(overview.records)}</span>
          <span className="label">position records</span>
        </li>
        <li data-testid="count-officials">
          <span className="value">{formatNumber(overview.officials)}</span>
          <span className="label">officials</span>
        </li>
        <li data-testid="count-events">
          <span className="value">{formatNumber(overview.events)}</span>
          <span className="label">events</span>
        </li>
        <li data-testid="count-sources">
          <span className="value">{formatNumber(overview.sources)}</span>
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
          {formatNumber(overview.unresolved)} records have an attribution the source leaves unresolved; they
          are kept and flagged, never guessed.
        </p>
      )}
      <section className="card" aria-labelledby="flagship-h" data-testid="flagship">
        <h2 id="flagship-h" style={{ marginTop: 4 }}>
          What changed? Viet Nam on cyber security, 2018 vs 2024
        </h2>
        <p>
          Moscow 2018 (Bui Van Nam, Deputy Minister of Public Security) against the UN Security Council debate
          of 2024 (Dang Hoang Giang, Ambassador to the UN): every coded position of both years, side by side,
          with what shifted, what is new, what was not restated, and the caveats that limit the comparison.
        </p>
        <p>
          <Link
            className="button primary"
            style={{ textDecoration: "none" }}
            href={periodCompareHref(FLAGSHIP_COMPARISON)}
          >
            Compare 2018 with 2024
          </Link>{" "}
          <Link
            href={timelineHref({ topic: FLAGSHIP_COMPARISON.topic, country: FLAGSHIP_COMPARISON.country })}
          >
            See it on a timeline
          </Link>
        </p>
      </section>
      <p>
        <Link href="/positions">Browse all records</Link> · <Link href="/officials">Officials</Link> ·{" "}
        <Link href="/events">Events</Link> · <Link href="/topics">Topics</Link>
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
