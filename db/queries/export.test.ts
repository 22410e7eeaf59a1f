import fs from "node:fs";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Db, openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { createTempDb } from "@/db/testing/temp-db";
import { parseView } from "@/lib/positions-view";
import { encodeRecords } from "@/lib/records-file";
import type { RecordRow } from "@/lib/records-format";
import { loadSeeds } from "@/seeds/load";
import { exportRecords, openRecordsSnapshot, recordRowsInOrder } from "./export";
import { withIndexTriggersSuspended } from "./position-index";
import { listViewIds } from "./positions";

let db: Db;
let file: string;
let cleanup: () => void;

beforeEach(() => {
  ({ db, file, cleanup } = createTempDb());
  loadSeeds(db);
});
afterEach(() => cleanup());

function drain(rows: Iterator<RecordRow>, limit = Number.POSITIVE_INFINITY): RecordRow[] {
  const out: RecordRow[] = [];
  for (let r = rows.next(); !r.done && out.length < limit; r = r.done ? r : rows.next()) {
    out.push(r.value);
    if (out.length >= limit) break;
  }
  return out;
}

/** A second writer, as another request or process would be: its own connection to the same file. */
function writer(): Database.Database {
  const w = new Database(file);
  w.pragma("busy_timeout = 5000");
  return w;
}

/** Copies the 20 seed records n times under new permalink ids (same source, speaker, topics), in bulk. */
function multiply(times: number) {
  withIndexTriggersSuspended(db, () => {
    db.$client
      .prepare(
        `WITH RECURSIVE copy(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM copy WHERE i < ?)
         INSERT INTO statements (public_id, source_id, person_id, role_id, event_id, attribution_text,
           attribution_kind, attribution_status, attribution_note, date_start, date_end, date_precision,
           date_basis, date_note, mode, text, evidence_start, evidence_end, evidence_text, language)
         SELECT substr(public_id, 1, 4) || printf('%06d', i * 100 + id), source_id, person_id, role_id,
           event_id, attribution_text, attribution_kind, attribution_status, attribution_note, date_start,
           date_end, date_precision, date_basis, date_note, mode, text, evidence_start, evidence_end,
           evidence_text, language
         FROM copy, statements WHERE id <= 20`,
      )
      .run(times);
    db.$client.exec(
      `INSERT INTO statement_topics (statement_id, topic_id)
       SELECT n.id, st.topic_id FROM statements n
       JOIN statement_topics st ON st.statement_id = CAST(substr(n.public_id, 5) AS INTEGER) % 100
       WHERE n.id > 20`,
    );
  });
}

describe("exports read one snapshot", () => {
  it("an export taken while another connection writes shows none of the new rows and no half-written ones", () => {
    const before = exportRecords(db);
    const snapshot = openRecordsSnapshot(file, () => null);
    const first = drain(snapshot.rows, 5);
    // While the export is open: a new record, and one record's text and topics changed in one transaction.
    const w = writer();
    const target = before[10];
    if (!target) throw new Error("seed missing");
    w.transaction(() => {
      w.prepare(
        `INSERT INTO statements (public_id, source_id, attribution_text, attribution_kind, attribution_status,
           date_precision, date_basis, mode, text, evidence_start, evidence_end, evidence_text)
         SELECT '2222222222', source_id, attribution_text, attribution_kind, 'unresolved', 'unknown', 'unknown',
           mode, 'A new record.', evidence_start, evidence_end, evidence_text FROM statements LIMIT 1`,
      ).run();
      w.prepare("UPDATE statements SET text = 'Rewritten.' WHERE public_id = ?").run(target.public_id);
      w.prepare(
        "DELETE FROM statement_topics WHERE statement_id = (SELECT id FROM statements WHERE public_id = ?)",
      ).run(target.public_id);
    })();
    w.close();
    const rest = drain(snapshot.rows);
    snapshot.close();
    expect([...first, ...rest]).toEqual(before);
    // The count a client shows progress against is the snapshot's too, not the database's of now.
    expect(snapshot.total).toBe(before.length);
    // The writer was not blocked, and the next export sees its work, whole.
    const after = exportRecords(db);
    expect(after).toHaveLength(before.length + 1);
    expect(after.find((r) => r.public_id === target.public_id)).toMatchObject({
      text: "Rewritten.",
      topics: [],
    });
  });

  it("releases its connection and read transaction when abandoned, so the database can be checkpointed", () => {
    const snapshot = openRecordsSnapshot(file, () => null);
    drain(snapshot.rows, 3);
    snapshot.close();
    snapshot.close();
    expect(snapshot.rows.next().done).toBe(true);
    const w = writer();
    w.prepare("UPDATE statements SET text = text || '' WHERE id = 1").run();
    // TRUNCATE only succeeds (busy = 0) when no reader holds an old snapshot.
    const [result] = w.pragma("wal_checkpoint(TRUNCATE)") as { busy: number }[];
    expect(result?.busy).toBe(0);
    w.close();
  });

  it("an export after the database was replaced at the same path reads the new database", () => {
    drain(openRecordsSnapshot(file, () => null).rows);
    // As a restore would: the file replaced by another database (here an empty one) while the server runs.
    db.$client.close();
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
    db = openDatabase(file);
    migrateDatabase(db);
    expect(drain(openRecordsSnapshot(file, () => null).rows)).toEqual([]);
  });

  it("a view's export reads the view's ids inside the snapshot, in the view's order", () => {
    const view = parseView(new URLSearchParams("topic=cyber-security&sort=-date")).view;
    const snapshot = openRecordsSnapshot(file, (conn) => listViewIds(conn, view));
    const rows = drain(snapshot.rows);
    expect(rows.map((r) => r.public_id)).toEqual(
      recordRowsInOrder(db, listViewIds(db, view)).map((r) => r.public_id),
    );
    expect(rows).toHaveLength(10);
    expect(snapshot.total).toBe(10);
  });
});

describe("exports at 40,000 records", () => {
  it("a view matching 40,000 records exports all of them in its order, with no id bound as a variable", {
    timeout: 120_000,
  }, () => {
    multiply(2000);
    const view = parseView(new URLSearchParams("sort=-date")).view;
    const ids = listViewIds(db, view);
    expect(ids.length).toBeGreaterThanOrEqual(40_000);
    const snapshot = openRecordsSnapshot(file, (conn) => listViewIds(conn, view));
    let n = 0;
    let lastDate = "9999-12-31";
    let ordered = true;
    const seen = new Set<string>();
    for (const piece of encodeRecords({ [Symbol.iterator]: () => snapshot.rows }, "csv")) {
      n++;
      if (n === 1) continue;
      const date = piece.match(/,(\d{4}-\d{2}-\d{2}),/)?.[1];
      if (date && date > lastDate) ordered = false;
      if (date) lastDate = date;
      seen.add(piece.slice(0, 10));
    }
    snapshot.close();
    expect(n - 1).toBe(ids.length);
    expect(seen.size).toBe(ids.length);
    expect(ordered).toBe(true);
    // The same rows as the eager builder, which the bulk import uses, for a sample.
    const sample = recordRowsInOrder(db, ids.slice(0, 50));
    expect(sample.map((r) => r.topics.length > 0)).toContain(true);
  });
});
