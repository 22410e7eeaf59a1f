import type { Metadata } from "next";
import Link from "next/link";
import { requireReader } from "@/app/_server/current-user";
import { getDb } from "@/db/client";
import { codebookVersion } from "@/db/queries/codebook";
import { countReviewStatuses, listAgreementUnits } from "@/db/queries/review";
import { type AgreementSummary, ALPHA_WARNING_TEXT, summarizeAgreement } from "@/lib/agreement";
import { groupBy } from "@/lib/group-by";
import { defaultView, viewHref } from "@/lib/positions-view";
import review from "../_components/review.module.css";
import styles from "../coding.module.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Agreement between coders" };

function formatAlpha(alpha: number | null): string {
  return alpha === null ? "undefined" : alpha.toFixed(3);
}

function Row({ label, summary, href }: { label: React.ReactNode; summary: AgreementSummary; href: string }) {
  return (
    <tr data-testid="agreement-row">
      <th scope="row">{label}</th>
      <td>{summary.items.toLocaleString("en")}</td>
      <td>{summary.identical.toLocaleString("en")}</td>
      <td>{summary.units.toLocaleString("en")}</td>
      <td data-testid="alpha">{formatAlpha(summary.alpha)}</td>
      <td>
        {summary.warnings.length === 0 ? (
          <span className="muted">—</span>
        ) : (
          <ul className={styles.warnings}>
            {summary.warnings.map((w) => (
              <li key={w} data-warning={w}>
                {ALPHA_WARNING_TEXT[w]}
              </li>
            ))}
          </ul>
        )}
        {summary.withStatus > 0 && (
          <p className="muted">
            {summary.withStatus.toLocaleString("en")} {summary.withStatus === 1 ? "item has" : "items have"} a
            status that is not a stance, left out of alpha.
          </p>
        )}
        <Link href={href}>Disputed records</Link>
      </td>
    </tr>
  );
}

function AgreementHead({ first }: { first: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col">Double-coded items</th>
        <th scope="col">Identical</th>
        <th scope="col">Items with two stances</th>
        <th scope="col">Alpha (ordinal)</th>
        <th scope="col">Warnings</th>
      </tr>
    </thead>
  );
}

/**
 * Agreement between coders (issue 12): Krippendorff's ordinal alpha per topic over the items two or more coders
 * coded. Reads the double-coded items along their partial index and the stored review counts, so its cost
 * follows how much has been double-coded, not the corpus.
 */
export default async function AgreementPage() {
  await requireReader("/coding/agreement");
  const db = getDb();
  const units = listAgreementUnits(db);
  const counts = countReviewStatuses(db);
  const byTopic = new Map<string, { name: string; path: string; units: typeof units }>();
  for (const u of units) {
    const group = byTopic.get(u.topicSlug) ?? { name: u.topicName, path: u.topicPath, units: [] };
    group.units.push(u);
    byTopic.set(u.topicSlug, group);
  }
  const codebook = codebookVersion(db);
  const byVersion = groupBy(units, (u) => u.codebookVersion);
  const disputedHref = (topic: string | null) =>
    viewHref({ ...defaultView(), coding: ["disputed"], topic: topic ? [topic] : [] });

  return (
    <article className={styles.page}>
      <p className="muted">
        <Link href="/coding">← Coding queue</Link>
      </p>
      <h1>Agreement between coders</h1>
      <p className={styles.lead}>
        Krippendorff’s alpha for ordinal data, over the stances (−2 to +2) of the items two or more coders
        coded blind: 1 is perfect agreement, 0 what chance alone would give. An item one coder coded, or
        nobody, never counts. Statuses that are not a stance (ambiguous, no position, not addressed) are not
        on the scale and are left out of alpha; they count under “identical” when every coder gave the same
        one.
      </p>
      <p className="notice" data-testid="codebook-version">
        {codebook === 0
          ? "The codebook has not been changed since it was seeded (version 0), so every figure is for that version."
          : `The codebook is at version ${codebook}. Each code remembers the version it was made under; an item counts under the version of its latest code.`}{" "}
        <Link href="/codebook#history">Codebook history</Link>
      </p>
      <p data-testid="review-counts">
        Codes now: {counts.agreed.toLocaleString("en")} agreed, {counts.disputed.toLocaleString("en")}{" "}
        disputed (on {counts.disputedRecords.toLocaleString("en")}{" "}
        {counts.disputedRecords === 1 ? "record" : "records"}), {counts.adjudicated.toLocaleString("en")}{" "}
        adjudicated by a reviewer.
      </p>
      <div className={styles.tableWrap}>
        <table className={review.agreement} data-testid="agreement">
          <caption className="visually-hidden">Agreement per topic</caption>
          <AgreementHead first="Topic" />
          <tbody>
            <Row label="Every topic" summary={summarizeAgreement(units)} href={disputedHref(null)} />
            {[...byTopic].map(([slug, g]) => (
              <Row
                key={slug}
                label={<Link href={`/topics/${slug}`}>{g.name}</Link>}
                summary={summarizeAgreement(g.units)}
                href={disputedHref(slug)}
              />
            ))}
          </tbody>
        </table>
      </div>
      <h2>Per codebook version</h2>
      <div className={styles.tableWrap}>
        <table className={review.agreement} data-testid="agreement-by-version">
          <caption className="visually-hidden">Agreement per codebook version</caption>
          <AgreementHead first="Codebook version" />
          <tbody>
            {byVersion.size === 0 && (
              <tr>
                <td colSpan={6} className="muted">
                  No item has been coded by two coders yet.
                </td>
              </tr>
            )}
            {[...byVersion]
              .sort(([a], [b]) => b - a)
              .map(([version, group]) => (
                <Row
                  key={version}
                  label={version === 0 ? "Version 0 (as seeded)" : `Version ${version}`}
                  summary={summarizeAgreement(group)}
                  href={disputedHref(null)}
                />
              ))}
          </tbody>
        </table>
      </div>
    </article>
  );
}
