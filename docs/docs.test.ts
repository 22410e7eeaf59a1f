/**
 * The README and docs/ state facts the code can confirm; this checks them, so the documents cannot drift from
 * the code unnoticed: the npm scripts they name exist, the files and folders they name exist, the migrations they
 * name are the ones in db/migrations, and their links lead to a document and a heading that exist.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");
const DOCS = [
  "README.md",
  ...fs
    .readdirSync(path.join(ROOT, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/${f}`),
];
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");
const scripts = Object.keys(
  (JSON.parse(read("package.json")) as { scripts: Record<string, string> }).scripts,
);
const migrations = fs.readdirSync(path.join(ROOT, "db/migrations")).filter((f) => f.endsWith(".sql"));

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\- _]/gu, "")
    .replace(/ /g, "-");
}

function anchors(file: string): Set<string> {
  return new Set(
    read(file)
      .split("\n")
      .filter((l) => /^#{1,6} /.test(l))
      .map((l) => anchorOf(l.replace(/^#+ /, "").replace(/`/g, ""))),
  );
}

/** Text in backticks, outside fenced code blocks too: what the documents name as code. */
function codeSpans(text: string): string[] {
  return [...text.matchAll(/`([^`\n]+)`/g)].map((m) => m[1] ?? "");
}

describe.each(DOCS)("%s", (file) => {
  const text = read(file);

  it("names only npm scripts that exist", () => {
    const named = [...text.matchAll(/npm run ([a-z][\w:-]*)/g)].map((m) => m[1] ?? "");
    expect(named.filter((s) => !scripts.includes(s))).toEqual([]);
  });

  it("names only files and folders that exist", () => {
    const paths = codeSpans(text)
      .flatMap((span) => span.split(/[\s,()]+/))
      .map((token) => token.replace(/[.:;]+$/, ""))
      // bench/ holds what the benchmarks write (git-ignored), so a fresh clone has none of it.
      .filter((t) => /^(app|db|lib|seeds|e2e|docs|\.ci)\/[\w\-./[\]()@]+$/.test(t))
      .filter((t) => !/[*<>{}]/.test(t));
    expect(paths.filter((p) => !fs.existsSync(path.join(ROOT, p)))).toEqual([]);
  });

  it("names only migrations that exist", () => {
    const named = [...text.matchAll(/\b(\d{4}_[a-z0-9_]+)(\.sql)?\b/g)].map((m) => `${m[1]}.sql`);
    expect(named.filter((m) => !migrations.includes(m))).toEqual([]);
  });

  it("links only to documents and headings that exist", () => {
    const broken: string[] = [];
    for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = m[1] ?? "";
      if (/^[a-z]+:/.test(target) || target.startsWith("/")) continue;
      const [where, anchor] = target.split("#");
      const dest = where ? path.normalize(path.join(path.dirname(file), where)) : file;
      if (!fs.existsSync(path.join(ROOT, dest))) broken.push(target);
      else if (anchor && dest.endsWith(".md") && !anchors(dest).has(anchor)) broken.push(target);
    }
    expect(broken).toEqual([]);
  });
});
