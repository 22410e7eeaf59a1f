import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { summariseStances } from "@/lib/labels";
import { defaultView, type PositionsView, parseView } from "@/lib/positions-view";
import { loadSeeds } from "@/seeds/load";
import type { Db } from "../client";
import { annotations, annotationTags, persons, statements, users } from "../schema";
import { createTempDb } from "../testing/temp-db";
import { iterateRecordRows } from "./export";
import type { PositionFacets } from "./position-facets";
import { checkSearchIndex, ensureSearchIndex, rebuildSearchIndex, reindexStatement } from "./position-index";
import { listPositions, listViewIds, storedTotal } from "./positions";

let db: Db;
let cleanup: () => void;

const view = (query: string, size = 100): PositionsView => ({
  ...parseView(new URLSearchParams(query)).view,
  size: size as 25,
});
const facetsOf = (page: { facets: PositionFacets | null }): PositionFacets => {
  if (!page.facets) throw new Error("expected facet counts");
  return page.facets;
};
const ids = (query: string) => listPositions(db, view(query)).rows.map((r) => r.publicId);
const idOf = (publicId: string) =>
  db.select({ id: statements.id }).from(statements).where(eq(statements.publicId, publicId)).get()?.id ?? 0;

beforeAll(() => {
  ({ db, cleanup } = createTempDb());
  loadSeeds(db);
  db.insert(users).values({ id: "u1", name: "Analyst", email: "a@example.org", role: "analyst" }).run();
  const add = (publicId: string, tags: string[], deleted = false) => {
    const a = db
      .insert(annotations)
      .values({
        publicId: `ann-${publicId}-${tags.join("-") || "x"}-${deleted ? "d" : "l"}`,
        statementId: idOf(publicId),
        authorId: "u1",
        body: "note",
        deletedAt: deleted ? "2026-01-01T00:00:00Z" : null,
      })
      .returning({ id: annotations.id })
      .get();
    for (const tag of tags) db.insert(annotationTags).values({ annotationId: a.id, tag }).run();
  };
  add("rb9j45cpkn", ["Key-Quote"]);
  add("rb9j45cpkn", []);
  add("w549sqvvg2", ["follow-up"]);
  add("vesea5vgpk", ["key-quote"], true); // soft-deleted: counts for nothing
});
afterAll(() => cleanup());

describe("listPositions", () => {
  it("lists every record with the total and unfiltered facet counts", () => {
    const page = listPositions(db, defaultView());
    expect(page.total).toBe(20);
    expect(page.rows).toHaveLength(20);
    // Newest first; undated last.
    expect(page.rows[0]?.dateStart).toBe("2024-06-20");
    expect(page.rows.at(-1)?.dateStart).toBeNull();
    expect(facetsOf(page).mode.find((m) => m.value === "paraphrase")?.count).toBe(18);
    expect(facetsOf(page).speaker.find((s) => s.value === "dang-hoang-giang")).toMatchObject({
      label: "Đặng Hoàng Giang",
      count: 6,
    });
    expect(facetsOf(page).topic.find((t) => t.value === "cyber-security")?.count).toBe(10);
    expect(facetsOf(page).year).toEqual([
      { year: 2018, count: 4 },
      { year: 2024, count: 6 },
      { year: null, count: 10 },
    ]);
  });

  it("filters by speaker, event, kind, country, mode and attribution", () => {
    expect(ids("speaker=bui-van-nam")).toHaveLength(4);
    expect(ids("speaker=bui-van-nam,to-lam")).toHaveLength(5);
    expect(ids("event=unsc-2024-06-20-cyberspace-debate")).toHaveLength(6);
    expect(ids("kind=multilateral_meeting")).toHaveLength(4);
    expect(ids("country=us")).toHaveLength(6);
    expect(ids("mode=direct_quote")).toEqual(["d3d4ytz9a5"]);
    expect(ids("mode=summary,direct_quote")).toHaveLength(2);
    expect(ids("attribution=unresolved")).toHaveLength(6);
    expect(ids("attribution=resolved&speaker=dang-hoang-giang")).toHaveLength(6);
  });

  it("filters by topic including subtopics", () => {
    expect(ids("topic=cyber-security")).toHaveLength(10);
    expect(ids("topic=cybercrime").sort()).toEqual(
      ["w549sqvvg2", "r6xm3qpjm3", "s2ef9t2yt3", "ngbpcmegn9"].sort(),
    );
    expect(ids("topic=role-of-un").sort()).toEqual(["h9nznx9ghp", "ngbpcmegn9"].sort());
  });

  it("filters by date range, by overlap with the record's span of days", () => {
    expect(ids("from=2018-11-08&to=2018-11")).toHaveLength(4);
    expect(ids("from=2019")).toHaveLength(6);
    expect(ids("to=2018-11-06")).toHaveLength(0);
    expect(ids("from=2024-06-20&to=2024-06-20")).toHaveLength(6);
  });

  it("filters by annotations, ignoring deleted ones, and by tag ignoring case", () => {
    expect(ids("annotated=yes").sort()).toEqual(["rb9j45cpkn", "w549sqvvg2"].sort());
    expect(ids("annotated=no")).toHaveLength(18);
    expect(ids("tag=key-quote")).toEqual(["rb9j45cpkn"]);
    expect(ids("tag=KEY-QUOTE,follow-up")).toHaveLength(2);
    const row = listPositions(db, view("speaker=dang-hoang-giang")).rows.find(
      (r) => r.publicId === "rb9j45cpkn",
    );
    expect(row?.annotationCount).toBe(2);
  });

  it("searches ignoring diacritics and case, both ways", () => {
    expect(ids("q=dang hoang giang")).toHaveLength(6);
    expect(ids("q=ĐẶNG HOÀNG GIANG")).toHaveLength(6);
    expect(ids("q=Bùi Văn Nam")).toHaveLength(4);
    expect(ids("q=bui van nam")).toHaveLength(4);
    // Speaker aliases, roles, events and source titles are searched too; unresolved attributions by their words.
    expect(ids("q=Moscow")).toHaveLength(4);
    expect(ids('q="Security Council"').length).toBeGreaterThan(0);
  });

  it("treats hostile search text as words and reports text with nothing to search", () => {
    for (const q of ['"', "NEAR(", "AND", "*", "-", "((", "🙂", "x".repeat(500)]) {
      expect(() => listPositions(db, view(`q=${encodeURIComponent(q)}`))).not.toThrow();
    }
    const page = listPositions(db, view("q=%F0%9F%99%82"));
    expect(page.total).toBe(20);
    expect(page.ignored).toEqual([{ key: "q", value: "🙂", reason: "no searchable words" }]);
  });

  it("computes facet counts over the filtered set", () => {
    const page = listPositions(db, view("topic=cybercrime"));
    expect(page.total).toBe(4);
    expect(facetsOf(page).speaker.map((s) => [s.value, s.count])).toEqual([
      ["bui-van-nam", 3],
      ["dang-hoang-giang", 1],
    ]);
    expect(facetsOf(page).year).toEqual([
      { year: 2018, count: 3 },
      { year: 2024, count: 1 },
    ]);
    expect(facetsOf(page).kind.map((k) => [k.value, k.count])).toEqual([
      ["multilateral_meeting", 3],
      ["unsc_open_debate", 1],
    ]);
    const topics = Object.fromEntries(facetsOf(page).topic.map((t) => [t.value, t.count]));
    expect(topics["cyber-security"]).toBe(4);
    expect(topics.cybercrime).toBe(4);
    expect(topics["international-cooperation"]).toBe(2);
    expect(facetsOf(page).topic.find((t) => t.value === "cybercrime")?.selected).toBe(true);
  });

  it("reports unknown slugs and leaves them out, as if absent from the URL", () => {
    const page = listPositions(db, view("speaker=nobody-at-all&topic=no-topic"));
    expect(page.ignored).toEqual([
      { key: "speaker", value: "nobody-at-all", reason: "no such speaker" },
      { key: "topic", value: "no-topic", reason: "no such topic" },
    ]);
    expect(page.total).toBe(20);
    const mixed = listPositions(db, view("speaker=nobody-at-all,to-lam"));
    expect(mixed.total).toBe(1);
  });

  it("sorts by allowlisted keys and pages", () => {
    const bySpeaker = listPositions(db, view("sort=speaker&attribution=resolved")).rows.map(
      (r) => r.speakerName,
    );
    expect(bySpeaker).toEqual([...bySpeaker].sort());
    const desc = listPositions(db, view("sort=-speaker&attribution=resolved")).rows.map((r) => r.speakerName);
    expect(desc).toEqual([...bySpeaker].sort().reverse());
    const byAnnotations = listPositions(db, view("sort=-annotations")).rows[0]?.publicId;
    expect(byAnnotations).toBe("rb9j45cpkn");
    const p1 = listPositions(db, { ...defaultView(), size: 25, page: 1 });
    const small = { ...defaultView(), size: 25 as const };
    expect(p1.rows).toHaveLength(20);
    const page2 = listPositions(db, { ...small, page: 2 });
    expect(page2.rows).toHaveLength(0);
    expect(page2.total).toBe(20);
  });

  it("estimates facets from a sample past the exact limit, with an exact total and the same rows and order", () => {
    const v = view("mode=paraphrase&sort=speaker");
    const sampled = listPositions(db, v, { exactRowLimit: 5, sampleTarget: 5 });
    const full = listPositions(db, v);
    expect(full).toMatchObject({ total: 18, totalExact: true, facetsExact: true, facetSample: 18 });
    expect(sampled).toMatchObject({ total: 18, totalExact: true, facetsExact: false });
    expect(sampled.facetSample).toBeGreaterThan(0);
    expect(sampled.facetSample).toBeLessThan(18);
    expect(sampled.rows.map((r) => r.publicId)).toEqual(full.rows.map((r) => r.publicId));
    // Every matching record is a paraphrase: the scaled count of the sample is the total.
    expect(facetsOf(sampled).mode).toEqual([
      { value: "paraphrase", label: "paraphrase", count: 18, selected: true },
    ]);
    const unfiltered = listPositions(db, defaultView(), { exactRowLimit: 5 });
    expect(unfiltered).toMatchObject({ total: 20, totalExact: true, facetsExact: true });
  });

  it("a view filtered by one topic, speaker, kind or mode alone takes its exact total from the stored counts", () => {
    // The stored counts must give what counting the matches gives, the topic's subtopics included (each record
    // once), and the rows must be the same as when every match is listed.
    for (const q of [
      "topic=cyber-security",
      "topic=cybercrime",
      "speaker=bui-van-nam",
      "kind=multilateral_meeting",
      "mode=paraphrase",
      "topic=no-such-topic",
    ]) {
      const full = listPositions(db, view(q));
      const sampled = listPositions(db, view(q), { exactRowLimit: 2, sampleTarget: 4 });
      expect(sampled.total, q).toBe(full.total);
      expect(sampled.totalExact, q).toBe(true);
      expect(
        sampled.rows.map((r) => r.publicId),
        q,
      ).toEqual(full.rows.map((r) => r.publicId));
      const stored = storedTotal(db, view(q));
      if (q !== "topic=no-such-topic") expect(stored, q).toBe(full.total);
      else expect(stored).toBeNull();
    }
    // Two filters: the stored counts do not know, and the view is counted.
    expect(storedTotal(db, view("topic=cyber-security&mode=paraphrase"))).toBeNull();
  });

  it("estimates the total of a common full-text match from a sample, and says so", () => {
    const v = view("q=cyber");
    const exact = listPositions(db, v);
    const sampled = listPositions(db, v, { exactRowLimit: 2, sampleTarget: 4 });
    expect(exact.totalExact).toBe(true);
    expect(sampled.totalExact).toBe(false);
    expect(sampled.facetsExact).toBe(false);
    expect(sampled.total).toBeGreaterThan(0);
    expect(Math.abs(sampled.total - exact.total)).toBeLessThanOrEqual(exact.total);
    // The page is still exact: the same rows in the same order.
    expect(sampled.rows.map((r) => r.publicId)).toEqual(exact.rows.map((r) => r.publicId));
  });

  it("returns every column the table shows", () => {
    const row = listPositions(db, view("speaker=bui-van-nam&sort=date")).rows[0];
    expect(row).toMatchObject({
      speakerNativeName: "Bùi Văn Nam",
      datePrecision: "range",
      eventKind: "multilateral_meeting",
      eventCountry: "RU",
    });
    expect(row?.roleTitle).toBeTruthy();
    expect(row?.topics.length).toBeGreaterThan(0);
  });
});

describe("export of a view", () => {
  it("lists every matching record in the view's order, beyond one page, as interchange rows", () => {
    const v = { ...view("attribution=resolved&sort=speaker"), size: 25 as const, page: 2 };
    const ids = listViewIds(db, v);
    expect(ids).toHaveLength(14);
    const exported = [...iterateRecordRows(db, ids)];
    const listed = listPositions(db, { ...v, page: 1, size: 100 }).rows;
    expect(exported.map((r) => r.public_id)).toEqual(listed.map((r) => r.publicId));
    // The table's informational columns come along: organisation, stances, annotations.
    const first = exported[0];
    const shown = listed[0];
    expect(first?.speaker_native).toBe(shown?.speakerNativeName);
    expect(first?.organization).toBe(shown?.organizationName);
    expect(first?.annotation_count).toBe(shown?.annotationCount);
    expect(first?.stance_summary).toBe(summariseStances(shown?.stances ?? []));
    expect(first?.topics).toEqual(shown?.topics.map((t) => t.slug).sort());
  });
});

describe("search index maintenance", () => {
  it("follows edits through triggers: a renamed person is found by the new name", () => {
    db.update(persons).set({ nativeName: "Tô Lâm Đức" }).where(eq(persons.slug, "to-lam")).run();
    expect(ids("q=lam duc")).toEqual(["azs8jq49th"]);
    db.update(persons).set({ nativeName: "Tô Lâm" }).where(eq(persons.slug, "to-lam")).run();
    expect(ids("q=lam duc")).toEqual([]);
  });

  it("follows statement edits and deletions, and annotation soft-deletes", () => {
    const id = idOf("azs8jq49th");
    db.update(statements).set({ mode: "summary" }).where(eq(statements.id, id)).run();
    expect(ids("mode=summary")).toContain("azs8jq49th");
    expect(facetsOf(listPositions(db, defaultView())).mode.find((m) => m.value === "summary")?.count).toBe(2);
    db.update(statements).set({ mode: "paraphrase" }).where(eq(statements.id, id)).run();
    // A date edit moves the record in topic + date views too.
    const moscow = idOf("w549sqvvg2");
    expect(ids("topic=cybercrime&from=2018&to=2018")).toContain("w549sqvvg2");
    db.update(statements)
      .set({ dateStart: "2019-01-01", dateEnd: "2019-01-01", datePrecision: "day" })
      .where(eq(statements.id, moscow))
      .run();
    expect(ids("topic=cybercrime&from=2018&to=2018")).not.toContain("w549sqvvg2");
    expect(ids("topic=cybercrime&from=2019&to=2019")).toEqual(["w549sqvvg2"]);
    db.update(statements)
      .set({ dateStart: "2018-11-07", dateEnd: "2018-11-08", datePrecision: "range" })
      .where(eq(statements.id, moscow))
      .run();
    db.update(annotations)
      .set({ deletedAt: "2026-01-02T00:00:00Z" })
      .where(eq(annotations.statementId, idOf("w549sqvvg2")))
      .run();
    expect(ids("annotated=yes")).toEqual(["rb9j45cpkn"]);
    expect(checkSearchIndex(db).ok).toBe(true);
  });

  it("rebuilds from scratch to the same state, and repairs a stale index", () => {
    const before = listPositions(db, view("q=cyber"));
    rebuildSearchIndex(db);
    const after = listPositions(db, view("q=cyber"));
    expect(after.total).toBe(before.total);
    expect(after.facets).toEqual(before.facets);
    db.$client.exec("DELETE FROM positions_fts");
    expect(checkSearchIndex(db).ok).toBe(false);
    expect(ensureSearchIndex(db)).toBe(true);
    expect(ensureSearchIndex(db)).toBe(false);
    expect(listPositions(db, view("q=cyber")).total).toBe(before.total);
    reindexStatement(db, idOf("rb9j45cpkn"));
    expect(checkSearchIndex(db).ok).toBe(true);
  });
});
