import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createTempDb } from "@/db/testing/temp-db";
import { loadSeeds } from "@/seeds/load";
import { generateSynthetic } from "@/seeds/synthetic";
import { LATEST_LIMIT } from "./entity-summaries";
import { getEvent, listEvents } from "./events";
import { getOverview, listLatestRecords } from "./overview";
import { getOfficial, listOfficials } from "./persons";
import { rebuildSearchIndex } from "./position-index";
import { getStatementDetail, listRelatedRecords, RELATED_LIMIT } from "./statements";
import { getTopic, listTopics } from "./topics";

const all = { q: "", page: 1 };

/** entity_counts without the rows that fell to zero (the triggers keep them, a rebuild does not write them). */
function counts(db: Db): string[] {
  return (
    db.$client
      .prepare("SELECT entity, entity_id, value, n FROM entity_counts WHERE n <> 0 ORDER BY 1, 2, 3")
      .all() as { entity: string; entity_id: number; value: string; n: number }[]
  ).map((r) => `${r.entity}/${r.entity_id}/${r.value}=${r.n}`);
}

describe("entity_counts, kept by triggers", () => {
  let db: Db;
  let cleanup: () => void;
  beforeAll(() => {
    ({ db, cleanup } = createTempDb());
    loadSeeds(db);
  });
  afterAll(() => cleanup());

  it("agree with a set-based rebuild after loads, edits and deletes", () => {
    const sqlite = db.$client;
    const afterLoad = counts(db);
    expect(afterLoad).toContain("topic_year/1/2018=4");
    // Edits of every counted kind: speaker, role, date, topics, codings; then a deletion.
    const s = sqlite
      .prepare("SELECT id FROM statements WHERE public_id = 'rb9j45cpkn'")
      .pluck()
      .get() as number;
    const other = sqlite.prepare("SELECT id FROM persons WHERE slug = 'bui-van-nam'").pluck().get() as number;
    sqlite.prepare("UPDATE statements SET person_id = ?, role_id = NULL WHERE id = ?").run(other, s);
    sqlite
      .prepare(
        "UPDATE statements SET date_start = '2019-01-02', date_end = '2019-01-02', date_precision = 'day' WHERE id = ?",
      )
      .run(s);
    sqlite
      .prepare(
        "DELETE FROM statement_topics WHERE statement_id = ? AND rowid IN (SELECT min(rowid) FROM statement_topics WHERE statement_id = ?)",
      )
      .run(s, s);
    sqlite
      .prepare(
        "INSERT OR IGNORE INTO statement_topics (statement_id, topic_id) SELECT ?, id FROM topics WHERE slug = 'cybercrime'",
      )
      .run(s);
    sqlite
      .prepare("UPDATE coded_positions SET status = 'ambiguous', stance = NULL WHERE statement_id = ?")
      .run(s);
    const victim = sqlite
      .prepare("SELECT id FROM statements WHERE id <> ? AND event_id IS NOT NULL ORDER BY id LIMIT 1")
      .pluck()
      .get(s) as number;
    sqlite.prepare("DELETE FROM statement_appearances WHERE statement_id = ?").run(victim);
    sqlite.prepare("DELETE FROM annotations WHERE statement_id = ?").run(victim);
    sqlite.prepare("DELETE FROM statement_revisions WHERE statement_id = ?").run(victim);
    sqlite.prepare("DELETE FROM statements WHERE id = ?").run(victim);
    const maintained = counts(db);
    expect(maintained).not.toEqual(afterLoad);
    rebuildSearchIndex(db);
    expect(counts(db)).toEqual(maintained);
  });
});

describe("pages over a synthetic corpus", () => {
  let db: Db;
  let cleanup: () => void;
  beforeAll(() => {
    ({ db, cleanup } = createTempDb());
    loadSeeds(db);
    generateSynthetic(db, { count: 4000, seed: 3 });
  }, 120_000);
  afterAll(() => cleanup());

  it("page and search the events list, counts matching the records", () => {
    const first = listEvents(db, all);
    expect(first.rows).toHaveLength(50);
    expect(first.total).toBe(db.$client.prepare("SELECT count(*) FROM events").pluck().get());
    const second = listEvents(db, { q: "", page: 2 });
    expect(second.rows[0]?.slug).not.toBe(first.rows[0]?.slug);
    const dates = [...first.rows, ...second.rows].map((e) => e.startDate ?? "9999");
    expect(dates).toEqual([...dates].sort());
    for (const e of first.rows.slice(0, 5)) {
      const n = db.$client
        .prepare("SELECT count(*) FROM statements s JOIN events e ON e.id = s.event_id WHERE e.slug = ?")
        .pluck()
        .get(e.slug);
      expect(e.records).toBe(n);
    }
    const name = first.rows[3]?.name ?? "";
    const found = listEvents(db, { q: name, page: 1 });
    expect(found.rows.map((e) => e.name)).toContain(name);
    expect(found.total).toBeLessThan(first.total);
    // LIKE wildcards typed by a user are taken literally.
    expect(listEvents(db, { q: "%", page: 1 }).total).toBe(0);
    expect(listEvents(db, { q: "", page: 10_000 }).rows).toEqual([]);
  });

  it("show an official's summary from counts and only the newest records, each once", () => {
    const busiest = listOfficials(db, all).rows[0];
    if (!busiest) throw new Error("no officials");
    const o = getOfficial(db, busiest.slug);
    if (!o) throw new Error("missing");
    expect(o.total).toBe(busiest.records);
    expect(o.total).toBeGreaterThan(LATEST_LIMIT);
    expect(o.perYear.reduce((a, y) => a + y.records, 0)).toBe(o.total);
    expect(o.latest).toHaveLength(LATEST_LIMIT);
    expect(new Set(o.latest.map((r) => r.publicId)).size).toBe(LATEST_LIMIT);
    const dated = o.latest.map((r) => r.dateStart).filter((d): d is string => d !== null);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(o.last && dated[0] && o.last >= dated[0]).toBeTruthy();
    const roleTotal = o.roles.reduce((a, r) => a + r.records, 0);
    expect(roleTotal).toBeLessThanOrEqual(o.total);
    expect(o.perTopic[0]?.records).toBeGreaterThan(0);
    expect(
      listOfficials(db, { q: busiest.name.split(" ")[0] ?? "", page: 1 }).rows.map((r) => r.slug),
    ).toContain(busiest.slug);
  });

  it("show a topic's records each once, newest first, with per-year counts that add up", () => {
    const top = listTopics(db, all).rows.find((t) => t.depth === 0 && t.records > LATEST_LIMIT);
    if (!top) throw new Error("no big topic");
    const t = getTopic(db, top.slug);
    if (!t) throw new Error("missing");
    expect(t.total).toBe(top.records);
    expect(t.perYear.reduce((a, y) => a + y.records, 0)).toBe(t.total);
    expect(t.latest).toHaveLength(LATEST_LIMIT);
    expect(new Set(t.latest.map((r) => r.publicId)).size).toBe(LATEST_LIMIT);
    const newest = db.$client
      .prepare(
        `SELECT s.public_id FROM statements s WHERE EXISTS (SELECT 1 FROM statement_topics st JOIN topics x
           ON x.id = st.topic_id WHERE st.statement_id = s.id AND (x.path = ? OR x.path LIKE ? || '/%'))
         ORDER BY s.date_start IS NULL, s.date_start DESC, s.id DESC LIMIT ?`,
      )
      .pluck()
      .all(t.topic.path, t.topic.path, LATEST_LIMIT);
    expect(t.latest.map((r) => r.publicId)).toEqual(newest);
    const coded = t.propositions.reduce((a, p) => a + p.mix.total, 0);
    const real = db.$client
      .prepare(
        `SELECT count(*) FROM coded_positions c JOIN propositions p ON p.id = c.proposition_id
         JOIN topics x ON x.id = p.topic_id WHERE x.path = ? OR x.path LIKE ? || '/%'`,
      )
      .pluck()
      .get(t.topic.path, t.topic.path);
    expect(coded).toBe(real);
  });

  it("show an event's speakers and newest records; the home page's counts", () => {
    const big = listEvents(db, all).rows.reduce((a, b) => (b.records > a.records ? b : a));
    const e = getEvent(db, big.slug);
    expect(e?.total).toBe(big.records);
    expect(e?.speakers.reduce((a, s) => a + s.records, 0)).toBe((e?.total ?? 0) - (e?.unresolved ?? 0));
    const o = getOverview(db);
    const n = (q: string) => db.$client.prepare(q).pluck().get();
    expect(o.records).toBe(n("SELECT count(*) FROM statements"));
    expect(o.unresolved).toBe(n("SELECT count(*) FROM statements WHERE attribution_status = 'unresolved'"));
    expect(o.officials).toBe(n("SELECT count(DISTINCT person_id) FROM statements"));
    expect(o.events).toBe(n("SELECT count(*) FROM events"));
    expect(o.sources).toBe(n("SELECT count(*) FROM sources"));
    expect(o.earliest).toBe(n("SELECT min(date_start) FROM statements"));
    expect(o.latest).toBe(n("SELECT max(date_end) FROM statements"));
    expect(listLatestRecords(db, 10).map((r) => r.publicId)).toEqual(
      db.$client
        .prepare(
          "SELECT public_id FROM statements ORDER BY date_start IS NULL, date_start DESC, id DESC LIMIT 10",
        )
        .pluck()
        .all(),
    );
  });

  it("cap a record's related groups and count what the table view holds", () => {
    const busiest = listOfficials(db, all).rows[0];
    const id = db.$client
      .prepare(
        `SELECT s.public_id FROM statements s JOIN persons p ON p.id = s.person_id
         WHERE p.slug = ? AND s.event_id IS NOT NULL ORDER BY s.id LIMIT 1`,
      )
      .pluck()
      .get(busiest?.slug) as string;
    const d = getStatementDetail(db, id);
    if (!d) throw new Error("missing");
    const r = listRelatedRecords(db, d);
    expect(r.sameSpeaker.records).toHaveLength(RELATED_LIMIT);
    expect(r.sameSpeaker.total).toBe(busiest?.records);
    const ids = [...r.sameSpeaker.records, ...r.sameEvent.records, ...r.sameTopicOtherSpeakers.records].map(
      (x) => x.publicId,
    );
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain(id);
    expect(r.sameTopicOtherSpeakers.records.every((x) => x.speaker?.slug !== busiest?.slug)).toBe(true);
  });

  it("never scan the records in any query a page runs", () => {
    const sqlite = db.$client;
    const seen = new Set<string>();
    const original = sqlite.prepare.bind(sqlite);
    const spy = ((source: string) => {
      seen.add(source);
      return original(source);
    }) as typeof sqlite.prepare;
    sqlite.prepare = spy;
    try {
      const busiest = listOfficials(db, all).rows[0]?.slug ?? "";
      getOfficial(db, busiest);
      const ev = listEvents(db, { q: "a", page: 2 }).rows[0]?.slug ?? "";
      getEvent(db, ev);
      listTopics(db, { q: "cyber", page: 1 });
      getTopic(db, "cyber-security");
      getOverview(db);
      listLatestRecords(db, 10);
      const d = getStatementDetail(db, "rb9j45cpkn");
      if (d) listRelatedRecords(db, d);
    } finally {
      sqlite.prepare = original;
    }
    const big =
      /\b(statements|position_facts|position_topic_dates|statement_topics|coded_positions|entity_counts|position_facet_counts)\b/;
    const scans: string[] = [];
    for (const source of seen) {
      if (!/^\s*select/i.test(source)) continue;
      const aliases = new Map<string, string>();
      for (const m of source.matchAll(/\b(?:from|join)\s+"?(\w+)"?(?:\s+(?:as\s+)?"?(\w+)"?)?/gi))
        if (m[1]) aliases.set((m[2] ?? m[1]).toLowerCase(), m[1].toLowerCase());
      const named = [...source.matchAll(/@(\w+)/g)].map((m) => m[1] ?? "");
      const explain = original(`EXPLAIN QUERY PLAN ${source}`);
      const plan = (
        named.length > 0
          ? explain.all(Object.fromEntries(named.map((k) => [k, null])))
          : explain.all(...Array.from({ length: (source.match(/\?/g) ?? []).length }, () => null))
      ) as { detail: string }[];
      for (const { detail } of plan) {
        const m = /^SCAN (\w+)/.exec(detail);
        const table = m?.[1] ? (aliases.get(m[1].toLowerCase()) ?? m[1].toLowerCase()) : null;
        if (table && big.test(table)) scans.push(`${detail} in: ${source.slice(0, 120)}`);
      }
    }
    expect(seen.size).toBeGreaterThan(10);
    expect(scans).toEqual([]);
  });
});
