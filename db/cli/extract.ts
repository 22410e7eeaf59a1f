import fs from "node:fs";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import type { Db } from "@/db/client";
import { databasePath } from "@/db/client";
import { findSimilarStatements, loadKnownEntities } from "@/db/queries/article-import";
import * as schema from "@/db/schema";
import { isValidIsoDate } from "@/lib/dates";
import { extractCandidates } from "@/lib/extract";
import { htmlToArticleText, looksLikeHtml } from "@/lib/extract/html";
import { evaluateAll, isStudied, type SetFigures, type TestSetName } from "@/lib/extract/testsets/evaluate";

const USAGE = `usage: npm run extract -- <file> [--published YYYY-MM-DD] [--url URL] [--outlet NAME] [--db FILE | --no-db]
       npm run extract -- --eval [--detail] [--unseen]

Prints the candidate position records found in an article as JSON and writes nothing. Known people, roles, events
and topics are read (read-only) from the database at --db, else DATABASE_PATH, else data/positions.db, if it
exists; --no-db skips it. An .html file is first reduced to its article text.

--eval prints recall and precision on the studied test sets of real articles (lib/extract/testsets), English
and Vietnamese; --detail adds each miss and each wrong speaker. --unseen adds the figures of the sets nobody has
studied yet (never their details): measure them once, when the rules are written, not after each change.`;

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(2);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        published: { type: "string" },
        url: { type: "string" },
        outlet: { type: "string" },
        db: { type: "string" },
        "no-db": { type: "boolean" },
        eval: { type: "boolean" },
        detail: { type: "boolean" },
        unseen: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
})();

if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (values.eval) {
  const figures = evaluateAll(extractCandidates, { includeUnseen: values.unseen === true });
  for (const [name, f] of Object.entries(figures) as Array<[TestSetName, SetFigures]>) {
    process.stdout.write(
      `${name.padEnd(11)} articles ${f.articles}  statements ${f.statements}  recall ${f.recall} (${f.found}/${f.statements})  explicit precision ${f.explicitPrecision} (${f.explicitRight}/${f.explicitProposed})  inferred precision ${f.inferredPrecision} (${f.inferredRight}/${f.inferredProposed})  set aside listed ${f.setAsideListed}/${f.setAsideTotal}, proposed ${f.setAsideProposed}\n`,
    );
    // An unseen set's details stay hidden: reading them would turn it into a dev set.
    if (values.detail && isStudied(name))
      for (const line of [...f.misses.map((m) => `  miss  ${m}`), ...f.wrong.map((w) => `  wrong ${w}`)])
        process.stdout.write(`${line}\n`);
  }
  process.exit(0);
}
const file = positionals[0];
if (!file || positionals.length > 1) fail("Give exactly one file.");
if (!fs.existsSync(file)) fail(`No such file: ${file}`);
if (values.published && !isValidIsoDate(values.published))
  fail(`--published must be a date, YYYY-MM-DD: ${values.published}`);

let raw = fs.readFileSync(file).toString("utf8");
if (/\.html?$/i.test(file) || looksLikeHtml(raw)) raw = htmlToArticleText(raw);

const input = {
  raw,
  published: values.published ?? null,
  url: values.url ?? null,
  outlet: values.outlet ?? null,
};
const dbFile = values.db ?? databasePath();
let output: ReturnType<typeof extractCandidates>;
let usedDatabase: string | null = null;
if (!values["no-db"] && fs.existsSync(dbFile)) {
  // Read-only: the command must never write, not even the WAL pragma openDatabase() sets.
  const sqlite = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const db = drizzle({ client: sqlite, schema }) as unknown as Db;
    output = extractCandidates({ ...input, known: loadKnownEntities(db) });
    // A passage nearly identical to a stored statement is flagged, with the record it repeats.
    const similar = findSimilarStatements(
      db,
      output.candidates.map((c) => c.text),
    );
    output.candidates = output.candidates.map((c, i) => {
      const hit = similar[i];
      return hit ? { ...c, flags: [...c.flags, "possible_duplicate"], similar: hit } : c;
    });
    usedDatabase = dbFile;
  } finally {
    sqlite.close();
  }
} else if (values.db && !values["no-db"]) {
  fail(`No such database: ${values.db}`);
} else {
  output = extractCandidates(input);
}

const { cleanedText: _cleaned, ...printable } = output;
process.stdout.write(`${JSON.stringify({ file, usedDatabase, ...printable }, null, 2)}\n`);
