import Database from "better-sqlite3";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { buildSearchQuery, excerptAround, findMatches, MAX_SEARCH_TERMS, splitByRanges } from "./fts-query";
import { foldForSearch } from "./text";

// A real FTS5 table, so "never errors" is checked against SQLite's own query parser.
const sqlite = new Database(":memory:");
sqlite.exec("create virtual table t using fts5(body, tokenize = 'unicode61 remove_diacritics 2')");
const rows = [
  "Đặng Hoàng Giang said cyber security needs the UN",
  "Bùi Văn Nam proposed joint drills against cybercrime",
  "NEAR the border, AND elsewhere - cooperation",
  "cooperation near the border",
];
const insert = sqlite.prepare("insert into t(rowid, body) values (?, ?)");
rows.forEach((r, i) => {
  insert.run(i + 1, foldForSearch(r));
});
const search = (typed: string): number[] => {
  const { match } = buildSearchQuery(typed);
  if (!match) return [];
  return sqlite
    .prepare("select rowid from t where t match ? order by rowid")
    .all(match)
    .map((r) => (r as { rowid: number }).rowid);
};
afterAll(() => sqlite.close());

const HOSTILE = [
  '"',
  '"""',
  '"unbalanced phrase',
  "*",
  "cyber*",
  "-cyber",
  "- -",
  "NEAR(",
  "NEAR(cyber security, 2)",
  "AND",
  "cyber AND",
  "OR OR NOT",
  "((cyber",
  "cyber)",
  "[{<>}]",
  "body:cyber",
  "^cyber",
  "'; drop table t; --",
  "🙂🙂🙂",
  "cyber 🙂 security",
  "\u0000\u0001\u0007\u001b[31m",
  "\uD800",
  "a".repeat(10_000),
  "word ".repeat(2_000),
  "   ",
  "",
  "\u202Eevil\u202C",
  "Ｃｙｂｅｒ",
  "ﬁ",
  "🏳️‍🌈 đ",
];

describe("search sanitiser", () => {
  it.each(
    HOSTILE.map((typed, i) => [i, typed] as const),
  )("never makes FTS5 fail: hostile input #%i", (_, typed) => {
    expect(() => search(typed)).not.toThrow();
  });

  it("never makes FTS5 fail, for any string", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80, unit: "binary" }), (typed) => {
        expect(() => search(typed)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it("ignores diacritics and case both ways", () => {
    expect(search("dang hoang giang")).toEqual([1]);
    expect(search("ĐẶNG")).toEqual([1]);
    expect(search("Bui Van Nam")).toEqual([2]);
    expect(search("bùi văn nam")).toEqual([2]);
  });

  it("treats operators as plain words", () => {
    expect(search("NEAR(")).toEqual([3, 4]);
    expect(search("AND")).toEqual([3]);
    expect(search("-cooperation")).toEqual([3, 4]);
    expect(search("cyber*")).toEqual([1]);
    expect(search("cyber 🙂 security")).toEqual([1]);
  });

  it("supports double-quoted phrases, and treats an unmatched quote as words", () => {
    expect(search('"near the border"')).toEqual([3, 4]);
    expect(search('"the border near"')).toEqual([]);
    expect(search('"border the')).toEqual([3, 4]);
    expect(buildSearchQuery('cyber "joint drills"').groups).toEqual([["cyber"], ["joint", "drills"]]);
    expect(buildSearchQuery("“joint drills”").groups).toEqual([["joint", "drills"]]);
  });

  it("has no MATCH expression when nothing searchable is typed", () => {
    for (const typed of ["", "   ", "🙂", '""', "*-()"]) expect(buildSearchQuery(typed).match).toBeNull();
  });

  it("keeps a bounded number of words", () => {
    const { groups } = buildSearchQuery(Array.from({ length: 100 }, (_, i) => `w${i}`).join(" "));
    expect(groups.length).toBe(MAX_SEARCH_TERMS);
  });
});

describe("highlighting", () => {
  it("finds folded words and phrases in the original text", () => {
    const text = "Đặng Hoàng Giang said the Đặng family";
    const { groups } = buildSearchQuery('dang "hoang giang"');
    const ranges = findMatches(text, groups);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(["Đặng Hoàng Giang", "Đặng"]);
  });

  it("counts UTF-16 positions correctly after astral characters", () => {
    const text = "𒀱 x Nam";
    const ranges = findMatches(text, [["nam"]]);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(["Nam"]);
  });

  it("cuts an excerpt around the first match and splits it into pieces", () => {
    const text = `${"lorem ipsum ".repeat(40)}Đặng spoke ${"dolor sit ".repeat(40)}`;
    const ranges = findMatches(text, [["dang"]]);
    const excerpt = excerptAround(text, ranges, 120);
    expect(excerpt.truncatedStart).toBe(true);
    expect(excerpt.truncatedEnd).toBe(true);
    const parts = splitByRanges(excerpt.text, excerpt.ranges);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(["Đặng"]);
    expect(parts.map((p) => p.text).join("")).toBe(excerpt.text);
  });
});
