"use client";

import { useEffect, useMemo, useRef } from "react";
import { type Anchor, anchorFromSelection, highlightSegments, locateAnchor } from "@/lib/annotations";
import { useAnchorSelection } from "./anchor-context";
import styles from "./annotations.module.css";

type Props = {
  text: string;
  anchors: { publicId: string; anchor: Anchor }[];
  /** Analysts can select a passage to anchor a note to it. */
  selectable: boolean;
};

/** UTF-16 offset of a DOM position within `root`'s text. */
function offsetWithin(root: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.selectNodeContents(root);
  range.setEnd(node, offset);
  return range.toString().length;
}

/**
 * The record's statement text with every anchored passage highlighted in place. Clicking a highlight goes to its
 * annotation; selecting text (analysts) offers it as the passage for the note being written.
 */
export function AnchoredPassage({ text, anchors, selectable }: Props) {
  const { active, setActive, selected, setSelected } = useAnchorSelection();
  const root = useRef<HTMLQuoteElement>(null);

  const located = useMemo(
    () =>
      anchors.flatMap(({ publicId, anchor }) => {
        const at = locateAnchor(text, anchor);
        return at ? [{ ...at, id: publicId }] : [];
      }),
    [anchors, text],
  );
  const pending = selected ? locateAnchor(text, selected) : null;
  const segments = highlightSegments(text, pending ? [...located, { ...pending, id: "selection" }] : located);

  // A permalink (#annotation-<id>) emphasises that annotation's passage too.
  useEffect(() => {
    const fromHash = () => {
      const match = /^#annotation-([a-z0-9]+)$/.exec(window.location.hash);
      if (match?.[1]) setActive(match[1]);
    };
    fromHash();
    window.addEventListener("hashchange", fromHash);
    return () => window.removeEventListener("hashchange", fromHash);
  }, [setActive]);

  function onSelect() {
    if (!selectable || !root.current) return;
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return;
    const range = selection.getRangeAt(0);
    if (!root.current.contains(range.startContainer) || !root.current.contains(range.endContainer)) return;
    const from = offsetWithin(root.current, range.startContainer, range.startOffset);
    const to = offsetWithin(root.current, range.endContainer, range.endOffset);
    const anchor = anchorFromSelection(text, from, to);
    if (anchor) setSelected(anchor);
  }

  return (
    <figure className={styles.passage}>
      <blockquote ref={root} onMouseUp={onSelect} onKeyUp={onSelect} data-testid="annotated-passage">
        {segments.map((segment, i) => {
          const key = `${i}-${segment.ids.join(".")}`;
          if (segment.ids.length === 0) return <span key={key}>{segment.text}</span>;
          const target = segment.ids.find((id) => id !== "selection");
          const isSelection = segment.ids.includes("selection");
          const isActive = active !== null && segment.ids.includes(active);
          return (
            <mark
              key={key}
              className={[
                styles.highlight,
                isActive ? styles.active : "",
                isSelection ? styles.selection : "",
              ].join(" ")}
              data-annotations={segment.ids.filter((id) => id !== "selection").join(" ")}
            >
              {target ? (
                <a
                  href={`#annotation-${target}`}
                  onMouseEnter={() => setActive(target)}
                  onFocus={() => setActive(target)}
                >
                  {segment.text}
                </a>
              ) : (
                segment.text
              )}
            </mark>
          );
        })}
      </blockquote>
      {selectable && (
        <figcaption className="muted">
          {selected
            ? "Passage selected: it will be attached to the note you save next."
            : "Select words in the text above to attach a note to that passage."}
        </figcaption>
      )}
    </figure>
  );
}
