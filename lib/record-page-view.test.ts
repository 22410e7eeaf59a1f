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
});
