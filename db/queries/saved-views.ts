/**
 * Saved views: a user's named URLs of the table, a comparison or a timeline. A private view exists only for its
 * owner: every read here takes the reader's id and answers as if another user's private view did not exist, and
 * every change takes the owner's id in its WHERE, so ownership is checked by the database write itself.
 */
import type { Db } from "@/db/client";
import type { SavedViewKind } from "@/db/schema";
import { savedViewTableView } from "@/lib/saved-views";
import { type ChangeMark, currentChangeMark } from "./change-mark";
import { countViewChangesSince } from "./changes";

export interface SavedView {
  id: number;
  name: string;
  kind: SavedViewKind;
  url: string;
  shared: boolean;
  ownerId: string;
  ownerName: string;
  /** Whether the reader owns it (only the owner may rename, share or delete it). */
  mine: boolean;
  createdAt: string;
  /** When the reader last opened it; null if never. */
  openedAt: string | null;
  /** The reader's mark: when they last opened it, or else when it was saved. */
  mark: ChangeMark;
}

/** Views per page of /views and of /api/views: each row's change count is bounded, so is the page. */
export const SAVED_VIEWS_PAGE = 50;

interface Row {
  id: number;
  name: string;
  kind: SavedViewKind;
  url: string;
  shared: number;
  ownerId: string;
  ownerName: string;
  createdAt: string;
  openedAt: string | null;
  statementMark: number;
  revisionMark: number;
}

const SELECT = `SELECT v.id, v.name, v.kind, v.url, v.shared, v.owner_id AS ownerId, u.name AS ownerName,
    v.created_at AS createdAt, o.opened_at AS openedAt,
    coalesce(o.statement_mark, v.statement_mark) AS statementMark,
    coalesce(o.revision_mark, v.revision_mark) AS revisionMark
  FROM saved_views v JOIN users u ON u.id = v.owner_id
  LEFT JOIN saved_view_opens o ON o.view_id = v.id AND o.user_id = @reader`;

function toView(row: Row, reader: string): SavedView {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    url: row.url,
    shared: row.shared === 1,
    ownerId: row.ownerId,
    ownerName: row.ownerName,
    mine: row.ownerId === reader,
    createdAt: row.createdAt,
    openedAt: row.openedAt,
    mark: { statementId: row.statementMark, revisionId: row.revisionMark },
  };
}

export function createSavedView(
  db: Db,
  input: { ownerId: string; name: string; kind: SavedViewKind; url: string; shared: boolean },
): SavedView {
  const mark = currentChangeMark(db);
  const id = Number(
    db.$client
      .prepare(
        `INSERT INTO saved_views (owner_id, name, kind, url, shared, statement_mark, revision_mark)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        input.ownerId,
        input.name,
        input.kind,
        input.url,
        input.shared ? 1 : 0,
        mark.statementId,
        mark.revisionId,
      ).lastInsertRowid,
  );
  const view = getVisibleSavedView(db, input.ownerId, id);
  if (!view) throw new Error("a saved view just inserted is missing");
  return view;
}

/** The reader's own views and every shared one, newest first, a page at a time (one row more says "there is more"). */
export function listVisibleSavedViews(
  db: Db,
  reader: string,
  page = 1,
): { views: SavedView[]; hasMore: boolean } {
  // Two index walks (owner, shared) merged: no scan of every user's views.
  const rows = db.$client
    .prepare(
      `${SELECT} WHERE v.id IN (
         SELECT id FROM saved_views WHERE owner_id = @reader
         UNION SELECT id FROM saved_views WHERE shared = 1)
       ORDER BY v.id DESC LIMIT @limit OFFSET @offset`,
    )
    .all({ reader, limit: SAVED_VIEWS_PAGE + 1, offset: (page - 1) * SAVED_VIEWS_PAGE }) as Row[];
  return {
    views: rows.slice(0, SAVED_VIEWS_PAGE).map((r) => toView(r, reader)),
    hasMore: rows.length > SAVED_VIEWS_PAGE,
  };
}

/** One view, if the reader may see it (theirs, or shared); otherwise undefined, as if it did not exist. */
export function getVisibleSavedView(db: Db, reader: string, id: number): SavedView | undefined {
  const row = db.$client
    .prepare(`${SELECT} WHERE v.id = @id AND (v.owner_id = @reader OR v.shared = 1)`)
    .get({ reader, id }) as Row | undefined;
  return row ? toView(row, reader) : undefined;
}

/** The reader opens a view they may see: their mark moves to now. False if they may not see it. */
export function markSavedViewOpened(db: Db, reader: string, id: number, at = new Date()): boolean {
  const mark = currentChangeMark(db);
  const result = db.$client
    .prepare(
      `INSERT INTO saved_view_opens (view_id, user_id, statement_mark, revision_mark, opened_at)
       SELECT id, @reader, @statementMark, @revisionMark, @at FROM saved_views
       WHERE id = @id AND (owner_id = @reader OR shared = 1)
       ON CONFLICT (view_id, user_id) DO UPDATE SET statement_mark = excluded.statement_mark,
         revision_mark = excluded.revision_mark, opened_at = excluded.opened_at`,
    )
    .run({
      reader,
      id,
      statementMark: mark.statementId,
      revisionMark: mark.revisionId,
      at: at.toISOString(),
    });
  return result.changes === 1;
}

const touch = "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

/** Owner only: false (and nothing changed) when the view is not the owner's. */
export function renameSavedView(db: Db, ownerId: string, id: number, name: string): boolean {
  return (
    db.$client
      .prepare(`UPDATE saved_views SET name = ?, ${touch} WHERE id = ? AND owner_id = ?`)
      .run(name, id, ownerId).changes === 1
  );
}

/** Owner only. Unsharing leaves other users' open marks behind, harmless: they can no longer read the view. */
export function setSavedViewShared(db: Db, ownerId: string, id: number, shared: boolean): boolean {
  return (
    db.$client
      .prepare(`UPDATE saved_views SET shared = ?, ${touch} WHERE id = ? AND owner_id = ?`)
      .run(shared ? 1 : 0, id, ownerId).changes === 1
  );
}

/** Owner only; the open marks go with it (ON DELETE CASCADE). */
export function deleteSavedView(db: Db, ownerId: string, id: number): boolean {
  return (
    db.$client.prepare("DELETE FROM saved_views WHERE id = ? AND owner_id = ?").run(id, ownerId).changes === 1
  );
}

/**
 * How many of the view's records are new or changed since the reader's mark (bounded and capped by
 * countViewChangesSince); null for a view that watches no query (a comparison of fixed records).
 */
export function savedViewChanges(db: Db, view: SavedView): { count: number; capped: boolean } | null {
  const table = savedViewTableView(view.kind, view.url);
  return table ? countViewChangesSince(db, table, view.mark) : null;
}
