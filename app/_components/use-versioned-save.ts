"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/app/_server/action";

type SaveResult<T> = ActionResult<T & { version: number }>;

/**
 * The save of an entity form (people, events): the version the editor started from, sent with each save and
 * advanced by a saved one; the refusal with its field errors (the typed values stay); a status line to announce.
 */
export function useVersionedSave<T>(initialVersion: number) {
  const [version, setVersion] = useState(initialVersion);
  const [failure, setFailure] = useState<Extract<SaveResult<T>, { ok: false }> | null>(null);
  const [status, setStatus] = useState("");
  const [pending, startTransition] = useTransition();
  function save(send: (expectedVersion: number) => Promise<SaveResult<T>>, onSaved: (data: T) => void) {
    setStatus("Saving…");
    startTransition(async () => {
      const result = await send(version);
      if (result.ok) {
        setFailure(null);
        setVersion(result.data.version);
        setStatus(`Saved (version ${result.data.version}).`);
        onSaved(result.data);
      } else {
        setFailure(result);
        setStatus("");
      }
    });
  }
  return { errors: failure?.fieldErrors ?? {}, failure, status, pending, save };
}
