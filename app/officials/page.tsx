import type { Metadata } from "next";
import Link from "next/link";
import { requireReader } from "@/app/_server/current-user";
import { getDb } from "@/db/client";
import { listOfficials } from "@/db/queries/persons";
import type { SearchParams } from "@/lib/compare-view";
import { parseEntityListView } from "@/lib/entity-list-view";
import { IgnoredNotice, ListPager, ListSearch } from "./_components/list-controls";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Officials" };

const PATH = "/officials";

export default async function OfficialsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // A second line behind proxy.ts: with REQUIRE_SIGN_IN=1 nothing is read for an anonymous visitor.
  await requireReader("/officials");
  const { view, ignored } = parseEntityListView(await searchParams);
  const { rows, total } = listOfficials(getDb(), view);
  return (
    <>
      <h1>Officials</h1>
      <p className="muted">
        People with position records, most records first. Records whose speaker the source leaves unresolved
        are not listed here.
      </p>
      <IgnoredNotice ignored={ignored} />
      <ListSearch path={PATH} view={view} label="Search names and aliases" />
      <ListPager path={PATH} view={view} total={total} noun={["person", "people"]} />
      <ul className="record-list" data-testid="officials">
        {rows.map((o) => (
          <li key={o.slug}>
            <Link href={`/officials/${o.slug}`}>{o.nativeName ?? o.name}</Link>
            {o.nativeName && o.nativeName !== o.name && <span className="muted"> ({o.name})</span>}
            <div className="meta">
              {o.roles.join("; ") || "no role recorded"} · {o.records.toLocaleString("en")} record
              {o.records === 1 ? "" : "s"}
            </div>
          </li>
        ))}
      </ul>
      {rows.length > 0 && <ListPager path={PATH} view={view} total={total} noun={["person", "people"]} />}
    </>
  );
}
