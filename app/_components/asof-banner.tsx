import Link from "next/link";
import type { ReactNode } from "react";
import { formatAsOf } from "@/lib/asof";

/**
 * Says that a page shows the data as it stood at a moment (`asof`), and links to the same view as it is now: the
 * one banner of every pinned view, so a reader of a quoted link always knows which they are looking at.
 */
export function AsOfBanner({
  asof,
  currentHref,
  children,
}: {
  asof: string;
  currentHref: string;
  children?: ReactNode;
}) {
  return (
    <div className="notice" role="status" data-testid="asof-banner">
      <strong>As the data stood on {formatAsOf(asof)}.</strong> {children}{" "}
      <Link href={currentHref} data-testid="asof-current">
        See it as it is now
      </Link>
    </div>
  );
}
