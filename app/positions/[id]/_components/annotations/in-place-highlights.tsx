"use client";

import { useEffect } from "react";
import { type Anchor, locateAnchor } from "@/lib/annotations";

const HIGHLIGHT = "positions-annotation";

/** DOM range covering UTF-16 offsets [start, end) of `root`'s text content. */
function rangeFor(root: Element, start: number, end: number): Range | null {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let seen = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (!started && start <= seen + length) {
      range.setStart(node, start - seen);
      started = true;
    }
    if (started && end <= seen + length) {
      range.setEnd(node, end - seen);
      return range;
    }
    seen += length;
  }
  return null;
}

/**
 * Highlights annotated passages inside the record page's own statement text (any element marked
 * `data-annotation-target`), without touching its markup: the CSS Custom Highlight API paints ranges over
 * existing text nodes. Browsers without the API simply show no highlight there; the section's passage view still
 * does.
 */
export function InPlaceHighlights({ text, anchors }: { text: string; anchors: Anchor[] }) {
  useEffect(() => {
    const registry = typeof CSS !== "undefined" && "highlights" in CSS ? CSS.highlights : undefined;
    const target = document.querySelector("[data-annotation-target]");
    if (!registry || !target || typeof Highlight === "undefined") return;
    // Offsets are located in the record's text; the element must show that same text (it may wrap it in markup).
    if ((target.textContent ?? "").trim() !== text.trim()) return;
    const lead = (target.textContent ?? "").indexOf(text.trim());
    const ranges = anchors.flatMap((anchor) => {
      const at = locateAnchor(text.trim(), anchor);
      const range = at ? rangeFor(target, lead + at.start, lead + at.end) : null;
      return range ? [range] : [];
    });
    registry.set(HIGHLIGHT, new Highlight(...ranges));
    return () => {
      registry.delete(HIGHLIGHT);
    };
  }, [text, anchors]);
  return (
    <style href="positions-annotation-highlight" precedence="default">
      {`::highlight(${HIGHLIGHT}) { background-color: #fff0a8; }`}
    </style>
  );
}
