import type { KeyboardEvent } from "react";
import type { Draft } from "../drafts";

/**
 * The review's keys, for the candidate pane: a accepts, r rejects (each moves on), j/k or the arrows move, e opens
 * the fields; keys typed into a field, or with a modifier, are the field's. focusCard moves the keyboard's card.
 */
export function reviewKeys({
  drafts,
  current,
  setCurrent,
  update,
}: {
  drafts: Draft[];
  current: number;
  setCurrent: (i: number) => void;
  update: (key: string, patch: Partial<Draft>) => void;
}) {
  const focusCard = (i: number) => {
    const next = Math.max(0, Math.min(drafts.length - 1, i));
    setCurrent(next);
    const key = drafts[next]?.key;
    if (key) requestAnimationFrame(() => document.getElementById(`card-${key}`)?.focus());
  };
  const onKey = (e: KeyboardEvent<HTMLElement>) => {
    const target = e.target as HTMLElement;
    if (target.closest("input, textarea, select, [contenteditable]") || e.altKey || e.ctrlKey || e.metaKey)
      return;
    const d = drafts[current];
    if (!d) return;
    const k = e.key;
    if (k === "a" || k === "r") {
      e.preventDefault();
      update(d.key, { accepted: k === "a" });
      focusCard(current + 1);
    } else if (k === "j" || k === "ArrowDown") {
      e.preventDefault();
      focusCard(current + 1);
    } else if (k === "k" || k === "ArrowUp") {
      e.preventDefault();
      focusCard(current - 1);
    } else if (k === "e") {
      e.preventDefault();
      update(d.key, { expanded: true });
    }
  };
  return { onKey, focusCard };
}
