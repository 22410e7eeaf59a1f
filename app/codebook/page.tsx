import type { Metadata } from "next";
import { authSettings } from "@/app/_server/auth";
import { requireReader, toActor } from "@/app/_server/current-user";
import { IgnoredNotice, ListPager } from "@/app/officials/_components/list-controls";
import { getDb } from "@/db/client";
import { getCodebook, listCodebookVersions } from "@/db/queries/codebook";
import { can } from "@/lib/authz";
import type { SearchParams } from "@/lib/compare-view";
import { parseEntityListView } from "@/lib/entity-list-view";
import { ChangeForm } from "./_components/change-form";
import { CodebookHistory } from "./_components/codebook-history";
import { CodebookTree } from "./_components/codebook-tree";
import { CodebookNotice } from "./_components/notice";
import styles from "./codebook.module.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Codebook" };

const PATH = "/codebook";

export default async function CodebookPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // A second line behind proxy.ts: with REQUIRE_SIGN_IN=1 nothing is read for an anonymous visitor.
  const user = await requireReader(PATH);
  const { view, ignored } = parseEntityListView(await searchParams);
  const db = getDb();
  const codebook = getCodebook(db);
  const history = listCodebookVersions(db, view.page);
  const canEdit = can(toActor(user), "codebook:write", authSettings);
  const propositions = codebook.topics.reduce((n, t) => n + t.propositions.length, 0);
  return (
    <>
      <h1>Codebook</h1>
      <p className={styles.summary} data-testid="codebook-summary">
        <span>Version {codebook.version}</span>
        <span>
          {codebook.topics.length} topics, {propositions} propositions
        </span>
        <a href="#history">History of changes</a>
      </p>
      <p className="muted">
        Topics in tree order, each with the propositions records are coded on. A topic includes its subtopics.{" "}
        {canEdit
          ? "Every change is saved as the next codebook version; a renamed or merged slug keeps opening its views."
          : "Admins change the codebook here; every change is listed in its history below."}
      </p>
      <IgnoredNotice ignored={ignored} />
      <CodebookNotice>
        {canEdit && (
          <ChangeForm
            op="topic_create"
            version={codebook.version}
            fixed={{ parent: "" }}
            legend="Add a top-level topic"
            submit="Add topic"
            testId="add-topic"
            fields={[
              { kind: "text", name: "name", label: "Name" },
              { kind: "text", name: "slug", label: "Slug", hint: "Blank: made from the name." },
              { kind: "text", name: "description", label: "Description", long: true },
            ]}
          />
        )}
        <h2>Topics and propositions</h2>
        <CodebookTree codebook={codebook} canEdit={canEdit} />
      </CodebookNotice>
      <h2 id="history">History</h2>
      <ListPager path={PATH} view={view} total={history.total} noun={["version", "versions"]} />
      <CodebookHistory rows={history.rows} />
    </>
  );
}
