import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listEvents } from "@/db/queries/events";
import { formatPreciseDate } from "@/lib/dates";
import { EVENT_KIND_LABELS } from "@/lib/labels";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Events" };

export default function EventsPage() {
  const events = listEvents(getDb());
  return (
    <>
      <h1>Events</h1>
      <ul className="record-list" data-testid="events">
        {events.map((e) => (
          <li key={e.slug}>
            <Link href={`/events/${e.slug}`}>{e.name}</Link>
            <div className="meta">
              {EVENT_KIND_LABELS[e.kind]}
              {e.city ? ` · ${e.city}` : ""} ·{" "}
              {formatPreciseDate({ start: e.startDate, end: e.endDate, precision: e.datePrecision })} ·{" "}
              {e.records} record{e.records === 1 ? "" : "s"}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
