import { describe, expect, it } from "vitest";
import { entityListHref, MAX_LIST_QUERY_LENGTH, parseEntityListView } from "./entity-list-view";

describe("the officials, events and topics lists' URL", () => {
  it("reads a search and a page, and names what it ignores", () => {
    const { view, ignored } = parseEntityListView(new URLSearchParams("q=%20Giang%0A&page=3&sort=name"));
    expect(view).toEqual({ q: "Giang", page: 3 });
    expect(ignored).toEqual([{ key: "sort", value: "name", reason: "unknown parameter" }]);
  });

  it("cuts a long search to its limit and says what was cut", () => {
    const long = `${"a".repeat(MAX_LIST_QUERY_LENGTH)}tail`;
    const { view, ignored } = parseEntityListView({ q: long });
    expect(view.q).toHaveLength(MAX_LIST_QUERY_LENGTH);
    expect(ignored).toEqual([
      { key: "q", value: "tail", reason: `search text is limited to ${MAX_LIST_QUERY_LENGTH} characters` },
    ]);
  });

  it("refuses a page that is not a page, keeping the first", () => {
    for (const page of ["0", "-1", "2.5", "x", "10001"]) {
      const { view, ignored } = parseEntityListView({ page });
      expect(view.page, page).toBe(1);
      expect(ignored.map((i) => i.key)).toEqual(["page"]);
    }
  });

  it("takes the last of a repeated key and reports the earlier, as every view does", () => {
    const { view, ignored } = parseEntityListView(new URLSearchParams("page=2&page=4"));
    expect(view.page).toBe(4);
    expect(ignored).toEqual([
      { key: "page", value: "2", reason: "given twice: the last value, “4”, is used" },
    ]);
  });

  it("writes links that read back as the same view, defaults left out", () => {
    expect(entityListHref("/officials", { q: "", page: 1 })).toBe("/officials");
    const href = entityListHref("/events", { q: "Hà Nội & co", page: 7 });
    expect(parseEntityListView(new URL(href, "http://x").searchParams)).toEqual({
      view: { q: "Hà Nội & co", page: 7 },
      ignored: [],
    });
  });
});
