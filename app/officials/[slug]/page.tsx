import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EntityHistory } from "@/app/_components/entity-history";
import { authSettings } from "@/app/_server/auth";
import { getCurrentUser, requireReader, toActor } from "@/app/_server/current-user";
import { getDb } from "@/db/client";
import { getPersonHistory } from "@/db/queries/person-edit";
import { getOfficial } from "@/db/queries/persons";
import { can } from "@/lib/authz";
import { formatPreciseDate } from "@/lib/dates";
import { defaultView, viewHref } from "@/lib/positions-view";
import { timelineHref } from "@/lib/timeline-view";
import { RecordList } from "../_components/record-list";
import { YearBars } from "../_components/year-bars";
import { restorePersonAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

const SLUG = /^[a-z0-9-]{1,100}$/;

function load(slug: string) {
  return SLUG.test(slug) ? getOfficial(getDb(), slug) : null;
}

const day = (d: string) => formatPreciseDate({ start: d, end: d, precision: "day" });

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireReader("/officials");
  const o = load((await params).slug);
  return { title: o ? o.person.name : "Official not found" };
}

export default async function OfficialPage({ params }: Props) {
  // A second line behind proxy.ts: with REQUIRE_SIGN_IN=1 nothing is read for an anonymous visitor.
  await requireReader("/officials");
  const { slug } = await params;
  const official = load(slug);
  // A retired address never gets here: proxy.ts sends it on to the live one (lib/retired-slugs.ts).
  if (!official) notFound();
  const { person, aliases, roles, total, first, last, perYear, perTopic, latest } = official;
  const canEdit = can(toActor(await getCurrentUser()), "records:write", authSettings);
  const history = getPersonHistory(getDb(), person.id);
  const tableHref = (patch: { topic?: string[] } = {}) =>
    viewHref({ ...defaultView(), speaker: [person.slug], ...patch });
  return (
    <>
      <h1>{person.nativeName ?? person.name}</h1>
      <p className="muted">
        {person.nativeName && person.nativeName !== person.name ? `${person.name} · ` : ""}
        {person.givenName && `referred to as “${person.givenName}” after the first mention · `}
        country {person.country}
        {aliases.length > 0 && ` · aliases: ${aliases.join(", ")}`}
        {canEdit && (
          <>
            {" · "}
            <Link href={`/officials/${person.slug}/edit`} data-testid="edit-person">
              Edit this person
            </Link>
            {" · "}
            <Link href={`/officials/${person.slug}/merge`} data-testid="merge-person">
              Merge a duplicate into this person
            </Link>
          </>
        )}
      </p>
      <p data-testid="official-summary">
        {total.toLocaleString("en")} record{total === 1 ? "" : "s"}
        {first && last && `, the first dated ${day(first)}, the last ${day(last)}`}.{" "}
        <Link href={tableHref()} data-testid="all-records">
          All {total.toLocaleString("en")} in the positions table
        </Link>{" "}
        · <Link href={timelineHref({ speaker: person.slug })}>on a timeline</Link>
      </p>
      <h2>Roles over time</h2>
      <div style={{ overflowX: "auto" }}>
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
                        ? day(r.firstRecord)
                        : `${day(r.firstRecord)} – ${day(r.lastRecord)}`}
                    </div>
                  )}
                  {r.note && <div className="muted">{r.note}</div>}
                </td>
                <td>{r.records.toLocaleString("en")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {history.length > 0 && (
        <>
          <h2>Edit history</h2>
          <EntityHistory
            slug={person.slug}
            noun="person"
            basePath="/officials"
            entries={history}
            currentVersion={history[0]?.version ?? 1}
            restore={canEdit ? restorePersonAction : null}
          />
        </>
      )}
      <h2>Records per year</h2>
      <YearBars counts={perYear} caption="By the year the statement was made; undated records last." />
      <h2>Records per topic</h2>
      {perTopic.length === 0 ? (
        <p className="muted">No record is filed under a topic.</p>
      ) : (
        <ul data-testid="per-topic">
          {perTopic.map((t) => (
            <li key={t.slug}>
              <Link href={`/topics/${t.slug}`}>{t.name}</Link>:{" "}
              <Link href={tableHref({ topic: [t.slug] })}>
                {t.records.toLocaleString("en")} record{t.records === 1 ? "" : "s"}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <p className="muted">
        A record filed under two topics counts under both; the positions table also counts a topic's
        subtopics.
      </p>
      <h2>Latest records</h2>
      <p className="muted">
        The {latest.length} newest of {total.toLocaleString("en")}.{" "}
        {total > latest.length && <Link href={tableHref()}>See all of them in the positions table</Link>}
      </p>
      <RecordList records={latest} showSpeaker={false} />
    </>
  );
}
