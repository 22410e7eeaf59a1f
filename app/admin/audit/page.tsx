import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { authSettings } from "@/app/_server/auth";
import { getCurrentUser, toActor } from "@/app/_server/current-user";
import { getDb } from "@/db/client";
import { listAuditEvents } from "@/db/queries/audit";
import { AUDIT_ACTIONS } from "@/db/schema";
import { AUDIT_ACTION_LABELS, AUDIT_PAGE_SIZE, parseAuditView, serializeAuditView } from "@/lib/audit-view";
import { can } from "@/lib/authz";
import styles from "../users/users.module.css";

export const metadata: Metadata = { title: "Audit log" };

function detailText(detail: string | null): string {
  if (!detail) return "";
  try {
    return Object.entries(JSON.parse(detail) as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${String(v)}`)
      .join(", ");
  } catch {
    return detail;
  }
}

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const user = await getCurrentUser();
  // Like a page that does not exist, for everyone but admins.
  if (!user || !can(toActor(user), "audit:read", authSettings)) notFound();
  const { view, ignored } = parseAuditView(await searchParams);
  const { rows, total } = listAuditEvents(getDb(), { ...view, size: AUDIT_PAGE_SIZE });
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  return (
    <>
      <h1>Audit log</h1>
      <p className="muted">
        Security events, newest first: sign-ins and their failures, account changes, imports and restores. The
        log is append-only; the database refuses to change or delete an entry. Times are UTC.{" "}
        <Link href="/admin/users">Users</Link>
      </p>
      {ignored.length > 0 ? (
        <div className="notice" role="status" data-testid="ignored">
          Part of this address was ignored:{" "}
          {ignored.map((i) => `${i.key}=${i.value} (${i.reason})`).join("; ")}.
        </div>
      ) : null}
      <form className={styles.form} method="get" action="/admin/audit" aria-label="Filter the audit log">
        <label>
          Event
          <select name="action" defaultValue={view.actions[0] ?? ""}>
            <option value="">any</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {AUDIT_ACTION_LABELS[a]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Who or what
          <input name="who" type="search" defaultValue={view.who ?? ""} placeholder="email or target" />
        </label>
        <label>
          From
          <input name="from" type="date" defaultValue={view.from ?? ""} />
        </label>
        <label>
          To
          <input name="to" type="date" defaultValue={view.to ?? ""} />
        </label>
        <button type="submit">Show</button>
      </form>
      <p data-testid="audit-total">
        {total.toLocaleString("en")} {total === 1 ? "event" : "events"}
        {pages > 1 ? ` · page ${view.page} of ${pages}` : ""}
      </p>
      <div className={styles.scroll}>
        <table className={styles.table} data-testid="audit-table">
          <thead>
            <tr>
              <th scope="col">Time (UTC)</th>
              <th scope="col">Event</th>
              <th scope="col">Who</th>
              <th scope="col">Target</th>
              <th scope="col">Address</th>
              <th scope="col">Detail</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((e) => (
              <tr key={e.id} data-testid="audit-row">
                <td>{e.at.toISOString().replace("T", " ").slice(0, 19)}</td>
                <td>{AUDIT_ACTION_LABELS[e.action]}</td>
                <td>{e.actorEmail ?? ""}</td>
                <td>{e.target ?? ""}</td>
                <td>{e.address ?? ""}</td>
                <td>{detailText(e.detail)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label="Pages" className={styles.actions}>
        {view.page > 1 ? (
          <Link href={serializeAuditView({ ...view, page: view.page - 1 })}>Newer</Link>
        ) : null}
        {view.page < pages ? (
          <Link href={serializeAuditView({ ...view, page: view.page + 1 })}>Older</Link>
        ) : null}
      </nav>
    </>
  );
}
