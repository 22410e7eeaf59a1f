import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { getOfficial } from "@/db/queries/persons";
import { formatPreciseDate } from "@/lib/dates";
import { timelineHref } from "@/lib/timeline-view";
import { RecordsByTopic } from "../records-by-topic";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

const SLUG = /^[a-z0-9-]{1,100}$/;

function load(slug: string) {
  return SLUG.test(slug) ? getOfficial(getDb(), slug) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const o = load((await params).slug);
  return { title: o ? o.person.name : "Official not found" };
}

export default async function OfficialPage({ params }: Props) {
  const official = load((await params).slug);
  if (!official) notFound();
  const { person, aliases, roles, records } = official;
  return (
    <>
      <h1>{person.nativeName ?? person.name}</h1>
      <p className="muted">
        {person.nativeName && person.nativeName !== person.name ? `${person.name} · ` : ""}
        {person.givenName && `referred to as “${person.givenName}” after the first mention · `}
        country {person.country}
        {aliases.length > 0 && ` · aliases: ${aliases.join(", ")}`}
      </p>
      <p>
        <Link href={timelineHref({ speaker: person.slug })}>{records.length} records on a timeline</Link>
      </p>
      <h2>Roles over time</h2>
      <table className="card" style={{ borderCollapse: "collapse", width: "100%" }} data-testid="roles">
        <thead>
          <tr>
            <th scope="col" style={{ textAlign: "left" }}>
              Role
            </th>
            <th scope="col" style={{ textAlign: "left" }}>
              Held
            </th>
            <th scope="col" style={{ textAlign: "left" }}>
              Records in this role
            </th>
          </tr>
        </thead>
        <tbody>
          {roles.map((r) => (
            <tr key={r.slug}>
              <td>
                {r.title}
                {r.rank && `, ${r.rank}`}
                {r.organization && <div className="muted">{r.organization}</div>}
              </td>
              <td>
                {r.startDate || r.endDate
                  ? `${r.startDate ?? "start unknown"} – ${r.endDate ?? "end unknown"}`
                  : "start and end not recorded"}
                {r.firstRecord && (
                  <div className="muted">
                    recorded in it{" "}
                    {r.firstRecord === r.lastRecord || !r.lastRecord
                      ? formatPreciseDate({ start: r.firstRecord, end: r.firstRecord, precision: "day" })
                      : `${formatPreciseDate({ start: r.firstRecord, end: r.firstRecord, precision: "day" })} – ${formatPreciseDate({ start: r.lastRecord, end: r.lastRecord, precision: "day" })}`}
                  </div>
                )}
                {r.note && <div className="muted">{r.note}</div>}
              </td>
              <td>{r.records}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Statements by topic</h2>
      <RecordsByTopic records={records} />
    </>
  );
}
