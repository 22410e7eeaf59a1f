import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { readModelState } from "@/db/testing/read-models";
import { createTempDb } from "@/db/testing/temp-db";
import { type EventSnapshot, updateEventInput } from "@/lib/event-edit";
import { defaultView } from "@/lib/positions-view";
import { loadSeeds } from "@/seeds/load";
import { getEditableEvent, getEventHistory, restoreEventVersion, updateEvent } from "./event-edit";
import { listEventMergeCandidates, mergeEvents, previewEventMerge } from "./event-merge";
import { getEvent, listEvents } from "./events";
import { getOverview } from "./overview";
import { rebuildSearchIndex } from "./position-index";
import { listPositions } from "./positions";
import { redirectTarget } from "./redirects";
import { createUserWithPassword } from "./users";

let db: Db;
let cleanup: () => void;
let actorId: string;

const n = (sql: string, ...params: unknown[]) =>
  Number(
    db.$client
      .prepare(sql)
      .pluck()
      .get(...params),
  );
const UNSC = "unsc-2024-06-20-cyberspace-debate";
const MOSCOW = "moscow-2018-heads-of-special-services";

beforeAll(() => {
  ({ db, cleanup } = createTempDb());
  loadSeeds(db);
  actorId = createUserWithPassword(db, {
    email: "e@t.test",
    name: "Eve",
    role: "analyst",
    passwordHash: "x",
  }).id;
});
afterAll(() => cleanup());

function edit(slug: string, patch: Partial<Record<keyof EventSnapshot, unknown>>) {
  const current = getEditableEvent(db, slug);
  if (!current) throw new Error(slug);
  const parsed = updateEventInput.safeParse({
    ...current.snapshot,
    currentSlug: slug,
    expectedVersion: current.version,
    ...patch,
  });
  return { current, parsed };
}

describe("editing an event", () => {
  it("writes the values with one revision per change, old and new values in its history", () => {
    const { current, parsed } = edit(UNSC, { name: "UNSC open debate on cyberspace", city: "New York City" });
    if (!parsed.success) throw parsed.error;
    const result = updateEvent(db, { ...parsed.data, actorId });
    expect(result).toMatchObject({ ok: true, event: { version: current.version + 1 } });
    // Saving the same values again is no change and appends nothing.
    const again = edit(UNSC, {});
    if (!again.parsed.success) throw again.parsed.error;
    expect(updateEvent(db, { ...again.parsed.data, actorId })).toMatchObject({
      ok: true,
      event: { version: 2 },
    });
    const eventId = current.id;
    expect(n("SELECT count(*) FROM event_revisions WHERE event_id = ?", eventId)).toBe(1);
    const [latest] = getEventHistory(db, eventId);
    expect(latest).toMatchObject({ version: 2, authorName: "Eve" });
    expect(latest?.changes).toEqual(
      expect.arrayContaining([
        { field: "Name", before: current.snapshot.name, after: "UNSC open debate on cyberspace" },
        { field: "City", before: current.snapshot.city ?? "(none)", after: "New York City" },
      ]),
    );
    // The read models follow (the table's event kind and country come from the event).
    expect(getEvent(db, UNSC)?.event.name).toBe("UNSC open debate on cyberspace");
  });

  it("applies the date rule: a month runs from its first to its last day", () => {
    const { parsed } = edit(MOSCOW, {
      datePrecision: "month",
      dateStart: "2018-04-01",
      dateEnd: "2018-04-15",
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["dateEnd"]);
    const ok = edit(MOSCOW, {
      datePrecision: "month",
      dateStart: "2018-04-01",
      dateEnd: "2018-04-30",
      dateBasis: "stated",
    });
    expect(ok.parsed.success).toBe(true);
  });

  it("refuses a save based on a stale version and changes nothing", () => {
    const { current, parsed } = edit(UNSC, { city: "Geneva" });
    if (!parsed.success) throw parsed.error;
    const result = updateEvent(db, { ...parsed.data, expectedVersion: current.version - 1, actorId });
    expect(result).toMatchObject({ ok: false, reason: "conflict", current: { version: current.version } });
    expect(getEditableEvent(db, UNSC)?.snapshot.city).toBe("New York City");
  });

  it("retires the old slug when the address changes, and refuses one another event answers for", () => {
    const { parsed } = edit(UNSC, { slug: "unsc-2024-cyberspace" });
    if (!parsed.success) throw parsed.error;
    expect(updateEvent(db, { ...parsed.data, actorId }).ok).toBe(true);
    expect(redirectTarget(db, "event", UNSC)).toBe("unsc-2024-cyberspace");
    expect(getEvent(db, UNSC)).toBeNull();
    const taken = edit(MOSCOW, { slug: UNSC });
    if (!taken.parsed.success) throw taken.parsed.error;
    expect(updateEvent(db, { ...taken.parsed.data, actorId })).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: { slug: expect.any(String) },
    });
  });

  it("restores an earlier version as a new revision, and the history stays append-only", () => {
    const slug = "unsc-2024-cyberspace";
    const current = getEditableEvent(db, slug);
    if (!current) throw new Error(slug);
    const restored = restoreEventVersion(db, { slug, version: 1, expectedVersion: current.version, actorId });
    expect(restored).toMatchObject({ ok: true, event: { version: current.version + 1 } });
    // Version 1's address comes back too, and the address used since redirects to it.
    expect(getEditableEvent(db, UNSC)?.snapshot.city).not.toBe("New York City");
    expect(redirectTarget(db, "event", slug)).toBe(UNSC);
    expect(redirectTarget(db, "event", UNSC)).toBeNull();
    expect(getEventHistory(db, current.id)[0]).toMatchObject({ restoredFrom: 1 });
    expect(
      restoreEventVersion(db, { slug: UNSC, version: 1, expectedVersion: current.version, actorId }),
    ).toMatchObject({ ok: false, reason: "conflict" });
    expect(() => db.$client.exec("UPDATE event_revisions SET version = version + 10")).toThrow(/append-only/);
  });
});

describe("merging two events", () => {
  it("moves every record, leaves a redirect and two revisions, and the read models equal a recount", () => {
    const survivor = getEditableEvent(db, UNSC);
    const merged = getEditableEvent(db, MOSCOW);
    if (!survivor || !merged) throw new Error("seed events");
    expect(listEventMergeCandidates(db, UNSC).map((c) => c.slug)).toContain(MOSCOW);
    const preview = previewEventMerge(db, UNSC, MOSCOW);
    expect(preview?.records).toBe(4);
    const total = n("SELECT count(*) FROM statements WHERE event_id IN (?, ?)", survivor.id, merged.id);
    const codings = n("SELECT count(*) FROM coded_positions");
    const listed = listEvents(db, { q: "", page: 1 }).total;
    const home = getOverview(db).events;

    const result = mergeEvents(db, {
      survivorSlug: UNSC,
      mergedSlug: MOSCOW,
      survivorVersion: survivor.version,
      mergedVersion: merged.version,
      actorId,
    });
    expect(result).toMatchObject({ ok: true, movedRecords: 4 });
    expect(n("SELECT count(*) FROM statements WHERE event_id = ?", survivor.id)).toBe(total);
    expect(n("SELECT count(*) FROM statements WHERE event_id = ?", merged.id)).toBe(0);
    expect(n("SELECT count(*) FROM coded_positions")).toBe(codings);
    expect(db.$client.prepare("PRAGMA foreign_key_check").all()).toEqual([]);
    expect(redirectTarget(db, "event", MOSCOW)).toBe(UNSC);
    expect(getEvent(db, MOSCOW)).toBeNull();
    expect(getEvent(db, UNSC)?.total).toBe(total);
    const list = listEvents(db, { q: "", page: 1 });
    expect(list.total).toBe(listed - 1);
    expect(getOverview(db).events).toBe(home - 1);
    expect(list.rows.map((r) => r.slug)).not.toContain(MOSCOW);
    expect(listPositions(db, { ...defaultView(), event: [UNSC] }).total).toBe(total);
    expect(getEventHistory(db, survivor.id)[0]).toMatchObject({ mergedFrom: { slug: MOSCOW, records: 4 } });
    expect(getEventHistory(db, merged.id)[0]).toMatchObject({ mergedInto: { slug: UNSC } });
    expect(() =>
      db.$client
        .prepare("UPDATE statements SET event_id = ? WHERE id = (SELECT min(id) FROM statements)")
        .run(merged.id),
    ).toThrow(/merged into another/);

    const maintained = readModelState(db);
    rebuildSearchIndex(db);
    expect(readModelState(db)).toEqual(maintained);
  });

  it("refuses a merge based on a stale version", () => {
    const created = db.$client
      .prepare(
        "INSERT INTO events (slug, name, kind) VALUES ('dup-a', 'Dup A', 'other'), ('dup-b', 'Dup B', 'other')",
      )
      .run();
    expect(created.changes).toBe(2);
    const { parsed } = edit("dup-b", { city: "Hanoi" });
    if (!parsed.success) throw parsed.error;
    expect(updateEvent(db, { ...parsed.data, actorId }).ok).toBe(true);
    expect(
      mergeEvents(db, {
        survivorSlug: "dup-a",
        mergedSlug: "dup-b",
        survivorVersion: 1,
        mergedVersion: 1,
        actorId,
      }),
    ).toMatchObject({ ok: false, reason: "conflict" });
    expect(redirectTarget(db, "event", "dup-b")).toBeNull();
  });
});
