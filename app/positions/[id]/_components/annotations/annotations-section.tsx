import Link from "next/link";
import { authSettings } from "@/app/_server/auth";
import { getCurrentUser, toActor } from "@/app/_server/current-user";
import { getDb } from "@/db/client";
import { getStatementRef, listAnnotations, listRevisionsFor } from "@/db/queries/annotations";
import { locateAnchor } from "@/lib/annotations";
import { can, canDeleteAnnotation } from "@/lib/authz";
import { AnchorSelectionProvider } from "./anchor-context";
import { AnchoredPassage } from "./anchored-passage";
import { AnnotationCard } from "./annotation-card";
import { AnnotationEditor } from "./annotation-editor";
import styles from "./annotations.module.css";
import { InPlaceHighlights } from "./in-place-highlights";
import { MarkdownBody } from "./markdown-body";

/**
 * A record's annotations: the statement text with annotated passages highlighted, each note (markdown rendered
 * inert, tags, author and times, permalink, history), and for analysts the editor. Viewers and anonymous readers
 * get no edit controls; the actions refuse them anyway.
 */
export async function AnnotationsSection({ statementPublicId }: { statementPublicId: string }) {
  const user = await getCurrentUser();
  const actor = toActor(user);
  if (!can(actor, "records:read", authSettings)) return null;
  const db = getDb();
  const statement = getStatementRef(db, statementPublicId);
  if (!statement) return null;

  const canWrite = can(actor, "annotations:write", authSettings);
  const all = listAnnotations(db, statement.id, { includeDeleted: true });
  const live = all.filter((a) => a.deletedAt === null);
  // Deleted notes stay listed for whoever may undelete them (their author, or an admin): deleting is undoable.
  const deleted = all.filter(
    (a) => a.deletedAt !== null && canDeleteAnnotation(actor, a.authorId, authSettings),
  );
  const revisions = listRevisionsFor(
    db,
    [...live, ...deleted].map((a) => a.id),
  );
  const anchors = live.flatMap((a) => (a.anchor ? [{ publicId: a.publicId, anchor: a.anchor }] : []));

  const card = (a: (typeof all)[number]) => (
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
          Annotations <span className="muted">({live.length})</span>
        </h2>
        <InPlaceHighlights text={statement.text} anchors={anchors.map((a) => a.anchor)} />
        <AnchoredPassage text={statement.text} anchors={anchors} selectable={canWrite} />
        {live.length === 0 && <p className="muted">No annotations yet.</p>}
        {live.map(card)}
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
