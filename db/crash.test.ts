import { spawn } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRandom } from "@/seeds/synthetic";
import { loadSeeds } from "../seeds/load";
import { openDatabase } from "./client";
import { checkSearchIndex } from "./queries/position-index";
import { createUserWithPassword } from "./queries/users";
import { createTempDb } from "./testing/temp-db";

/**
 * Crash safety: a writer process (db/testing/crash-worker.ts) saving annotations, editing records and importing
 * records files is killed with SIGKILL at random moments (fixed seeds). After every kill the database must pass
 * SQLite's integrity and foreign-key checks, the derived tables must agree with the records, everything the
 * writer reported saved must be there, and no import may be half-written. CRASH_KILLS=200 for the long run; CI
 * runs a quick one.
 */
const KILLS = Number(process.env.CRASH_KILLS ?? 12);

let temp: ReturnType<typeof createTempDb>;
let publicIds: string[];
beforeAll(() => {
  temp = createTempDb();
  loadSeeds(temp.db);
  createUserWithPassword(temp.db, { email: "crash@test", name: "Crash", role: "analyst", passwordHash: "x" });
  publicIds = (
    temp.db.$client.prepare("SELECT public_id FROM statements ORDER BY id").pluck().all() as string[]
  ).slice(0, 8);
});
afterAll(() => temp.cleanup());

/**
 * Runs the worker until it has reported `afterSaves` saves done, lets it go on writing for `afterMs` more, kills
 * it, and returns what it reported done. Counting saves rather than waiting a fixed time after start keeps the
 * test the same on a loaded machine: there, a kill 20 ms after "ready" landed before the first save.
 */
function runAndKill(seed: number, afterSaves: number, afterMs: number): Promise<string[]> {
  const worker = path.join(import.meta.dirname, "testing/crash-worker.ts");
  const actor = temp.db.$client
    .prepare("SELECT id FROM users WHERE email = 'crash@test'")
    .pluck()
    .get() as string;
  // Node itself with tsx's loader, not the tsx command: that one runs the script in a child process of its own,
  // which a SIGKILL to the command would leave writing.
  const child = spawn(
    process.execPath,
    ["--import", "tsx", worker, temp.file, String(seed), actor, ...publicIds],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let out = "";
  let err = "";
  child.stderr.on("data", (c: Buffer) => {
    err += c.toString();
  });
  return new Promise((resolve, reject) => {
    let armed = false;
    child.stdout.on("data", (c: Buffer) => {
      out += c.toString();
      const done = out.split("\n").filter((l) => l.startsWith("done ")).length;
      if (!armed && out.startsWith("ready\n") && done >= afterSaves) {
        armed = true;
        setTimeout(() => child.kill("SIGKILL"), afterMs);
      }
    });
    child.on("exit", (code, signal) => {
      if (signal !== "SIGKILL") reject(new Error(`the writer stopped by itself (${code}): ${err}`));
      // Only whole lines: a line cut by the kill was never completely reported.
      else
        resolve(
          out
            .split("\n")
            .slice(0, -1)
            .filter((l) => l.startsWith("done ")),
        );
    });
  });
}

describe("crash safety", () => {
  it(
    `survives ${KILLS} SIGKILLs mid-write with nothing lost and nothing half-written`,
    async () => {
      const random = createRandom(20261201);
      const reported = {
        annotations: new Set<string>(),
        edits: new Map<string, number>(),
        bulk: new Set<string>(),
        articles: new Map<string, number>(),
      };
      let saves = 0;
      for (let k = 0; k < KILLS; k++) {
        const lines = await runAndKill(1000 + k, 2 + Math.floor(random() * 4), Math.floor(random() * 200));
        saves += lines.length;
        for (const line of lines) {
          const [, kind, id, version] = line.split(" ");
          if (kind === "annotation" && id) reported.annotations.add(id);
          if (kind === "edit" && id)
            reported.edits.set(id, Math.max(reported.edits.get(id) ?? 0, Number(version)));
          if (kind === "bulk" && id) for (const created of id.split(",")) reported.bulk.add(created);
          if (kind === "article" && id) reported.articles.set(id, Number(version));
        }

        // A fresh connection, as the app would open after a restart (the WAL is recovered here).
        const db = openDatabase(temp.file);
        try {
          const sqlite = db.$client;
          expect(sqlite.pragma("integrity_check", { simple: true }), `kill ${k}`).toBe("ok");
          expect(sqlite.pragma("foreign_key_check"), `kill ${k}`).toEqual([]);
          expect(checkSearchIndex(db).ok, `kill ${k}: derived tables`).toBe(true);
          const has = (sql: string, id: string) => sqlite.prepare(sql).get(id) !== undefined;
          for (const id of reported.annotations)
            expect(has("SELECT 1 FROM annotations WHERE public_id = ?", id), `annotation ${id}`).toBe(true);
          for (const [id, version] of reported.edits) {
            const stored = sqlite
              .prepare("SELECT version FROM statements WHERE public_id = ?")
              .pluck()
              .get(id) as number;
            expect(stored, `edit of ${id}`).toBeGreaterThanOrEqual(version);
            // Every version has its revision: history and record were written together.
            const revisions = sqlite
              .prepare(
                "SELECT count(*) FROM statement_revisions r JOIN statements s ON s.id = r.statement_id WHERE s.public_id = ?",
              )
              .pluck()
              .get(id) as number;
            expect(revisions, `history of ${id}`).toBeGreaterThanOrEqual(stored - 1);
          }
          for (const id of reported.bulk)
            expect(has("SELECT 1 FROM statements WHERE public_id = ?", id), `imported ${id}`).toBe(true);
          // Imports are all or nothing: every file's three copies share one tag ("[copy seed-n-i]"), so a group
          // with fewer than three records would be a half-written import.
          const groups = sqlite
            .prepare(
              "SELECT substr(text, instr(text, '[copy ') + 6, instr(substr(text, instr(text, '[copy ')), '-') ) AS g, text FROM statements WHERE text LIKE '%[copy %'",
            )
            .all() as { text: string }[];
          const byFile = new Map<string, number>();
          for (const { text } of groups) {
            const tag = /\[copy (\d+-\d+)-\d\]/.exec(text)?.[1];
            if (tag) byFile.set(tag, (byFile.get(tag) ?? 0) + 1);
          }
          for (const [tag, n] of byFile) expect(n, `import ${tag}`).toBe(3);
          // An article is saved whole: every reported one has its source and all its records, and no source
          // exists without the records its import made (a kill mid-save leaves neither).
          for (const [slug, n] of reported.articles) {
            const stored = sqlite
              .prepare(
                "SELECT count(*) FROM statements s JOIN sources o ON o.id = s.source_id WHERE o.slug = ?",
              )
              .pluck()
              .get(slug) as number;
            expect(stored, `article ${slug}`).toBe(n);
          }
          const orphans = sqlite
            .prepare(
              "SELECT count(*) FROM sources o WHERE o.url LIKE 'https://example.org/crash/%' AND NOT EXISTS (SELECT 1 FROM statements s WHERE s.source_id = o.id)",
            )
            .pluck()
            .get() as number;
          expect(orphans, "article sources without their records").toBe(0);
        } finally {
          db.$client.close();
        }
      }
      // The kills landed while saves were going on, not before the first.
      expect(saves).toBeGreaterThan(KILLS);
      // Every kind of save was among them.
      expect(reported.annotations.size, "annotations saved").toBeGreaterThan(0);
      expect(reported.edits.size, "records edited").toBeGreaterThan(0);
      expect(reported.bulk.size, "records files imported").toBeGreaterThan(0);
      expect(reported.articles.size, "articles imported").toBeGreaterThan(0);
    },
    Math.max(600_000, KILLS * 6_000),
  );
});

// The file stays a database SQLite itself can open read-only after all of that.
afterAll(() => {
  const check = new Database(temp.file, { readonly: true });
  check.close();
});
