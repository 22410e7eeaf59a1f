import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createTempDb } from "@/db/testing/temp-db";
import { codebookChange } from "@/lib/codebook";
import { loadSeeds } from "@/seeds/load";
import { codebookVersion } from "./codebook";
import { applyCodebookChange } from "./codebook-edit";
import { listAgreementUnits, saveOwnCodes } from "./review";
import { createUserWithPassword } from "./users";

let db: Db;
let cleanup: () => void;
let actorId: string;
let coderId: string;

beforeAll(() => {
  ({ db, cleanup } = createTempDb());
  loadSeeds(db);
  actorId = createUserWithPassword(db, {
    email: "ad@t.test",
    name: "Adm",
    role: "admin",
    passwordHash: "x",
  }).id;
  coderId = createUserWithPassword(db, {
    email: "c@t.test",
    name: "Cod",
    role: "analyst",
    passwordHash: "x",
  }).id;
});
afterAll(() => cleanup());

const q = (sql: string, ...params: unknown[]) =>
  db.$client
    .prepare(sql)
    .pluck()
    .get(...params);
const change = (raw: Record<string, unknown>) =>
  applyCodebookChange(db, {
    actorId,
    expectedVersion: codebookVersion(db),
    change: codebookChange.parse(raw),
  });

describe("agreement per codebook version", () => {
  it("ties each coder's code to the codebook version it was made under, and agreement follows the latest", () => {
    const record = String(q("SELECT public_id FROM statements ORDER BY id LIMIT 1"));
    const stated = (stance: number) => [
      { proposition: "global-frameworks", status: "stated" as const, stance, basis: null, note: null },
    ];
    const sheet = (coder: string) =>
      Number(
        q(
          "SELECT coalesce(max(version), 0) FROM coder_sheets WHERE coder_id = ? AND statement_id = (SELECT id FROM statements WHERE public_id = ?)",
          coder,
          record,
        ),
      );
    const save = (coder: string, stance: number) =>
      saveOwnCodes(db, {
        publicId: record,
        expectedSheetVersion: sheet(coder),
        codings: stated(stance),
        actorId: coder,
      });
    const before = codebookVersion(db);
    expect(save(coderId, 1).ok).toBe(true);
    expect(
      change({ op: "topic_edit", topic: "trade", name: "Trade policy", slug: "", description: "" }),
    ).toMatchObject({
      ok: true,
      version: before + 1,
    });
    expect(save(actorId, 2).ok).toBe(true);
    const versions = db.$client
      .prepare(
        "SELECT codebook_version FROM coder_codes c JOIN propositions p ON p.id = c.proposition_id WHERE p.slug = 'global-frameworks' AND c.statement_id = (SELECT id FROM statements WHERE public_id = ?) ORDER BY c.id",
      )
      .pluck()
      .all(record);
    expect(versions).toEqual([before, before + 1]);
    const unit = listAgreementUnits(db).find((u) => u.topicSlug === "digital-governance");
    expect(unit).toMatchObject({ codebookVersion: before + 1, codes: [{ stance: 1 }, { stance: 2 }] });
  });
});
