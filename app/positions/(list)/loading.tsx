import styles from "./positions.module.css";

/** Shown while a new view is read: the page's shape, so the layout does not jump when the rows arrive. */
export default function Loading() {
  return (
    <div role="status" aria-live="polite" data-testid="positions-loading">
      <h1>Position records</h1>
      <p className="muted">Loading records…</p>
      <div className={styles.scroll} aria-hidden="true">
        {Array.from({ length: 8 }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholders without identity
          <div key={i} className={styles.skeletonRow} />
        ))}
      </div>
    </div>
  );
}
