import { AsOfBanner } from "@/app/_components/asof-banner";
import { ChangesTable } from "@/app/_components/changes-table";
import { CiteView } from "@/app/_components/cite-view";
import type { RecordAsOf } from "@/db/queries/record-asof";
import { formatAsOf } from "@/lib/asof";
import type { RecordSnapshot } from "@/lib/record-edit";
import { fieldWords, RECORD_FIELD_LABELS } from "@/lib/record-history";
import styles from "../record.module.css";

/** Fields shown under the statement, in the history's order; the text is the statement itself. */
const FACT_FIELDS = (Object.keys(RECORD_FIELD_LABELS) as (keyof RecordSnapshot)[]).filter(
  (f) => f !== "text",
);

/**
 * The record page at `asof` when the record read differently then (or did not exist yet): its values at that
 * version from the append-only history, what has changed since, and the way back to the current record.
 */
export function AsOfRecord({
  publicId,
  asof,
  state,
}: {
  publicId: string;
  asof: string;
  state: Exclude<RecordAsOf, { kind: "current" }>;
}) {
  const current = `/positions/${encodeURIComponent(publicId)}`;
  if (state.kind === "not-yet")
    return (
      <article>
        <p className="muted">
          Position record <code>{publicId}</code>
        </p>
        <AsOfBanner asof={asof} currentHref={current}>
          This record was not in the database yet: it was recorded on {formatAsOf(state.recordedAt)}.
        </AsOfBanner>
      </article>
    );
  const { record, names, since, version, currentVersion } = state;
  const speaker = record?.person ? (names.persons.get(record.person) ?? record.person) : "Unresolved speaker";
  return (
    <article>
      <p className="muted">
        Position record <code>{publicId}</code>, version {version}
      </p>
      <AsOfBanner asof={asof} currentHref={current}>
        This is version {version} of the record. It has changed since ({formatAsOf(state.changedAt)}); it is
        now at version {currentVersion}.
      </AsOfBanner>
      <CiteView
        title={`${speaker}: position record ${publicId}, version ${version}`}
        path={current}
        asof={asof}
      />
      {record ? (
        <>
          <h1>{speaker}</h1>
          <blockquote className={styles.statement} data-testid="statement">
            {record.text}
          </blockquote>
          <dl className={styles.facts} data-testid="asof-facts">
            {FACT_FIELDS.map((f) => (
              <div key={f} style={{ display: "contents" }}>
                <dt>{RECORD_FIELD_LABELS[f]}</dt>
                <dd>
                  {fieldWords(f, record, names).map((line) => (
                    <span key={line} className={styles.line}>
                      {line}
                    </span>
                  ))}
                </dd>
              </div>
            ))}
          </dl>
          <section aria-labelledby="since-h">
            <h2 id="since-h">Changed since</h2>
            <ChangesTable
              missing="(none)"
              headings={["Then", "Now"]}
              rows={since.map((c) => ({
                key: c.field,
                label: c.label,
                before: c.before?.join("; ") ?? null,
                after: c.after.join("; "),
                testId: `since-${c.field}`,
              }))}
            />
          </section>
        </>
      ) : (
        <p className="notice">
          The values of version {version} were not kept: it was saved before the history recorded old values.
        </p>
      )}
      <p className="muted">
        The source text, related records and annotations are shown on the current record.
      </p>
    </article>
  );
}
