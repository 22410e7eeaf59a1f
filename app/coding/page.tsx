import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { IgnoredNotice } from "@/app/_components/ignored-notice";
import { authSettings } from "@/app/_server/auth";
import { requireReader, toActor } from "@/app/_server/current-user";
import { getDb } from "@/db/client";
import { countCodingStatuses, listCodingQueue, type RecordCoding } from "@/db/queries/coding";
import { can } from "@/lib/authz";
import {
  CODING_PATH,
  parseQueueView,
  queueHref,
  queueRecordHref,
  queueTableHref,
  serializeQueueView,
} from "@/lib/coding-queue";
import { formatPreciseDate } from "@/lib/dates";
import {
  CODING_STATUS_LABELS,
  type CodingStatus,
  clearFilters,
  hasFilters,
  NEEDS_CODING,
  type PositionsView,
  withoutIgnored,
} from "@/lib/positions-view";
import { NextKeyLink } from "./_components/next-key";
import styles from "./coding.module.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Coding queue" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The status tabs: everything that needs coding, or one status of it. */
const TABS: { label: string; coding: CodingStatus[] }[] = [
  { label: "Needs coding", coding: [...NEEDS_CODING] },
  { label: CODING_STATUS_LABELS.uncoded, coding: ["uncoded"] },
  { label: CODING_STATUS_LABELS.partial, coding: ["partial"] },
  // Records whose coders disagree, waiting for a reviewer (issue 12).
  { label: CODING_STATUS_LABELS.disputed, coding: ["disputed"] },
];

function sameSet(a: readonly string[], b: readonly string[]) {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function statusText(c: RecordCoding | undefined): string {
  if (!c) return "";
  if (c.status === "partial") {
    return `Partly coded: ${c.missing} of ${c.suggested} suggested ${c.suggested === 1 ? "proposition" : "propositions"} left`;
  }
  if (c.status === "uncoded") {
    return `Not coded: ${c.suggested} suggested ${c.suggested === 1 ? "proposition" : "propositions"}`;
  }
  return CODING_STATUS_LABELS[c.status];
}

const EXCERPT = 220;
function excerpt(text: string): string {
  const chars = Array.from(text);
  return chars.length > EXCERPT ? `${chars.slice(0, EXCERPT).join("").trimEnd()}…` : text;
}

/** The filters other than coding status, as a sentence ("topic cyber-security, from 2018"). */
function describeFilters(view: PositionsView): string {
  const parts: string[] = [];
  if (view.q) parts.push(`text “${view.q}”`);
  for (const [key, noun] of [
    ["speaker", "speaker"],
    ["topic", "topic"],
    ["event", "event"],
    ["kind", "event kind"],
    ["country", "country"],
    ["mode", "mode"],
    ["tag", "tag"],
  ] as const) {
    if (view[key].length > 0) parts.push(`${noun} ${view[key].join(" or ")}`);
  }
  if (view.from) parts.push(`from ${view.from}`);
  if (view.to) parts.push(`to ${view.to}`);
  if (view.attribution) parts.push(`attribution ${view.attribution}`);
  if (view.annotated) parts.push(view.annotated === "yes" ? "annotated" : "not annotated");
  return parts.join(", ");
}

export default async function CodingQueuePage({ searchParams }: Props) {
  const user = await requireReader(CODING_PATH);
  const mayCode = can(toActor(user), "records:write", authSettings);
  const parsed = parseQueueView(await searchParams);
  const db = getDb();
  const result = listCodingQueue(db, parsed.view);
  const view = withoutIgnored(parsed.view, result.ignored);
  const ignored = [...parsed.ignored, ...result.ignored];
  const overall = countCodingStatuses(db);
  const filtered = hasFilters({ ...view, coding: [] });
  const filters = describeFilters(view);
  const lastPage = Math.max(1, Math.ceil(result.total / view.size));
  const first = result.rows[0];
  const kept = [...serializeQueueView(view).entries()].filter(([k]) => !["q", "sort", "page"].includes(k));

  return (
    <article className={styles.page}>
      <h1>Coding queue</h1>
      <p className={styles.lead} data-testid="queue-overall">
        {(overall.uncoded + overall.partial).toLocaleString("en")} records need coding:{" "}
        {overall.uncoded.toLocaleString("en")} not coded, {overall.partial.toLocaleString("en")} partly coded
        (coded on fewer propositions than their topics suggest).{" "}
        {overall.no_propositions.toLocaleString("en")} more have no proposition in the codebook for their
        topics and are not listed. {overall.disputed.toLocaleString("en")}{" "}
        {overall.disputed === 1 ? "record has" : "records have"} codes two coders gave differently, waiting
        for a reviewer. <Link href="/coding/agreement">Agreement between coders</Link>
      </p>
      <IgnoredNotice ignored={ignored} />
      {!mayCode && (
        <p className="notice" data-testid="read-only-notice">
          Coding needs an analyst account: <Link href={`/sign-in?next=${CODING_PATH}`}>sign in</Link> to code
          these records.
        </p>
      )}

      <nav aria-label="Coding status" className={styles.tabs}>
        {TABS.map((t) => {
          const current = sameSet(view.coding, t.coding);
          return (
            <Link
              key={t.label}
              href={queueHref({ ...view, coding: t.coding, page: 1 })}
              aria-current={current ? "page" : undefined}
              className={current ? styles.tabCurrent : styles.tab}
              prefetch={false}
            >
              {t.label}
              {!filtered && (
                <span className={styles.tabCount}>
                  {t.coding.reduce((n, s) => n + overall[s], 0).toLocaleString("en")}
                </span>
              )}
            </Link>
          );
        })}
      </nav>

      <Form action={CODING_PATH} className={styles.filters} role="search" aria-label="Filter the queue">
        {kept.map(([key, value]) => (
          <input key={key} type="hidden" name={key} value={value} />
        ))}
        <label className={styles.field}>
          <span>Search</span>
          <input
            type="search"
            name="q"
            defaultValue={view.q}
            maxLength={500}
            placeholder='Words or "a phrase"'
          />
        </label>
        <label className={styles.field}>
          <span>Order</span>
          <select name="sort" defaultValue={view.sort.desc ? "-date" : "date"}>
            <option value="-date">Newest first</option>
            <option value="date">Oldest first</option>
          </select>
        </label>
        <button type="submit">Apply</button>
      </Form>

      <div className={styles.summary}>
        <p data-testid="queue-total">
          <strong>
            {result.totalExact
              ? result.total.toLocaleString("en")
              : `More than ${result.total.toLocaleString("en")}`}
          </strong>{" "}
          {result.total === 1 ? "record" : "records"} in this queue
          {filters ? ` (${filters})` : ""}.
        </p>
        <p className={styles.links}>
          {filtered && (
            <Link href={queueHref({ ...clearFilters(view), coding: view.coding })} prefetch={false}>
              Clear filters
            </Link>
          )}
          <Link href={queueTableHref(view)} prefetch={false} data-testid="queue-table-link">
            Refine in the positions table
          </Link>
        </p>
      </div>

      {mayCode && first && (
        <p>
          <NextKeyLink
            href={queueRecordHref(view, first.publicId)}
            className="button primary"
            testId="start-coding"
          >
            Code the first record
          </NextKeyLink>
        </p>
      )}

      {result.rows.length === 0 ? (
        <div className={styles.empty} data-testid="queue-empty">
          <h2>
            {result.total === 0 ? "Nothing left to code in this view" : `Page ${view.page} is past the end`}
          </h2>
          {result.total > 0 && <Link href={queueHref({ ...view, page: lastPage })}>Go to the last page</Link>}
        </div>
      ) : (
        <ol className={styles.list} data-testid="queue-list" start={(view.page - 1) * view.size + 1}>
          {result.rows.map((row) => {
            const coding = result.coding.get(row.id);
            return (
              <li key={row.publicId} className={styles.item} data-testid="queue-item" data-id={row.publicId}>
                <div className={styles.meta}>
                  <span>
                    {formatPreciseDate({
                      start: row.dateStart,
                      end: row.dateEnd,
                      precision: row.datePrecision,
                    })}
                  </span>
                  <span>
                    {row.speakerNativeName ?? row.speakerName ?? `“${row.attributionText}” (unresolved)`}
                  </span>
                  {row.topics.length > 0 && <span>{row.topics.map((t) => t.name).join(", ")}</span>}
                </div>
                <p className={styles.text}>{excerpt(row.text)}</p>
                <div className={styles.itemFoot}>
                  <span className={coding?.status === "partial" ? styles.badgePartial : styles.badge}>
                    {statusText(coding)}
                  </span>
                  {mayCode ? (
                    <Link href={queueRecordHref(view, row.publicId)} prefetch={false} className="button">
                      Code<span className="visually-hidden"> record {row.publicId}</span>
                    </Link>
                  ) : (
                    <Link href={`/positions/${row.publicId}`} prefetch={false}>
                      Open record<span className="visually-hidden"> {row.publicId}</span>
                    </Link>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      )}

      {(view.page > 1 || result.rows.length === view.size) && (
        <nav aria-label="Pages" className={styles.pager}>
          {view.page > 1 && (
            <Link href={queueHref({ ...view, page: view.page - 1 })} prefetch={false}>
              ← Previous page
            </Link>
          )}
          <span>
            Page {view.page}
            {result.totalExact ? ` of ${lastPage.toLocaleString("en")}` : ""}
          </span>
          {result.rows.length === view.size && (!result.totalExact || view.page < lastPage) && (
            <Link href={queueHref({ ...view, page: view.page + 1 })} prefetch={false}>
              Next page →
            </Link>
          )}
        </nav>
      )}
    </article>
  );
}
