import { describe, expect, it } from "vitest";
import { type RowClasses, tableBodyHtml } from "./positions-table-html";
import type { TableRow } from "./positions-table-row";
import { COLUMN_KEYS } from "./positions-view";

const classes: RowClasses = {
  recordId: "id",
  excerpt: "ex",
  sub: "sub",
  tags: "tags",
  stances: "st",
  clamp: "cl",
  none: "none",
};
const hostile = `<script>alert(1)</script>' onmouseover='x' "&amp;`;
const row: TableRow = {
  publicId: "abcdefghjk",
  date: hostile,
  attribution: hostile,
  role: hostile,
  organization: hostile,
  topics: [hostile, "b", "c", hostile],
  event: hostile,
  eventDetail: hostile,
  mode: hostile,
  stances: [{ label: hostile, value: hostile }],
  moreStances: 2,
  excerpt: [hostile, hostile, hostile],
  matchedIn: hostile,
  annotations: 3,
};

describe("the table's rows as HTML", () => {
  it("escapes every value taken from a record, in text and in attributes", () => {
    const html = tableBodyHtml([row], COLUMN_KEYS, new Set(), classes);
    expect(html).not.toContain("<script");
    expect(html).not.toMatch(/' onmouseover=/);
    expect(html).toContain(
      "&lt;script&gt;alert(1)&lt;/script&gt;&#39; onmouseover=&#39;x&#39; &quot;&amp;amp;",
    );
    // The search highlights are the only <mark> elements, and they hold escaped text.
    expect(html.match(/<mark>/g)?.length).toBe(1);
    // Parsed by a browser's rules it has exactly the cells it should: one checkbox and one per column.
    expect(html.match(/<td /g)?.length).toBe(COLUMN_KEYS.length + 1);
  });

  it("ticks the selected records' boxes, and shows the statement first after date and speaker", () => {
    const plain: TableRow = {
      ...row,
      date: "7 Nov 2018",
      speaker: "Bùi Văn Nam",
      vi: true,
      excerpt: ["Said."],
    };
    const html = tableBodyHtml([plain], ["date", "speaker", "excerpt"], new Set(["abcdefghjk"]), classes);
    expect(html).toContain(
      "data-select='abcdefghjk' aria-label='Select record abcdefghjk for comparison' checked",
    );
    expect(html.indexOf("data-column='date'")).toBeLessThan(html.indexOf("data-column='speaker'"));
    expect(html.indexOf("data-column='speaker'")).toBeLessThan(html.indexOf("data-column='excerpt'"));
    expect(html).toContain("<span lang='vi'>Bùi Văn Nam</span>");
    expect(html).toContain("href='/positions/abcdefghjk'");
  });
});
