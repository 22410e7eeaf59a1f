/**
 * The process the crash test kills (db/crash.test.ts): it saves annotations, edits records, imports records
 * files and imports articles, as the app does, and after each save returns it writes `done <kind> <id> <detail>` to stdout with a
 * synchronous write, so everything it reported is something the database said was committed.
 */
import fs from "node:fs";
import { updateInputFromRecord } from "@/lib/record-edit";
import { createRandom } from "@/seeds/synthetic";
import { openDatabase } from "../client";
import { createAnnotation } from "../queries/annotations";
import { saveImport } from "../queries/article-import";
import { applyBulkImport } from "../queries/bulk-import";
import { exportRecords } from "../queries/export";
import { newPublicId } from "../queries/import-entities";
import { getEditableRecord } from "../queries/statement-snapshot";
import { updateStatement } from "../queries/statement-write";
import { acceptAllCandidates } from "./article-records";

/** An article of three statements by one new official; `tag` makes each one a new source with new people. */
function article(tag: string): string {
  return [
    `Viet Nam backs UN peacekeeping ${tag}`,
    `NEW YORK (VNA) – Deputy Foreign Minister Tran Van Crash${tag.replace(/\W/g, "")} said on May 12 that Viet Nam supports UN peacekeeping.`,
    "He stressed that Viet Nam will send more engineers to the missions.",
    `He added that training cooperation with partners is a priority (${tag}).`,
  ].join("\n");
}

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
  const kind = pick(["annotation", "edit", "bulk", "article"] as const);
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
  } else if (kind === "article") {
    // A reviewed article with every candidate accepted: its source, people, roles and records, all or nothing.
    const tag = `crash ${seedArg}-${n}`;
    const raw = article(tag);
    const records = acceptAllCandidates(db, raw, "2024-05-13");
    const saved = saveImport(
      db,
      {
        rawText: raw,
        title: `Viet Nam backs UN peacekeeping ${tag}`,
        outlet: "VNA",
        url: `https://example.org/crash/${seedArg}-${n}`,
        publishedDate: "2024-05-13",
        tier: "state_media",
        language: "en",
      },
      records,
    );
    report(`done article ${saved.sourceSlug} ${saved.created.length}`);
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
        cells: null,
      };
    });
    const result = applyBulkImport(db, rows, { validOnly: false });
    if (!result.written) throw new Error(`bulk import refused: ${JSON.stringify(result.plan.slice(0, 1))}`);
    report(`done bulk ${result.created.join(",")}`);
  }
}
