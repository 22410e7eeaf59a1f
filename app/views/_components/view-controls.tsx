"use client";

import { useActionState } from "react";
import { MAX_VIEW_NAME } from "@/lib/saved-views";
import { deleteViewAction, renameViewAction, shareViewAction, type ViewActionResult } from "../actions";
import styles from "./saved-views.module.css";

type Action = (prev: ViewActionResult | null, form: FormData) => Promise<ViewActionResult>;

function useViewAction(action: Action) {
  return useActionState<ViewActionResult | null, FormData>(action, null);
}

/** The owner's controls for one saved view: rename, share or unshare, delete. */
export function ViewControls({ id, name, shared }: { id: number; name: string; shared: boolean }) {
  const [renamed, rename, renaming] = useViewAction(renameViewAction);
  const [shareState, share, sharing] = useViewAction(shareViewAction);
  const [deleted, remove, deleting] = useViewAction(deleteViewAction);
  const asking = deleted && !deleted.ok && deleted.code === "confirm";
  const last = [renamed, shareState, asking ? null : deleted].find((s) => s && !s.ok) ?? null;
  return (
    <div className={styles.controls}>
      <form action={rename} aria-label={`Rename ${name}`}>
        <input type="hidden" name="id" value={id} />
        <label>
          New name
          <input name="name" required maxLength={MAX_VIEW_NAME} defaultValue={name} />
        </label>
        <button type="submit" disabled={renaming}>
          Rename
        </button>
      </form>
      <form action={share}>
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="shared" value={shared ? "0" : "1"} />
        <button type="submit" disabled={sharing}>
          {shared ? "Make private" : "Share"}
        </button>
      </form>
      <form action={remove}>
        <input type="hidden" name="id" value={id} />
        {asking ? (
          <>
            <p role="alert">{deleted.error}</p>
            <input type="hidden" name="confirm" value="yes" />
            <button type="submit" disabled={deleting}>
              Yes, delete “{name}”
            </button>
          </>
        ) : (
          <button type="submit" disabled={deleting}>
            Delete
          </button>
        )}
      </form>
      <p aria-live="polite" className={last ? styles.error : styles.status}>
        {last && !last.ok ? last.error : ""}
      </p>
    </div>
  );
}
