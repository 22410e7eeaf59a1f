"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { type AdjudicateResult, adjudicateAction } from "@/app/coding/actions";
import styles from "@/app/positions/[id]/_components/edit/edit.module.css";
import { FieldError } from "@/app/positions/[id]/_components/edit/field-error";
import type { ReviewItem } from "@/db/queries/review";
import { POSITION_STATUS_LABELS, stanceLabel } from "@/lib/labels";
import { REVIEW_STATUS_LABELS } from "@/lib/review";
import { codingValue, describe, NON_STANCE, parseValue, STANCES } from "./code-values";
import review from "./review.module.css";

/**
 * One proposition's review state under the coder's own code: its status, the coders' codes side by side once
 * the reader may see them, the decision that settled it, and for a reviewer of a disputed item the decision
 * form (inside the coding form, so it is a group of fields with its own button, not a nested form).
 */
export function ReviewItemPanel({
  publicId,
  item,
  isReviewer,
  onDecided,
}: {
  publicId: string;
  item: ReviewItem;
  isReviewer: boolean;
  onDecided: (recordVersion: number) => void;
}) {
  const others = item.coderCount - (item.mine ? 1 : 0);
  return (
    <div className={review.item} data-testid="review-item" data-review={item.review ?? "none"}>
      <p className={review.head}>
        {item.review && (
          <span className={review[item.review]} data-testid="review-status">
            {REVIEW_STATUS_LABELS[item.review]}
          </span>
        )}
        {item.coders === null && others > 0 && (
          <span data-testid="blind-note">
            {others === 1 ? "Another coder has" : `${others} other coders have`} coded this; their code shows
            once you have saved yours.
          </span>
        )}
        {item.unattributed && (
          <span data-testid="blind-note">
            An earlier code, recorded before double coding by a coder nobody knows, is current; your code
            replaces it.
          </span>
        )}
      </p>
      {item.coders && item.coders.length > 0 && (
        <table className={review.coders} data-testid="coders-side-by-side">
          <caption className="visually-hidden">Every coder’s code of {item.label}</caption>
          <thead>
            <tr>
              <th scope="col">Coder</th>
              <th scope="col">Position</th>
              <th scope="col">Words that carry it</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {item.coders.map((c) => (
              <tr key={c.coderId}>
                <th scope="row">{c.coderName}</th>
                <td>{describe(codingValue(c))}</td>
                <td>{c.basis ?? "—"}</td>
                <td>{c.note ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {item.decision && item.review === "adjudicated" && (
        <p className={review.decision} data-testid="decision">
          {item.decision.kind === "restore" ? "Restored" : "Decided"} by {item.decision.deciderName}
          {item.current ? `: ${describe(codingValue(item.current))}` : ""}. Reason: {item.decision.reason}
        </p>
      )}
      {isReviewer && item.review === "disputed" && !item.mine && (
        <AdjudicateFields publicId={publicId} item={item} onDecided={onDecided} />
      )}
    </div>
  );
}

function AdjudicateFields({
  publicId,
  item,
  onDecided,
}: {
  publicId: string;
  item: ReviewItem;
  onDecided: (recordVersion: number) => void;
}) {
  const router = useRouter();
  const uid = useId();
  const first = item.coders?.[0];
  const [value, setValue] = useState(first ? codingValue(first) : "stance:0");
  const [basis, setBasis] = useState(first?.basis ?? "");
  const [note, setNote] = useState("");
  const [reason, setReason] = useState("");
  const [failure, setFailure] = useState<Extract<AdjudicateResult, { ok: false }> | null>(null);
  const [status, setStatus] = useState("");
  const [pending, startTransition] = useTransition();

  function decide() {
    setStatus("Saving…");
    startTransition(async () => {
      const result = await adjudicateAction({
        publicId,
        proposition: item.proposition,
        seen: item.seen,
        ...parseValue(value),
        basis,
        note,
        reason,
      });
      if (result.ok) {
        setFailure(null);
        setStatus("Decision saved.");
        onDecided(result.data.recordVersion);
        router.refresh();
      } else {
        setFailure(result);
        setStatus("");
      }
    });
  }

  const reasonError = failure?.fieldErrors?.reason;
  return (
    <fieldset className={review.adjudicate} data-testid="adjudicate" aria-labelledby={`${uid}-h`}>
      <legend id={`${uid}-h`}>Adjudicate {item.label}</legend>
      <div className={styles.row}>
        <label className={styles.field}>
          <span>Code that stands</span>
          <select value={value} onChange={(e) => setValue(e.target.value)}>
            {STANCES.map((s) => (
              <option key={s} value={`stance:${s}`}>
                {stanceLabel(s)}
              </option>
            ))}
            {NON_STANCE.map((s) => (
              <option key={s} value={`status:${s}`}>
                {POSITION_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.field}>
          <span>Words that carry it</span>
          <textarea rows={2} value={basis} onChange={(e) => setBasis(e.target.value)} />
        </label>
        <label className={styles.field}>
          <span>Note</span>
          <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
      </div>
      <label className={styles.field}>
        <span>Reason for the decision (required)</span>
        <textarea
          rows={2}
          value={reason}
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={`${uid}-reason-err`}
          onChange={(e) => setReason(e.target.value)}
        />
        <FieldError id={`${uid}-reason-err`} message={reasonError} />
      </label>
      {failure && !reasonError && (
        <p className="error" role="alert">
          {failure.error}
        </p>
      )}
      <div className={styles.actions}>
        <button type="button" onClick={decide} disabled={pending}>
          Decide
        </button>
        <span role="status" className={styles.status}>
          {status}
        </span>
      </div>
    </fieldset>
  );
}
