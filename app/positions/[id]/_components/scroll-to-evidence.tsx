"use client";

import { useEffect } from "react";

/** Brings the highlighted passage into view inside the source box on arrival, without moving the whole page. */
export function ScrollToEvidence({ targetId, containerId }: { targetId: string; containerId: string }) {
  useEffect(() => {
    const target = document.getElementById(targetId);
    const container = document.getElementById(containerId);
    if (!target || !container) return;
    const offset = target.offsetTop - container.offsetTop - container.clientHeight / 3;
    container.scrollTop = Math.max(0, offset);
  }, [targetId, containerId]);
  return null;
}
