"use client";

import { diffWords } from "diff";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { restoreRevisionAction } from "@/app/annotations/actions";
import type { RevisionView } from "@/db/queries/annotations";
import { formatTimestamp } from "@/lib/annotations";
import styles from "./annotations.module.css";

const ACTION_LABELS: Record<RevisionView["action"], string> = {
  create: "created",
  edit: "edited",
  delete: "deleted",
  restore: "restored",
};

type Props = {
  publicId: string;
  /** The annotation's current version: a restore is based on it, so a concurrent edit makes it a conflict. */
  version: number;
  revisions: RevisionView[];
  canRestore: boolean;
};

/** Every revision, a word diff between any two, and restoring an old one as a new revision. */
export function AnnotationHistory({ publicId, version, revisions, canRestore }: Props) {
  const router = useRouter();
  const id = useId();
  const latest = revisions.at(-1)?.version ?? 1;
  const [from, setFrom] = useState(Math.max(1, latest - 1));
  const [to, setTo] = useState(latest);
  const [message, setMessage] = useState("");
  const [pending, startTransition] = useTransition();
  const a = revisions.find((r) => r.version === from);
  const b = revisions.find((r) => r.version === to);
  const parts = a && b ? diffWords(a.body, b.body) : [];
  const tagsA = a?.tags.join(", ") || "none";
  const tagsB = b?.tags.join(", ") || "none";

  function restore(revision: number) {
    setMessage("");
    startTransition(async () => {
      const result = await restoreRevisionAction({ publicId, expectedVersion: version, revision });
      if (result.ok) {
        setMessage(`Version ${revision} restored as version ${result.data.version}.`);
        router.refresh();
      } else {
        setMessage(result.error);
        if (result.code === "conflict") router.refresh();
      }
    });
  }

  return (
    <section className={styles.history} aria-label="History" data-testid="history">
      <ol className={styles.revisions}>
        {revisions.map((r) => (
          <li key={r.version} data-testid={`revision-${r.version}`}>
            <span>
              <strong>v{r.version}</strong> {ACTION_LABELS[r.action]} by {r.authorName},{" "}
              {formatTimestamp(r.createdAt)}
            </span>
            {canRestore && r.version !== latest && r.action !== "delete" && (
              <button type="button" disabled={pending} onClick={() => restore(r.version)}>
                Restore v{r.version}
              </button>
            )}
          </li>
        ))}
      </ol>
      <p aria-live="polite" data-testid="history-status">
        {message}
      </p>
      {revisions.length > 1 && (
        <div className={styles.diffControls}>
          <label htmlFor={`${id}-from`}>Compare</label>
          <select id={`${id}-from`} value={from} onChange={(e) => setFrom(Number(e.target.value))}>
            {revisions.map((r) => (
              <option key={r.version} value={r.version}>
                v{r.version}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-to`}>with</label>
          <select id={`${id}-to`} value={to} onChange={(e) => setTo(Number(e.target.value))}>
            {revisions.map((r) => (
              <option key={r.version} value={r.version}>
                v{r.version}
              </option>
            ))}
          </select>
        </div>
      )}
      {a && b && revisions.length > 1 && (
        <div className={styles.diff} data-testid="diff">
          <pre>
            {parts.map((part, i) => {
              const key = `${i}-${part.added ? "+" : part.removed ? "-" : "="}`;
              if (part.added) return <ins key={key}>{part.value}</ins>;
              if (part.removed) return <del key={key}>{part.value}</del>;
              return <span key={key}>{part.value}</span>;
            })}
          </pre>
          {tagsA !== tagsB && (
            <p className="muted">
              Tags: <del>{tagsA}</del> → <ins>{tagsB}</ins>
            </p>
          )}
        </div>
      )}
    </section>
  );
}
