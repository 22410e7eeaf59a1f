"use client";

import Link from "next/link";
import { useActionState } from "react";
import { MAX_VIEW_NAME } from "@/lib/saved-views";
import { saveViewAction, type ViewActionResult } from "../actions";
import styles from "./saved-views.module.css";

export function SaveViewForm({ url, suggestedName }: { url: string; suggestedName: string }) {
  const [state, action, pending] = useActionState<ViewActionResult | null, FormData>(saveViewAction, null);
  return (
    <details className={styles.save}>
      <summary>Save this view</summary>
      <form action={action} className={styles.saveForm} aria-label="Save this view">
        <input type="hidden" name="url" value={url} />
        <label>
          Name
          <input name="name" required maxLength={MAX_VIEW_NAME} defaultValue={suggestedName} />
        </label>
        <label className={styles.check}>
          <input type="checkbox" name="shared" /> Shared with every signed-in user
        </label>
        <button type="submit" disabled={pending}>
          Save
        </button>
        <p aria-live="polite" className={state && !state.ok ? styles.error : styles.status}>
          {state?.ok ? (
            <>
              {state.message} <Link href="/views">Your saved views</Link>
            </>
          ) : (
            state?.error
          )}
        </p>
      </form>
    </details>
  );
}
