"use client";

import Link from "next/link";
import { startTransition, useActionState, useState } from "react";
import { MAX_VIEW_NAME } from "@/lib/saved-views";
import { saveViewAction, type ViewActionResult } from "../actions";
import styles from "./saved-views.module.css";

export function SaveViewForm({ url, suggestedName }: { url: string; suggestedName: string }) {
  const [state, action, pending] = useActionState<ViewActionResult | null, FormData>(saveViewAction, null);
  // A refused save must keep what was typed. React resets a form after its `action` runs (the suggested name
  // came back over the user's, and the shared box unticked), so with JavaScript the submit dispatches the action
  // itself; `action` stays for a browser without it.
  const [name, setName] = useState(suggestedName);
  const [shared, setShared] = useState(false);
  return (
    <details className={styles.save}>
      <summary>Save this view</summary>
      <form
        action={action}
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          startTransition(() => action(data));
        }}
        className={styles.saveForm}
        aria-label="Save this view"
      >
        <input type="hidden" name="url" value={url} />
        <label>
          Name
          <input
            name="name"
            required
            maxLength={MAX_VIEW_NAME}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <label className={styles.check}>
          <input
            type="checkbox"
            name="shared"
            checked={shared}
            onChange={(e) => setShared(e.target.checked)}
          />{" "}
          Shared with every signed-in user
        </label>
        <button type="submit" disabled={pending}>
          Save
        </button>
        <p aria-live="polite" className={state && !state.ok ? styles.error : styles.status}>
          {state?.ok ? (
            <>
              {state.data.message} <Link href="/views">Your saved views</Link>
            </>
          ) : (
            state?.error
          )}
        </p>
      </form>
    </details>
  );
}
