import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS } from "@/lib/domain";
import { parseAuditView, serializeAuditView } from "./audit-view";

describe("the audit log's URL", () => {
  it("reads filters and names every part it ignores", () => {
    const { view, ignored } = parseAuditView(
      new URLSearchParams(
        "action=sign_in_failed,bogus&who=%20ana%20&from=2026-11-01&to=2026-02-30&page=0&x=1",
      ),
    );
    expect(view).toEqual({ actions: ["sign_in_failed"], who: "ana", from: "2026-11-01", to: null, page: 1 });
    expect(ignored.map((i) => i.key).sort()).toEqual(["action", "page", "to", "x"]);
  });

  it("drops a 'to' before 'from'", () => {
    const { view, ignored } = parseAuditView({ from: "2026-11-02", to: "2026-11-01" });
    expect(view.to).toBeNull();
    expect(ignored).toEqual([{ key: "to", value: "2026-11-01", reason: "before from" }]);
  });

  it("round-trips: parse(serialize(v)) is v", () => {
    const day = fc
      .date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...AUDIT_ACTIONS)),
        fc.option(fc.string({ minLength: 1, maxLength: 30 })),
        fc.option(day),
        fc.integer({ min: 1, max: 1000 }),
        (actions, who, from, page) => {
          const view = { actions, who: who?.trim() || null, from: from ?? null, to: null, page };
          const url = new URL(serializeAuditView(view), "http://x");
          expect(parseAuditView(url.searchParams)).toEqual({ view, ignored: [] });
        },
      ),
    );
  });
});
