import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listOfficials } from "@/db/queries/persons";
import type { SearchParams } from "@/lib/compare-view";
import { unusedParams } from "@/lib/ignored-params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Officials" };

export default async function OfficialsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // This page takes no parameters (no paging or sorting): say so rather than silently show the full list.
  const ignored = unusedParams(await searchParams, [], "this page lists everything in one order");
  const officials = listOfficials(getDb());
  return (
    <>
      <h1>Officials</h1>
      {ignored.length > 0 && (
        <div className="notice" role="status" data-testid="ignored">
          Part of this address was ignored: {ignored.join("; ")}.
        </div>
      )}
      <p className="muted">
        People with position records. Records whose speaker the source leaves unresolved are not listed here.
      </p>
      <ul className="record-list" data-testid="officials">
        {officials.map((o) => (
          <li key={o.slug}>
            <Link href={`/officials/${o.slug}`}>{o.nativeName ?? o.name}</Link>
            {o.nativeName && o.nativeName !== o.name && <span className="muted"> ({o.name})</span>}
            <div className="meta">
              {o.roles.join("; ") || "no role recorded"} · {o.records} record{o.records === 1 ? "" : "s"}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
