import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createTempDb } from "@/db/testing/temp-db";
import { defaultView, parseView } from "@/lib/positions-view";
import { loadSeeds } from "@/seeds/load";
import { generateSynthetic } from "@/seeds/synthetic";
import { currentChangeMark } from "./change-mark";
import { countViewChangesSince, listViewChanges } from "./changes";
import { getEditableRecord } from "./statement-snapshot";
import { setCodedPositions } from "./statement-write";
import { createUserWithPassword } from "./users";

let db: Db;
let cleanup: () => void;
let actorId: string;
beforeAll(() => {
  ({ db, cleanup } = createTempDb());
  loadSeeds(db);
  actorId = createUserWithPassword(db, {
    email: "c@t.test",
    name: "C",
    role: "analyst",
    passwordHash: "x",
  }).id;
});
afterAll(() => cleanup());

const view = (q: string) => parseView(new URLSearchParams(q)).view;

describe("countViewChangesSince", () => {
  it("counts a view's new and recoded records after a mark, each once, and nothing outside the view", () => {
    const mark = currentChangeMark(db);
    expect(countViewChangesSince(db, defaultView(), mark)).toEqual({ count: 0, capped: false });
    const record = getEditableRecord(db, "rb9j45cpkn");
    if (!record) throw new Error("seed record missing");
    // Twice: one record, counted once.
    for (const stance of [1, -1]) {
      const current = getEditableRecord(db, "rb9j45cpkn");
      const result = setCodedPositions(db, {
        publicId: "rb9j45cpkn",
        expectedVersion: current?.version ?? 0,
        codings: record.snapshot.codings.map((c, i) =>
          i === 0 ? { ...c, status: "stated" as const, stance } : c,
        ),
        actorId,
      });
      expect(result.ok).toBe(true);
    }
    expect(countViewChangesSince(db, view("speaker=dang-hoang-giang"), mark).count).toBe(1);
    expect(countViewChangesSince(db, view("speaker=bui-van-nam"), mark).count).toBe(0);
    // The change feed lists the same two recodes, newest first, before the speaker's six records as added.
    expect(listViewChanges(db, view("speaker=dang-hoang-giang")).entries.map((e) => e.kind)).toEqual([
      "recoded",
      "recoded",
      ...Array(6).fill("new"),
    ]);

    generateSynthetic(db, { count: 40, seed: 9 });
    const all = countViewChangesSince(db, defaultView(), mark);
    expect(all).toEqual({ count: 41, capped: false });
    expect(countViewChangesSince(db, defaultView(), mark, 10)).toEqual({ count: 10, capped: true });
  });

  it("a mark from now counts nothing", () => {
    expect(countViewChangesSince(db, defaultView(), currentChangeMark(db)).count).toBe(0);
  });
});
