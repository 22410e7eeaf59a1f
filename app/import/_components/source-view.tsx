"use client";

import { toUtf16Index } from "@/lib/text";
import styles from "../import.module.css";
import type { Draft } from "./candidate-card";

/**
 * The source exactly as received, each candidate's evidence highlighted and numbered; rendered as text nodes
 * (never as HTML), so whatever the article contains stays inert.
 */
export function SourceView({ raw, drafts }: { raw: string; drafts: Draft[] }) {
  const spans = drafts
    .map((d, i) => ({ d, n: i + 1, start: Number(d.evidenceStart), end: Number(d.evidenceEnd) }))
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.end > s.start && s.start >= 0)
    .map((s) => ({ ...s, from: toUtf16Index(raw, s.start), to: toUtf16Index(raw, s.end) }))
    .sort((a, b) => a.from - b.from);
  const parts: Array<{ text: string; span?: (typeof spans)[number] }> = [];
  let at = 0;
  for (const s of spans) {
    // Overlapping spans (after an edit) are shown from where the previous one ended.
    const from = Math.max(s.from, at);
    if (from >= s.to) continue;
    if (from > at) parts.push({ text: raw.slice(at, from) });
    parts.push({ text: raw.slice(from, s.to), span: s });
    at = s.to;
  }
  if (at < raw.length) parts.push({ text: raw.slice(at) });

  return (
    <div className={styles.source} data-testid="source-view">
      {parts.map((p, i) =>
        p.span ? (
          <mark
            // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and rebuilt on every render
            key={i}
            id={`ev-${p.span.d.key}`}
            className={p.span.d.accepted ? styles.markAccepted : styles.markRejected}
            data-testid="evidence-mark"
          >
            <a href={`#card-${p.span.d.key}`} className={styles.markLabel}>
              {p.span.n}
            </a>
            {p.text}
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above
          <span key={i}>{p.text}</span>
        ),
      )}
    </div>
  );
}
