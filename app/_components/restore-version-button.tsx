"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/app/_server/action";
import styles from "@/app/positions/[id]/_components/edit/edit.module.css";

type RestoreResult = ActionResult<unknown>;

/**
 * "Restore this version" for any history (records, people, events): `input` carries the version the page shows
 * as current, so a page made stale by a colleague's save is refused with a conflict instead of overwriting it.
 */
export function RestoreVersionButton<I>(props: { action: (input: I) => Promise<RestoreResult>; input: I }) {
  const router = useRouter();
  const [error, setError] = useState("");
  const [pending, startTransition] = useTransition();
  return (
    <span className={styles.restore}>
      <button
        type="button"
        disabled={pending}
        onClick={() => {
          setError("");
          startTransition(async () => {
            const result = await props.action(props.input);
            if (result.ok) {
              router.refresh();
              return;
            }
            setError(
              result.code === "invalid"
                ? (Object.values(result.fieldErrors ?? {})[0] ?? result.error)
                : result.error,
            );
          });
        }}
      >
        {pending ? "Restoring…" : "Restore this version"}
      </button>
      {error && (
        <span role="alert" className={styles.fieldError} data-testid="restore-error">
          {error}
        </span>
      )}
    </span>
  );
}
