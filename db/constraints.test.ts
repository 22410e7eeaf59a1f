import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadSeeds } from "@/seeds/load";
import type { Db } from "./client";
import { createTempDb } from "./testing/temp-db";

let db: Db;
let cleanup: () => void;
beforeEach(() => {
  ({ db, cleanup } = createTempDb());
  loadSeeds(db);
});
afterEach(() => cleanup());

const run =
  (sql: string, ...params: unknown[]) =>
  () =>
    db.$client.prepare(sql).run(...params);
const firstStatementId = () =>
  (db.$client.prepare("select min(id) id from statements").get() as { id: number }).id;

describe("the database itself refuses bad data", () => {
  it("checks the pragmas it relies on", () => {
    expect(db.$client.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(db.$client.pragma("journal_mode", { simple: true })).toBe("wal");
  });

  it("refuses a stance outside -2..+2, and a stance on a status that is not a stance", () => {
    const sid = firstStatementId();
    const insert =
      "insert into coded_positions (statement_id, proposition_id, status, stance) values (?, 1, ?, ?)";
    expect(run(insert, sid, "stated", 3)).toThrow(/CHECK constraint failed: coded_positions_stance_ck/);
    expect(run(insert, sid, "stated", null)).toThrow(/coded_positions_stance_ck/);
    expect(run(insert, sid, "not_addressed", 0)).toThrow(/coded_positions_stance_ck/);
    expect(run(insert, sid, "neutral", null)).toThrow(/coded_positions_status_ck/);
  });

  it("refuses dangling foreign keys", () => {
    expect(
      run("insert into statement_topics (statement_id, topic_id) values (?, 9999)", firstStatementId()),
    ).toThrow(/FOREIGN KEY constraint failed/);
    expect(run("update statements set person_id = 9999 where id = ?", firstStatementId())).toThrow(
      /FOREIGN KEY constraint failed/,
    );
  });

  it("refuses a resolved attribution without a person, and a date that contradicts its precision", () => {
    const sid = firstStatementId();
    expect(run("update statements set person_id = null, role_id = null where id = ?", sid)).toThrow(
      /statements_attribution_person_ck/,
    );
    expect(run("update statements set date_precision = 'day' where id = ?", sid)).toThrow(
      /statements_dates_ck/,
    );
    expect(run("update statements set date_precision = 'month' where id = ?", sid)).toThrow(
      /statements_dates_ck/,
    );
    expect(run("update statements set date_start = '2018-11-09' where id = ?", sid)).toThrow(
      /statements_dates_ck/,
    );
    expect(run("update statements set date_note = null where id = ?", sid)).toThrow(
      /statements_date_basis_consistent_ck/,
    );
  });

  it("refuses duplicate slugs and public ids, and unknown enum values", () => {
    expect(run("insert into persons (slug, name, country) values ('bui-van-nam', 'X', 'VN')")).toThrow(
      /UNIQUE/,
    );
    expect(run("insert into persons (slug, name, country) values ('Bad Slug', 'X', 'VN')")).toThrow(
      /persons_slug_ck/,
    );
    expect(run("update statements set mode = 'rumour' where id = ?", firstStatementId())).toThrow(
      /statements_mode_ck/,
    );
    expect(run("insert into events (slug, name, kind) values ('e', 'E', 'party')")).toThrow(/events_kind_ck/);
  });

  it("keeps annotation revisions append-only", () => {
    db.$client
      .prepare("insert into users (id, name, email, role) values ('u1', 'A', 'a@example.org', 'analyst')")
      .run();
    db.$client
      .prepare(
        "insert into annotations (public_id, statement_id, author_id, body) values ('a1', ?, 'u1', 'x')",
      )
      .run(firstStatementId());
    db.$client
      .prepare(
        "insert into annotation_revisions (annotation_id, version, action, body, tags, author_id) values (1, 1, 'create', 'x', '[]', 'u1')",
      )
      .run();
    expect(run("update annotation_revisions set body = 'y'")).toThrow(/append-only/);
    expect(run("delete from annotation_revisions")).toThrow(/append-only/);
    expect(
      run("insert into users (id, name, email, role) values ('u2', 'B', 'b@example.org', 'root')"),
    ).toThrow(/users_role_ck/);
  });
});
