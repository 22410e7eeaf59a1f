"use client";

import { createContext, type ReactNode, useContext, useState } from "react";

type VersionState = { version: number; setVersion: (v: number) => void };
const VersionContext = createContext<VersionState | null>(null);

/**
 * Both edit forms change the same record version: after one saves, the other must base its next save on the new
 * version, or it would report a conflict with the user's own save.
 */
export function RecordVersionProvider({ initial, children }: { initial: number; children: ReactNode }) {
  const [version, setVersion] = useState(initial);
  return <VersionContext value={{ version, setVersion }}>{children}</VersionContext>;
}

export function useRecordVersion(): VersionState {
  const state = useContext(VersionContext);
  if (!state) throw new Error("useRecordVersion outside RecordVersionProvider");
  return state;
}
