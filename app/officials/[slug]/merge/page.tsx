import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MergeConfirm } from "@/app/_components/merge-confirm";
import { chosenSlug, MergePick } from "@/app/_components/merge-pick";
import { authSettings } from "@/app/_server/auth";
import { getCurrentUser, toActor } from "@/app/_server/current-user";
import { getDb } from "@/db/client";
import { getEditablePerson } from "@/db/queries/person-edit";
import { listMergeCandidates, previewPersonMerge } from "@/db/queries/person-merge";
import { can } from "@/lib/authz";
import { defaultView, viewHref } from "@/lib/positions-view";
import { countLabel } from "@/lib/text";
import { mergePersonsAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Merge a duplicate" };

const SLUG = /^[a-z0-9-]{1,100}$/;

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ with?: string | string[] }> };

/**
 * Merging a duplicate into this person, for analysts and admins (anyone else gets the page's not-found, as the
 * editor does): the duplicate is picked by name, what would move is counted, and nothing happens until confirmed.
 */
export default async function MergePersonPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const user = await getCurrentUser();
  if (!can(toActor(user), "records:write", authSettings) || !SLUG.test(slug)) notFound();
  const db = getDb();
  const person = getEditablePerson(db, slug);
  if (!person) notFound();
  const other = chosenSlug((await searchParams).with);
  const preview = other ? previewPersonMerge(db, slug, other) : null;
  const candidates = listMergeCandidates(db, slug);
  const label = (p: { name: string; nativeName: string | null }) =>
    p.nativeName && p.nativeName !== p.name ? `${p.nativeName} (${p.name})` : p.name;
  const name = label({ name: person.snapshot.name, nativeName: person.snapshot.nativeName });
  return (
    <article>
      <p className="muted">
        <Link href={`/officials/${slug}`}>← Back to {name}</Link>
      </p>
      <h1>Merge a duplicate into {name}</h1>
      <p>
        When one official is recorded twice, pick the duplicate: its records, roles and names move to {name},
        and its page and links open {name} from then on.
      </p>
      <MergePick
        action={`/officials/${slug}/merge`}
        candidates={candidates.map((c) => ({ slug: c.slug, label: `${label(c)}, ${c.country}` }))}
        chosen={other}
        noun="person"
      />
      {other && !preview && (
        <p className="error" role="alert">
          There is no other person “{other}” to merge (they may have been merged already).
        </p>
      )}
      {preview && (
        <section aria-labelledby="merge-preview-heading" data-testid="merge-preview">
          <h2 id="merge-preview-heading">
            Merging{" "}
            {label({ name: preview.merged.snapshot.name, nativeName: preview.merged.snapshot.nativeName })}{" "}
            into {name}
          </h2>
          <ul>
            <li>
              <Link href={viewHref({ ...defaultView(), speaker: [preview.merged.slug] })}>
                {countLabel(preview.records, "record")}
              </Link>{" "}
              move to {name}, with their {countLabel(preview.codings, "coded position")},{" "}
              {countLabel(preview.annotations, "annotation")} and{" "}
              {countLabel(preview.appearances, "other report")} (these stay as they are).
            </li>
            <li>
              {countLabel(preview.roles, "role")} move
              {preview.merged.snapshot.roles.length > 0 &&
                `: ${preview.merged.snapshot.roles.map((r) => r.title).join("; ")}`}
              .
            </li>
            <li>
              {preview.newAliases.length > 0
                ? `${name} gains the aliases ${preview.newAliases.map((a) => `“${a}”`).join(", ")}.`
                : `${name} already goes by every name of the duplicate.`}
            </li>
            <li>
              The duplicate’s {countLabel(preview.revisions, "earlier edit")} stay in its history, and its
              address <code>/officials/{preview.merged.slug}</code> opens {name}.
            </li>
          </ul>
          <p className="muted">A merge is not undone by restoring a version: check the two are one person.</p>
          <MergeConfirm
            action={mergePersonsAction}
            basePath="/officials"
            label="Merge these two people"
            input={{
              survivorSlug: slug,
              mergedSlug: preview.merged.slug,
              survivorVersion: preview.survivor.version,
              mergedVersion: preview.merged.version,
            }}
          />
        </section>
      )}
    </article>
  );
}
