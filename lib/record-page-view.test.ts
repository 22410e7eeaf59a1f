import { describe, expect, it } from "vitest";
import { parseRecordPageView, showAllHref } from "./record-page-view";

describe("record page sections", () => {
  it("opens the sections named in `show`, in any spelling of a list, and ignores unknown ones", () => {
    expect([...parseRecordPageView(new URLSearchParams("show=history")).show]).toEqual(["history"]);
    expect([...parseRecordPageView({ show: ["notes", "reports,bogus"] }).show].sort()).toEqual([
      "notes",
      "reports",
    ]);
    expect(parseRecordPageView(new URLSearchParams("show=&x=1")).show.size).toBe(0);
  });

  it("links to one more section in full and keeps the ones already open", () => {
    const none = parseRecordPageView({});
    expect(showAllHref("s0001", none, "history")).toBe("/positions/s0001?show=history#history-h");
    const open = parseRecordPageView({ show: "history" });
    expect(showAllHref("s0001", open, "notes")).toBe("/positions/s0001?show=history,notes#annotations");
  });

  it("reads asof as a UTC moment, and says why it refuses one (the current record is shown)", () => {
    const now = new Date("2026-12-02T00:00:00Z");
    expect(parseRecordPageView({ asof: "2025-01-31" }, now)).toMatchObject({
      asof: "2025-01-31T23:59:59.999Z",
      ignored: [],
    });
    const bad = parseRecordPageView({ asof: "last week" }, now);
    expect(bad.asof).toBeNull();
    expect(bad.ignored).toEqual([expect.objectContaining({ key: "asof", value: "last week" })]);
  });
});
