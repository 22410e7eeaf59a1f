import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createTempDb } from "@/db/testing/temp-db";
import { parseView } from "@/lib/positions-view";
import { loadSeeds } from "@/seeds/load";
import { generateSynthetic } from "@/seeds/synthetic";
import { listPositions } from "./positions";
import {
  createSavedView,
  deleteSavedView,
  getVisibleSavedView,
  listVisibleSavedViews,
  markSavedViewOpened,
  renameSavedView,
  savedViewChanges,
  setSavedViewShared,
} from "./saved-views";
import { getEditableRecord } from "./statement-snapshot";
import { setCodedPositions } from "./statement-write";
import { createUserWithPassword } from "./users";

let db: Db;
let cleanup: () => void;
let alice: string;
let bob: string;

const user = (email: string) =>
  createUserWithPassword(db, { email, name: email.split("@")[0] ?? email, role: "viewer", passwordHash: "x" })
    .id;

beforeAll(() => {
  ({ db, cleanup } = createTempDb());
  loadSeeds(db);
  alice = user("alice@views.test");
  bob = user("bob@views.test");
});
afterAll(() => cleanup());

const save = (
  ownerId: string,
  url: string,
  shared = false,
  kind: "positions" | "compare" | "timeline" = "positions",
) => createSavedView(db, { ownerId, name: `view ${url}`, kind, url, shared });

/** Recodes one record's first coding, as an analyst's edit does (a statement revision). */
function recode(publicId: string, stance: -1 | 1) {
  const record = getEditableRecord(db, publicId);
  if (!record) throw new Error(`no record ${publicId}`);
  const result = setCodedPositions(db, {
    publicId,
    expectedVersion: record.version,
    codings: record.snapshot.codings.map((c, i) =>
      i === 0 ? { ...c, status: "stated" as const, stance } : c,
    ),
    actorId: alice,
  });
  expect(result.ok).toBe(true);
}

describe("saved views", () => {
  it("keeps a private view invisible to everyone but its owner, and shows a shared one to all", () => {
    const mine = save(alice, "/positions?topic=cyber-security");
    const open = save(alice, "/timeline?topic=cyber-security", true, "timeline");
    expect(getVisibleSavedView(db, alice, mine.id)).toMatchObject({ mine: true, shared: false });
    expect(getVisibleSavedView(db, bob, mine.id)).toBeUndefined();
    expect(getVisibleSavedView(db, bob, open.id)).toMatchObject({
      mine: false,
      shared: true,
      ownerName: "alice",
    });
    const bobs = listVisibleSavedViews(db, bob).views.map((v) => v.id);
    expect(bobs).toContain(open.id);
    expect(bobs).not.toContain(mine.id);
    // Opening is a reader's act too: Bob cannot mark Alice's private view.
    expect(markSavedViewOpened(db, bob, mine.id)).toBe(false);
    expect(markSavedViewOpened(db, bob, open.id)).toBe(true);
    // Unshared, it is gone for Bob again.
    expect(setSavedViewShared(db, alice, open.id, false)).toBe(true);
    expect(getVisibleSavedView(db, bob, open.id)).toBeUndefined();
    expect(listVisibleSavedViews(db, bob).views.map((v) => v.id)).not.toContain(open.id);
  });

  it("lets only the owner rename, share or delete, changing nothing otherwise", () => {
    const v = save(alice, "/positions?speaker=bui-van-nam", true);
    expect(renameSavedView(db, bob, v.id, "Bob's now")).toBe(false);
    expect(setSavedViewShared(db, bob, v.id, false)).toBe(false);
    expect(deleteSavedView(db, bob, v.id)).toBe(false);
    expect(getVisibleSavedView(db, alice, v.id)).toMatchObject({ name: v.name, shared: true });
    expect(renameSavedView(db, alice, v.id, "Bui Van Nam")).toBe(true);
    expect(getVisibleSavedView(db, bob, v.id)?.name).toBe("Bui Van Nam");
    expect(deleteSavedView(db, alice, v.id)).toBe(true);
    expect(getVisibleSavedView(db, alice, v.id)).toBeUndefined();
  });

  it("counts the records new or changed since each reader last opened the view, and opening starts again", () => {
    const speaker = listPositions(db, parseView(new URLSearchParams("speaker=dang-hoang-giang")).view)
      .rows[0];
    if (!speaker) throw new Error("seed records missing");
    const table = save(alice, "/positions?speaker=dang-hoang-giang", true);
    const timeline = save(
      alice,
      "/timeline?speaker=dang-hoang-giang&topic=cyber-security",
      false,
      "timeline",
    );
    const other = save(alice, "/positions?speaker=bui-van-nam");
    const fixed = save(alice, "/compare?ids=rb9j45cpkn,r6xm3qpjm3", false, "compare");
    const count = (reader: string, id: number) => {
      const v = getVisibleSavedView(db, reader, id);
      if (!v) throw new Error("view not visible");
      return savedViewChanges(db, v);
    };
    expect(count(alice, table.id)).toEqual({ count: 0, capped: false });

    recode(speaker.publicId, 1);
    recode(speaker.publicId, -1);
    // One record changed twice counts once; a view of another speaker sees nothing.
    expect(count(alice, table.id)).toEqual({ count: 1, capped: false });
    expect(count(bob, table.id)).toEqual({ count: 1, capped: false });
    expect(count(alice, other.id)).toEqual({ count: 0, capped: false });
    // The timeline watches its speaker's records on its topic: the recoded one is among them.
    const onTopic = listPositions(
      db,
      parseView(new URLSearchParams("speaker=dang-hoang-giang&topic=cyber-security")).view,
    ).rows.some((r) => r.publicId === speaker.publicId);
    expect(onTopic).toBe(true);
    expect(count(alice, timeline.id)).toEqual({ count: 1, capped: false });
    // A comparison of fixed records watches no query.
    expect(count(alice, fixed.id)).toBeNull();

    // Alice opens the table view: her count starts again, Bob's does not.
    expect(markSavedViewOpened(db, alice, table.id)).toBe(true);
    expect(count(alice, table.id)).toEqual({ count: 0, capped: false });
    expect(count(bob, table.id)).toEqual({ count: 1, capped: false });

    // New records: the whole table's view counts each one added.
    const all = save(alice, "/positions");
    generateSynthetic(db, { count: 12, seed: 5 });
    expect(count(alice, all.id)).toEqual({ count: 12, capped: false });
  });
});
