"use client";

import Link from "next/link";

/**
 * Unexpected failures only: a bad URL never gets here (the view parser ignores what it cannot use and the page
 * says so), so this means the database could not be read.
 */
export default function PositionsError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <div role="alert" data-testid="positions-error">
      <h1>The records could not be loaded</h1>
      <p>
        Something went wrong while reading the database. Your filters are kept in the address, so trying again
        shows the same view.
      </p>
      {error.digest && <p className="muted">Reference: {error.digest}</p>}
      <p>
        <button type="button" className="primary" onClick={reset}>
          Try again
        </button>{" "}
        <Link href="/positions">Show all records</Link>
      </p>
    </div>
  );
}
