import type { IgnoredParam } from "@/lib/url-grammar";
import styles from "./ignored-notice.module.css";

/**
 * The parts of a page's address that were not used, and why: the same notice on every page whose URL grammar is
 * built by lib/url-grammar.ts, so an address that asks for something the page cannot do is told so.
 */
export function IgnoredNotice({ ignored }: { ignored: readonly IgnoredParam[] }) {
  if (ignored.length === 0) return null;
  return (
    <div className="notice" role="status" data-testid="ignored-notice">
      <strong>Part of this address was not understood and has been ignored:</strong>
      <ul className={styles.list}>
        {ignored.map((i, n) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the same key and value can be reported twice
          <li key={n}>
            {i.key ? (
              <>
                <code>
                  {i.key}={i.value}
                </code>{" "}
                — {i.reason}
              </>
            ) : (
              i.reason
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
