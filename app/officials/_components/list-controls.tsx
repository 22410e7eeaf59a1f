import Link from "next/link";
import { type EntityListView, entityListHref, LIST_PAGE_SIZE, pageCount } from "@/lib/entity-list-view";
import type { IgnoredParam } from "@/lib/url-grammar";

/** The notice for the parts of a list's address that were not used. */
export function IgnoredNotice({ ignored }: { ignored: IgnoredParam[] }) {
  if (ignored.length === 0) return null;
  return (
    <div className="notice" role="status" data-testid="ignored">
      Part of this address was ignored: {ignored.map((i) => `“${i.key}=${i.value}” (${i.reason})`).join("; ")}
      .
    </div>
  );
}

/** Search box of a list: a plain GET form, so the search lives in the URL and works without script. */
export function ListSearch({ path, view, label }: { path: string; view: EntityListView; label: string }) {
  return (
    <search>
      <form method="get" action={path} style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
        <label style={{ display: "flex", gap: 8, alignItems: "center", flexWrap: "wrap" }}>
          {label}
          <input name="q" type="search" defaultValue={view.q} maxLength={100} size={30} />
        </label>
        <button type="submit">Search</button>
        {view.q && <Link href={path}>Clear</Link>}
      </form>
    </search>
  );
}

/** "Showing 51–100 of 20,000" and previous/next links, all built from the list grammar. */
export function ListPager({
  path,
  view,
  total,
  noun,
}: {
  path: string;
  view: EntityListView;
  total: number;
  noun: [string, string];
}) {
  const pages = pageCount(total);
  const from = total === 0 ? 0 : (view.page - 1) * LIST_PAGE_SIZE + 1;
  const to = Math.min(total, view.page * LIST_PAGE_SIZE);
  return (
    <nav aria-label="Pages" data-testid="pager" style={{ display: "flex", gap: 12, margin: "12px 0" }}>
      <span className="muted" data-testid="list-total">
        {total === 0
          ? `No ${noun[1]}`
          : from > total
            ? `Page ${view.page} is past the last page (${pages}) of ${total.toLocaleString("en")} ${total === 1 ? noun[0] : noun[1]}`
            : `${from.toLocaleString("en")}–${to.toLocaleString("en")} of ${total.toLocaleString("en")} ${total === 1 ? noun[0] : noun[1]}`}
        {view.q && ` matching “${view.q}”`}
      </span>
      {view.page > 1 && (
        <Link href={entityListHref(path, { ...view, page: Math.min(view.page - 1, pages) })} rel="prev">
          Previous page
        </Link>
      )}
      {view.page < pages && (
        <Link href={entityListHref(path, { ...view, page: view.page + 1 })} rel="next">
          Next page
        </Link>
      )}
    </nav>
  );
}
