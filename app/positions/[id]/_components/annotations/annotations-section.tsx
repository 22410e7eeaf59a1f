import Link from "next/link";
import { authSettings } from "@/app/_server/auth";
import { getCurrentUser, toActor } from "@/app/_server/current-user";
import { getDb } from "@/db/client";
import { countAnnotations, listAnnotations, listRevisionsFor } from "@/db/queries/annotation-lists";
import { getStatementRef, type RevisionView } from "@/db/queries/annotations";
import { locateAnchor } from "@/lib/annotations";
import { can, canDeleteAnnotation } from "@/lib/authz";
import { RECORD_PAGE_LIMITS, type RecordPageView, showAllHref } from "@/lib/record-page-view";
import { countLabel } from "@/lib/text";
import { AnchorSelectionProvider } from "./anchor-context";
import { AnchoredPassage } from "./anchored-passage";
import { AnnotationCard } from "./annotation-card";
import { AnnotationEditor } from "./annotation-editor";
import styles from "./annotations.module.css";
import { InPlaceHighlights } from "./in-place-highlights";
import { MarkdownBody } from "./markdown-body";

/** Whether some annotation's history was cut to its newest versions (its first listed is not version 1). */
function revisionsCut(revisions: Map<number, RevisionView[]>): boolean {
  for (const list of revisions.values()) if ((list[0]?.version ?? 1) > 1) return true;
  return false;
}

/**
 * A record's annotations: the statement text with annotated passages highlighted, each note (markdown rendered
 * inert, tags, author and times, permalink, history), and for analysts the editor. Viewers and anonymous readers
 * get no edit controls; the actions refuse them anyway.
 */
export async function AnnotationsSection({
  statementPublicId,
  pageView,
}: {
  statementPublicId: string;
  pageView: RecordPageView;
}) {
  const user = await getCurrentUser();
  const actor = toActor(user);
  if (!can(actor, "records:read", authSettings)) return null;
  const db = getDb();
  const statement = getStatementRef(db, statementPublicId);
  if (!statement) return null;

  const canWrite = can(actor, "annotations:write", authSettings);
  // A long discussion shows its first RECORD_PAGE_LIMITS.notes notes (live and deleted each) until opened in full.
  const inFull = pageView.show.has("notes");
  const limit = inFull ? undefined : RECORD_PAGE_LIMITS.notes;
  const counts = countAnnotations(db, statement.id);
  const live = listAnnotations(db, statement.id, { limit });
  // Deleted notes stay listed for whoever may undelete them (their author, or an admin): deleting is undoable.
  const deleted =
    counts.deleted === 0
      ? []
      : listAnnotations(db, statement.id, { deletedOnly: true })
          .filter((a) => canDeleteAnnotation(actor, a.authorId, authSettings))
          .slice(0, limit);
  const revisions = listRevisionsFor(
    db,
    [...live, ...deleted].map((a) => a.id),
    inFull ? undefined : RECORD_PAGE_LIMITS.noteVersions,
  );
  const anchors = live.flatMap((a) => (a.anchor ? [{ publicId: a.publicId, anchor: a.anchor }] : []));

  const card = (a: (typeof live)[number]) => (
    <AnnotationCard
      key={a.publicId}
      annotation={a}
      body={<MarkdownBody source={a.body} />}
      revisions={revisions.get(a.id) ?? []}
      canEdit={canWrite}
      canDelete={canDeleteAnnotation(actor, a.authorId, authSettings)}
      anchorFound={a.anchor ? locateAnchor(statement.text, a.anchor) !== null : false}
    />
  );

  return (
    <AnchorSelectionProvider>
      <div className={styles.section} data-testid="annotations-section">
        <h2>
          Annotations <span className="muted">({counts.live.toLocaleString("en")})</span>
        </h2>
        <InPlaceHighlights text={statement.text} anchors={anchors.map((a) => a.anchor)} />
        <AnchoredPassage text={statement.text} anchors={anchors} selectable={canWrite} />
        {live.length === 0 && <p className="muted">No annotations yet.</p>}
        {live.map(card)}
        {!inFull && (live.length < counts.live || revisionsCut(revisions)) && (
          <p data-testid="notes-show-all">
            <Link href={showAllHref(statementPublicId, pageView, "notes")}>
              Show all {countLabel(counts.live, "annotation")} with their whole histories
            </Link>{" "}
            <span className="muted">
              (the first {live.length} are listed, each with its newest {RECORD_PAGE_LIMITS.noteVersions}{" "}
              versions)
            </span>
          </p>
        )}
        {canWrite ? (
          <>
            <h3>Add a note</h3>
            <AnnotationEditor mode="create" statementPublicId={statement.publicId} />
          </>
        ) : (
          <p className="muted">
            {user ? (
              "Your account can read annotations; analysts can write them."
            ) : (
              <>
                <Link href={`/sign-in?next=${encodeURIComponent(`/positions/${statement.publicId}`)}`}>
                  Sign in
                </Link>{" "}
                as an analyst to annotate.
              </>
            )}
          </p>
        )}
        {deleted.length > 0 && (
          <details className={styles.deletedList}>
            <summary>Deleted annotations ({deleted.length})</summary>
            {deleted.map(card)}
          </details>
        )}
      </div>
    </AnchorSelectionProvider>
  );
}
