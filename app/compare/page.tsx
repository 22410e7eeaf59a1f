import type { Metadata } from "next";
import Link from "next/link";
import { IgnoredNotice } from "@/app/_components/ignored-notice";
import { requireReader } from "@/app/_server/current-user";
import { SaveView } from "@/app/views/_components/save-view";
import { getDb } from "@/db/client";
import { getIdsComparison, listComparePickers } from "@/db/queries/compare";
import { getPeriodComparison } from "@/db/queries/compare-periods";
import { listPropositionOptions } from "@/db/queries/shift-grid";
import { listTopicOptions } from "@/db/queries/topics";
import { compareFeedLinks, feedAlternates } from "@/lib/atom-links";
import { type Comparison, compareSides, topLine } from "@/lib/compare";
import {
  compareHref,
  FLAGSHIP_COMPARISON,
  formatPeriod,
  missingIdNotices,
  parseCompareView,
  periodCompareHref,
  periodNotices,
  type SearchParams,
} from "@/lib/compare-view";
import { shiftGridHref } from "@/lib/shift-grid";
import { timelineHref } from "@/lib/timeline-view";
import { AggregateView, ChangeRule, SideRecordsCell } from "./_components/aggregate-view";
import { CompareForm } from "./_components/compare-form";
import { ComparisonView } from "./_components/comparison-view";

export const dynamic = "force-dynamic";

/** A comparison narrowed to one proposition's row (and its conclusion to that row), when the view asks for one. */
function onlyRows(c: Comparison, slug: string | undefined): Comparison {
  if (!slug) return c;
  const rows = c.rows.filter((r) => r.proposition.slug === slug);
  return { ...c, rows, conclusion: topLine(c.sides, rows) };
}

// The comparison's Atom feeds, as <link rel="alternate">, so that a feed reader finds them from this address.
export async function generateMetadata({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}): Promise<Metadata> {
  await requireReader("/compare");
  const { view } = parseCompareView(await searchParams);
  return { title: "Compare", alternates: feedAlternates(compareFeedLinks(view)) };
}

export default async function ComparePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // A second line behind proxy.ts: with REQUIRE_SIGN_IN=1 nothing is read for an anonymous visitor.
  await requireReader("/compare");
  const { view, ignored } = parseCompareView(await searchParams);
  const db = getDb();
  const topics = listTopicOptions(db);
  const problems = [...ignored];

  let heading = "Compare";
  let body: React.ReactNode = null;
  if (view.kind === "ids") {
    const { sides, missing, reordered } = getIdsComparison(db, view.ids);
    problems.push(...missingIdNotices(missing));
    heading = sides.length >= 2 ? `Compare ${sides.length} records` : "Compare";
    body =
      sides.length >= 2 ? (
        <>
          <p className="muted" data-testid="date-order">
            The records are shown in date order, earliest first, whatever order their ids were given in
            {reordered ? " (they were given in another order)" : ""}: “before” and “after” in the change
            labels mean earlier and later.
          </p>
          {sides.length === 2 && (
            <p className="muted">
              <Link
                href={timelineHref({ pick: sides.flatMap((side) => side.records.map((r) => r.publicId)) })}
              >
                See these two records picked on the timeline
              </Link>
            </p>
          )}
          <ComparisonView comparison={compareSides(sides)} />
          <ChangeRule />
        </>
      ) : (
        <p>At least two existing records are needed for a comparison.</p>
      );
  } else if (view.kind === "period") {
    const gridPropositions = listPropositionOptions(db, view.topic);
    const only = view.proposition ? gridPropositions.find((p) => p.slug === view.proposition) : undefined;
    if (view.proposition && !only)
      problems.push({
        key: "proposition",
        value: view.proposition,
        reason: "not a proposition filed under this topic: all are shown",
      });
    const result = getPeriodComparison(db, { ...view, proposition: only?.slug ?? null });
    const sides = result.aggregate.sides;
    problems.push(
      ...periodNotices(view, {
        topic: !!result.topic,
        speaker: !!result.speaker,
        countryKnown: result.countryKnown,
      }),
    );
    const who = result.speaker
      ? result.speaker.name
      : view.country
        ? `speakers from ${view.country}`
        : "all speakers";
    heading = result.topic
      ? `${result.topic.name}: ${formatPeriod(view.a)} vs ${formatPeriod(view.b)}`
      : "Compare";
    body = !result.topic ? (
      <p data-testid="no-topic">Choose a topic in the form above to compare two periods.</p>
    ) : (
      <>
        <p className="muted" data-testid="scope">
          Records on {result.topic.name} and its subtopics by {who}, whose date falls in each period
          {only && (
            <>
              , on one proposition: <strong data-testid="only-proposition">{only.label}</strong> (
              <Link href={compareHref({ ...view, proposition: null })}>all propositions</Link>)
            </>
          )}
          .{" "}
          {result.undated > 0 &&
            `${result.undated} record${result.undated === 1 ? "" : "s"} on this topic with an unknown date cannot be placed in a period and ${result.undated === 1 ? "is" : "are"} left out. `}
          <Link
            href={timelineHref({
              topic: view.topic,
              speaker: view.speaker,
              country: view.country,
            })}
          >
            See these records on a timeline
          </Link>
        </p>
        {gridPropositions.length > 0 && (
          <p className="muted" data-testid="shift-grid-links">
            Who moved, year by year, on each proposition:{" "}
            {gridPropositions.map((p, i) => (
              <span key={p.slug}>
                {i > 0 && " · "}
                <Link href={shiftGridHref({ proposition: p.slug })}>{p.label}</Link>
              </span>
            ))}
          </p>
        )}
        {sides.every((s) => s.records > 0) ? (
          result.detail ? (
            <>
              <ul className="muted" data-testid="side-links">
                {sides.map((s) => (
                  <li key={s.label}>
                    {s.label}: <SideRecordsCell side={s} />
                  </li>
                ))}
              </ul>
              <ComparisonView comparison={onlyRows(compareSides(result.detail), only?.slug)} />
              <ChangeRule />
            </>
          ) : (
            <AggregateView agg={result.aggregate} />
          )
        ) : (
          <p data-testid="empty-side">
            {sides
              .filter((s) => s.records === 0)
              .map((s) => s.label)
              .join(" and ")}{" "}
            {sides.filter((s) => s.records === 0).length === 1 ? "has" : "have"} no records matching these
            filters, so there is nothing to compare. Widen a period or drop the speaker or country.
          </p>
        )}
      </>
    );
  } else {
    body = (
      <p>
        Choose two periods of a topic, or 2 to 4 records by id. For example, Viet Nam on cyber security,{" "}
        <Link href={periodCompareHref(FLAGSHIP_COMPARISON)}>
          Moscow 2018 (Bui Van Nam) vs the UN Security Council 2024 (Dang Hoang Giang)
        </Link>
        .
      </p>
    );
  }

  return (
    <>
      <h1>{heading}</h1>
      <IgnoredNotice ignored={problems} />
      <SaveView url={compareHref(view)} name={heading} />
      <CompareForm
        view={view}
        topics={topics}
        pickers={listComparePickers(db)}
        propositions={listPropositionOptions(db, view.kind === "period" ? view.topic : undefined)}
      />
      {body}
    </>
  );
}
