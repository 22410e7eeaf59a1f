import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AsOfBanner } from "@/app/_components/asof-banner";
import { CiteView } from "@/app/_components/cite-view";
import { IgnoredNotice } from "@/app/_components/ignored-notice";
import { authSettings } from "@/app/_server/auth";
import { getCurrentUser, requireReader, toActor } from "@/app/_server/current-user";
import { StanceBadge } from "@/app/compare/_components/stance";
import { getDb } from "@/db/client";
import { listAppearances } from "@/db/queries/article-import";
import { getQueueRecord } from "@/db/queries/coding";
import { recordAsOf } from "@/db/queries/record-asof";
import { listBlindPropositions, listReviewStatuses } from "@/db/queries/review";
import { countStatementRevisions, getRecordHistory } from "@/db/queries/statement-history";
import { getStatementDetail, listRelatedRecords } from "@/db/queries/statements";
import { can } from "@/lib/authz";
import { parseQueueView, queueRecordHref } from "@/lib/coding-queue";
import { formatPreciseDate } from "@/lib/dates";
import { isPublicId } from "@/lib/ids";
import {
  ATTRIBUTION_KIND_LABELS,
  DATE_PRECISION_LABELS,
  EVENT_KIND_LABELS,
  languageName,
  MODE_LABELS,
} from "@/lib/labels";
import { CODING_STATUS_LABELS, defaultView, NEEDS_CODING, viewHref } from "@/lib/positions-view";
import { parseRecordPageView, RECORD_PAGE_LIMITS, showAllHref } from "@/lib/record-page-view";
import { REVIEW_STATUS_LABELS } from "@/lib/review";
import { countLabel } from "@/lib/text";
import { AnnotationsSection } from "./_components/annotations/annotations-section";
import { AsOfRecord } from "./_components/asof-record";
import { CompareSection } from "./_components/compare-section";
import { RecordHistory } from "./_components/edit/record-history";
import { Provenance } from "./_components/provenance";
import { RelatedList } from "./_components/related-list";
import { SourceText } from "./_components/source-text";
import styles from "./record.module.css";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function load(id: string) {
  if (!isPublicId(id)) return null;
  return getStatementDetail(getDb(), id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireReader("/positions");
  const detail = load((await params).id);
  if (!detail) return { title: "Record not found" };
  const who = detail.person?.name ?? "Unresolved speaker";
  return { title: `${who}: ${detail.statement.text.slice(0, 60)}…` };
}

export default async function RecordPage({ params, searchParams }: Props) {
  // A second line behind proxy.ts: with REQUIRE_SIGN_IN=1 nothing is read for an anonymous visitor.
  await requireReader("/positions");
  const { id } = await params;
  const detail = load(id);
  if (!detail) notFound();
  const { statement: s, source, person, role, organization, event, topics, positions } = detail;
  const pageView = parseRecordPageView(await searchParams);
  // The moment a citation of this page pins: the asked one, or now (nothing later can be in what is shown).
  const pinnedAt = pageView.asof ?? new Date().toISOString();
  const asofState = pageView.asof ? recordAsOf(getDb(), s, pageView.asof) : null;
  if (pageView.asof && asofState && asofState.kind !== "current")
    return <AsOfRecord publicId={s.publicId} asof={pageView.asof} state={asofState} />;
  const related = listRelatedRecords(getDb(), detail);
  const allAppearances = listAppearances(getDb(), s.publicId);
  const appearances = pageView.show.has("reports")
    ? allAppearances
    : allAppearances.slice(0, RECORD_PAGE_LIMITS.reports);
  const date = formatPreciseDate({ start: s.dateStart, end: s.dateEnd, precision: s.datePrecision });
  const speakerName = person ? (person.nativeName ?? person.name) : null;
  const reader = await getCurrentUser();
  const canEdit = can(toActor(reader), "records:write", authSettings);
  // Blind by default: a coder does not see a colleague's code of an item before coding it themselves.
  // Reviewers see every code: judging disputes is their part.
  const isReviewer = can(toActor(reader), "codes:adjudicate", authSettings);
  const blind =
    canEdit && reader && !isReviewer ? listBlindPropositions(getDb(), s.id, reader.id) : new Set<string>();
  const reviewStatuses = listReviewStatuses(getDb(), s.id);
  const coding = canEdit ? getQueueRecord(getDb(), s.publicId) : null;
  const revisionCount = countStatementRevisions(getDb(), s.id);
  const revisions = getRecordHistory(
    getDb(),
    s.id,
    s.version,
    pageView.show.has("history") ? undefined : RECORD_PAGE_LIMITS.history,
  );
  const shownRevisions = revisions.filter((r) => r.authorName !== null).length;

  return (
    <article>
      <p className="muted">
        Position record <code>{s.publicId}</code>
        {canEdit && (
          <>
            {" · "}
            <Link href={`/positions/${s.publicId}/edit`} data-testid="edit-record">
              Edit record
            </Link>
            {coding && NEEDS_CODING.includes(coding.status) && (
              <>
                {" · "}
                <Link href={queueRecordHref(parseQueueView({}).view, s.publicId)} data-testid="code-in-queue">
                  {CODING_STATUS_LABELS[coding.status]}: code it
                </Link>
              </>
            )}
          </>
        )}
      </p>
      <IgnoredNotice ignored={pageView.ignored} />
      {pageView.asof && (
        <AsOfBanner asof={pageView.asof} currentHref={`/positions/${s.publicId}`}>
          The record has not changed since: it reads as it does now.
        </AsOfBanner>
      )}
      <CiteView
        title={`${speakerName ?? "Unresolved speaker"}: position record ${s.publicId}, version ${s.version}`}
        path={`/positions/${s.publicId}`}
        asof={pinnedAt}
      />
      <h1>
        {speakerName ?? "Unresolved speaker"}
        {s.datePrecision !== "unknown" ? `, ${date}` : ""}
      </h1>
      <blockquote className={styles.statement} data-testid="statement" data-annotation-target>
        {s.text}
      </blockquote>

      <div className={styles.columns}>
        <section aria-labelledby="facts-h">
          <h2 id="facts-h">Who, where, when</h2>
          <dl className={styles.facts}>
            <dt>Speaker</dt>
            <dd data-testid="speaker">
              {person ? (
                <>
                  <Link href={`/officials/${person.slug}`}>{speakerName}</Link>
                  {person.nativeName && person.nativeName !== person.name && ` (${person.name})`}
                </>
              ) : (
                <span className="flag">attribution unresolved</span>
              )}
              <span className={styles.note}>
                Attributed as “{s.attributionText}” (
                {ATTRIBUTION_KIND_LABELS[s.attributionKind].toLowerCase()})
                {s.attributionNote ? `: ${s.attributionNote}` : ""}
              </span>
            </dd>
            <dt>Role at the time</dt>
            <dd data-testid="role">
              {role ? (
                <>
                  {role.title}
                  {role.rank && `, ${role.rank}`}
                  {organization && <span className={styles.note}>{organization.name}</span>}
                </>
              ) : (
                <span className="muted">not recorded</span>
              )}
            </dd>
            <dt>Event</dt>
            <dd data-testid="event">
              {event ? (
                <>
                  <Link href={`/events/${event.slug}`}>{event.name}</Link>
                  <span className={styles.note}>
                    {EVENT_KIND_LABELS[event.kind]}
                    {event.city ? `, ${event.city}` : ""} ·{" "}
                    {formatPreciseDate({
                      start: event.startDate,
                      end: event.endDate,
                      precision: event.datePrecision,
                    })}
                  </span>
                </>
              ) : (
                <span className="muted">no event recorded</span>
              )}
            </dd>
            <dt>Date</dt>
            <dd data-testid="date">
              {date}{" "}
              <span className="muted">
                (precision: {DATE_PRECISION_LABELS[s.datePrecision].toLowerCase()};{" "}
                {s.dateBasis === "stated"
                  ? "stated in the source"
                  : s.dateBasis === "inferred"
                    ? "inferred"
                    : "not known"}
                )
              </span>
              {s.dateNote && (
                <span className={styles.note} data-testid="date-note">
                  {s.dateBasis === "inferred" ? "How it was inferred: " : ""}
                  {s.dateNote}
                </span>
              )}
            </dd>
            <dt>Mode</dt>
            <dd>{MODE_LABELS[s.mode]}</dd>
            <dt>Topics</dt>
            <dd>
              {topics.map((t, i) => (
                <span key={t.slug}>
                  {i > 0 && ", "}
                  <Link href={`/topics/${t.slug}`}>{t.name}</Link>
                </span>
              ))}
            </dd>
            <dt>Language</dt>
            <dd>{languageName(s.language)}</dd>
          </dl>
        </section>

        <Provenance
          statement={s}
          source={source}
          appearances={appearances}
          totalAppearances={allAppearances.length}
          pageView={pageView}
        />
      </div>

      <section aria-labelledby="positions-h">
        <h2 id="positions-h">Coded positions</h2>
        {positions.length === 0 ? (
          <p className="muted" data-testid="no-positions">
            No proposition is coded on this record. That is not a neutral stance: the record has not been
            scored.
          </p>
        ) : (
          <table className={styles.table} data-testid="coded-positions">
            <thead>
              <tr>
                <th scope="col">Proposition</th>
                <th scope="col">Position</th>
                <th scope="col">Words that carry it</th>
              </tr>
            </thead>
            <tbody>
              {positions.map((p) => (
                <tr key={p.propositionSlug}>
                  <th scope="row">
                    {p.propositionLabel}
                    <span className={styles.propText}>{p.propositionText}</span>
                  </th>
                  {blind.has(p.propositionSlug) ? (
                    <td colSpan={2} data-testid="blind-position">
                      <span className="muted">
                        Coded by another coder: hidden until you code it yourself (
                        <Link href={`/coding/${s.publicId}`}>code it</Link>).
                      </span>
                      <details>
                        <summary>Show it anyway (your code will no longer be blind)</summary>
                        <span data-testid="blind-value">
                          <StanceBadge status={p.status} stance={p.stance} /> {p.basis && `“${p.basis}”`}
                        </span>
                      </details>
                    </td>
                  ) : (
                    <>
                      <td>
                        <StanceBadge status={p.status} stance={p.stance} />
                        <span
                          className={styles.note}
                          data-testid="review-status"
                          data-review={reviewStatuses.get(p.propositionSlug) ?? "draft"}
                        >
                          {REVIEW_STATUS_LABELS[reviewStatuses.get(p.propositionSlug) ?? "draft"]}
                        </span>
                      </td>
                      <td>
                        {p.basis ? `“${p.basis}”` : <span className="muted">—</span>}
                        {p.note && <span className={styles.note}>{p.note}</span>}
                      </td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="source-h">
        <h2 id="source-h">Source text</h2>
        <p className="muted">
          The article as received, shown without scraping junk; the highlighted passage is the evidence for
          this record. <a href="#evidence">Jump to the passage</a>
        </p>
        <SourceText raw={source.rawText} start={s.evidenceStart} end={s.evidenceEnd} />
      </section>

      <CompareSection statement={s} person={person} speakerName={speakerName} topics={topics} />

      <section aria-labelledby="related-h">
        <h2 id="related-h">Related records</h2>
        <h3>Same speaker</h3>
        <RelatedList
          group={related.sameSpeaker}
          testId="related-same-speaker"
          currentId={s.publicId}
          more={
            person
              ? { href: viewHref({ ...defaultView(), speaker: [person.slug] }), what: "by this speaker" }
              : undefined
          }
          empty={person ? "No other record by this speaker." : "The speaker is unresolved."}
        />
        <h3>Same event</h3>
        <RelatedList
          group={related.sameEvent}
          testId="related-same-event"
          currentId={s.publicId}
          more={
            event
              ? { href: viewHref({ ...defaultView(), event: [event.slug] }), what: "from this event" }
              : undefined
          }
          empty={event ? "No other record from this event beyond those listed above." : "No event recorded."}
        />
        <h3>Same topic, other speakers</h3>
        <RelatedList
          group={related.sameTopicOtherSpeakers}
          currentId={s.publicId}
          more={
            topics.length > 0
              ? {
                  href: viewHref({ ...defaultView(), topic: topics.map((t) => t.slug) }),
                  what: `on ${topics.length === 1 ? "this topic" : "these topics"}, every speaker, subtopics included`,
                }
              : undefined
          }
          empty="None recorded."
          testId="related-same-topic"
        />
      </section>

      <section aria-labelledby="history-h">
        <h2 id="history-h">Edit history</h2>
        <RecordHistory
          entries={revisions}
          publicId={s.publicId}
          currentVersion={s.version}
          canRestore={canEdit}
        />
        {shownRevisions < revisionCount && (
          <p>
            <Link href={showAllHref(s.publicId, pageView, "history")} data-testid="history-show-all">
              Show all {countLabel(revisionCount, "version")}
            </Link>{" "}
            <span className="muted">(the newest {shownRevisions} are listed)</span>
          </p>
        )}
      </section>

      <section id="annotations" aria-label="Annotations">
        <AnnotationsSection statementPublicId={s.publicId} pageView={pageView} />
      </section>
    </article>
  );
}
