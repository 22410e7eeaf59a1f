/**
 * `npm run bench`: two sections, both against cached synthetic databases (db/bench-db.ts; bench/ is gitignored,
 * rebuilt when the generator version or a migration changes). Not a test: nothing here runs in CI.
 *
 * - queries: p50/p95 of representative positions views at 1,000,000 records (BENCH_COUNT), through the app's
 *   own listPositions, and the same SQL statements run raw (prepared, no mapping or facet assembly) for the ratio.
 * - pages: every route through the production server at 10,000, 100,000 and 1,000,000 records (db/bench-pages.ts).
 * - import: CPU time per MB of the whole import path on hostile inputs (db/bench-import.ts).
 *
 * `npm run bench -- --section pages --sizes 10000,100000 --runs 10 --reuse-build`; the same as environment
 * variables: BENCH_SECTION, BENCH_SIZES, BENCH_RUNS, BENCH_REUSE_BUILD=1.
 */
import { parseView } from "@/lib/positions-view";
import { foldForSearch } from "@/lib/text";
import { benchDatabase } from "./bench-db";
import { runImportBench } from "./bench-import";
import { runPagesBench } from "./bench-pages";
import { openDatabase } from "./client";
import { checkSearchIndex } from "./queries/position-index";
import { getPositionRows } from "./queries/position-rows";
import { listPositions } from "./queries/positions";
import { pageIdsStatement, planPositionsQuery } from "./queries/positions-plan";

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}

const SECTION = argument("section") ?? process.env.BENCH_SECTION ?? "all";
if (!["all", "queries", "pages", "import"].includes(SECTION))
  throw new Error("--section must be all, queries, pages or import");
const COUNT = Number(process.env.BENCH_COUNT ?? 1_000_000);
const RUNS = Number(argument("runs") ?? process.env.BENCH_RUNS ?? 30);
const SIZES = (argument("sizes") ?? process.env.BENCH_SIZES ?? "10000,100000,1000000")
  .split(",")
  .map((n) => Number(n.trim()));
if (SIZES.some((n) => !Number.isInteger(n) || n < 21))
  throw new Error("--sizes takes record counts above 20");
const REUSE_BUILD = process.argv.includes("--reuse-build") || process.env.BENCH_REUSE_BUILD === "1";
/** A view stops sampling after this long (with at least MIN_RUNS samples), so slow views cannot stretch the run. */
const BUDGET_MS = 6_000;
const MIN_RUNS = 8;
const WARMUP = 3;

function runQueriesBench(): string {
  const file = benchDatabase(COUNT);
  const db = openDatabase(file);
  const health = checkSearchIndex(db);
  if (!health.ok) throw new Error(`bench database index is inconsistent: ${JSON.stringify(health)}`);

  // The busiest speaker, as a facet click on the unfiltered view would choose.
  const busiest = listPositions(db, parseView({}).view).facets?.speaker[0];
  const topSpeaker = busiest?.value ?? "";
  // Typed the way an analyst without a Vietnamese keyboard would: no diacritics, lower case.
  const typedName = foldForSearch(busiest?.label ?? "");

  const VIEWS: { name: string; query: string; fts?: boolean }[] = [
    { name: "no filter (newest first)", query: "" },
    {
      name: `text search, a name typed without diacritics ("${typedName}")`,
      query: `q=${encodeURIComponent(typedName)}`,
      fts: true,
    },
    { name: 'text search, phrase "Global Digital Compact"', query: 'q="global digital compact"', fts: true },
    { name: "text search, two words (mekong mozambique)", query: "q=mekong mozambique", fts: true },
    { name: 'text search, common phrase "joint drills"', query: 'q="joint drills"', fts: true },
    { name: "text search, common word (cyber)", query: "q=cyber", fts: true },
    { name: "topic + date range", query: "topic=cybercrime&from=2015&to=2016-06" },
    { name: "speaker facet click", query: `speaker=${topSpeaker}` },
    { name: "deep page (page 4000)", query: "page=4000" },
    { name: "sort by speaker", query: "sort=speaker" },
    { name: "sort by speaker, page 2000", query: "sort=speaker&page=2000" },
    { name: "mode filter (a fifth of all records)", query: "mode=summary" },
  ];

  function percentile(sorted: number[], p: number): number {
    const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
    return sorted[Math.max(0, i)] ?? 0;
  }

  function time(fn: () => void): { p50: number; p95: number; n: number } {
    for (let i = 0; i < WARMUP; i++) fn();
    const samples: number[] = [];
    const started = performance.now();
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      fn();
      samples.push(performance.now() - t);
      if (i + 1 >= MIN_RUNS && performance.now() - started > BUDGET_MS) break;
    }
    samples.sort((a, b) => a - b);
    return { p50: percentile(samples, 50), p95: percentile(samples, 95), n: samples.length };
  }

  const sqlite = db.$client;
  const results: string[] = [];
  results.push(`| view | matching | runs | p50 ms | p95 ms | raw SQL p50 ms | ratio (p50) | target |`);
  results.push(`| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |`);
  for (const v of VIEWS) {
    const { view } = parseView(new URLSearchParams(v.query));
    let matching = "";
    let sampled = false;
    let totalExact = true;
    let total = 0;
    const app = time(() => {
      const page = listPositions(db, view);
      total = page.total;
      totalExact = page.totalExact;
      sampled = !page.facetsExact;
      matching = `${page.totalExact ? "" : "≈"}${page.total.toLocaleString("en")}${page.facetsExact ? "" : " (facets estimated)"}`;
    });
    // The same statements listPositions chose, prepared once and run directly: the cost of the SQL itself.
    const plan = planPositionsQuery(db, view, sampled && totalExact ? { knownTotal: total } : {});
    const steps = [
      ...plan.planning,
      ...(!plan.filtered || (sampled && totalExact) ? [plan.countAll] : []),
      pageIdsStatement(plan, !sampled),
      plan.combos,
      plan.topics,
    ];
    const statements = steps.map((f) => ({ stmt: sqlite.prepare(f.sql), params: f.params }));
    const ids = sqlite
      .prepare(plan.ids.sql)
      .pluck()
      .all(...plan.ids.params) as number[];
    const materialise = plan.materialise.map((m) => ({ stmt: sqlite.prepare(m.sql), params: m.params }));
    const raw = time(() => {
      sqlite
        .transaction(() => {
          for (const m of materialise) m.stmt.run(...m.params);
          for (const s of statements) s.stmt.all(...s.params);
          getPositionRows(db, ids);
        })
        .deferred();
    });
    const target = v.fts ? 50 : 100;
    const ok = app.p95 < target ? "met" : "missed";
    results.push(
      `| ${v.name} | ${matching} | ${app.n} | ${app.p50.toFixed(1)} | ${app.p95.toFixed(1)} | ${raw.p50.toFixed(1)} | ${(app.p50 / raw.p50).toFixed(2)} | p95 < ${target} ms: ${ok} |`,
    );
    console.log(results.at(-1));
  }
  db.$client.close();
  return [
    `## Queries (${COUNT} records, ${RUNS} runs per view after ${WARMUP} warm-up runs, ${new Date().toISOString()})`,
    "",
    ...results,
  ].join("\n");
}

const reports: string[] = [];
if (SECTION === "all" || SECTION === "import") reports.push(runImportBench());
if (SECTION === "all" || SECTION === "queries") reports.push(runQueriesBench());
if (SECTION === "all" || SECTION === "pages") {
  const pages = await runPagesBench({ sizes: SIZES, runs: Math.min(RUNS, 20), reuseBuild: REUSE_BUILD });
  reports.push(pages.markdown, `(also written to ${pages.jsonFile})`);
}
console.log(`\n${reports.join("\n\n")}`);
