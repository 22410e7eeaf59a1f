import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MergeConfirm } from "@/app/_components/merge-confirm";
import { chosenSlug, MergePick } from "@/app/_components/merge-pick";
import { authSettings } from "@/app/_server/auth";
import { getCurrentUser, toActor } from "@/app/_server/current-user";
import { getDb } from "@/db/client";
import { getEditableEvent } from "@/db/queries/event-edit";
import { listEventMergeCandidates, previewEventMerge } from "@/db/queries/event-merge";
import { can } from "@/lib/authz";
import { formatPreciseDate } from "@/lib/dates";
import { defaultView, viewHref } from "@/lib/positions-view";
import { countLabel } from "@/lib/text";
import { mergeEventsAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Merge a duplicate event" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ with?: string | string[] }> };

/** Merging a duplicate into this event, for analysts and admins, as people are merged. */
export default async function MergeEventPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const user = await getCurrentUser();
  if (!can(toActor(user), "records:write", authSettings) || !/^[a-z0-9-]{1,200}$/.test(slug)) notFound();
  const db = getDb();
  const event = getEditableEvent(db, slug);
  if (!event) notFound();
  const other = chosenSlug((await searchParams).with);
  const preview = other ? previewEventMerge(db, slug, other) : null;
  const name = event.snapshot.name;
  return (
    <article>
      <p className="muted">
        <Link href={`/events/${slug}`}>← Back to {name}</Link>
      </p>
      <h1>Merge a duplicate into {name}</h1>
      <p>
        When one event is recorded twice, pick the duplicate: its records move to this event, and its page and
        links open this one from then on.
      </p>
      <MergePick
        action={`/events/${slug}/merge`}
        candidates={listEventMergeCandidates(db, slug).map((c) => ({
          slug: c.slug,
          label: c.startDate
            ? `${c.name} (${formatPreciseDate({ start: c.startDate, end: c.startDate, precision: "day" })})`
            : c.name,
        }))}
        chosen={other}
        noun="event"
      />
      {other && !preview && (
        <p className="error" role="alert">
          There is no other event “{other}” to merge (it may have been merged already).
        </p>
      )}
      {preview && (
        <section aria-labelledby="merge-preview-heading" data-testid="merge-preview">
          <h2 id="merge-preview-heading">
            Merging {preview.merged.snapshot.name} into {name}
          </h2>
          <ul>
            <li>
              <Link href={viewHref({ ...defaultView(), event: [preview.merged.snapshot.slug] })}>
                {countLabel(preview.records, "record")}
              </Link>{" "}
              move to this event, with their {countLabel(preview.codings, "coded position")},{" "}
              {countLabel(preview.annotations, "annotation")} and{" "}
              {countLabel(preview.appearances, "other report")} (these stay as they are).
            </li>
            <li>
              This event keeps its own name, date and place; the duplicate’s{" "}
              {countLabel(preview.revisions, "earlier edit")} stay in its history, and its address{" "}
              <code>/events/{preview.merged.snapshot.slug}</code> opens this event.
            </li>
          </ul>
          <p className="muted">A merge is not undone by restoring a version: check the two are one event.</p>
          <MergeConfirm
            action={mergeEventsAction}
            basePath="/events"
            label="Merge these two events"
            input={{
              survivorSlug: slug,
              mergedSlug: preview.merged.snapshot.slug,
              survivorVersion: preview.survivor.version,
              mergedVersion: preview.merged.version,
            }}
          />
        </section>
      )}
    </article>
  );
}
