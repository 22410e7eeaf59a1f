import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { authSettings } from "@/app/_server/auth";
import { getCurrentUser, toActor } from "@/app/_server/current-user";
import { getDb } from "@/db/client";
import { getOwnCodes, listReviewItems } from "@/db/queries/review";
import { getEditableRecord, listEditOptions } from "@/db/queries/statement-snapshot";
import { can } from "@/lib/authz";
import { isPublicId } from "@/lib/ids";
import { CodingForm } from "../_components/edit/coding-form";
import { CoreForm } from "../_components/edit/core-form";
import { RecordVersionProvider } from "../_components/edit/use-record-version";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit record" };

type Props = { params: Promise<{ id: string }> };

/** The record editor, for analysts and admins. Anyone else gets the same answer as for a missing record. */
export default async function EditRecordPage({ params }: Props) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!can(toActor(user), "records:write", authSettings) || !isPublicId(id)) notFound();
  const db = getDb();
  const record = getEditableRecord(db, id);
  if (!record) notFound();
  const options = listEditOptions(db);
  const readerId = user?.id ?? "";
  const isReviewer = can(toActor(user), "codes:adjudicate", authSettings);
  return (
    <article>
      <p className="muted">
        <Link href={`/positions/${record.publicId}`}>← Back to record {record.publicId}</Link>
      </p>
      <h1>Edit record {record.publicId}</h1>
      <blockquote data-testid="statement">{record.snapshot.text}</blockquote>
      <RecordVersionProvider initial={record.version}>
        <CodingForm
          record={record}
          options={options}
          own={getOwnCodes(db, record.id, readerId)}
          items={listReviewItems(db, record.id, readerId, isReviewer)}
          isReviewer={isReviewer}
        />
        <CoreForm record={record} options={options} />
      </RecordVersionProvider>
    </article>
  );
}
