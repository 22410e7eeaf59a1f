import { describe, expect, it } from "vitest";
import { mixSequence, type PageKind } from "./loadtest";
import { actionResultOf } from "./loadtest-writers";

describe("load-test mix", () => {
  it("visits every URL of every kind, each kind as often as its weight says", () => {
    const urls: Record<PageKind, string[]> = {
      table: ["/positions", "/positions?page=3"],
      facet: ["/positions?mode=summary"],
      search: ["/positions?q=cyber", "/positions?q=mekong"],
      record: Array.from({ length: 9 }, (_, i) => `/positions/r${i}`),
      compare: ["/compare?ids=a,b"],
      timeline: ["/timeline?topic=terrorism"],
      entity: ["/", "/officials"],
    };
    const sequence = mixSequence(urls);
    for (const [kind, list] of Object.entries(urls)) {
      const paths = new Set(sequence.filter((u) => u.kind === kind).map((u) => u.path));
      expect([...paths].sort()).toEqual([...list].sort());
    }
    const share = (kind: PageKind) => sequence.filter((u) => u.kind === kind).length;
    // Weights table 4, record 3: the record kind's nine URLs need three rounds, and each round keeps the ratio.
    expect(share("record")).toBe(9);
    expect(share("table")).toBe(12);
    expect(share("compare") * 2).toBe(share("table"));
  });
});

describe("load-test writers", () => {
  it("reads a server action's result out of Next's flight answer, and nothing out of anything else", () => {
    const answer = [
      '0:{"a":"$@1","q":"","i":false,"b":"build"}',
      '1:{"ok":false,"code":"conflict","error":"Someone saved this record while you were editing it."}',
      "",
    ].join("\n");
    expect(actionResultOf(answer)).toEqual({
      ok: false,
      code: "conflict",
      error: "Someone saved this record while you were editing it.",
    });
    expect(actionResultOf('0:{"a":"$@2"}\n2:{"ok":true,"data":{"version":4}}')).toEqual({
      ok: true,
      data: { version: 4 },
    });
    expect(actionResultOf("<!DOCTYPE html><html>Internal Server Error</html>")).toBeNull();
    expect(actionResultOf('0:{"a":"$@1"}\n1:not json')).toBeNull();
    expect(actionResultOf('0:{"a":"$@1"}\n1:{"status":"done"}')).toBeNull();
  });
});
