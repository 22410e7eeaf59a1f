import { describe, expect, it } from "vitest";
import {
  ASOF_NOT_KEPT,
  choiceKey,
  defaultsOf,
  hrefOf,
  ignoredText,
  listKey,
  nonEmptyQuery,
  oneKey,
  pageKey,
  parseKeys,
  queryNotice,
  reject,
  writeKeys,
} from "./url-grammar";

const TABLE = {
  q: oneKey<string>({
    default: "",
    parse: (raw, note) => {
      if (raw.length <= 5) return raw;
      note(raw.slice(5), "at most 5 characters");
      return raw.slice(0, 5);
    },
    write: (v) => v,
  }),
  mode: choiceKey(["a", "b"] as const, "expected a or b"),
  n: oneKey<number>({
    default: 1,
    parse: (raw) => (/^\d+$/.test(raw) ? Number(raw) : reject("not a number")),
    write: String,
  }),
  tag: listKey({
    piece: (p) => (p.length <= 3 ? p : reject("too long")),
    max: { count: 2, reason: "two at most" },
  }),
  cols: listKey({ piece: (p) => p, default: ["x", "y"] }),
};

describe("key tables", () => {
  it("gives every default for an empty query, and writes nothing for the defaults", () => {
    expect(parseKeys(TABLE, {})).toEqual({ values: defaultsOf(TABLE), ignored: [] });
    expect(defaultsOf(TABLE)).toEqual({ q: "", mode: null, n: 1, tag: [], cols: ["x", "y"] });
    expect(writeKeys(TABLE, defaultsOf(TABLE)).toString()).toBe("");
  });

  it("treats an empty value as an absent key", () => {
    expect(parseKeys(TABLE, { q: "", mode: " ", tag: ",," })).toEqual({
      values: defaultsOf(TABLE),
      ignored: [],
    });
  });

  it("single keys: the last non-empty value is used and each earlier, different one reported", () => {
    const { values, ignored } = parseKeys(TABLE, [
      ["n", "2"],
      ["n", "3"],
      ["n", "2"],
      ["n", "4"],
      ["n", ""],
      ["mode", "a"],
      ["mode", "a"],
    ]);
    expect(values.n).toBe(4);
    expect(values.mode).toBe("a");
    expect(ignored).toEqual([
      { key: "n", value: "2", reason: "given twice: the last value, “4”, is used" },
      { key: "n", value: "3", reason: "given twice: the last value, “4”, is used" },
    ]);
  });

  it("list keys: repeats and comma-separated pieces merge, a value listed twice is kept once", () => {
    const { values, ignored } = parseKeys(TABLE, { tag: ["ab,cd", "ab", "toolong", "ef"] });
    expect(values.tag).toEqual(["ab", "cd"]);
    expect(ignored).toEqual([
      { key: "tag", value: "toolong", reason: "too long" },
      { key: "tag", value: "ef", reason: "two at most" },
    ]);
    // A list naming nothing usable keeps the key's default.
    expect(parseKeys(TABLE, { cols: "," }).values.cols).toEqual(["x", "y"]);
  });

  it("reports refused values, notes and unknown keys in one shape, shortening long values", () => {
    const long = "z".repeat(100);
    const { values, ignored } = parseKeys(
      TABLE,
      { q: "abcdefg", n: "x", mode: "C", [long]: "1", format: "csv" },
      ["format"],
    );
    expect(values).toMatchObject({ q: "abcde", n: 1, mode: null });
    expect(ignored).toEqual([
      { key: long, value: "1", reason: "unknown parameter" },
      { key: "q", value: "fg", reason: "at most 5 characters" },
      { key: "mode", value: "C", reason: "expected a or b" },
      { key: "n", value: "x", reason: "not a number" },
    ]);
    expect(parseKeys(TABLE, { q: long }).ignored[0]?.value).toHaveLength(41);
  });

  it("writes keys in table order, lists comma-separated, and round-trips", () => {
    const values = { q: "hi", mode: "b" as const, n: 3, tag: ["a", "b"], cols: ["y"] };
    const params = writeKeys(TABLE, values);
    expect(hrefOf("/p", params)).toBe("/p?q=hi&mode=b&n=3&tag=a,b&cols=y");
    expect(parseKeys(TABLE, params)).toEqual({ values, ignored: [] });
    expect(hrefOf("/p", new URLSearchParams())).toBe("/p");
  });

  it("a GET form submits only its non-empty fields, in order", () => {
    expect(
      nonEmptyQuery([
        ["q", "nam"],
        ["from", ""],
        ["mode", "summary"],
        ["to", "  "],
        ["mode", "paraphrase"],
        ["file", new Blob()],
      ]).toString(),
    ).toBe("q=nam&mode=summary&mode=paraphrase");
  });

  it("says that a view without asof shows the current data, rather than calling asof unknown", () => {
    const { ignored } = parseKeys({ page: pageKey(10) }, { asof: "2026-01-01" });
    expect(ignored).toEqual([{ key: "asof", value: "2026-01-01", reason: ASOF_NOT_KEPT }]);
    expect(ASOF_NOT_KEPT).toContain("as it is now");
  });

  it("writes a notice as one line, with or without its key", () => {
    expect(ignoredText({ key: "page", value: "0", reason: "not a page" })).toBe("page=0: not a page");
    expect(ignoredText(queryNotice("no topic “x”"))).toBe("no topic “x”");
  });
});
