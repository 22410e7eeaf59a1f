import type { Metadata } from "next";
import Link from "next/link";
import { ExportLink } from "@/app/_components/export-link";
import { getDb } from "@/db/client";
import { listRulePrecision, loadKnownEntities } from "@/db/queries/article-import";
import { listOrganizations } from "@/db/queries/import-entities";
import { can } from "@/lib/authz";
import { RECORD_COLUMNS } from "@/lib/records-format";
import { authSettings } from "../_server/auth";
import { requireReader, toActor } from "../_server/current-user";
import { ArticleImport } from "./_components/article-import";
import { BulkImport } from "./_components/bulk-import";
import styles from "./import.module.css";
import { ruleLabel } from "./review";

export const metadata: Metadata = { title: "Import" };
export const dynamic = "force-dynamic";

export default async function ImportPage({
  searchParams,
}: {
  searchParams: Promise<{ tab?: string | string[] }>;
}) {
  const user = await requireReader("/import");
  const { tab } = await searchParams;
  const active = tab === "bulk" ? "bulk" : "article";
  const allowed = can(toActor(user), "records:import", authSettings);
  const known = allowed ? loadKnownEntities(getDb()) : null;
  const organizations = allowed ? listOrganizations(getDb()) : [];
  const precision = allowed && active === "article" ? listRulePrecision(getDb()) : [];

  return (
    <>
      <h1>Import</h1>
      <nav className={styles.tabs} aria-label="Import kind">
        <Link href="/import" aria-current={active === "article" ? "page" : undefined}>
          Article
        </Link>
        <Link href="/import?tab=bulk" aria-current={active === "bulk" ? "page" : undefined}>
          Records file (CSV/JSON)
        </Link>
      </nav>
      {!known ? (
        <p className="notice" data-testid="import-forbidden">
          {user ? (
            "Your account can read records but not import them; ask an admin for the analyst role."
          ) : (
            <>
              <Link href="/sign-in?next=/import">Sign in</Link> as an analyst or admin to import articles and
              records.
            </>
          )}{" "}
          Anyone can{" "}
          <ExportLink href="/import/export?format=csv" format="csv" testId="export-all-csv">
            export all records as CSV
          </ExportLink>{" "}
          or{" "}
          <ExportLink href="/import/export?format=json" format="json" testId="export-all-json">
            JSON
          </ExportLink>
          .
        </p>
      ) : active === "article" ? (
        <>
          <details className={styles.rulePrecisionBox} data-testid="rule-precision">
            <summary>
              Live precision per extraction rule{" "}
              <span className="muted">(from reviewers' decisions on past imports)</span>
            </summary>
            {precision.length ? (
              <table className={styles.rulePrecision}>
                <thead>
                  <tr>
                    <th scope="col">Rule</th>
                    <th scope="col">Language</th>
                    <th scope="col">Reviewed</th>
                    <th scope="col">Accepted as proposed</th>
                    <th scope="col">Speaker corrected</th>
                    <th scope="col">Rejected</th>
                    <th scope="col">Precision</th>
                  </tr>
                </thead>
                <tbody>
                  {precision.map((r) => (
                    <tr key={`${r.rule}|${r.language}`} data-testid="rule-precision-row" data-rule={r.rule}>
                      <td>{ruleLabel(r.rule)}</td>
                      <td>{r.language === "vi" ? "Vietnamese" : "English"}</td>
                      <td>{r.reviewed}</td>
                      <td>{r.accepted}</td>
                      <td>{r.corrected}</td>
                      <td>{r.rejected}</td>
                      <td>{Math.round(r.precision * 100)}%</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p className="muted">No reviewed imports yet.</p>
            )}
          </details>
          <ArticleImport
            persons={known.persons.map((p) => ({ id: p.id, name: p.name, roles: p.roles }))}
            events={known.events.map((e) => ({ id: e.id, name: e.name, startDate: e.startDate }))}
            topics={known.topics.map((t) => ({ slug: t.slug, name: t.name, path: t.path }))}
            organizations={organizations}
          />
        </>
      ) : (
        <BulkImport
          columns={RECORD_COLUMNS.map((c) => ({
            key: c.key,
            doc: "informational" in c ? `informational (ignored on import): ${c.doc}` : c.doc,
          }))}
        />
      )}
    </>
  );
}
