import { segmentSource } from "@/lib/source-text";
import styles from "../record.module.css";
import { ScrollToEvidence } from "./scroll-to-evidence";

/** The source as received (cleaned for display only), the evidence passage highlighted and scrolled into view. */
export function SourceText({ raw, start, end }: { raw: string; start: number; end: number }) {
  const paragraphs = segmentSource(raw, start, end);
  let markPlaced = false;
  return (
    <>
      <section
        id="source-text"
        className={styles.source}
        // A scrollable box must be reachable by keyboard (WCAG 2.1.1), so it takes focus.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable region
        tabIndex={0}
        aria-label="Source text"
        data-testid="source-text"
      >
        {paragraphs.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of one fixed text
          <p key={i} className={p.hasEvidence ? styles.evidencePara : undefined}>
            {p.segments.map((seg, j) => {
              if (!seg.evidence) {
                // biome-ignore lint/suspicious/noArrayIndexKey: pieces of one fixed text
                return <span key={j}>{seg.text}</span>;
              }
              const first = !markPlaced;
              markPlaced = true;
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: pieces of one fixed text
                <mark key={j} id={first ? "evidence" : undefined} data-testid="evidence-mark">
                  {seg.text}
                </mark>
              );
            })}
          </p>
        ))}
      </section>
      <ScrollToEvidence targetId="evidence" containerId="source-text" />
    </>
  );
}
