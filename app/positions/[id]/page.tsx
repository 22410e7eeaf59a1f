// Stand-in record page so annotations can be tried end to end on this branch. Helper B's record page replaces
// this file when branches are merged; it mounts <AnnotationsSection> inside its <section id="annotations">.
import { notFound } from "next/navigation";
import { requireReader } from "@/app/_server/current-user";
import { getDb } from "@/db/client";
import { getStatementRef } from "@/db/queries/annotations";
import { AnnotationsSection } from "./_components/annotations/annotations-section";

export const dynamic = "force-dynamic";

export default async function RecordPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireReader(`/positions/${id}`);
  const statement = /^[a-z0-9-]{1,64}$/.test(id) ? getStatementRef(getDb(), id) : undefined;
  if (!statement) notFound();
  return (
    <>
      <h1>Record {statement.publicId}</h1>
      <p data-annotation-target>{statement.text}</p>
      <section id="annotations" aria-label="Annotations">
        <AnnotationsSection statementPublicId={statement.publicId} />
      </section>
    </>
  );
}
