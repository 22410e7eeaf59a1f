"use client";

import { createContext, type ReactNode, useContext, useMemo, useState } from "react";
import type { Anchor } from "@/lib/annotations";

type AnchorSelection = {
  /** The passage last selected in the statement text, ready to attach to a new or edited annotation. */
  selected: Anchor | null;
  setSelected: (anchor: Anchor | null) => void;
  /** The annotation whose passage is emphasised (hovered, focused, or opened by permalink). */
  active: string | null;
  setActive: (publicId: string | null) => void;
};

const AnchorSelectionContext = createContext<AnchorSelection | null>(null);

export function AnchorSelectionProvider({ children }: { children: ReactNode }) {
  const [selected, setSelected] = useState<Anchor | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const value = useMemo(() => ({ selected, setSelected, active, setActive }), [selected, active]);
  return <AnchorSelectionContext.Provider value={value}>{children}</AnchorSelectionContext.Provider>;
}

export function useAnchorSelection(): AnchorSelection {
  const value = useContext(AnchorSelectionContext);
  if (!value) throw new Error("useAnchorSelection needs an AnchorSelectionProvider");
  return value;
}
