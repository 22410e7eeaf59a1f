import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireReader } from "@/app/_server/current-user";
import { RecordList } from "@/app/officials/_components/record-list";
import { YearBars } from "@/app/officials/_components/year-bars";
import { getDb } from "@/db/client";
import { getTopic } from "@/db/queries/topics";
import { formatPreciseDate } from "@/lib/dates";
import { defaultView, viewHref } from "@/lib/positions-view";
import { shiftGridHref } from "@/lib/shift-grid";
import { timelineHref } from "@/lib/timeline-view";
import { StanceMixCounts } from "../_components/stance-mix";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };
const SLUG = /^[a-z0-9-]{1,100}$/;
function load(slug: string) {
  return SLUG.test(slug) ? getTopic(getDb(), slug) : null;
}

const day = (d: string) => formatPreciseDate({ start: d, end: d, precision: "day" });

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireReader("/topics");
  const t = load((await params).slug);
  return { title: t ? t.topic.name : "Topic not found" };
}

export default async function TopicPage({ params }: Props) {
  // A second line behind proxy.ts: with REQUIRE_SIGN_IN=1 nothing is read for an anonymous visitor.
  await requireReader("/topics");
  const detail = load((await params).slug);
  if (!detail) notFound();
  const { topic, parent, subtopics, propositions, total, first, last, perYear, latest } = detail;
  const tableHref = viewHref({ ...defaultView(), topic: [topic.slug] });
  return (
    <>
      <h1>{topic.name}</h1>
      <p className="muted">
        {parent && (
          <>
            Part of <Link href={`/topics/${parent.slug}`}>{parent.name}</Link>.{" "}
          </>
        )}
        {topic.description}
      </p>
      <p data-testid="topic-summary">
        {total.toLocaleString("en")} record{total === 1 ? "" : "s"} on this topic
        {subtopics.length > 0 ? " and its subtopics" : ""}
        {first && last && `, the first dated ${day(first)}, the last ${day(last)}`}.{" "}
        <Link href={tableHref} data-testid="all-records">
          All {total.toLocaleString("en")} in the positions table
        </Link>{" "}
        · <Link href={timelineHref({ topic: topic.slug })}>who said what over time, on a timeline</Link>
      </p>
      {subtopics.length > 0 && (
        <>
          <h2>Subtopics</h2>
          <ul data-testid="subtopics">
            {subtopics.map((t) => (
              <li key={t.slug} style={{ marginLeft: (t.depth - topic.path.split("/").length) * 20 }}>
                <Link href={`/topics/${t.slug}`}>{t.name}</Link>{" "}
                <span className="muted">({t.records.toLocaleString("en")})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>Propositions</h2>
      {propositions.length === 0 ? (
        <p className="muted">No proposition is filed under this topic.</p>
      ) : (
        <ul data-testid="propositions">
          {propositions.map((p) => (
            <li key={p.slug} style={{ marginBottom: 8 }}>
              <Link href={timelineHref({ proposition: p.slug })}>{p.label}</Link>: {p.text} (
              <Link href={shiftGridHref({ proposition: p.slug })}>who moved: shift grid</Link>)
              <div>
                <StanceMixCounts mix={p.mix} />
              </div>
            </li>
          ))}
        </ul>
      )}
      <h2>Records per year</h2>
      <YearBars
        counts={perYear}
        caption="Records on the topic or a subtopic, each once, by year; undated last."
      />
      <h2>Latest records</h2>
      <p className="muted">
        {latest.length === total
          ? "Every record, newest first."
          : `The ${latest.length} newest of ${total.toLocaleString("en")}, each once. `}
        {latest.length < total && <Link href={tableHref}>See all of them in the positions table</Link>}
      </p>
      {latest.length === 0 ? (
        <p className="muted">No record on this topic.</p>
      ) : (
        <RecordList records={latest} />
      )}
    </>
  );
}
