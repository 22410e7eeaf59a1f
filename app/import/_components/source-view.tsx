"use client";

import { toUtf16Index } from "@/lib/text";
import type { Draft } from "../drafts";
import styles from "../import.module.css";
import { selectionToSpan } from "../review";

// Characters of scripts unrelated to the text (the scraping junk extraction removes): shown as a marker, since
// fonts draw them as empty boxes. Offsets are unaffected: this is display only.
const JUNK = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]+/gu;

/**
 * One run of the raw text starting at UTF-16 index `from`. Every piece carries its raw position (`data-from`;
 * junk also its UTF-16 length, `data-junk`), so a selection maps back to raw offsets exactly.
 */
function Text({ text, from }: { text: string; from: number }) {
  const out: Array<{ at: number; text: string; junk: boolean }> = [];
  let at = 0;
  for (const m of text.matchAll(JUNK)) {
    if (m.index > at) out.push({ at, text: text.slice(at, m.index), junk: false });
    out.push({ at: m.index, text: m[0], junk: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ at, text: text.slice(at), junk: false });
  return (
    <>
      {out.map((p) =>
        p.junk ? (
          <span
            key={p.at}
            className={styles.junk}
            data-from={from + p.at}
            data-junk={p.text.length}
            title={`${Array.from(p.text).length} characters of scraping junk, kept in the stored text and left out of the display text`}
          >
            junk×{Array.from(p.text).length}
          </span>
        ) : (
          <span key={p.at} data-from={from + p.at}>
            {p.text}
          </span>
        ),
      )}
    </>
  );
}

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
  const parts: Array<{ text: string; from: number; span?: (typeof spans)[number] }> = [];
  let at = 0;
  for (const s of spans) {
    // Overlapping spans (after an edit) are shown from where the previous one ended.
    const from = Math.max(s.from, at);
    if (from >= s.to) continue;
    if (from > at) parts.push({ text: raw.slice(at, from), from: at });
    parts.push({ text: raw.slice(from, s.to), from, span: s });
    at = s.to;
  }
  if (at < raw.length) parts.push({ text: raw.slice(at), from: at });

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
            <Text text={p.text} from={p.from} />
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above
          <span key={i}>
            <Text text={p.text} from={p.from} />
          </span>
        ),
      )}
    </div>
  );
}

/** The UTF-16 position in the raw text of a point of the source view's selection (see SourceView's data-from). */
function rawIndexOf(node: Node, offset: number): number | null {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const piece = element?.closest<HTMLElement>("[data-from]");
  if (!piece) return null;
  const from = Number(piece.dataset.from);
  if (piece.dataset.junk) return from + (offset > 0 ? Number(piece.dataset.junk) : 0);
  return node.nodeType === Node.TEXT_NODE ? from + offset : from;
}

/** The code-point span of the reader's selection in the source view, or why there is none. */
export function selectedSpan(raw: string): { start: number; end: number } | string {
  const sel = window.getSelection();
  const range = sel && sel.rangeCount > 0 ? sel.getRangeAt(0) : null;
  const view = document.querySelector('[data-testid="source-view"]');
  if (!range || range.collapsed || !view?.contains(range.commonAncestorContainer))
    return "Select a passage in the source text first.";
  const a = rawIndexOf(range.startContainer, range.startOffset);
  const b = rawIndexOf(range.endContainer, range.endOffset);
  const span = a !== null && b !== null ? selectionToSpan(raw, a, b) : null;
  return span ?? "That selection holds no text of the article.";
}
