/**
 * The process the crash test kills (db/crash.test.ts): it saves annotations, edits records and imports records
 * files, as the app does, and after each save returns it writes `done <kind> <id> <detail>` to stdout with a
 * synchronous write, so everything it reported is something the database said was committed.
 */
import fs from "node:fs";
import { updateInputFromRecord } from "@/lib/record-edit";
import { createRandom } from "@/seeds/synthetic";
import { openDatabase } from "../client";
import { createAnnotation } from "../queries/annotations";
import { applyBulkImport, exportRecords, newPublicId } from "../queries/import";
import { getEditableRecord, updateStatement } from "../queries/statements";

const [file, seedArg, actorId, ...publicIds] = process.argv.slice(2);
if (!file || !seedArg || !actorId || publicIds.length === 0)
  throw new Error("usage: file seed actorId publicIds...");
const random = createRandom(Number(seedArg));
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const db = openDatabase(file);
const report = (line: string) => fs.writeSync(1, `${line}\n`);
const templates = exportRecords(db, publicIds);
report("ready");

for (let n = 0; ; n++) {
  const kind = pick(["annotation", "edit", "bulk"] as const);
  const publicId = pick(publicIds);
  if (kind === "annotation") {
    const record = getEditableRecord(db, publicId);
    if (!record) throw new Error(`no record ${publicId}`);
    const saved = createAnnotation(db, {
      statementId: record.id,
      authorId: actorId,
      body: `crash note ${seedArg}-${n}`,
      tags: ["crash"],
      anchor: null,
    });
    report(`done annotation ${saved.publicId}`);
  } else if (kind === "edit") {
    const record = getEditableRecord(db, publicId);
    if (!record) throw new Error(`no record ${publicId}`);
    const s = record.snapshot;
    const text = `${s.text.replace(/ \[edit [^\]]+\]$/, "")} [edit ${seedArg}-${n}]`;
    const result = updateStatement(db, { ...updateInputFromRecord(record), text, actorId });
    if (!result.ok) throw new Error(`edit refused: ${result.reason}`);
    report(`done edit ${publicId} ${result.record.version} ${text.slice(-24)}`);
  } else {
    // A records file of three new rows (copies of stored records under new ids): all or nothing.
    const rows = [0, 1, 2].map((i) => {
      const template = pick(templates);
      return {
        row: i + 1,
        record: {
          ...template,
          public_id: newPublicId(),
          text: `${template.text} [copy ${seedArg}-${n}-${i}]`,
        },
        errors: [],
      };
    });
    const result = applyBulkImport(db, rows, { validOnly: false });
    if (!result.written) throw new Error(`bulk import refused: ${JSON.stringify(result.plan.slice(0, 1))}`);
    report(`done bulk ${result.created.join(",")}`);
  }
}
