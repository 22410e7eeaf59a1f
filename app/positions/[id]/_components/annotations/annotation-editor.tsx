"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useState, useTransition } from "react";
import {
  type AnnotationActionResult,
  createAnnotationAction,
  updateAnnotationAction,
} from "@/app/annotations/actions";
import type { AnnotationView } from "@/db/queries/annotations";
import {
  autoMerge,
  type FieldState,
  fieldStates,
  type MergeField,
  type NoteFields,
  unionTags,
} from "@/lib/annotation-merge";
import { type Anchor, formatTimestamp, parseTags } from "@/lib/annotations";
import { useAnchorSelection } from "./anchor-context";
import styles from "./annotations.module.css";

const STATE_WORDS: Record<FieldState, string> = {
  same: "the same in both versions",
  theirs: "changed by them only, their change is kept",
  mine: "changed by you only, your change is kept",
  both: "changed by both of you, choose what to keep",
};

function TagList({ tags }: { tags: readonly string[] }) {
  return <strong>{tags.length > 0 ? tags.join(", ") : "none"}</strong>;
}

function PassageWords({ anchor }: { anchor: Anchor | null }) {
  return anchor ? <q>{anchor.exact}</q> : <strong>no passage</strong>;
}

type Props =
  | { mode: "create"; statementPublicId: string; onDone?: undefined }
  | { mode: "edit"; annotation: AnnotationView; onDone: () => void };

/**
 * Writes a new note or edits one. A save based on an old version is refused by the server; the editor then shows
 * the colleague's saved version beside the user's own, field by field (text, tags, passage): a field only one of
 * them changed keeps that change, a field both changed is the user's choice, and the merge is not saved until each
 * such field has one. Nothing typed, and nothing the colleague saved, is ever dropped without being shown.
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
  // The version this edit started from (then the colleague's, after a merge), and the user's values at the conflict.
  const [base, setBase] = useState<NoteFields>({
    body: editing?.body ?? "",
    tags: editing?.tags ?? [],
    anchor: editing?.anchor ?? null,
  });
  const [mine, setMine] = useState<NoteFields | null>(null);
  const [states, setStates] = useState<Record<MergeField, FieldState> | null>(null);
  const [choices, setChoices] = useState<Partial<Record<"tags" | "anchor", "mine" | "theirs" | "both">>>({});
  const [mergeError, setMergeError] = useState("");
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

  /** Fields both sides changed differently and the user has not decided yet. */
  const undecided = (["tags", "anchor"] as const).filter((f) => states?.[f] === "both" && !choices[f]);

  function chooseTags(choice: "mine" | "theirs" | "both") {
    if (!mine || !conflict) return;
    setChoices((c) => ({ ...c, tags: choice }));
    const value =
      choice === "mine"
        ? mine.tags
        : choice === "theirs"
          ? conflict.tags
          : unionTags(mine.tags, conflict.tags);
    setTags(value.join(", "));
  }
  function chooseAnchor(choice: "mine" | "theirs") {
    if (!mine || !conflict) return;
    setChoices((c) => ({ ...c, anchor: choice }));
    setAnchor(choice === "mine" ? mine.anchor : conflict.anchor);
  }

  function save() {
    setStatus("");
    if (conflict && undecided.length > 0) {
      setMergeError(
        `Choose which ${undecided.map((f) => (f === "tags" ? "tags" : "passage")).join(" and ")} to keep: you and ${conflict.updatedByName ?? "your colleague"} both changed ${undecided.length > 1 ? "them" : "it"}.`,
      );
      return;
    }
    setMergeError("");
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
        setStates(null);
        setMine(null);
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
        // From now on the save is based on the colleague's version: saving again saves the merge shown.
        const theirs = result.current;
        const theirFields = { body: theirs.body, tags: theirs.tags, anchor: theirs.anchor };
        const myFields = { body, tags: parseTags(tags), anchor };
        const merged = autoMerge(base, myFields, theirFields);
        setStates(fieldStates(base, myFields, theirFields));
        setMine(myFields);
        setChoices({});
        setBase(theirFields);
        if (merged.body !== body) updateBody(merged.body);
        setTags(merged.tags.join(", "));
        setAnchor(merged.anchor);
        setConflict(theirs);
        setBaseVersion(theirs.version);
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
      {conflict && mine && states && (
        <div className={styles.conflict} data-testid="conflict">
          <p className="notice" role="alert">
            {conflict.updatedByName ?? "Someone"} saved version {conflict.version} of this note (
            {formatTimestamp(conflict.updatedAt)}) while you were editing. Each field below shows both
            versions and what will be saved; merge the text in the box, then save; or discard yours.
          </p>
          <div className={styles.conflictColumns}>
            <section aria-label="Their saved text">
              <h4>Their saved text (version {conflict.version})</h4>
              <pre data-testid="conflict-theirs">{conflict.body}</pre>
              <button type="button" onClick={() => updateBody(`${body}\n\n${conflict.body}`)}>
                Append their text to mine
              </button>{" "}
              <button
                type="button"
                onClick={() => {
                  updateBody(conflict.body);
                  chooseTags("theirs");
                  chooseAnchor("theirs");
                }}
              >
                Discard mine, take theirs
              </button>
            </section>
            <section aria-label="Your unsaved text">
              <h4>Your unsaved text</h4>
              <pre data-testid="conflict-mine">{mine.body}</pre>
            </section>
          </div>
          <fieldset className={styles.mergeField} data-testid="merge-tags">
            <legend>Tags: {STATE_WORDS[states.tags]}</legend>
            <p>
              Theirs: <TagList tags={conflict.tags} /> · Yours: <TagList tags={mine.tags} />
            </p>
            {states.tags !== "same" && (
              <div className={styles.mergeChoices}>
                {(
                  [
                    ["mine", "Keep my tags"],
                    ["theirs", "Take their tags"],
                    ["both", "Keep both"],
                  ] as const
                ).map(([value, label]) => (
                  <label key={value}>
                    <input
                      type="radio"
                      name={`${id}-tags-choice`}
                      checked={
                        choices.tags
                          ? choices.tags === value
                          : states.tags !== "both" && states.tags === value
                      }
                      onChange={() => chooseTags(value)}
                    />{" "}
                    {label}
                  </label>
                ))}
              </div>
            )}
          </fieldset>
          <fieldset className={styles.mergeField} data-testid="merge-anchor">
            <legend>Passage: {STATE_WORDS[states.anchor]}</legend>
            <p>
              Theirs: <PassageWords anchor={conflict.anchor} /> · Yours: <PassageWords anchor={mine.anchor} />
            </p>
            {states.anchor !== "same" && (
              <div className={styles.mergeChoices}>
                {(
                  [
                    ["mine", "Keep my passage"],
                    ["theirs", "Take their passage"],
                  ] as const
                ).map(([value, label]) => (
                  <label key={value}>
                    <input
                      type="radio"
                      name={`${id}-anchor-choice`}
                      checked={
                        choices.anchor
                          ? choices.anchor === value
                          : states.anchor !== "both" && states.anchor === value
                      }
                      onChange={() => chooseAnchor(value)}
                    />{" "}
                    {label}
                  </label>
                ))}
              </div>
            )}
          </fieldset>
          {mergeError && (
            <p className="error" role="alert" data-testid="merge-error">
              {mergeError}
            </p>
          )}
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
