"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useState, useTransition } from "react";
import {
  type AnnotationActionResult,
  createAnnotationAction,
  updateAnnotationAction,
} from "@/app/annotations/actions";
import type { AnnotationView } from "@/db/queries/annotations";
import { type Anchor, formatTimestamp } from "@/lib/annotations";
import { useAnchorSelection } from "./anchor-context";
import styles from "./annotations.module.css";

type Props =
  | { mode: "create"; statementPublicId: string; onDone?: undefined }
  | { mode: "edit"; annotation: AnnotationView; onDone: () => void };

/**
 * Writes a new note or edits one. A save based on an old version is refused by the server; the editor then shows
 * the colleague's saved text beside the user's own, which stays in the text box until the user saves a merge or
 * discards it. Nothing typed is ever dropped by a failed save.
 */
export function AnnotationEditor(props: Props) {
  const router = useRouter();
  const id = useId();
  const { selected, setSelected } = useAnchorSelection();
  const editing = props.mode === "edit" ? props.annotation : null;
  const [body, setBody] = useState(editing?.body ?? "");
  const [tags, setTags] = useState(editing?.tags.join(", ") ?? "");
  const [anchor, setAnchor] = useState<Anchor | null>(editing?.anchor ?? null);
  const [baseVersion, setBaseVersion] = useState(editing?.version ?? 0);
  const [conflict, setConflict] = useState<AnnotationView | null>(null);
  const [failure, setFailure] = useState<Extract<AnnotationActionResult, { ok: false }> | null>(null);
  const [status, setStatus] = useState("");
  const [pending, startTransition] = useTransition();

  // Unsaved text also lives in sessionStorage, so a reload or a closed editor does not lose it either.
  const draftKey =
    props.mode === "create"
      ? `annotation-draft:new:${props.statementPublicId}`
      : `annotation-draft:${props.annotation.publicId}`;
  const savedBody = editing?.body ?? "";
  const [restored, setRestored] = useState(false);
  useEffect(() => {
    const draft = window.sessionStorage.getItem(draftKey);
    if (draft !== null && draft !== savedBody) {
      setBody(draft);
      setRestored(true);
    }
  }, [draftKey, savedBody]);
  function updateBody(value: string) {
    setBody(value);
    if (value && value !== savedBody) window.sessionStorage.setItem(draftKey, value);
    else window.sessionStorage.removeItem(draftKey);
  }
  function forgetDraft() {
    window.sessionStorage.removeItem(draftKey);
    setRestored(false);
  }

  // A new note takes the passage selected in the text; an edited one keeps its own unless told otherwise.
  const effectiveAnchor = props.mode === "create" ? selected : anchor;

  function save() {
    setStatus("");
    startTransition(async () => {
      const result =
        props.mode === "create"
          ? await createAnnotationAction({
              statementPublicId: props.statementPublicId,
              body,
              tags,
              anchor: effectiveAnchor,
            })
          : await updateAnnotationAction({
              publicId: props.annotation.publicId,
              expectedVersion: baseVersion,
              body,
              tags,
              anchor,
            });
      if (result.ok) {
        forgetDraft();
        setFailure(null);
        setConflict(null);
        if (props.mode === "create") {
          setBody("");
          setTags("");
          setSelected(null);
          setStatus("Saved.");
          window.history.replaceState(null, "", `#annotation-${result.data.publicId}`);
        } else {
          props.onDone();
        }
        router.refresh();
        return;
      }
      setFailure(result);
      if (result.code === "conflict" && result.current) {
        // From now on the save is based on the colleague's version: saving again means "my merge wins".
        setConflict(result.current);
        setBaseVersion(result.current.version);
      }
    });
  }

  const fieldError = (name: string) => failure?.fieldErrors?.[name];
  return (
    <form
      className={styles.editor}
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      aria-label={props.mode === "create" ? "New annotation" : "Edit annotation"}
    >
      {conflict && (
        <div className={styles.conflict} data-testid="conflict">
          <p className="notice" role="alert">
            {conflict.updatedByName ?? "Someone"} saved version {conflict.version} of this note (
            {formatTimestamp(conflict.updatedAt)}) while you were editing. Merge their text into yours below,
            then save; or discard yours.
          </p>
          <div className={styles.conflictColumns}>
            <section aria-label="Their saved text">
              <h4>Their saved text (version {conflict.version})</h4>
              <pre data-testid="conflict-theirs">{conflict.body}</pre>
              <p className="muted">Tags: {conflict.tags.join(", ") || "none"}</p>
              <button type="button" onClick={() => updateBody(`${body}\n\n${conflict.body}`)}>
                Append their text to mine
              </button>{" "}
              <button
                type="button"
                onClick={() => {
                  updateBody(conflict.body);
                  setTags(conflict.tags.join(", "));
                  setAnchor(conflict.anchor);
                }}
              >
                Discard mine, take theirs
              </button>
            </section>
            <section aria-label="Your unsaved text">
              <h4>Your unsaved text</h4>
              <pre data-testid="conflict-mine">{body}</pre>
            </section>
          </div>
        </div>
      )}
      {restored && (
        <p className="notice" data-testid="draft-restored">
          Your unsaved text from before was restored.{" "}
          <button
            type="button"
            onClick={() => {
              forgetDraft();
              setBody(savedBody);
            }}
          >
            Discard it
          </button>
        </p>
      )}
      <label htmlFor={`${id}-body`}>{conflict ? "Merged text (Markdown)" : "Note (Markdown)"}</label>
      <textarea
        id={`${id}-body`}
        value={body}
        onChange={(e) => updateBody(e.target.value)}
        rows={props.mode === "create" ? 4 : 6}
        aria-invalid={fieldError("body") ? true : undefined}
        aria-describedby={fieldError("body") ? `${id}-body-error` : undefined}
      />
      {fieldError("body") && (
        <p id={`${id}-body-error`} className="error">
          {fieldError("body")}
        </p>
      )}
      <label htmlFor={`${id}-tags`}>Tags (comma-separated)</label>
      <input
        id={`${id}-tags`}
        value={tags}
        onChange={(e) => setTags(e.target.value)}
        aria-invalid={fieldError("tags") ? true : undefined}
      />
      {fieldError("tags") && <p className="error">{fieldError("tags")}</p>}
      <div className={styles.anchorLine}>
        {effectiveAnchor ? (
          <>
            <span>
              Passage: <q>{effectiveAnchor.exact}</q>
            </span>
            <button
              type="button"
              onClick={() => (props.mode === "create" ? setSelected(null) : setAnchor(null))}
            >
              Remove passage
            </button>
          </>
        ) : (
          <span className="muted">No passage attached.</span>
        )}
        {props.mode === "edit" && selected && selected !== anchor && (
          <button type="button" onClick={() => setAnchor(selected)}>
            Use selected passage
          </button>
        )}
      </div>
      {fieldError("anchor") && <p className="error">{fieldError("anchor")}</p>}
      <p aria-live="polite" className={failure ? "error" : "muted"} data-testid="editor-status">
        {failure && failure.code !== "conflict" ? failure.error : status}
      </p>
      <div className={styles.buttons}>
        <button type="submit" className="primary" disabled={pending}>
          {pending
            ? "Saving…"
            : conflict
              ? "Save merged text"
              : props.mode === "create"
                ? "Add note"
                : "Save"}
        </button>
        {props.mode === "edit" && (
          <button
            type="button"
            onClick={() => {
              // Cancelling keeps the draft (it is restored next time); discarding a conflicted text drops it.
              if (conflict) forgetDraft();
              props.onDone();
            }}
            disabled={pending}
          >
            {conflict ? "Discard my text" : "Cancel"}
          </button>
        )}
      </div>
    </form>
  );
}
