import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { authSettings } from "@/app/_server/auth";
import { requireReader, toActor } from "@/app/_server/current-user";
import { CodingForm } from "@/app/positions/[id]/_components/edit/coding-form";
import { RecordVersionProvider } from "@/app/positions/[id]/_components/edit/use-record-version";
import { getDb } from "@/db/client";
import { getQueueRecord, listCodebook, listSuggestedPropositions } from "@/db/queries/coding";
import { getPositionRows } from "@/db/queries/position-rows";
import { getOwnCodes, listReviewItems } from "@/db/queries/review";
import { getEditableRecord } from "@/db/queries/statement-snapshot";
import { can } from "@/lib/authz";
import { parseQueueView, queueHref, queueNextHref } from "@/lib/coding-queue";
import { formatPreciseDate } from "@/lib/dates";
import { isPublicId } from "@/lib/ids";
import { CODING_STATUS_LABELS } from "@/lib/positions-view";
import { NextKeyLink } from "../_components/next-key";
import styles from "../coding.module.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Code record" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * One record of the coding queue: the statement, the coding form (the record editor's, with the propositions its
 * topics suggest marked), and "next" in the queue's order with its filters. For analysts and admins; anyone else
 * gets the answer for a missing record, as on the record editor.
 */
export default async function CodeRecordPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireReader(`/coding/${encodeURIComponent(id)}`);
  if (!can(toActor(user), "records:write", authSettings) || !isPublicId(id)) notFound();
  const db = getDb();
  const record = getEditableRecord(db, id);
  const coding = getQueueRecord(db, id);
  if (!record || !coding) notFound();
  const { view } = parseQueueView(await searchParams);
  const row = getPositionRows(db, [record.id])[0];
  const suggested = listSuggestedPropositions(db, record.id);
  // The topics' own propositions first, so the form opens on what this record is asked about.
  const codebook = listCodebook(db);
  const groups = [
    ...codebook.filter((g) => g.propositions.some((p) => suggested.includes(p.slug))),
    ...codebook.filter((g) => !g.propositions.some((p) => suggested.includes(p.slug))),
  ];
  const inQueue = view.coding.includes(coding.status);
  // The page answers non-coders as missing above, so there is a signed-in user here.
  const readerId = user?.id ?? "";
  const isReviewer = can(toActor(user), "codes:adjudicate", authSettings);
  const own = getOwnCodes(db, record.id, readerId);
  const items = listReviewItems(db, record.id, readerId, isReviewer);
  const speaker =
    row?.speakerNativeName ?? row?.speakerName ?? `“${row?.attributionText ?? ""}” (unresolved)`;

  return (
    <article className={styles.page}>
      <p className="muted">
        <Link href={queueHref(view)}>← Coding queue</Link> ·{" "}
        <Link href={`/positions/${record.publicId}`}>Record {record.publicId}</Link>
      </p>
      <h1>Code record {record.publicId}</h1>
      {row && (
        <p className={styles.recordMeta}>
          <span>
            {formatPreciseDate({ start: row.dateStart, end: row.dateEnd, precision: row.datePrecision })}
          </span>
          <span>{speaker}</span>
          {row.eventName && <span>{row.eventName}</span>}
          {row.topics.length > 0 && <span>Topics: {row.topics.map((t) => t.name).join(", ")}</span>}
        </p>
      )}
      <blockquote data-testid="statement">{record.snapshot.text}</blockquote>
      <div
        className={`${styles.status} ${inQueue ? "" : styles.left}`}
        role="status"
        data-testid="coding-status"
        data-status={coding.status}
      >
        <p>
          <strong>{CODING_STATUS_LABELS[coding.status]}</strong>
          {coding.suggested > 0 &&
            `: coded on ${coding.suggested - coding.missing} of the ${coding.suggested} ${coding.suggested === 1 ? "proposition" : "propositions"} its topics suggest`}
          {coding.coded > coding.suggested - coding.missing &&
            ` (and ${coding.coded - (coding.suggested - coding.missing)} more)`}
          .{!inQueue && " It has left this queue."}
        </p>
        <NextKeyLink
          href={queueNextHref(view, record.publicId)}
          className="button primary"
          testId="next-record"
        >
          Next record
        </NextKeyLink>
      </div>
      <RecordVersionProvider initial={record.version}>
        <CodingForm
          record={record}
          options={{ propositionGroups: groups }}
          suggested={suggested}
          own={own}
          items={items}
          isReviewer={isReviewer}
        />
      </RecordVersionProvider>
    </article>
  );
}
