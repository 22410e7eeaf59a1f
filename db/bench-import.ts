/**
 * `npm run bench -- --section import`: the whole import path (HTML to text, then extraction) on hostile and
 * ordinary inputs of 0.4 and 1.6 MB, reported as milliseconds of CPU per MB. Linear inputs give the same figure at
 * both sizes; a figure that grows with the size is a superlinear step. The same inputs run in CI, without timing,
 * in lib/extract/hostile.test.ts.
 */
import { extractCandidates } from "@/lib/extract/candidates";
import { htmlToArticleText, looksLikeHtml } from "@/lib/extract/html";

const INPUTS: Record<string, (n: number) => string> = {
  "runs of <": (n) => "<".repeat(n),
  "<a repeated": (n) => "<a".repeat(n / 2),
  "unclosed comment": (n) => `<body><p>Start</p><!--${"x ".repeat(n / 2)}`,
  "nested <div>": (n) => `${"<div>".repeat(n / 5)}text`,
  "unclosed quotes": (n) => '<a href="x '.repeat(n / 11),
  "one long word": (n) => "a".repeat(n),
  "reporting verbs": (n) => "Nam said. ".repeat(n / 10),
  "ranks and titles": (n) => "Sen. Lt. Gen. ".repeat(n / 14),
  "deep quotations": (n) => "“He said ‘".repeat(n / 10),
  "news paragraphs": (n) =>
    '<p>Deputy Minister Bui Van Nam said Viet Nam supports cooperation on cybersecurity. "We act," he added.</p>'.repeat(
      n / 110,
    ),
};

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

export function runImportBench(): string {
  const rows = [
    "| input | 0.4 MB: ms CPU per MB | 1.6 MB: ms CPU per MB | growth |",
    "| --- | ---: | ---: | ---: |",
  ];
  for (const [name, make] of Object.entries(INPUTS)) {
    const perMb = [400_000, 1_600_000].map((n) => {
      const input = make(n);
      const start = cpuMs();
      const text = looksLikeHtml(input) || input.includes("<") ? htmlToArticleText(input) : input;
      extractCandidates({ raw: text || input });
      return (cpuMs() - start) / (input.length / 1_000_000);
    });
    const [small = 0, large = 0] = perMb;
    rows.push(`| ${name} | ${small.toFixed(0)} | ${large.toFixed(0)} | ${(large / small).toFixed(2)} |`);
    console.log(rows.at(-1));
  }
  return [`## Import of hostile inputs (${new Date().toISOString()})`, "", ...rows].join("\n");
}
