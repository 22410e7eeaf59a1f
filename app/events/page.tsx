import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listEvents } from "@/db/queries/events";
import type { SearchParams } from "@/lib/compare-view";
import { formatPreciseDate } from "@/lib/dates";
import { unusedParams } from "@/lib/ignored-params";
import { EVENT_KIND_LABELS } from "@/lib/labels";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Events" };

export default async function EventsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // This page takes no parameters (no paging or sorting): say so rather than silently show the full list.
  const ignored = unusedParams(await searchParams, [], "this page lists everything in one order");
  const events = listEvents(getDb());
  return (
    <>
      <h1>Events</h1>
      {ignored.length > 0 && (
        <div className="notice" role="status" data-testid="ignored">
          Part of this address was ignored: {ignored.join("; ")}.
        </div>
      )}
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
