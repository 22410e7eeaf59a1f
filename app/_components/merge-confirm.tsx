"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/app/_server/action";

type MergeInput = {
  survivorSlug: string;
  mergedSlug: string;
  survivorVersion: number;
  mergedVersion: number;
};
type MergeResult = ActionResult<{ slug: string }>;

/**
 * The confirm button of a merge (people or events): it carries the versions the preview counted, so an edit made
 * since is refused instead of merged unseen. On success it opens the entity that stayed.
 */
export function MergeConfirm(props: {
  action: (input: MergeInput) => Promise<MergeResult>;
  input: MergeInput;
  /** /officials or /events. */
  basePath: string;
  label: string;
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
            const result = await props.action(props.input);
            if (result.ok) router.push(`${props.basePath}/${result.data.slug}`);
            else setError(result.error);
          });
        }}
      >
        {pending ? "Merging…" : props.label}
      </button>{" "}
      <span role="alert" className="error">
        {error}
      </span>
    </p>
  );
}
