import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listTopics } from "@/db/queries/topics";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Topics" };

export default function TopicsPage() {
  const topics = listTopics(getDb());
  return (
    <>
      <h1>Topics</h1>
      <p className="muted">The codebook; counts include subtopics.</p>
      <ul className="record-list" data-testid="topics">
        {topics.map((t) => (
          <li key={t.slug} style={{ paddingLeft: t.depth * 24 }}>
            <Link href={`/topics/${t.slug}`}>{t.name}</Link> <span className="muted">({t.records})</span>
            {t.description && <div className="meta">{t.description}</div>}
          </li>
        ))}
      </ul>
    </>
  );
}
