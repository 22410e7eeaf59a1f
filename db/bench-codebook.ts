/**
 * Times the codebook editor's heavy writes (topic and proposition moves and merges) on a copy of a benchmark
 * database: `tsx db/bench-codebook.ts --db bench/positions-20000.db [--work /tmp/x.db]`. The copy is brought to
 * the current migrations first, so the same file measures a branch before and after a trigger change.
 */
import fs from "node:fs";
import { codebookChange } from "@/lib/codebook";
import { openDatabase } from "./client";
import { migrateDatabase } from "./migrate";
import { codebookVersion } from "./queries/codebook";
import { applyCodebookChange } from "./queries/codebook-edit";
import { createUserWithPassword } from "./queries/users";

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}

// Synthetic records are filed under every seeded topic, so these hit a few thousand records each at 20k.
const CHANGES = [
  { op: "proposition_move", proposition: "cyber-threats-growing", topic: "terrorism" },
  { op: "proposition_move", proposition: "cyber-threats-growing", topic: "cyber-threats" },
  { op: "topic_move", topic: "cybercrime", parent: "" },
  { op: "topic_move", topic: "cybercrime", parent: "cyber-security" },
  { op: "proposition_merge", proposition: "developing-countries-gap", into: "un-central-role" },
  { op: "topic_merge", topic: "terrorism", into: "public-security" },
];

const source = argument("db");
if (!source) throw new Error("--db <benchmark database> is required");
const work = argument("work") ?? "/tmp/bench-codebook.db";
for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(work + suffix, { force: true });
fs.copyFileSync(source, work);
const db = openDatabase(work);
migrateDatabase(db);
const actorId = createUserWithPassword(db, {
  email: "bench-codebook@example.test",
  name: "Bench",
  role: "admin",
  passwordHash: "x",
}).id;
// Every pair of seeded propositions shares records; the merge is refused on those, so they are settled first.
db.$client
  .prepare(
    `DELETE FROM coded_positions WHERE proposition_id = (SELECT id FROM propositions WHERE slug = ?)
     AND statement_id IN (SELECT statement_id FROM coded_positions
       WHERE proposition_id = (SELECT id FROM propositions WHERE slug = ?))`,
  )
  .run("developing-countries-gap", "un-central-role");
const records = db.$client.prepare("SELECT count(*) FROM statements").pluck().get();
console.log(`${source}: ${records} records`);
for (const raw of CHANGES) {
  const started = performance.now();
  const result = applyCodebookChange(db, {
    actorId,
    expectedVersion: codebookVersion(db),
    change: codebookChange.parse(raw),
  });
  const ms = performance.now() - started;
  const what = Object.values(raw).join(" ");
  console.log(
    `${what.padEnd(60)} ${ms.toFixed(0).padStart(7)} ms ${result.ok ? "" : `refused: ${result.error}`}`,
  );
}
db.$client.close();
