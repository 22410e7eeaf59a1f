import { describe, expect, it } from "vitest";
import {
  compareHref,
  FLAGSHIP_COMPARISON,
  parseCompareView,
  parsePeriod,
  periodCompareHref,
} from "./compare-view";

describe("compare URL grammar", () => {
  it("parses 2 to 4 record ids in order", () => {
    expect(parseCompareView({ ids: "b,a" })).toEqual({ view: { kind: "ids", ids: ["b", "a"] }, ignored: [] });
    const many = parseCompareView({ ids: "a,b,c,d,e" });
    expect(many.view).toEqual({ kind: "ids", ids: ["a", "b", "c", "d"] });
    expect(many.ignored).toEqual([{ key: "ids", value: "e", reason: "at most 4 records can be compared" }]);
  });

  it("reports bad and too few ids without throwing; an id listed twice counts once", () => {
    const r = parseCompareView({ ids: "a,A B,a" });
    expect(r.view).toEqual({ kind: "empty" });
    expect(r.ignored).toEqual([
      { key: "ids", value: "A B", reason: "not a record id" },
      { key: "ids", value: "a,A B,a", reason: "a comparison needs at least 2 records" },
    ]);
  });

  it("parses a period comparison", () => {
    const r = parseCompareView({ topic: "cyber-security", a: "2018", b: "2024-06..2024-12", country: "vn" });
    expect(r.ignored).toEqual([]);
    expect(r.view).toEqual({
      kind: "period",
      topic: "cyber-security",
      a: { from: "2018-01-01", to: "2018-12-31", text: "2018..2018" },
      b: { from: "2024-06-01", to: "2024-12-31", text: "2024-06..2024-12" },
      speaker: null,
      country: "VN",
      proposition: null,
    });
  });

  it("narrows to one proposition, and says why it ignores a malformed one", () => {
    const one = parseCompareView({
      topic: "cyber-security",
      a: "2018",
      b: "2024",
      proposition: "Code-Of-Conduct",
    });
    expect(one.view).toMatchObject({ kind: "period", proposition: "code-of-conduct" });
    const bad = parseCompareView({ topic: "cyber-security", a: "2018", b: "2024", proposition: "no way" });
    expect(bad.view).toMatchObject({ kind: "period", proposition: null });
    expect(bad.ignored).toEqual([{ key: "proposition", value: "no way", reason: "not a proposition" }]);
    expect(parseCompareView({ ids: "a,b", proposition: "x" }).ignored).toEqual([
      { key: "proposition", value: "x", reason: "does not apply when records are chosen by id" },
    ]);
  });

  it("accepts open periods and refuses reversed or malformed ones", () => {
    expect(parsePeriod("2018..")).toEqual({ from: "2018-01-01", to: null, text: "2018.." });
    expect(parsePeriod("..2020-02")).toEqual({ from: null, to: "2020-02-29", text: "..2020-02" });
    expect(parsePeriod("2020..2018")).toBeNull();
    expect(parsePeriod("2018-13")).toBeNull();
    expect(parsePeriod("..")).toBeNull();
    expect(parsePeriod("1..2..3")).toBeNull();
    const r = parseCompareView({ topic: "x", a: "yesterday", b: "2024", speaker: "Bad Slug" });
    expect(r.view).toEqual({ kind: "empty" });
    expect(r.ignored).toHaveLength(2);
  });

  it("keeps both speaker and country: only the query knows whether the speaker exists and wins", () => {
    const r = parseCompareView({ topic: "x", a: "2018", b: "2024", speaker: "bui-van-nam", country: "vn" });
    expect(r.view).toMatchObject({ speaker: "bui-van-nam", country: "VN" });
    expect(r.ignored).toEqual([]);
  });

  it("round-trips through the serializer", () => {
    for (const params of [
      { ids: "a,b,c" },
      { topic: "cyber-security", a: "2018..2018", b: "2024..2024", country: "VN" },
      { topic: "t", a: "2018..", b: "..2020", speaker: "bui-van-nam" },
      { topic: "t", a: "2018", b: "2020", proposition: "code-of-conduct" },
    ]) {
      const { view } = parseCompareView(params);
      const href = compareHref(view);
      const again = parseCompareView(Object.fromEntries(new URL(href, "http://x").searchParams));
      expect(again.view).toEqual(view);
    }
    expect(periodCompareHref(FLAGSHIP_COMPARISON)).toBe(
      "/compare?topic=cyber-security&a=2018..2018&b=2024..2024&country=VN",
    );
    expect(compareHref({ kind: "empty" })).toBe("/compare");
  });

  it("follows the one repeat rule: a list key merges its repeats, a single key takes its last value", () => {
    expect(parseCompareView({ ids: ["a,b", "c,b"] })).toEqual({
      view: { kind: "ids", ids: ["a", "b", "c"] },
      ignored: [],
    });
    const r = parseCompareView({ topic: ["economy", "cyber-security"], a: "2018", b: ["2020", "2024", ""] });
    expect(r.view).toMatchObject({ kind: "period", topic: "cyber-security", b: { text: "2024..2024" } });
    expect(r.ignored).toEqual([
      { key: "topic", value: "economy", reason: "given twice: the last value, “cyber-security”, is used" },
      { key: "b", value: "2020", reason: "given twice: the last value, “2024”, is used" },
    ]);
  });

  it("reports unknown keys and keys that need a topic, each as key, value and reason", () => {
    expect(parseCompareView({ speaker: "bui-van-nam", colour: "red" }).ignored).toEqual([
      { key: "colour", value: "red", reason: "unknown parameter" },
      { key: "speaker", value: "bui-van-nam", reason: "needs a topic" },
    ]);
    expect(parseCompareView({ topic: "t", a: "2018" }).ignored).toEqual([
      { key: "b", value: "", reason: "missing (write the period as 2018..2018)" },
    ]);
  });
});
