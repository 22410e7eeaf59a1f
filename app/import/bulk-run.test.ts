import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const env = vi.hoisted(() => {
  const file = `${process.env.TMPDIR ?? "/tmp"}/positions-bulk-run-${process.pid}-${Date.now()}.db`;
  process.env.DATABASE_PATH = file;
  return { file };
});
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

import { getDb } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { exportRecords } from "@/db/queries/export";
import { encodeRecords, parseRecords } from "@/lib/records-file";
import type { ParsedRow } from "@/lib/records-format";
import { loadSeeds } from "@/seeds/load";
import type { BulkEvent } from "./bulk-protocol";
import { runBulkImport } from "./bulk-run";

const ALPHABET = "abcdefghjkmnpqrstvwxyz23456789";
const idOf = (i: number) =>
  Array.from({ length: 10 }, (_, k) => ALPHABET[Math.floor(i / ALPHABET.length ** k) % ALPHABET.length]).join(
    "",
  );

/** `count` new, valid rows: copies of a stored record under new ids, each with its own text. */
function newRows(count: number, firstId = 1): ParsedRow[] {
  const [seed] = exportRecords(getDb());
  if (!seed) throw new Error("no seed record");
  const rows = Array.from({ length: count }, (_, i) => ({
    ...seed,
    public_id: idOf(i + firstId),
    text: `Copy ${i + firstId}.`,
  }));
  const parsed = parseRecords([...encodeRecords(rows, "csv")].join(""), "csv");
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.rows;
}

const count = () => exportRecords(getDb()).length;

async function run(rows: ParsedRow[], mode: "check" | "import" | "import-valid", cancelAfter?: number) {
  const events: BulkEvent[] = [];
  await runBulkImport(
    { rows, mode, fileName: "many.csv", user: null },
    (e) => events.push(e),
    () => cancelAfter !== undefined && events.length >= cancelAfter,
  );
  return events;
}

beforeAll(() => {
  migrateDatabase(getDb());
  loadSeeds(getDb());
});
afterAll(() => {
  getDb().$client.close();
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(env.file + suffix, { force: true });
});

describe("a bulk import run", () => {
  it("reports its progress batch by batch and stops, writing nothing, when the client goes away", async () => {
    const before = count();
    const events = await run(newRows(600), "import-valid", 1);
    expect(events).toEqual([{ type: "checking", done: 250, total: 600 }]);
    expect(count()).toBe(before);
  });

  it("run to its end, checks every batch, says it is writing, then what it wrote", async () => {
    const before = count();
    const events = await run(newRows(600), "import-valid");
    expect(events.map((e) => (e.type === "checking" ? `${e.done}/${e.total}` : e.type))).toEqual([
      "250/600",
      "500/600",
      "600/600",
      "writing",
      "outcome",
    ]);
    const outcome = events.at(-1);
    expect(outcome).toMatchObject({ type: "outcome", outcome: { written: true, unchanged: 0, invalid: 0 } });
    if (outcome?.type === "outcome") expect(outcome.outcome.created).toHaveLength(600);
    expect(count()).toBe(before + 600);
    // The same file again: every row is already stored, and nothing more is written.
    const again = await run(newRows(600), "import");
    expect(again.at(-1)).toMatchObject({ type: "outcome", outcome: { written: false, unchanged: 600 } });
    expect(count()).toBe(before + 600);
  });

  it("with one invalid row, 'import' writes nothing and says which row and why", async () => {
    const before = count();
    const rows = newRows(3, 10_000).map((r, i) =>
      i === 1 && r.record ? { ...r, record: { ...r.record, person_slug: "nobody-known" } } : r,
    );
    const events = await run(rows, "import");
    const outcome = events.at(-1);
    expect(outcome?.type).toBe("outcome");
    if (outcome?.type !== "outcome") return;
    expect(outcome.outcome).toMatchObject({ written: false, invalid: 1 });
    expect(outcome.outcome.rows.find((r) => r.status === "invalid")?.errors[0]?.message).toContain(
      '"nobody-known" is not a known person',
    );
    expect(count()).toBe(before);
  });
});
