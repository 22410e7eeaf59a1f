import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RecordList } from "@/app/officials/records-by-topic";
import { getDb } from "@/db/client";
import { getTopic } from "@/db/queries/topics";
import { timelineHref } from "@/lib/timeline-view";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };
const SLUG = /^[a-z0-9-]{1,100}$/;
function load(slug: string) {
  return SLUG.test(slug) ? getTopic(getDb(), slug) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = load((await params).slug);
  return { title: t ? t.topic.name : "Topic not found" };
}

export default async function TopicPage({ params }: Props) {
  const detail = load((await params).slug);
  if (!detail) notFound();
  const { topic, parent, subtopics, propositions, records } = detail;
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
      <p>
        <Link href={timelineHref({ topic: topic.slug })}>Who said what over time, on a timeline</Link>
      </p>
      {subtopics.length > 0 && (
        <>
          <h2>Subtopics</h2>
          <ul data-testid="subtopics">
            {subtopics.map((t) => (
              <li key={t.slug} style={{ marginLeft: (t.depth - topic.path.split("/").length) * 20 }}>
                <Link href={`/topics/${t.slug}`}>{t.name}</Link> <span className="muted">({t.records})</span>
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
            <li key={p.slug}>
              <Link href={timelineHref({ proposition: p.slug })}>{p.label}</Link>: {p.text}{" "}
              <span className="muted">
                ({p.stated} stated, {p.other} other codings)
              </span>
            </li>
          ))}
        </ul>
      )}
      <h2>Who said what, over time</h2>
      {records.length === 0 ? (
        <p className="muted">No record on this topic.</p>
      ) : (
        <RecordList records={records} />
      )}
    </>
  );
}
