"use client";

import Link from "next/link";
import type { ExtractedArticle, SavedArticle } from "../actions";
import styles from "../import.module.css";

// How an article import ends: the records saved, or the source found already stored.

export function SavedSummary({
  saved,
  title,
  onAgain,
}: {
  saved: SavedArticle;
  title: string;
  onAgain: () => void;
}) {
  return (
    <section className="card" data-testid="import-saved">
      <h2>Saved “{title}”</h2>
      <p>
        {saved.created.length} new record{saved.created.length === 1 ? "" : "s"}
        {saved.appearances.length
          ? `, ${saved.appearances.length} added as another appearance of a stored record`
          : ""}
        .
      </p>
      <ul className={styles.savedList}>
        {saved.created.map((id) => (
          <li key={id}>
            <Link href={`/positions/${id}`} data-testid="saved-record">
              {id}
            </Link>
          </li>
        ))}
        {saved.appearances.map((id) => (
          <li key={`a-${id}`}>
            <Link href={`/positions/${id}`}>{id}</Link> (another appearance)
          </li>
        ))}
      </ul>
      <p>
        <Link href="/positions">See them in the records table</Link> ·{" "}
        <button type="button" onClick={onAgain}>
          Import another article
        </button>
      </p>
    </section>
  );
}

export function DuplicateSource({
  dup,
  onBack,
}: {
  dup: NonNullable<ExtractedArticle["duplicate"]>;
  onBack: () => void;
}) {
  return (
    <section className="card" data-testid="duplicate-source">
      <h2>Already imported</h2>
      <p>
        This {dup.by === "url" ? "URL" : "exact text"} is already stored as the source “{dup.title}”
        {dup.url ? (
          <>
            {" "}
            (<span className="muted">{dup.url}</span>)
          </>
        ) : null}
        . A source is imported once; its records are:
      </p>
      {dup.records.length ? (
        <ul className={styles.savedList}>
          {dup.records.map((r) => (
            <li key={r.publicId}>
              <Link href={`/positions/${r.publicId}`} data-testid="duplicate-record">
                {r.publicId}
              </Link>{" "}
              <span className="muted">{r.text.length > 140 ? `${r.text.slice(0, 140)}…` : r.text}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No records were kept from it.</p>
      )}
      <p>
        <button type="button" onClick={onBack}>
          Back to the text
        </button>
      </p>
    </section>
  );
}
