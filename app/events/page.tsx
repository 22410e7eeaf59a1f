import type { Metadata } from "next";
import Link from "next/link";
import { requireReader } from "@/app/_server/current-user";
import { IgnoredNotice, ListPager, ListSearch } from "@/app/officials/_components/list-controls";
import { getDb } from "@/db/client";
import { listEvents } from "@/db/queries/events";
import type { SearchParams } from "@/lib/compare-view";
import { formatPreciseDate } from "@/lib/dates";
import { parseEntityListView } from "@/lib/entity-list-view";
import { EVENT_KIND_LABELS } from "@/lib/labels";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Events" };

const PATH = "/events";

export default async function EventsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // A second line behind proxy.ts: with REQUIRE_SIGN_IN=1 nothing is read for an anonymous visitor.
  await requireReader("/events");
  const { view, ignored } = parseEntityListView(await searchParams);
  const { rows, total } = listEvents(getDb(), view);
  return (
    <>
      <h1>Events</h1>
      <p className="muted">
        Meetings, debates, interviews and other venues, oldest first; undated ones last.
      </p>
      <IgnoredNotice ignored={ignored} />
      <ListSearch path={PATH} view={view} label="Search names, series, cities and countries" />
      <ListPager path={PATH} view={view} total={total} noun={["event", "events"]} />
      <ul className="record-list" data-testid="events">
        {rows.map((e) => (
          <li key={e.slug}>
            <Link href={`/events/${e.slug}`}>{e.name}</Link>
            <div className="meta">
              {EVENT_KIND_LABELS[e.kind]}
              {e.city ? ` · ${e.city}` : ""} ·{" "}
              {formatPreciseDate({ start: e.startDate, end: e.endDate, precision: e.datePrecision })} ·{" "}
              {e.records.toLocaleString("en")} record{e.records === 1 ? "" : "s"}
            </div>
          </li>
        ))}
      </ul>
      {rows.length > 0 && <ListPager path={PATH} view={view} total={total} noun={["event", "events"]} />}
    </>
  );
}
