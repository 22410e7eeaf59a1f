import Link from "next/link";
import type { listAppearances } from "@/db/queries/article-import";
import type { getStatementDetail } from "@/db/queries/statements";
import { formatPreciseDate } from "@/lib/dates";
import { languageName, SOURCE_TIER_LABELS } from "@/lib/labels";
import { type RecordPageView, showAllHref } from "@/lib/record-page-view";
import { countLabel } from "@/lib/text";
import styles from "../record.module.css";

type Detail = NonNullable<ReturnType<typeof getStatementDetail>>;

/** Only web addresses become links: a stored `javascript:` URL must never be clickable. */
function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** Where the record comes from: its source, the evidence's place in the text, and the other reports of it. */
export function Provenance({
  statement: s,
  source,
  appearances,
  totalAppearances,
  pageView,
}: {
  statement: Detail["statement"];
  source: Detail["source"];
  appearances: ReturnType<typeof listAppearances>;
  totalAppearances: number;
  pageView: RecordPageView;
}) {
  return (
    <section aria-labelledby="provenance-h">
      <h2 id="provenance-h">Provenance</h2>
      <dl className={styles.facts} data-testid="provenance">
        <dt>Outlet</dt>
        <dd>{source.outlet}</dd>
        <dt>Title</dt>
        <dd>{source.title}</dd>
        <dt>URL</dt>
        <dd>
          {source.url && isWebUrl(source.url) ? (
            <a href={source.url} rel="noopener noreferrer">
              {source.url}
            </a>
          ) : (
            <span className="muted">not kept</span>
          )}
        </dd>
        <dt>Published</dt>
        <dd>
          {source.publishedDate
            ? formatPreciseDate({
                start: source.publishedDate,
                end: source.publishedDate,
                precision: "day",
              })
            : "not stated"}
        </dd>
        <dt>Retrieved</dt>
        <dd>
          {source.retrievedDate
            ? formatPreciseDate({
                start: source.retrievedDate,
                end: source.retrievedDate,
                precision: "day",
              })
            : "not recorded"}
        </dd>
        <dt>Source tier</dt>
        <dd>{SOURCE_TIER_LABELS[source.tier]}</dd>
        {source.note && (
          <>
            <dt>Note</dt>
            <dd>{source.note}</dd>
          </>
        )}
        <dt>Evidence</dt>
        <dd>
          characters {s.evidenceStart}–{s.evidenceEnd} (Unicode code points) of the text as received
          <span className={styles.note}>SHA-256 {source.rawTextSha256.slice(0, 16)}…</span>
        </dd>
        {appearances.length > 0 && (
          <>
            <dt id="reports">Also reported in</dt>
            <dd>
              <ul data-testid="appearances">
                {appearances.map((a) => (
                  <li key={`${a.sourceTitle}-${a.evidenceStart}`}>
                    {a.sourceUrl && isWebUrl(a.sourceUrl) ? (
                      <a href={a.sourceUrl} rel="noopener noreferrer">
                        {a.sourceTitle}
                      </a>
                    ) : (
                      a.sourceTitle
                    )}{" "}
                    <span className="muted">
                      ({a.sourceOutlet}
                      {a.publishedDate
                        ? `, ${formatPreciseDate({ start: a.publishedDate, end: a.publishedDate, precision: "day" })}`
                        : ""}
                      )
                    </span>
                    {a.language !== s.language && (
                      <span className="muted" data-testid="appearance-language">
                        {" "}
                        · in {languageName(a.language)}
                      </span>
                    )}
                    <span className={styles.note}>“{a.evidenceText}”</span>
                  </li>
                ))}
              </ul>
              {appearances.length < totalAppearances && (
                <Link href={showAllHref(s.publicId, pageView, "reports")} data-testid="reports-show-all">
                  Show all {countLabel(totalAppearances, "other report")}
                </Link>
              )}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
