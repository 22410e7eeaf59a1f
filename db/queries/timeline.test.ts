import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createTempDb } from "@/db/testing/temp-db";
import { DEFAULT_TIMELINE_VIEW, type TimelineView } from "@/lib/timeline-view";
import { loadSeeds } from "@/seeds/load";
import { checkSearchIndex, rebuildSearchIndex, withIndexTriggersSuspended } from "./position-index";
import { getTimeline, MARK_LIMIT } from "./timeline";
import { listTimelineOptions, tableSpeakerScope } from "./timeline-filters";

const view = (v: Partial<TimelineView>): TimelineView => ({ ...DEFAULT_TIMELINE_VIEW, ...v });

describe("timeline at seed scale", () => {
  let db: Db;
  let cleanup: () => void;
  beforeAll(() => {
    const temp = createTempDb();
    db = temp.db;
    cleanup = temp.cleanup;
    loadSeeds(db);
  });
  afterAll(() => cleanup());

  const marks = (v: Partial<TimelineView>) => {
    const t = getTimeline(db, view(v));
    if (t.kind !== "marks") throw new Error(`expected marks, got ${t.kind}`);
    return t;
  };

  it("draws few records as marks, filtered by topic, country, speaker and proposition; undated only counted", () => {
    const all = marks({});
    expect(all.records).toHaveLength(10);
    expect(all.undated).toBe(10);
    expect(marks({ topic: "cyber-security", country: "VN" }).records.map((r) => r.speaker?.slug)).toEqual([
      ...Array(4).fill("bui-van-nam"),
      ...Array(6).fill("dang-hoang-giang"),
    ]);
    expect(marks({ proposition: "code-of-conduct" }).records.map((r) => r.publicId)).toEqual([
      "s2ef9t2yt3",
      "rb9j45cpkn",
    ]);
    expect(marks({ speaker: "bui-van-nam" }).records).toHaveLength(4);
    const unknown = getTimeline(db, view({ topic: "nope", speaker: "nobody" }));
    expect(unknown.kind).toBe("empty");
    expect(unknown.notices).toEqual([
      { kind: "no_topic", slug: "nope" },
      { kind: "no_speaker", slug: "nobody" },
    ]);
  });

  it("keeps each record's precision and codings", () => {
    const r = marks({ topic: "cyber-security" }).records.find((x) => x.publicId === "s2ef9t2yt3");
    expect(r).toMatchObject({ dateStart: "2018-11-07", dateEnd: "2018-11-08", datePrecision: "range" });
    expect(r?.positions.map((p) => p.propositionSlug)).toContain("capacity-building");
  });

  it("zooms to a window by first possible day", () => {
    expect(marks({ from: "2024", to: "2024" }).records.every((r) => r.dateStart.startsWith("2024"))).toBe(
      true,
    );
    expect(marks({ from: "2024", to: "2024" }).records).toHaveLength(6);
    expect(getTimeline(db, view({ from: "2019", to: "2023" })).kind).toBe("empty");
  });

  it("bins on request, with the stance mix per proposition", () => {
    const t = getTimeline(db, view({ topic: "cyber-security", bin: "year" }));
    if (t.kind !== "bins") throw new Error(t.kind);
    expect(t.unit).toBe("year");
    expect(t.total).toBe(10);
    const cap = t.rows.find((r) => r.key === "capacity-building");
    expect(cap?.bins.map((b) => [b.start, b.n])).toEqual([
      ["2018-01-01", 1],
      ["2024-01-01", 1],
    ]);
    expect(cap?.bins[0]?.mix).toEqual({ s1: 1 });
  });

  it("reports picked ids that no record has", () => {
    expect(getTimeline(db, view({ pick: ["a", "rb9j45cpkn"] })).notices).toEqual([
      { kind: "no_record", id: "a" },
    ]);
  });

  it("narrows a speaker's timeline to the topic and its subtopics, as the topic's own timeline does", () => {
    const inTopic = (topic: string) =>
      new Set(
        db.$client
          .prepare(
            `SELECT s.public_id FROM statements s JOIN statement_topics st ON st.statement_id = s.id
             JOIN topics t ON t.id = st.topic_id
             WHERE t.path = (SELECT path FROM topics WHERE slug = ?) OR t.path LIKE (SELECT path FROM topics WHERE slug = ?) || '/%'`,
          )
          .pluck()
          .all(topic, topic) as string[],
      );
    const topics = db.$client.prepare("SELECT slug FROM topics").pluck().all() as string[];
    let nonEmpty = 0;
    for (const speaker of ["bui-van-nam", "dang-hoang-giang"])
      for (const topic of topics) {
        const expected = marks({ speaker })
          .records.map((r) => r.publicId)
          .filter((id) => inTopic(topic).has(id));
        const got = getTimeline(db, view({ topic, speaker }));
        const ids = got.kind === "marks" ? got.records.map((r) => r.publicId) : [];
        expect(ids, `${speaker} on ${topic}`).toEqual(expected);
        if (ids.length > 0) nonEmpty++;
      }
    expect(nonEmpty).toBeGreaterThan(2);
  });

  it("reports an unknown speaker without claiming the country lost to it, and an unknown country", () => {
    expect(getTimeline(db, view({ speaker: "nobody", country: "XX" })).notices).toEqual([
      { kind: "no_speaker", slug: "nobody" },
      { kind: "no_country", country: "XX" },
    ]);
  });

  it("says the country is ignored only when a known speaker is chosen", () => {
    const t = marks({ speaker: "bui-van-nam", country: "VN" });
    expect(t.notices).toEqual([{ kind: "country_ignored", country: "VN" }]);
    expect(t.records.every((r) => r.speaker?.slug === "bui-van-nam")).toBe(true);
    expect(getTimeline(db, view({ country: "VN" })).notices).toEqual([]);
  });

  it("offers propositions with codings and speakers by their names with diacritics", () => {
    const options = listTimelineOptions(db);
    expect(options.propositions).toHaveLength(9);
    expect(options.speakers.map((s) => s.label)).toContain("Bùi Văn Nam");
  });

  it("links a country's speakers to the table as resolved attributions when no one else spoke", () => {
    const t = getTimeline(db, view({ country: "VN" }));
    expect(tableSpeakerScope(db, t.filters)).toEqual({
      speakers: [],
      resolvedOnly: true,
      widerThanView: false,
    });
  });
});

/**
 * 40,000 records on one topic, one proposition and one country, spread over 2015-2024: every query of the view
 * runs over all of them (no "too many SQL variables"), and the maintained counts agree with a rebuild.
 */
describe("timeline at 40,000 matching records", () => {
  let db: Db;
  let cleanup: () => void;
  const N = 40_000;
  beforeAll(() => {
    const temp = createTempDb();
    db = temp.db;
    cleanup = temp.cleanup;
    loadSeeds(db);
    const sqlite = db.$client;
    const template = sqlite.prepare("SELECT id FROM statements WHERE public_id = 's2ef9t2yt3'").pluck().get();
    withIndexTriggersSuspended(db, () => {
      // Day-precision records, every 12th a whole year, every 7th a month: precision classes for the bins.
      sqlite
        .prepare(
          `WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < ?)
           INSERT INTO statements (public_id, source_id, person_id, role_id, event_id, attribution_text,
             attribution_kind, attribution_status, attribution_note, date_start, date_end, date_precision,
             date_basis, date_note, mode, text, evidence_start, evidence_end, evidence_text, language)
           SELECT 'big' || i, s.source_id, s.person_id, s.role_id, NULL, s.attribution_text, s.attribution_kind,
             s.attribution_status, s.attribution_note,
             CASE WHEN i % 12 = 0 THEN (2015 + i % 10) || '-01-01'
                  WHEN i % 7 = 0 THEN (2015 + i % 10) || '-03-01'
                  ELSE date((2015 + i % 10) || '-01-01', '+' || (i % 360) || ' days') END,
             CASE WHEN i % 12 = 0 THEN (2015 + i % 10) || '-12-31'
                  WHEN i % 7 = 0 THEN (2015 + i % 10) || '-03-31'
                  ELSE date((2015 + i % 10) || '-01-01', '+' || (i % 360) || ' days') END,
             CASE WHEN i % 12 = 0 THEN 'year' WHEN i % 7 = 0 THEN 'month' ELSE 'day' END,
             'stated', NULL, s.mode, s.text, s.evidence_start, s.evidence_end, s.evidence_text, s.language
           FROM k, statements s WHERE s.id = ?`,
        )
        .run(N, template);
      sqlite.exec(`
        INSERT INTO statement_topics (statement_id, topic_id)
          SELECT s.id, t.id FROM statements s, topics t WHERE s.public_id LIKE 'big%' AND t.slug = 'terrorism';
        INSERT INTO coded_positions (statement_id, proposition_id, status, stance)
          SELECT s.id, p.id, 'stated', CASE WHEN substr(s.date_start, 1, 4) < '2020' THEN 2 ELSE -1 END
          FROM statements s, propositions p WHERE s.public_id LIKE 'big%' AND p.slug = 'code-of-conduct';`);
      // Twenty more speakers, so that grouping by speaker folds some into "others".
      sqlite.exec(`
        WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < 20)
        INSERT INTO persons (slug, name, country) SELECT 'extra-' || i, 'Extra ' || i, 'VN' FROM k;
        UPDATE statements SET role_id = NULL, person_id = (SELECT id FROM persons
            WHERE slug = 'extra-' || (1 + CAST(substr(statements.public_id, 4) AS INTEGER) % 20))
          WHERE public_id LIKE 'big%' AND CAST(substr(public_id, 4) AS INTEGER) % 3 = 0;`);
    });
  }, 120_000);
  afterAll(() => cleanup());

  it("bins the whole view by year with its counts and the drift in stance", () => {
    const t = getTimeline(db, view({ topic: "terrorism", country: "VN", proposition: "code-of-conduct" }));
    if (t.kind !== "bins") throw new Error(t.kind);
    expect(t.total).toBe(N);
    expect(t.unit).toBe("quarter");
    const row = t.rows.find((r) => r.key === "code-of-conduct");
    expect(row?.total).toBe(N);
    const first = row?.bins[0];
    const last = row?.bins.at(-1);
    expect(first?.mix.s2).toBe(first?.n);
    expect(last?.mix.sm1).toBe(last?.n);
    // Year-precision records outrun a quarter; month and day ones do not.
    expect(row?.bins.reduce((a, b) => a + b.wide, 0)).toBe(Math.floor(N / 12));
  });

  it("answers a speaker's view and the grouping by speaker from the counts as a live count would", () => {
    // A window given in days is counted live; the same window in months is summed from timeline_speaker_counts.
    const busiest = String(
      db.$client
        .prepare(
          "SELECT p.slug FROM statements s JOIN persons p ON p.id = s.person_id GROUP BY p.id ORDER BY count(*) DESC LIMIT 1",
        )
        .pluck()
        .get(),
    );
    for (const extra of [
      { group: "speaker" as const },
      { group: "speaker" as const, proposition: "code-of-conduct" },
      { speaker: busiest },
      { speaker: busiest, proposition: "code-of-conduct" },
      { group: "speaker" as const, country: "VN" },
    ]) {
      const counted = getTimeline(db, view({ topic: "terrorism", from: "2016-01", to: "2021-12", ...extra }));
      const live = getTimeline(
        db,
        view({ topic: "terrorism", from: "2016-01-01", to: "2021-12-31", ...extra }),
      );
      expect([counted.kind, live.kind]).toEqual(["bins", "bins"]);
      if (extra.group === "speaker" && counted.kind === "bins") {
        expect(counted.rows.find((r) => r.key === "others")?.merged).toBeGreaterThan(0);
      }
      if (counted.kind === "bins" && live.kind === "bins") {
        expect(counted.rows.length).toBeGreaterThan(0);
        expect(counted.total).toBe(live.total);
        expect(counted.rows).toEqual(live.rows);
      }
    }
  });

  it("counts a window given in days exactly: whole months from the counts, the days at its ends live", () => {
    const sqlite = db.$client;
    const expected = (start: string, end: string) =>
      sqlite
        .prepare(
          `SELECT substr(s.date_start, 1, 7) || '-01' AS start, count(*) AS n FROM statements s
           JOIN coded_positions cp ON cp.statement_id = s.id
           JOIN propositions p ON p.id = cp.proposition_id AND p.slug = 'code-of-conduct'
           WHERE s.date_start BETWEEN ? AND ?
             AND s.id IN (SELECT statement_id FROM statement_topics st JOIN topics t ON t.id = st.topic_id
                          WHERE t.slug = 'terrorism')
           GROUP BY 1 ORDER BY 1`,
        )
        .all(start, end) as { start: string; n: number }[];
    for (const [from, to] of [
      ["2016-03-15", "2019-06-10"],
      ["2019-02-10", "2019-03-20"],
      ["2016-03-01", "2016-12-31"],
      ["2023-07-19", null],
    ] as const) {
      const t = getTimeline(
        db,
        view({ topic: "terrorism", proposition: "code-of-conduct", from, to, bin: "month" }),
      );
      if (t.kind !== "bins") throw new Error(`${from}..${to}: ${t.kind}`);
      const row = t.rows.find((r) => r.key === "code-of-conduct");
      const want = expected(from, to ?? "9999-12-31");
      expect(row?.bins.map((b) => ({ start: b.start, n: b.n }))).toEqual(want);
      expect(t.total).toBe(want.reduce((a, b) => a + b.n, 0));
    }
  });

  it("groups by speaker, and bins by week inside a zoom window", () => {
    const bySpeaker = getTimeline(db, view({ topic: "terrorism", group: "speaker" }));
    if (bySpeaker.kind !== "bins") throw new Error(bySpeaker.kind);
    expect(bySpeaker.rows.reduce((a, r) => a + r.total, 0)).toBe(bySpeaker.total);
    const weeks = getTimeline(db, view({ topic: "terrorism", from: "2019-01", to: "2019-06" }));
    if (weeks.kind !== "bins") throw new Error(weeks.kind);
    expect(weeks.unit).toBe("week");
    expect(
      weeks.rows.flatMap((r) => r.bins).every((b) => b.start >= "2018-12-31" && b.start <= "2019-06-30"),
    ).toBe(true);
  });

  it("draws marks once a window holds few enough, and falls back when a bin size is too fine", () => {
    const day = getTimeline(db, view({ topic: "terrorism", from: "2019-03-06", to: "2019-03-06" }));
    expect(day.kind).toBe("marks");
    if (day.kind === "marks") expect(day.records.length).toBeLessThanOrEqual(MARK_LIMIT);
    const tooFine = getTimeline(db, view({ topic: "terrorism", bin: "week" }));
    expect(tooFine.kind === "bins" && tooFine.unit).toBe("quarter");
    expect(tooFine.notices).toEqual([
      expect.objectContaining({ kind: "bin_too_fine", requested: "week", shown: "quarter" }),
    ]);
  });

  it("keeps the maintained counts equal to a rebuild through edits", () => {
    const sqlite = db.$client;
    const snapshot = () => [
      sqlite
        .prepare(
          "SELECT topic_id, country, month, end_month, proposition_id, code, n FROM timeline_month_counts WHERE n <> 0 ORDER BY 1, 2, 3, 4, 5, 6",
        )
        .all(),
      sqlite
        .prepare(
          "SELECT topic_id, person_id, month, end_month, proposition_id, code, n FROM timeline_speaker_counts WHERE n <> 0 ORDER BY 1, 2, 3, 4, 5, 6",
        )
        .all(),
    ];
    const id = (p: string) => sqlite.prepare("SELECT id FROM statements WHERE public_id = ?").pluck().get(p);
    sqlite
      .prepare("UPDATE statements SET date_start = '2016-02-02', date_end = '2016-02-02' WHERE id = ?")
      .run(id("big5"));
    sqlite.prepare("DELETE FROM coded_positions WHERE statement_id = ?").run(id("big6"));
    sqlite.prepare("UPDATE coded_positions SET stance = 0 WHERE statement_id = ?").run(id("big7"));
    sqlite
      .prepare(
        "INSERT INTO statement_topics (statement_id, topic_id) SELECT ?, id FROM topics WHERE slug = 'cyber-security'",
      )
      .run(id("big8"));
    sqlite.prepare("DELETE FROM statement_topics WHERE statement_id = ?").run(id("big9"));
    sqlite.prepare("UPDATE persons SET country = 'LA' WHERE slug = 'dang-hoang-giang'").run();
    sqlite
      .prepare(
        "UPDATE statements SET person_id = (SELECT id FROM persons WHERE slug = 'dang-hoang-giang') WHERE id = ?",
      )
      .run(id("big10"));
    sqlite
      .prepare(
        "UPDATE statements SET person_id = NULL, role_id = NULL, attribution_status = 'unresolved' WHERE id = ?",
      )
      .run(id("big11"));
    const maintained = snapshot();
    expect(checkSearchIndex(db).ok).toBe(true);
    rebuildSearchIndex(db);
    expect(snapshot()).toEqual(maintained);
  }, 120_000);
});
