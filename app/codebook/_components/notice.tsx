"use client";

import { createContext, type ReactNode, useContext, useState } from "react";
import styles from "../codebook.module.css";

const NoticeContext = createContext<(message: string) => void>(() => {});

/**
 * The editor's one status line, above the tree. A saved change can rename or remove the very item whose form sent
 * it (a rename re-keys it, a merge deletes it), so its confirmation cannot live in that form.
 */
export function CodebookNotice({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState("");
  return (
    <NoticeContext.Provider value={setMessage}>
      <p role="status" className={styles.notice} data-testid="codebook-notice">
        {message}
      </p>
      {children}
    </NoticeContext.Provider>
  );
}

export function useCodebookNotice(): (message: string) => void {
  return useContext(NoticeContext);
}
