import fs from "node:fs";
import type BetterSqlite3 from "better-sqlite3";
import { sql } from "drizzle-orm";
import { type Conn, type Db, openDatabase } from "@/db/client";
import { type PositionStance, summariseStances } from "@/lib/labels";
import type { RecordRow } from "@/lib/records-format";

type Client = Pick<Db, "$client">;

/**
 * A record's own columns with its source, event, topic ids, coded positions and live annotation count, one row per
 * record: each export is one statement stepped from start to end, never a query per batch with a list of ids.
 * People, roles, topics and propositions are few next to records, so they are read once into Lookups. Sources and
 * events grow with the corpus (95,000 and 20,000 at a million records): reading all of them up front cost an export
 * of a few hundred records a quarter of a second, so each row joins its own, the source through a covering index
 * (its row holds the whole article, a page read per record without it). `FROM` and `ORDER BY` are supplied by
 * each caller, which joins RECORD_JOINS_SQL.
 */
const STATEMENT_COLUMNS_SQL = `
  s.public_id, src.raw_text_sha256, src.url, src.title, s.evidence_start, s.evidence_end, s.evidence_text, s.text,
  s.language, s.person_id, s.role_id, e.slug, e.name, e.kind, e.country, s.attribution_text, s.attribution_kind,
  s.attribution_status, s.attribution_note, s.date_start, s.date_end, s.date_precision, s.date_basis, s.date_note,
  s.mode,
  (SELECT group_concat(st.topic_id) FROM statement_topics st WHERE st.statement_id = s.id),
  (SELECT json_group_array(json_array(cp.proposition_id, cp.status, cp.stance) ORDER BY cp.id)
    FROM coded_positions cp WHERE cp.statement_id = s.id HAVING count(*) > 0),
  (SELECT count(*) FROM annotations a WHERE a.statement_id = s.id AND a.deleted_at IS NULL)`;

const RECORD_JOINS_SQL = `JOIN sources src INDEXED BY sources_export_lookup_idx ON src.id = s.source_id
  LEFT JOIN events e ON e.id = s.event_id`;

/** All records in permalink order: the whole-collection export, whose order no import can change. */
const ALL_RECORDS_SQL = `SELECT ${STATEMENT_COLUMNS_SQL} FROM statements s ${RECORD_JOINS_SQL} ORDER BY s.public_id`;

/** The records listed in temp.export_ids, in its order (`ord`). */
const LISTED_RECORDS_SQL = `SELECT ${STATEMENT_COLUMNS_SQL}
  FROM temp.export_ids x JOIN statements s ON s.id = x.id ${RECORD_JOINS_SQL} ORDER BY x.ord`;

const LISTED_COUNT_SQL = "SELECT count(*) FROM temp.export_ids x JOIN statements s ON s.id = x.id";

type RawStatement = [
  publicId: string,
  sourceSha256: string,
  sourceUrl: string | null,
  sourceTitle: string,
  evidenceStart: number,
  evidenceEnd: number,
  evidenceText: string,
  text: string,
  language: string,
  personId: number | null,
  roleId: number | null,
  eventSlug: string | null,
  eventName: string | null,
  eventKind: string | null,
  country: string | null,
  attributionText: string,
  attributionKind: RecordRow["attribution_kind"],
  attributionStatus: RecordRow["attribution_status"],
  attributionNote: string | null,
  dateStart: string | null,
  dateEnd: string | null,
  datePrecision: RecordRow["date_precision"],
  dateBasis: RecordRow["date_basis"],
  dateNote: string | null,
  mode: RecordRow["mode"],
  topicIds: string | null,
  stances: string | null,
  annotationCount: number,
];

/** The small tables a record row refers to, by id, as read in the same transaction as the records. */
interface Lookups {
  persons: Map<number, [slug: string, name: string, nativeName: string | null]>;
  roles: Map<number, [title: string, rank: string | null, organization: string | null]>;
  topics: Map<number, string>;
  propositions: Map<number, string>;
}

function byId<T>(rows: unknown[][]): Map<number, T> {
  return new Map(rows.map((r) => [r[0] as number, r.slice(1) as T]));
}

function loadLookups(all: (query: string) => unknown[][]): Lookups {
  const single = (rows: unknown[][]) => new Map(rows.map((r) => [r[0] as number, r[1] as string]));
  return {
    persons: byId(all("SELECT id, slug, name, native_name FROM persons")),
    roles: byId(
      all(`SELECT r.id, r.title, r.rank, o.name FROM roles r
        LEFT JOIN organizations o ON o.id = r.organization_id`),
    ),
    topics: single(all("SELECT id, slug FROM topics")),
    propositions: single(all("SELECT id, label FROM propositions")),
  };
}

/** One raw row to a record, its keys in column order (so JSON encoding writes them in that order). */
function toRecord(c: RawStatement, l: Lookups): RecordRow {
  const person = c[9] === null ? undefined : l.persons.get(c[9]);
  const role = c[10] === null ? undefined : l.roles.get(c[10]);
  const stances = c[26]
    ? (JSON.parse(c[26]) as [number, PositionStance["status"], number | null][]).map(
        ([proposition, status, stance]): PositionStance => ({
          label: l.propositions.get(proposition) ?? "",
          status,
          stance,
        }),
      )
    : [];
  return {
    public_id: c[0],
    source_sha256: c[1],
    source_url: c[2],
    source_title: c[3],
    evidence_start: c[4],
    evidence_end: c[5],
    evidence_text: c[6],
    text: c[7],
    language: c[8],
    person_slug: person?.[0] ?? null,
    speaker: person?.[1] ?? null,
    speaker_native: person?.[2] ?? null,
    role_title: role?.[0] ?? null,
    role_rank: role?.[1] ?? null,
    organization: role?.[2] ?? null,
    event_slug: c[11],
    event_name: c[12],
    event_kind: c[13] as RecordRow["event_kind"],
    country: c[14],
    attribution_text: c[15],
    attribution_kind: c[16],
    attribution_status: c[17],
    attribution_note: c[18],
    date_start: c[19],
    date_end: c[20],
    date_precision: c[21],
    date_basis: c[22],
    date_note: c[23],
    mode: c[24],
    // Sorted as before the rows were read in one statement: by slug, in code-unit order.
    topics: c[25]
      ? c[25]
          .split(",")
          .map((id) => l.topics.get(Number(id)) ?? "")
          .sort()
      : [],
    stance_summary: summariseStances(stances),
    annotation_count: c[27],
  };
}

function* mapRows(rows: IterableIterator<unknown>, lookups: Lookups): Generator<RecordRow> {
  for (const row of rows) yield toRecord(row as RawStatement, lookups);
}

const clientLookups = (client: BetterSqlite3.Database) =>
  loadLookups((query) => client.prepare(query).raw().all() as unknown[][]);
const drizzleLookups = (db: Conn) => loadLookups((query) => db.values(sql.raw(query)));

/** Fills temp.export_ids with these ids in this order (a temporary table of this connection, never shared). */
function listIds(client: BetterSqlite3.Database, ids: Iterable<number>): void {
  client.exec(`CREATE TEMP TABLE IF NOT EXISTS export_ids (ord INTEGER PRIMARY KEY, id INTEGER NOT NULL);
    DELETE FROM temp.export_ids;`);
  const insert = client.prepare("INSERT INTO temp.export_ids (id) VALUES (?)");
  const fill = client.transaction((list: Iterable<number>) => {
    for (const id of list) insert.run(id);
  });
  // Inside the caller's transaction this is a savepoint; on its own it is one short transaction on temp only.
  fill(ids);
}

/** Every record in the interchange format, in permalink order, read at once (small databases, tests). */
export function allRecordRows(db: Conn): RecordRow[] {
  const lookups = drizzleLookups(db);
  return db.values(sql.raw(ALL_RECORDS_SQL)).map((row) => toRecord(row as RawStatement, lookups));
}

/**
 * The records with these internal ids in the interchange format, in the order given; ids that name no record are
 * skipped. The ids go through a temporary table, never as one bound variable each. The rows are read eagerly,
 * so the connection is free again on return: for streaming a large export use openRecordsSnapshot.
 */
export function recordRowsInOrder(db: Client, ids: Iterable<number>): RecordRow[] {
  listIds(db.$client, ids);
  const lookups = clientLookups(db.$client);
  return [...mapRows(db.$client.prepare(LISTED_RECORDS_SQL).raw().iterate(), lookups)];
}

/**
 * The records with these permalink ids (unknown ones skipped), in permalink order; also inside a transaction, for
 * the bulk import's check. The ids (a file's, up to MAX_IMPORT_ROWS) are bound as one JSON array, not one each.
 */
export function recordRowsByPublicId(db: Conn, publicIds: readonly string[]): RecordRow[] {
  if (publicIds.length === 0) return [];
  const list = JSON.stringify([...new Set(publicIds)]);
  const rows = db.values(
    sql`SELECT ${sql.raw(STATEMENT_COLUMNS_SQL)} FROM statements s ${sql.raw(RECORD_JOINS_SQL)}
      WHERE s.public_id IN (SELECT value FROM json_each(${list})) ORDER BY s.public_id`,
  );
  if (rows.length === 0) return [];
  const lookups = drizzleLookups(db);
  return rows.map((row) => toRecord(row as RawStatement, lookups));
}

/**
 * Idle export connections. A new connection starts cold: an export on one spent 10-40 ms parsing the schema and
 * about 10 µs a record faulting in pages another connection had already read, so a finished export leaves its
 * connection for the next. At most IDLE_LIMIT wait, all for one file (the server has
 * one; tests make many, whose connections are closed as soon as another file's export ends); more exports at once
 * open more, closed when they end.
 */
const idle: Pooled[] = [];
const IDLE_LIMIT = 2;

interface Pooled {
  db: Db;
  file: string;
  /** The file's inode when opened: a database replaced at the same path (a restore) is another database. */
  inode: number;
}

const inodeOf = (file: string) => fs.statSync(file).ino;

/**
 * An export reads its records in the view's order, one random page after another: through a memory map it ran a
 * quarter faster at a million records (35,000 against 27,000 records a second in-process). The app's own
 * connection has none (db/client.ts): the map would count as the server's memory, so an export maps the file only
 * while it runs.
 */
const EXPORT_MMAP_BYTES = 1 << 30;

function takeConnection(file: string): Pooled {
  const inode = inodeOf(file);
  const i = idle.findIndex((p) => p.file === file && p.inode === inode);
  const pooled = i !== -1 ? (idle.splice(i, 1)[0] as Pooled) : { db: openDatabase(file), file, inode };
  pooled.db.$client.pragma(`mmap_size = ${EXPORT_MMAP_BYTES}`);
  return pooled;
}

function giveBack(pooled: Pooled): void {
  const { file, inode } = pooled;
  for (const other of idle.filter((p) => p.file !== file || p.inode !== inode)) {
    other.db.$client.close();
    idle.splice(idle.indexOf(other), 1);
  }
  const client = pooled.db.$client;
  const current = fs.existsSync(file) && inodeOf(file) === inode;
  if (idle.length >= IDLE_LIMIT || !current || client.inTransaction) {
    client.close();
    return;
  }
  // An idle connection should hold neither its map nor its page cache (up to 64 MiB) as the server's memory; the
  // parsed schema, the main reason to keep it, stays.
  client.pragma("mmap_size = 0");
  client.pragma("shrink_memory");
  idle.push(pooled);
}

/** An export's rows read from one snapshot of the database; `close` must be called once it is done or abandoned. */
export interface RecordsSnapshot {
  rows: Iterator<RecordRow>;
  /** How many records `rows` will give, read in the same snapshot, so a client can show its progress. */
  total: number;
  /** Ends the read transaction and releases the connection; safe to call more than once. */
  close(): void;
}

/**
 * Takes a connection of its own (an idle export connection, else a new one) and opens a read transaction on it, picks the records (`select` runs inside that
 * transaction, on that connection) and returns an iterator over them. In WAL mode the transaction sees the
 * database as of its first read for as long as it stays open: writers on other connections go on committing
 * (they are never blocked by it) and none of their rows, whole or half, appear in the export. The rows are read
 * lazily, one statement stepped as the consumer pulls, so memory stays flat whatever the export's size.
 * `select` returns null for the whole collection in permalink order, or the ids to export in their order.
 */
export function openRecordsSnapshot(
  file: string,
  select: (db: Db) => Iterable<number> | null,
): RecordsSnapshot {
  const pooled = takeConnection(file);
  const { db } = pooled;
  const client = db.$client;
  let open = true;
  let iterator: Generator<RecordRow> | null = null;
  let total = 0;
  const close = () => {
    if (!open) return;
    open = false;
    try {
      iterator?.return(undefined);
      if (client.inTransaction) client.exec("ROLLBACK");
    } finally {
      giveBack(pooled);
    }
  };
  try {
    client.exec("BEGIN");
    // The snapshot starts at the first read, so take it now rather than when the client first pulls.
    client.prepare("SELECT count(*) FROM sqlite_master").get();
    const ids = select(db);
    const lookups = clientLookups(client);
    if (ids === null) {
      total = client.prepare("SELECT count(*) FROM statements").pluck().get() as number;
      iterator = mapRows(client.prepare(ALL_RECORDS_SQL).raw().iterate(), lookups);
    } else {
      listIds(client, ids);
      total = client.prepare(LISTED_COUNT_SQL).pluck().get() as number;
      iterator = mapRows(client.prepare(LISTED_RECORDS_SQL).raw().iterate(), lookups);
    }
  } catch (error) {
    close();
    throw error;
  }
  const rows = iterator;
  return {
    rows: {
      next: () => {
        if (!open) return { done: true, value: undefined };
        const next = rows.next();
        if (next.done) close();
        return next;
      },
    },
    total,
    close,
  };
}

/** The records with these internal ids in the interchange format, in the order given (unknown ids skipped). */
export function* iterateRecordRows(db: Db, ids: readonly number[]): Generator<RecordRow> {
  yield* recordRowsInOrder(db, ids);
}

/** Records in the interchange format, in permalink order: all of them, or those with these public ids. */
export function exportRecords(db: Conn, publicIds?: readonly string[]): RecordRow[] {
  return publicIds ? recordRowsByPublicId(db, publicIds) : allRecordRows(db);
}
