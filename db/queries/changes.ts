/**
 * What changed, newest first, for the feeds: records added to a positions view, records of it recoded or whose
 * speaker was resolved (from the append-only statement_revisions), and an actor's stance changes on one
 * proposition. Every query walks a primary key backwards (statement ids and revision ids grow with time) and
 * stops after a limit, and never looks further back than CHANGE_WINDOW records or revisions, so a feed costs the
 * same at a million records as at a thousand; changes older than that window are in the record's own history.
 */
import type { Db } from "@/db/client";
import type { PositionStatus } from "@/db/schema";
import type { PositionsView } from "@/lib/positions-view";
import type { RecordSnapshot } from "@/lib/record-edit";
import { type ChangeMark, changeMarkAt, currentChangeMark, maxId, revisedSince } from "./change-mark";
import { getPositionRows, type PositionRow } from "./position-rows";
import { planPositionsQuery } from "./positions-plan";

/** Entries per feed. */
export const FEED_LIMIT = 50;
/** How far back a change feed looks: the newest this many records, and the newest this many revisions. */
export const CHANGE_WINDOW = 5_000;

export type ChangeKind = "new" | "recoded" | "resolved";

export interface ChangeEntry {
  kind: ChangeKind;
  /** The record as it is now. */
  row: PositionRow;
  /** The record's version the change made (0 for a new record, which has no revision). */
  version: number;
  /** When the change was made (ISO timestamp). */
  at: string;
  /** For recodes: the codings before and after, by proposition label ("" when the earlier one was not kept). */
  codings?: { proposition: string; before: string; after: string }[];
}

interface RevisionRow {
  id: number;
  statementId: number;
  version: number;
  snapshot: string;
  at: string;
}

/**
 * The positions view's filter as one WHERE over `position_facts f`, every condition checked per row, so that it
 * can be combined with a walk along the primary key. Taken from the plan's index walk (its page query), which is
 * `SELECT f.statement_id FROM position_facts f <where> ORDER BY ... LIMIT ? OFFSET ?`.
 */
function viewFilter(
  db: Db,
  view: PositionsView,
): { sql: string; params: (string | number)[]; ignored: unknown[] } {
  const plan = planPositionsQuery(db, view);
  const m =
    /^SELECT f\.statement_id FROM position_facts f (WHERE [\s\S]*?)?\s*ORDER BY [^)]*LIMIT \? OFFSET \?$/.exec(
      plan.ids.sql.trim(),
    );
  if (!m) throw new Error("the positions plan's page query changed shape; viewFilter needs updating");
  const params = plan.ids.params.slice(0, -2) as (string | number)[];
  // The page stops after 50 rows, so it may test a search per row; the change walks look at up to CHANGE_WINDOW
  // rows twice, where one match set built once is far cheaper (a common word at 100k: 7.8 s against 0.09 s).
  const where = (m[1] ? m[1].replace(/^WHERE /, "") : "1").replaceAll(
    "EXISTS (SELECT 1 FROM positions_fts WHERE positions_fts MATCH ? AND positions_fts.rowid = f.statement_id)",
    "f.statement_id IN (SELECT rowid FROM positions_fts WHERE positions_fts MATCH ?)",
  );
  return { sql: where, params, ignored: plan.resolved.ignored };
}

function codingText(c: RecordSnapshot["codings"][number] | undefined): string {
  if (!c) return "not coded";
  if (c.status === "stated") return `stance ${c.stance !== null && c.stance > 0 ? "+" : ""}${c.stance}`;
  return c.status.replace("_", " ");
}

function previousSnapshot(db: Db, statementId: number, version: number): RecordSnapshot | null {
  const row = db.$client
    .prepare("SELECT snapshot FROM statement_revisions WHERE statement_id = ? AND version = ?")
    .pluck()
    .get(statementId, version - 1) as string | undefined;
  return row ? (JSON.parse(row) as { record: RecordSnapshot }).record : null;
}

function codingChanges(
  db: Db,
  rev: RevisionRow,
  labels: Map<string, string>,
  only?: string,
): ChangeEntry["codings"] {
  const after = (JSON.parse(rev.snapshot) as { record: RecordSnapshot }).record;
  const before = previousSnapshot(db, rev.statementId, rev.version);
  const slugs = new Set([
    ...after.codings.map((c) => c.proposition),
    ...(before?.codings ?? []).map((c) => c.proposition),
  ]);
  const out: NonNullable<ChangeEntry["codings"]> = [];
  for (const slug of slugs) {
    if (only && slug !== only) continue;
    const a = after.codings.find((c) => c.proposition === slug);
    const b = before?.codings.find((c) => c.proposition === slug);
    if (before && JSON.stringify(a) === JSON.stringify(b)) continue;
    out.push({
      proposition: labels.get(slug) ?? slug,
      before: before ? codingText(b) : "",
      after: codingText(a),
    });
  }
  return out;
}

function propositionLabels(db: Db): Map<string, string> {
  const rows = db.$client.prepare("SELECT slug, label FROM propositions").all() as {
    slug: string;
    label: string;
  }[];
  return new Map(rows.map((r) => [r.slug, r.label]));
}

/** Newest first; ties (same instant) by kind order, then record. */
function newestFirst(a: ChangeEntry, b: ChangeEntry): number {
  return a.at < b.at
    ? 1
    : a.at > b.at
      ? -1
      : b.version - a.version || (a.row.publicId < b.row.publicId ? 1 : -1);
}

function attachRows(db: Db, list: { statementId: number; entry: Omit<ChangeEntry, "row"> }[]): ChangeEntry[] {
  const rows = new Map(
    getPositionRows(db, [...new Set(list.map((x) => x.statementId))]).map((r) => [r.id, r]),
  );
  return list.flatMap(({ statementId, entry }) => {
    const row = rows.get(statementId);
    return row ? [{ ...entry, row }] : [];
  });
}

/**
 * New records, recodes and resolved attributions of the records a positions view holds (as they are now), the
 * newest FEED_LIMIT, within CHANGE_WINDOW.
 */
export function listViewChanges(db: Db, view: PositionsView): { entries: ChangeEntry[]; ignored: unknown[] } {
  const filter = viewFilter(db, view);
  const sqlite = db.$client;
  const newest = maxId(db, "statements");
  const added = sqlite
    .prepare(
      `SELECT f.statement_id AS statementId, s.created_at AS at FROM position_facts f
       JOIN statements s ON s.id = f.statement_id
       WHERE f.statement_id > ? AND ${filter.sql}
       ORDER BY f.statement_id DESC LIMIT ?`,
    )
    .all(newest - CHANGE_WINDOW, ...filter.params, FEED_LIMIT) as { statementId: number; at: string }[];
  const newestRev = maxId(db, "statement_revisions");
  // Revisions that recoded or resolved; the per-row filter then keeps those of the view's records.
  const revisions = sqlite
    .prepare(
      `SELECT r.id, r.statement_id AS statementId, r.version, r.snapshot, r.created_at AS at
       FROM statement_revisions r JOIN position_facts f ON f.statement_id = r.statement_id
       WHERE r.id > ? AND r.action = 'edit'
         AND EXISTS (SELECT 1 FROM json_each(r.snapshot, '$.changed') c
                     WHERE c.value = 'codings'
                        OR (c.value = 'attributionStatus'
                            AND json_extract(r.snapshot, '$.record.attributionStatus') = 'resolved'))
         AND ${filter.sql}
       ORDER BY r.id DESC LIMIT ?`,
    )
    .all(newestRev - CHANGE_WINDOW, ...filter.params, FEED_LIMIT) as RevisionRow[];
  const labels = propositionLabels(db);
  const list: { statementId: number; entry: Omit<ChangeEntry, "row"> }[] = [
    ...added.map((a) => ({
      statementId: a.statementId,
      entry: { kind: "new" as const, version: 0, at: a.at },
    })),
    ...revisions.flatMap((rev) => {
      const changed = (JSON.parse(rev.snapshot) as { changed: string[]; record: RecordSnapshot }).changed;
      const out: { statementId: number; entry: Omit<ChangeEntry, "row"> }[] = [];
      if (changed.includes("codings"))
        out.push({
          statementId: rev.statementId,
          entry: {
            kind: "recoded",
            version: rev.version,
            at: rev.at,
            codings: codingChanges(db, rev, labels),
          },
        });
      if (changed.includes("attributionStatus"))
        out.push({
          statementId: rev.statementId,
          entry: { kind: "resolved", version: rev.version, at: rev.at },
        });
      return out;
    }),
  ];
  return { entries: attachRows(db, list).sort(newestFirst).slice(0, FEED_LIMIT), ignored: filter.ignored };
}

export interface StanceActor {
  speaker: string | null;
  country: string | null;
  proposition: string;
}

export interface StanceChanges {
  entries: ChangeEntry[];
  proposition: { slug: string; label: string; text: string } | null;
  speaker: { slug: string; name: string } | null;
  /** Whether any official has the country (true when no country is asked for). */
  countryKnown: boolean;
}

/**
 * An actor's stance on one proposition as it is set: their new records coded on it, and recodes of it on their
 * records (before and after, from consecutive revisions). The actor is a speaker, or every speaker of a country.
 */
export function listStanceChanges(db: Db, actor: StanceActor): StanceChanges {
  const sqlite = db.$client;
  const proposition =
    (sqlite.prepare("SELECT id, slug, label, text FROM propositions WHERE slug = ?").get(actor.proposition) as
      | { id: number; slug: string; label: string; text: string }
      | undefined) ?? null;
  const speaker = actor.speaker
    ? ((sqlite.prepare("SELECT id, slug, name FROM persons WHERE slug = ?").get(actor.speaker) as
        | { id: number; slug: string; name: string }
        | undefined) ?? null)
    : null;
  const countryKnown = actor.country
    ? sqlite.prepare("SELECT 1 FROM persons WHERE country = ? LIMIT 1").get(actor.country) !== undefined
    : true;
  const none = {
    entries: [],
    proposition: proposition && { slug: proposition.slug, label: proposition.label, text: proposition.text },
    speaker,
    countryKnown,
  };
  if (!proposition || (actor.speaker && !speaker) || (!actor.speaker && !actor.country) || !countryKnown)
    return none;
  const who = speaker
    ? { sql: "s.person_id = ?", param: speaker.id as string | number }
    : { sql: "s.person_id IN (SELECT id FROM persons WHERE country = ?)", param: actor.country ?? "" };
  const added = sqlite
    .prepare(
      `SELECT s.id AS statementId, s.created_at AS at, cp.status, cp.stance FROM statements s
       JOIN coded_positions cp ON cp.statement_id = s.id AND cp.proposition_id = ?
       WHERE s.id > ? AND ${who.sql}
       ORDER BY s.id DESC LIMIT ?`,
    )
    .all(proposition.id, maxId(db, "statements") - CHANGE_WINDOW, who.param, FEED_LIMIT) as {
    statementId: number;
    at: string;
    status: PositionStatus;
    stance: number | null;
  }[];
  const revisions = sqlite
    .prepare(
      `SELECT r.id, r.statement_id AS statementId, r.version, r.snapshot, r.created_at AS at
       FROM statement_revisions r JOIN statements s ON s.id = r.statement_id
       WHERE r.id > ? AND r.action = 'edit' AND ${who.sql}
         AND EXISTS (SELECT 1 FROM json_each(r.snapshot, '$.changed') c WHERE c.value = 'codings')
       ORDER BY r.id DESC LIMIT ?`,
    )
    .all(maxId(db, "statement_revisions") - CHANGE_WINDOW, who.param, FEED_LIMIT * 4) as RevisionRow[];
  const labels = propositionLabels(db);
  const list: { statementId: number; entry: Omit<ChangeEntry, "row"> }[] = [
    ...added.map((a) => ({
      statementId: a.statementId,
      entry: {
        kind: "new" as const,
        version: 0,
        at: a.at,
        codings: [
          {
            proposition: proposition.label,
            before: "",
            after: codingText({
              proposition: proposition.slug,
              status: a.status,
              stance: a.stance,
              basis: null,
              note: null,
            }),
          },
        ],
      },
    })),
    ...revisions.flatMap((rev) => {
      const codings = codingChanges(db, rev, labels, proposition.slug) ?? [];
      return codings.length > 0
        ? [
            {
              statementId: rev.statementId,
              entry: { kind: "recoded" as const, version: rev.version, at: rev.at, codings },
            },
          ]
        : [];
    }),
  ];
  return { ...none, entries: attachRows(db, list).sort(newestFirst).slice(0, FEED_LIMIT) };
}

/** When each record was added and last changed (ISO timestamps), by internal id. */
export function recordTimes(
  db: Db,
  ids: readonly number[],
): Map<number, { created: string; updated: string }> {
  if (ids.length === 0) return new Map();
  const rows = db.$client
    .prepare(
      `SELECT id, created_at AS created, updated_at AS updated FROM statements
       WHERE id IN (${ids.map(() => "?").join(",")})`,
    )
    .all(...ids) as { id: number; created: string; updated: string }[];
  return new Map(rows.map((r) => [r.id, { created: r.created, updated: r.updated }]));
}

/** The newest record addition or revision anywhere: the `updated` of a feed with no entries. */
export function latestChangeAt(db: Db): string {
  const sqlite = db.$client;
  const a = sqlite.prepare("SELECT created_at FROM statements ORDER BY id DESC LIMIT 1").pluck().get() as
    | string
    | undefined;
  const b = sqlite
    .prepare("SELECT created_at FROM statement_revisions ORDER BY id DESC LIMIT 1")
    .pluck()
    .get() as string | undefined;
  return [a, b, "1970-01-01T00:00:00Z"].filter((x): x is string => !!x).reduce((m, x) => (x > m ? x : m));
}

/** Counts stop here: "1,000+" says enough, and counting further would cost what the backlog holds. */
export const CHANGE_COUNT_CAP = 1_000;

/**
 * How many of a view's records are new or changed (a recode, a resolved speaker, any edit) since `mark`: each
 * record once, at most `cap`. Bounded like the feeds: new ids and revision ids after the mark, and no further back
 * than CHANGE_WINDOW; `capped` says the true number may be larger.
 */
export function countViewChangesSince(
  db: Db,
  view: PositionsView,
  mark: ChangeMark,
  cap = CHANGE_COUNT_CAP,
): { count: number; capped: boolean } {
  const filter = viewFilter(db, view);
  const now = currentChangeMark(db);
  const fromStatement = Math.max(mark.statementId, now.statementId - CHANGE_WINDOW);
  const fromRevision = Math.max(mark.revisionId, now.revisionId - CHANGE_WINDOW);
  const count = Number(
    db.$client
      .prepare(
        `SELECT count(*) FROM (
           SELECT statement_id FROM (
             SELECT f.statement_id FROM position_facts f WHERE f.statement_id > ? AND ${filter.sql} LIMIT ?)
           UNION
           SELECT statement_id FROM (
             SELECT DISTINCT r.statement_id FROM statement_revisions r
             JOIN position_facts f ON f.statement_id = r.statement_id
             WHERE r.id > ? AND ${filter.sql} LIMIT ?)
           LIMIT ?)`,
      )
      .pluck()
      .get(fromStatement, ...filter.params, cap, fromRevision, ...filter.params, cap, cap),
  );
  const truncated = fromStatement > mark.statementId || fromRevision > mark.revisionId;
  return { count, capped: count >= cap || truncated };
}

/**
 * A positions view `asof` a moment, beside its rows: how many of its records were edited after that moment
 * (bounded like the feeds), and which of the rows shown were.
 */
export function viewEditsSince(
  db: Db,
  view: PositionsView & { asof: string },
  shownIds: readonly number[],
): { edited: { count: number; capped: boolean }; shown: Set<number> } {
  const mark = changeMarkAt(db, view.asof);
  return { edited: countViewChangesSince(db, view, mark), shown: revisedSince(db, mark, shownIds) };
}
