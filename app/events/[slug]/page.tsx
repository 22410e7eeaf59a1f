import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EntityHistory } from "@/app/_components/entity-history";
import { authSettings } from "@/app/_server/auth";
import { getCurrentUser, requireReader, toActor } from "@/app/_server/current-user";
import { RecordList } from "@/app/officials/_components/record-list";
import { getDb } from "@/db/client";
import { getEventHistory } from "@/db/queries/event-edit";
import { EVENT_SPEAKER_LIMIT, getEvent } from "@/db/queries/events";
import { can } from "@/lib/authz";
import { formatPreciseDate } from "@/lib/dates";
import { EVENT_KIND_LABELS } from "@/lib/labels";
import { defaultView, viewHref } from "@/lib/positions-view";
import { restoreEventAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };
const SLUG = /^[a-z0-9-]{1,200}$/;
function load(slug: string) {
  return SLUG.test(slug) ? getEvent(getDb(), slug) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireReader("/events");
  const e = load((await params).slug);
  return { title: e ? e.event.name : "Event not found" };
}

export default async function EventPage({ params }: Props) {
  // A second line behind proxy.ts: with REQUIRE_SIGN_IN=1 nothing is read for an anonymous visitor.
  await requireReader("/events");
  const { slug } = await params;
  const detail = load(slug);
  // A retired address never gets here: proxy.ts sends it on to the live one (lib/retired-slugs.ts).
  if (!detail) notFound();
  const { event: e, total, first, last, latest, speakers, unresolved } = detail;
  const canEdit = can(toActor(await getCurrentUser()), "records:write", authSettings);
  const history = getEventHistory(getDb(), e.id);
  const tableHref = viewHref({ ...defaultView(), event: [e.slug] });
  const day = (d: string) => formatPreciseDate({ start: d, end: d, precision: "day" });
  const date = formatPreciseDate({ start: e.startDate, end: e.endDate, precision: e.datePrecision });
  return (
    <>
      <h1>{e.name}</h1>
      {canEdit && (
        <p className="muted">
          <Link href={`/events/${e.slug}/edit`} data-testid="edit-event">
            Edit this event
          </Link>
          {" · "}
          <Link href={`/events/${e.slug}/merge`} data-testid="merge-event">
            Merge a duplicate into this event
          </Link>
        </p>
      )}
      <dl className="card" style={{ display: "grid", gridTemplateColumns: "180px 1fr", gap: "4px 12px" }}>
        <dt className="muted">Kind</dt>
        <dd style={{ margin: 0 }}>{EVENT_KIND_LABELS[e.kind]}</dd>
        {e.series && (
          <>
            <dt className="muted">Series</dt>
            <dd style={{ margin: 0 }}>
              {e.series}
              {e.edition ? ` (edition ${e.edition})` : ""}
            </dd>
          </>
        )}
        <dt className="muted">Where</dt>
        <dd style={{ margin: 0 }}>{[e.city, e.country].filter(Boolean).join(", ") || "not recorded"}</dd>
        <dt className="muted">When</dt>
        <dd style={{ margin: 0 }}>
          {date} ({e.dateBasis === "inferred" ? "inferred" : e.dateBasis === "stated" ? "stated" : "unknown"})
          {e.dateNote && <div className="muted">{e.dateNote}</div>}
        </dd>
        {e.organiser && (
          <>
            <dt className="muted">Organiser</dt>
            <dd style={{ margin: 0 }}>{e.organiser}</dd>
          </>
        )}
        {e.chair && (
          <>
            <dt className="muted">Chair</dt>
            <dd style={{ margin: 0 }}>{e.chair}</dd>
          </>
        )}
        {e.documentSymbol && (
          <>
            <dt className="muted">Document</dt>
            <dd style={{ margin: 0 }}>{e.documentSymbol}</dd>
          </>
        )}
      </dl>
      <h2>Outcome documents</h2>
      <p data-testid="outcome">{e.outcome ?? <span className="muted">No outcome document recorded.</span>}</p>
      <p data-testid="event-summary">
        {total.toLocaleString("en")} record{total === 1 ? "" : "s"}
        {first && last && (first === last ? `, dated ${day(first)}` : `, dated ${day(first)} – ${day(last)}`)}
        .{" "}
        {total > 0 && (
          <Link href={tableHref} data-testid="all-records">
            All {total.toLocaleString("en")} in the positions table
          </Link>
        )}
      </p>
      <h2>Who spoke</h2>
      {speakers.length === 0 ? (
        <p className="muted">No resolved speaker recorded.</p>
      ) : (
        <ul>
          {speakers.map((s) => (
            <li key={s.slug}>
              <Link href={`/officials/${s.slug}`}>{s.nativeName ?? s.name}</Link>
              {s.role && `, ${s.role}`} · {s.records} record{s.records === 1 ? "" : "s"}
            </li>
          ))}
        </ul>
      )}
      {speakers.length === EVENT_SPEAKER_LIMIT && (
        <p className="muted">
          The {EVENT_SPEAKER_LIMIT} who spoke most; <Link href={tableHref}>the positions table</Link> has
          everyone.
        </p>
      )}
      {unresolved > 0 && (
        <p className="muted">
          {unresolved} record{unresolved === 1 ? "" : "s"} with a speaker the source leaves unresolved.
        </p>
      )}
      {history.length > 0 && (
        <>
          <h2>Edit history</h2>
          <EntityHistory
            slug={e.slug}
            noun="event"
            basePath="/events"
            entries={history}
            currentVersion={history[0]?.version ?? 1}
            restore={canEdit ? restoreEventAction : null}
          />
        </>
      )}
      <h2>What was said</h2>
      <p className="muted">
        {latest.length === total
          ? "Every record, newest first."
          : `The ${latest.length} newest of ${total.toLocaleString("en")}. `}
        {latest.length < total && <Link href={tableHref}>See all of them in the positions table</Link>}
      </p>
      <RecordList records={latest} showEvent={false} />
    </>
  );
}
