"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { mergePersonsAction } from "../../actions";

/** The confirm button: it carries the versions the preview counted, so an edit made since is refused, not merged. */
export function MergeConfirm(props: {
  survivorSlug: string;
  mergedSlug: string;
  survivorVersion: number;
  mergedVersion: number;
}) {
  const router = useRouter();
  const [error, setError] = useState("");
  const [pending, startTransition] = useTransition();
  return (
    <p>
      <button
        type="button"
        className="primary"
        disabled={pending}
        data-testid="merge-confirm"
        onClick={() => {
          setError("");
          startTransition(async () => {
            const result = await mergePersonsAction(props);
            if (result.ok) router.push(`/officials/${result.data.slug}`);
            else setError(result.error);
          });
        }}
      >
        {pending ? "Merging…" : "Merge these two people"}
      </button>{" "}
      <span role="alert" className="error">
        {error}
      </span>
    </p>
  );
}
