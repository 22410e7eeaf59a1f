"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { restoreRecordAction } from "../../actions";
import styles from "./edit.module.css";

/**
 * "Restore this version": sends the version the page shows as current, so a page made stale by a colleague's save
 * is refused with a conflict instead of overwriting that save.
 */
export function RestoreButton(props: { publicId: string; pageVersion: number; version: number }) {
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
            const result = await restoreRecordAction({
              publicId: props.publicId,
              expectedVersion: props.pageVersion,
              version: props.version,
            });
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
