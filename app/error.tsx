"use client";

export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <div role="alert">
      <h1>Something went wrong</h1>
      <p>The page could not be shown. Nothing you entered was saved by this failed request.</p>
      {error.digest && <p className="muted">Reference: {error.digest}</p>}
      <button type="button" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
