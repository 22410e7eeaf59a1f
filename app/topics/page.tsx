import type { Metadata } from "next";
import Link from "next/link";
import { requireReader } from "@/app/_server/current-user";
import { IgnoredNotice, ListPager, ListSearch } from "@/app/officials/_components/list-controls";
import { getDb } from "@/db/client";
import { listTopics } from "@/db/queries/topics";
import type { SearchParams } from "@/lib/compare-view";
import { parseEntityListView } from "@/lib/entity-list-view";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Topics" };

const PATH = "/topics";

export default async function TopicsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // A second line behind proxy.ts: with REQUIRE_SIGN_IN=1 nothing is read for an anonymous visitor.
  await requireReader("/topics");
  const { view, ignored } = parseEntityListView(await searchParams);
  const { rows, total } = listTopics(getDb(), view);
  return (
    <>
      <h1>Topics</h1>
      <p className="muted">
        The codebook, in tree order; counts include subtopics, each record once. Its propositions, changes and
        history: <Link href="/codebook">the codebook page</Link>.
      </p>
      <IgnoredNotice ignored={ignored} />
      <ListSearch path={PATH} view={view} label="Search topics" />
      <ListPager path={PATH} view={view} total={total} noun={["topic", "topics"]} />
      <ul className="record-list" data-testid="topics">
        {rows.map((t) => (
          <li key={t.slug} style={{ paddingLeft: view.q ? 0 : t.depth * 24 }}>
            <Link href={`/topics/${t.slug}`}>{t.name}</Link>{" "}
            <span className="muted">({t.records.toLocaleString("en")})</span>
            {view.q && t.depth > 0 && (
              <div className="meta">{t.path.split("/").slice(0, -1).join(" › ")}</div>
            )}
            {t.description && <div className="meta">{t.description}</div>}
          </li>
        ))}
      </ul>
      {rows.length > 0 && <ListPager path={PATH} view={view} total={total} noun={["topic", "topics"]} />}
    </>
  );
}
