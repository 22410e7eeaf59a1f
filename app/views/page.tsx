import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { authSettings } from "@/app/_server/auth";
import { getCurrentUser, toActor } from "@/app/_server/current-user";
import { getDb } from "@/db/client";
import { listVisibleSavedViews, savedViewChanges } from "@/db/queries/saved-views";
import { changesFeedHref } from "@/lib/atom-links";
import { can } from "@/lib/authz";
import { SAVED_VIEW_KIND_LABELS, savedViewTableView } from "@/lib/saved-views";
import styles from "./_components/saved-views.module.css";
import { ViewControls } from "./_components/view-controls";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Saved views" };

const NOTICES: Record<string, string> = {
  "not-found": "You have no saved view with that id (it may have been deleted or made private).",
  "open-here": "Open a saved view from this list: a link from elsewhere cannot mark it as opened.",
  forbidden: "Your account is not allowed to open saved views.",
};

function changesText(changes: { count: number; capped: boolean } | null): string {
  if (!changes) return "A fixed set of records: nothing new to count.";
  if (changes.count === 0) return "Nothing new or changed since you last opened it.";
  const n = changes.capped ? `${changes.count.toLocaleString("en")}+` : changes.count.toLocaleString("en");
  return `${n} ${changes.count === 1 && !changes.capped ? "record" : "records"} new or changed since you last opened it`;
}

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SavedViewsPage({ searchParams }: PageProps) {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=/views");
  if (!can(toActor(user), "views:write", authSettings))
    return (
      <>
        <h1>Saved views</h1>
        <p className="notice">Your account is not allowed to keep saved views.</p>
      </>
    );
  const params = await searchParams;
  const notice = typeof params.notice === "string" ? NOTICES[params.notice] : undefined;
  const rawPage = typeof params.page === "string" ? params.page : "1";
  const page = /^[1-9][0-9]{0,4}$/.test(rawPage) ? Number(rawPage) : 1;
  const db = getDb();
  const { views, hasMore } = listVisibleSavedViews(db, user.id, page);
  return (
    <>
      <h1>Saved views</h1>
      {notice && (
        <div className="notice" role="status">
          {notice}
        </div>
      )}
      {rawPage !== String(page) && (
        <div className="notice" role="status">
          Page “{rawPage}” is not a page number; showing page 1.
        </div>
      )}
      <p className="muted">
        Your views and those others share. Save one with “Save this view” on the records table, a comparison
        or a timeline. Opening a view here resets its count of new and changed records.
      </p>
      {views.length === 0 ? (
        <p data-testid="no-views">No saved views yet{page > 1 ? " on this page" : ""}.</p>
      ) : (
        <ul className={styles.list} data-testid="saved-views">
          {views.map((v) => {
            const table = savedViewTableView(v.kind, v.url);
            return (
              <li key={v.id} className={styles.item} data-testid="saved-view">
                <div className={styles.title}>
                  <Link className={styles.name} href={`/views/${v.id}/open`} prefetch={false}>
                    {v.name}
                  </Link>
                  <span className={styles.badge}>{SAVED_VIEW_KIND_LABELS[v.kind]}</span>
                  <span className={styles.badge}>
                    {v.shared ? (v.mine ? "Shared by you" : `Shared by ${v.ownerName}`) : "Private"}
                  </span>
                </div>
                <div className={styles.changes} data-testid="view-changes">
                  {changesText(savedViewChanges(db, v))}
                </div>
                <div className={styles.url}>{v.url}</div>
                <div className="muted">
                  Saved {v.createdAt.slice(0, 10)}
                  {v.openedAt
                    ? `, last opened ${v.openedAt.slice(0, 16).replace("T", " ")} UTC`
                    : ", never opened"}
                  {table && (
                    <>
                      {" · "}
                      <a href={changesFeedHref(table)} type="application/atom+xml">
                        Changes feed
                      </a>
                    </>
                  )}
                </div>
                {v.mine && <ViewControls id={v.id} name={v.name} shared={v.shared} />}
              </li>
            );
          })}
        </ul>
      )}
      <nav aria-label="Pages of saved views" className={styles.title}>
        {page > 1 && <Link href={page === 2 ? "/views" : `/views?page=${page - 1}`}>Newer</Link>}
        {hasMore && <Link href={`/views?page=${page + 1}`}>Older</Link>}
      </nav>
    </>
  );
}
