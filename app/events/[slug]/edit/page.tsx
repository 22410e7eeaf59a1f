import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { authSettings } from "@/app/_server/auth";
import { getCurrentUser, toActor } from "@/app/_server/current-user";
import { getDb } from "@/db/client";
import { getEditableEvent } from "@/db/queries/event-edit";
import { can } from "@/lib/authz";
import { EventForm } from "../_components/event-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit event" };

type Props = { params: Promise<{ slug: string }> };

/** An event's editor, for analysts and admins. Anyone else gets the same answer as for a missing event. */
export default async function EditEventPage({ params }: Props) {
  const { slug } = await params;
  const user = await getCurrentUser();
  if (!can(toActor(user), "records:write", authSettings) || !/^[a-z0-9-]{1,200}$/.test(slug)) notFound();
  const event = getEditableEvent(getDb(), slug);
  if (!event) notFound();
  return (
    <article>
      <p className="muted">
        <Link href={`/events/${slug}`}>← Back to {event.snapshot.name}</Link>
      </p>
      <h1>Edit {event.snapshot.name}</h1>
      <EventForm event={event} />
    </article>
  );
}
