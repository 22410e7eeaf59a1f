"use client";

import { useRouter } from "next/navigation";
import { type ReactNode, useState, useTransition } from "react";
import { deleteAnnotationAction, undeleteAnnotationAction } from "@/app/annotations/actions";
import type { AnnotationView, RevisionView } from "@/db/queries/annotations";
import { formatTimestamp } from "@/lib/annotations";
import { useAnchorSelection } from "./anchor-context";
import { AnnotationEditor } from "./annotation-editor";
import { AnnotationHistory } from "./annotation-history";
import styles from "./annotations.module.css";

type Props = {
  annotation: AnnotationView;
  /** The body already rendered to safe elements on the server. */
  body: ReactNode;
  revisions: RevisionView[];
  canEdit: boolean;
  canDelete: boolean;
  anchorFound: boolean;
};

export function AnnotationCard({ annotation, body, revisions, canEdit, canDelete, anchorFound }: Props) {
  const router = useRouter();
  const { active, setActive } = useAnchorSelection();
  const [mode, setMode] = useState<"view" | "edit">("view");
  const [showHistory, setShowHistory] = useState(false);
  const [message, setMessage] = useState("");
  const [pending, startTransition] = useTransition();
  const a = annotation;
  const deleted = a.deletedAt !== null;
  const permalink = `/positions/${a.statementPublicId}#annotation-${a.publicId}`;

  function toggleDeleted() {
    setMessage("");
    startTransition(async () => {
      const input = { publicId: a.publicId, expectedVersion: a.version };
      const result = deleted ? await undeleteAnnotationAction(input) : await deleteAnnotationAction(input);
      if (!result.ok) setMessage(result.error);
      router.refresh();
    });
  }

  return (
    <article
      id={`annotation-${a.publicId}`}
      className={[
        styles.card,
        deleted ? styles.deleted : "",
        active === a.publicId ? styles.activeCard : "",
      ].join(" ")}
      data-testid="annotation"
      aria-label={deleted ? "Deleted annotation" : `Annotation by ${a.authorName}`}
      onMouseEnter={() => a.anchor && setActive(a.publicId)}
    >
      <header className={styles.cardHeader}>
        <span>
          <strong>{a.authorName}</strong>{" "}
          <span className="muted">
            {formatTimestamp(a.createdAt)}
            {a.version > 1 && (
              <>
                {" "}
                · edited {formatTimestamp(a.updatedAt)}
                {a.updatedByName && a.updatedById !== a.authorId ? ` by ${a.updatedByName}` : ""}
              </>
            )}{" "}
            · v{a.version}
          </span>
        </span>
        <a href={permalink} className={styles.permalink} aria-label="Permalink to this annotation">
          Permalink
        </a>
      </header>
      {deleted && (
        <p className="muted">
          Deleted {formatTimestamp(a.deletedAt ?? a.updatedAt)}
          {a.updatedByName ? ` by ${a.updatedByName}` : ""}.
        </p>
      )}
      {a.anchor && (
        <p className={styles.quote}>
          On{" "}
          <q>
            {anchorFound ? (
              <a href={`#annotation-${a.publicId}`} onClick={() => setActive(a.publicId)}>
                {a.anchor.exact}
              </a>
            ) : (
              a.anchor.exact
            )}
          </q>
          {!anchorFound && <span className="flag"> passage no longer in the text</span>}
        </p>
      )}
      {mode === "edit" ? (
        <AnnotationEditor mode="edit" annotation={a} onDone={() => setMode("view")} />
      ) : (
        <div className={styles.body} data-testid="annotation-body">
          {body}
        </div>
      )}
      {a.tags.length > 0 && (
        <ul className={styles.tags} aria-label="Tags">
          {a.tags.map((tag) => (
            <li key={tag}>
              <a href={`/positions?tag=${encodeURIComponent(tag)}`}>{tag}</a>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.buttons}>
        {canEdit && !deleted && mode === "view" && (
          <button type="button" onClick={() => setMode("edit")}>
            Edit
          </button>
        )}
        {canDelete && (
          <button type="button" onClick={toggleDeleted} disabled={pending}>
            {deleted ? "Undelete" : "Delete"}
          </button>
        )}
        <button type="button" aria-expanded={showHistory} onClick={() => setShowHistory((v) => !v)}>
          History ({revisions.length})
        </button>
      </div>
      <p aria-live="polite" className="error">
        {message}
      </p>
      {showHistory && (
        <AnnotationHistory
          publicId={a.publicId}
          version={a.version}
          revisions={revisions}
          canRestore={canEdit && !deleted}
        />
      )}
    </article>
  );
}
