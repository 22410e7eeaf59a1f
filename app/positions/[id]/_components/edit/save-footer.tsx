import styles from "./edit.module.css";

/**
 * The foot of every versioned edit form: the failure in words (a conflict shows its own panel above, so it is not
 * repeated here), the submit button and the live status line.
 */
export function SaveFooter({
  failure,
  conflict,
  pending,
  label,
  status,
}: {
  failure: { error: string } | null;
  conflict: boolean;
  pending: boolean;
  label: string;
  status: string;
}) {
  return (
    <>
      {failure && !conflict && (
        <p className="error" role="alert">
          {failure.error}
        </p>
      )}
      <div className={styles.actions}>
        <button type="submit" className="primary" disabled={pending}>
          {label}
        </button>
        <span role="status" className={styles.status}>
          {status}
        </span>
      </div>
    </>
  );
}
