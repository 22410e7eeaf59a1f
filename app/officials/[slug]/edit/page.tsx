import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { authSettings } from "@/app/_server/auth";
import { getCurrentUser, toActor } from "@/app/_server/current-user";
import { getDb } from "@/db/client";
import { getEditablePerson, listOrganizationOptions } from "@/db/queries/person-edit";
import { can } from "@/lib/authz";
import { PersonForm } from "../_components/person-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit person" };

type Props = { params: Promise<{ slug: string }> };

/** A person's editor, for analysts and admins. Anyone else gets the same answer as for a missing person. */
export default async function EditPersonPage({ params }: Props) {
  const { slug } = await params;
  const user = await getCurrentUser();
  if (!can(toActor(user), "records:write", authSettings) || !/^[a-z0-9-]{1,100}$/.test(slug)) notFound();
  const db = getDb();
  const person = getEditablePerson(db, slug);
  if (!person) notFound();
  return (
    <article>
      <p className="muted">
        <Link href={`/officials/${slug}`}>
          ← Back to {person.snapshot.nativeName ?? person.snapshot.name}
        </Link>
      </p>
      <h1>Edit {person.snapshot.nativeName ?? person.snapshot.name}</h1>
      <PersonForm person={person} organizations={listOrganizationOptions(db)} />
    </article>
  );
}
