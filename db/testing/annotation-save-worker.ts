/**
 * One writer process for the concurrency test: `saves` successful edits of one annotation through
 * updateAnnotation, each starting from the version it last saw and, on a conflict, retrying from the version the
 * refusal returns. Prints a JSON summary on stdout.
 */
import { openDatabase } from "../client";
import { getAnnotation, updateAnnotation } from "../queries/annotations";

const [file, publicId, worker, savesArg, actorId] = process.argv.slice(2);
if (!file || !publicId || !worker || !savesArg || !actorId)
  throw new Error("usage: file publicId worker saves actorId");
const saves = Number(savesArg);
const db = openDatabase(file);
// Start together: report ready, then wait for the parent's "go", so that the writers really overlap.
process.stdout.write("ready\n");
await new Promise((resolve) => process.stdin.once("data", resolve));
process.stdin.pause();
let version = getAnnotation(db, publicId)?.version ?? 0;
let body = getAnnotation(db, publicId)?.body ?? "";
let ok = 0;
let conflicts = 0;
let busy = 0;
let attempts = 0;
while (ok < saves) {
  attempts++;
  try {
    const result = updateAnnotation(db, {
      publicId,
      expectedVersion: version,
      actorId,
      // Each save appends its own line to the text it was based on: a lost update would lose a line.
      body: `${body}\nw${worker}-${ok}`,
      tags: [`w${worker}`],
    });
    if (result.ok) {
      ok++;
      version = result.annotation.version;
      body = result.annotation.body;
    } else if (result.reason === "conflict") {
      conflicts++;
      version = result.current.version;
      body = result.current.body;
    } else {
      throw new Error(`unexpected ${result.reason}`);
    }
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith("SQLITE_BUSY")) busy++;
    else throw error;
  }
}
db.$client.close();
process.stdout.write(`${JSON.stringify({ worker, ok, conflicts, busy, attempts })}\n`);
