import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listOfficials } from "@/db/queries/persons";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Officials" };

export default function OfficialsPage() {
  const officials = listOfficials(getDb());
  return (
    <>
      <h1>Officials</h1>
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
