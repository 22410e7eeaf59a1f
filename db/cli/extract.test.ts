import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createTempDb } from "@/db/testing/temp-db";
import { loadSeeds } from "@/seeds/load";

const ROOT = path.resolve(import.meta.dirname, "../..");
const ARTICLE = path.join(ROOT, "seeds/articles/000_1fc0ae8c90dac3f4.txt");

function run(args: string[]): { candidates: Array<Record<string, unknown>>; usedDatabase: string | null } {
  const out = execFileSync(
    process.execPath,
    [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "db/cli/extract.ts", ...args],
    {
      cwd: ROOT,
      encoding: "utf8",
    },
  );
  return JSON.parse(out);
}

describe("npm run extract", () => {
  const temp = createTempDb();
  loadSeeds(temp.db);
  temp.db.$client.pragma("wal_checkpoint(TRUNCATE)");
  afterAll(() => temp.cleanup());

  it("prints the candidates as JSON without a database", () => {
    const result = run([ARTICLE, "--no-db"]);
    expect(result.usedDatabase).toBeNull();
    expect(result.candidates).toHaveLength(4);
    expect(result.candidates[2]).toMatchObject({
      speakerAsWritten: "Nam",
      attribution: { kind: "given_name", status: "resolved" },
      date: { start: "2018-11-07", end: "2018-11-08", precision: "range", inferred: true },
      evidence: { start: 1498, end: 1887 },
    });
  }, 30_000);

  it("links known people and events from a database it does not write to", () => {
    const before = fs.readFileSync(temp.file);
    const result = run([ARTICLE, "--db", temp.file]);
    expect(result.usedDatabase).toBe(temp.file);
    expect(result.candidates[0]).toMatchObject({
      speaker: { personSlug: "bui-van-nam" },
      event: { eventSlug: "moscow-2018-heads-of-special-services" },
    });
    expect(result.candidates[0]?.flags).toContain("possible_duplicate");
    expect(fs.readFileSync(temp.file).equals(before)).toBe(true);
  }, 30_000);

  it("refuses a bad date with usage", () => {
    expect(() => run([ARTICLE, "--published", "2018-13-01"])).toThrow(/--published must be a date/);
  }, 30_000);
});
