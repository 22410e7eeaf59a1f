import Link from "next/link";
import { markBasis, type TextSegment } from "@/lib/compare-phrases";
import styles from "../compare.module.css";

/** How a comparison quotes its records: whole passages with shared words marked, or only the words that carry a position. */

export function Segments({ segments }: { segments: TextSegment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        // Segments are positional pieces of one text; the index is their identity.
        // biome-ignore lint/suspicious/noArrayIndexKey: static split of one string
        s.shared ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>,
      )}
    </>
  );
}

export function Passage({ publicId, text, basis }: { publicId: string; text: string; basis: string | null }) {
  return (
    <blockquote className={styles.quote} data-testid="evidence">
      <Segments segments={markBasis(text, basis)} />
      <Link href={`/positions/${publicId}`} aria-label={`Open record ${publicId}`}>
        record ›
      </Link>
    </blockquote>
  );
}

/**
 * Only the words that carry the position, for the compact tables; the full passage is in the themes below. Without
 * marked words the passage itself is shown, cut at `fallbackChars` when given.
 */
export function BasisQuote({
  publicId,
  text,
  basis,
  fallbackChars,
}: {
  publicId: string;
  text: string;
  basis: string | null;
  fallbackChars?: number;
}) {
  const marked = markBasis(text, basis).filter((s) => s.shared);
  return (
    <blockquote className={styles.quote} data-testid="basis">
      {marked.length > 0 ? (
        <>
          “…
          {marked.map((m, i) => (
            <span key={m.text}>
              {i > 0 && " … "}
              <mark>{m.text}</mark>
            </span>
          ))}
          …”
        </>
      ) : fallbackChars !== undefined && text.length > fallbackChars ? (
        `${text.slice(0, fallbackChars)}…`
      ) : (
        text
      )}
      <Link href={`/positions/${publicId}`} aria-label={`Open record ${publicId}`}>
        {publicId} ›
      </Link>
    </blockquote>
  );
}
