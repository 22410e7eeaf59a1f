/**
 * `npm run loadtest`: the production server on the cached 100,000-record database (db/bench-db.ts), driven over
 * loopback in two runs:
 * - readers: autocannon with 20 connections for 30 s on a mix of every page kind, against issue 9's targets (at
 *   least 40 pages/s, p95 under 1 s, zero errors);
 * - mixed: the same readers for 60 s beside 5 writers saving record edits and annotations through the server's
 *   actions (db/loadtest-writers.ts: conflicts retried, every reported save checked for a lost write) and one full
 *   CSV export streaming throughout, against issue 10's targets (page p95 under 1 s, save p99 under 300 ms, zero
 *   errors, zero lost writes).
 *
 * Bounded in time and in count: each run stops at its duration or after MAX_REQUESTS responses, whichever comes
 * first, and a request that takes longer than the timeout counts as an error. Each connection walks the same
 * weighted sequence of URLs from its own starting point, so the kinds stay mixed at every moment. The server's
 * longest event-loop stall during each run is reported too (db/bench-stall-monitor.cjs).
 *
 * Options (flags or environment): --count / LOADTEST_COUNT (records, 100000), --duration / LOADTEST_DURATION
 * (seconds of the readers run, 30), --mixed-duration / LOADTEST_MIXED_DURATION (60), --phase / LOADTEST_PHASE
 * (readers or mixed; both by default), --writers / LOADTEST_WRITERS (5), --connections / LOADTEST_CONNECTIONS (20),
 * --reuse-build / BENCH_REUSE_BUILD=1, BENCH_DB_DIR (copy a prebuilt database from there), --with-export /
 * LOADTEST_EXPORT=1 (an export beside the readers run as well).
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { benchDatabase } from "./bench-db";
import { percentile } from "./bench-pages";
import { BENCH_DIST_DIR, buildApp, type RunningServer, startServer } from "./bench-server";
import { addWriterAccounts, type WriterReport, writersActor } from "./loadtest-writers";

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}

const COUNT = Number(argument("count") ?? process.env.LOADTEST_COUNT ?? 100_000);
const DURATION_S = Number(argument("duration") ?? process.env.LOADTEST_DURATION ?? 30);
const CONNECTIONS = Number(argument("connections") ?? process.env.LOADTEST_CONNECTIONS ?? 20);
const REUSE_BUILD = process.argv.includes("--reuse-build") || process.env.BENCH_REUSE_BUILD === "1";
const WITH_EXPORT = process.argv.includes("--with-export") || process.env.LOADTEST_EXPORT === "1";
const MAX_REQUESTS = 200_000;
const TIMEOUT_S = 10;

export const LOAD_TARGETS = { pagesPerSecond: 40, p95Ms: 1_000, errors: 0 } as const;

export type PageKind = "table" | "facet" | "search" | "record" | "compare" | "timeline" | "entity";

/** How often each kind comes up in the mix, roughly as an analyst's session moves between them. */
const WEIGHTS: Record<PageKind, number> = {
  table: 4,
  facet: 2,
  search: 2,
  record: 3,
  compare: 2,
  timeline: 2,
  entity: 3,
};

export interface LoadUrl {
  kind: PageKind;
  path: string;
}

/** The URLs of each kind, chosen from the database the server will serve: its busiest speakers and events. */
export function loadUrls(file: string): Record<PageKind, string[]> {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const busiest = (column: "person_id" | "event_id", table: "persons" | "events") =>
      sqlite
        .prepare(
          `SELECT x.slug FROM (SELECT ${column} AS id, count(*) AS n FROM statements WHERE ${column} IS NOT NULL
             GROUP BY ${column} ORDER BY n DESC, ${column} LIMIT 5) b JOIN ${table} x ON x.id = b.id ORDER BY b.n DESC`,
        )
        .pluck()
        .all() as string[];
    const speakers = busiest("person_id", "persons");
    const events = busiest("event_id", "events");
    const total = sqlite.prepare("SELECT max(id) FROM statements").pluck().get() as number;
    const step = Math.max(1, Math.floor(total / 40));
    const records = sqlite
      .prepare("SELECT public_id FROM statements WHERE id % ? = 0 ORDER BY id LIMIT 40")
      .pluck()
      .all(step) as string[];
    const coded = sqlite
      .prepare(
        `SELECT s.public_id FROM statements s WHERE s.id IN (SELECT statement_id FROM coded_positions WHERE statement_id % ? = 0)
         ORDER BY s.id LIMIT 12`,
      )
      .pluck()
      .all(step) as string[];
    const pairs: string[] = [];
    for (let i = 0; i + 1 < coded.length; i += 2) pairs.push(`/compare?ids=${coded[i]},${coded[i + 1]}`);
    return {
      table: [
        "/positions",
        "/positions?page=3",
        "/positions?sort=speaker",
        "/positions?topic=cybercrime&from=2015&to=2016-06",
        "/positions?topic=terrorism",
        "/positions?from=2018&to=2019",
      ],
      facet: [
        ...speakers.slice(0, 3).map((s) => `/positions?speaker=${s}`),
        "/positions?mode=summary",
        "/positions?kind=press_conference",
        `/positions?event=${events[0]}`,
      ],
      search: [
        "/positions?q=cyber",
        "/positions?q=%22joint+drills%22",
        "/positions?q=mekong+mozambique",
        "/positions?q=%22global+digital+compact%22",
        "/positions?q=sovereignty&topic=cyber-security",
      ],
      record: records.map((id) => `/positions/${id}`),
      compare: [
        "/compare?topic=cyber-security&a=2018..2018&b=2024..2024&country=VN",
        "/compare?topic=terrorism&a=2019..2019&b=2022..2022",
        "/compare?topic=cybercrime&a=2010..2014&b=2020..2024",
        ...pairs,
      ],
      timeline: [
        "/timeline?topic=cyber-security&country=VN",
        "/timeline?topic=terrorism",
        "/timeline?topic=cybercrime",
        ...speakers.slice(0, 2).map((s) => `/timeline?topic=cyber-security&speaker=${s}`),
      ],
      entity: [
        "/",
        "/officials",
        "/events",
        "/topics",
        "/topics/terrorism",
        "/topics/cyber-security",
        ...speakers.map((s) => `/officials/${s}`),
        ...events.map((e) => `/events/${e}`),
      ],
    };
  } finally {
    sqlite.close();
  }
}

/** One weighted cycle through every kind: each turn takes the next URL of a kind, cycling within the kind. */
export function mixSequence(urls: Record<PageKind, string[]>): LoadUrl[] {
  const kinds = Object.keys(WEIGHTS) as PageKind[];
  const longest = Math.max(...kinds.map((k) => Math.ceil(urls[k].length / WEIGHTS[k])));
  const out: LoadUrl[] = [];
  const next: Record<string, number> = {};
  for (let round = 0; round < longest; round++) {
    for (const kind of kinds) {
      const list = urls[kind];
      for (let w = 0; w < WEIGHTS[kind] && list.length > 0; w++) {
        const i = next[kind] ?? 0;
        next[kind] = i + 1;
        out.push({ kind, path: list[i % list.length] as string });
      }
    }
  }
  return out;
}

/** Something that runs beside the readers for the whole run (writers, a streaming export), then reports. */
export interface Actor {
  name: string;
  start: (server: RunningServer) => void;
  /** Stops and returns the lines of its report. */
  stop: () => Promise<string[]>;
}

/**
 * One full CSV export streaming beside the readers, started again each time it finishes: how long a whole
 * export takes under load, and whether it ever fails.
 */
export function exportActor(): Actor {
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  const done: { ms: number; rows: number; status: number }[] = [];
  /** The export under way when the run ends: how far it got, so a slow export still reports its rate. */
  const current = { started: 0, rows: 0 };
  const controller = new AbortController();
  return {
    name: "Full CSV export, streaming during the run",
    start: (server) => {
      running = (async () => {
        while (!stopped) {
          const started = performance.now();
          current.started = started;
          current.rows = 0;
          let rows = 0;
          let status = 0;
          try {
            const res = await fetch(`${server.url}/api/positions/export?format=csv`, {
              headers: { "accept-encoding": "identity" },
              signal: controller.signal,
            });
            status = res.status;
            const reader = res.body?.getReader();
            for (;;) {
              const chunk = await reader?.read();
              if (!chunk || chunk.done) break;
              // indexOf is native: a byte-by-byte loop here cost this process more CPU than the writers it
              // runs beside, and their measured save times included the wait.
              for (let at = chunk.value.indexOf(10); at !== -1; at = chunk.value.indexOf(10, at + 1)) rows++;
              current.rows = rows;
            }
          } catch {
            if (stopped) return; // cut off by the end of the run: not a failure
          }
          done.push({ ms: performance.now() - started, rows: Math.max(0, rows - 1), status });
        }
      })();
    },
    stop: async () => {
      stopped = true;
      controller.abort();
      await running;
      const failed = done.filter((d) => d.status !== 200).length;
      const partS = (performance.now() - current.started) / 1000;
      return [
        `${done.length} complete exports, ${failed} failed${done
          .map(
            (d) =>
              `; ${d.rows} rows in ${(d.ms / 1000).toFixed(1)} s (${Math.round(d.rows / (d.ms / 1000))} rows/s)`,
          )
          .join(
            "",
          )}; the one under way at the end had sent ${current.rows} rows in ${partS.toFixed(1)} s (${Math.round(
          current.rows / partS,
        )} rows/s).`,
      ];
    },
  };
}

interface KindStats {
  latencies: number[];
  statuses: Map<number, number>;
}

export interface LoadResult {
  seconds: number;
  responses: number;
  perSecond: number;
  errors: number;
  timeouts: number;
  p50: number;
  p95: number;
  p99: number;
  kinds: { kind: PageKind; responses: number; non2xx: number; p50: number; p95: number; p99: number }[];
  rssAfter: number;
  /** The longest event-loop stall in the server during the run, and the p99 of its delay. */
  stall: { maxMs: number; p99Ms: number } | null;
  actors: { name: string; lines: string[] }[];
}

export async function runLoad(
  server: RunningServer,
  sequence: LoadUrl[],
  actors: Actor[] = [],
  durationS: number = DURATION_S,
): Promise<LoadResult> {
  const stats = new Map<PageKind, KindStats>();
  let lastKind: PageKind | null = null;
  const requests = (offset: number) =>
    sequence.map((_, i) => {
      const u = sequence[(i + offset) % sequence.length] as LoadUrl;
      return {
        method: "GET" as const,
        path: u.path,
        // Called synchronously just before autocannon's "response" event for the same response.
        onResponse: () => {
          lastKind = u.kind;
        },
      };
    });
  let clients = 0;
  const url = new URL(server.url);
  await server.resetStall();
  const started = performance.now();
  for (const a of actors) a.start(server);
  let finish: (r: autocannon.Result) => void = () => {};
  let fail: (e: unknown) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    {
      url: server.url,
      connections: CONNECTIONS,
      duration: durationS,
      timeout: TIMEOUT_S,
      headers: { host: url.host, "accept-encoding": "identity" },
      requests: requests(0),
      setupClient: (client) => {
        client.setRequests(requests(Math.floor((clients++ * sequence.length) / CONNECTIONS)));
      },
    },
    (err, r) => (err ? fail(err) : finish(r)),
  );
  let responses = 0;
  // autocannon emits (client, statusCode, bytes, responseTime) here; its type declarations omit the client.
  (instance as NodeJS.EventEmitter).on(
    "response",
    (_client, statusCode: number, _bytes, responseTime: number) => {
      const kind = lastKind;
      lastKind = null;
      if (!kind) return;
      let s = stats.get(kind);
      if (!s) {
        s = { latencies: [], statuses: new Map() };
        stats.set(kind, s);
      }
      s.latencies.push(responseTime);
      s.statuses.set(statusCode, (s.statuses.get(statusCode) ?? 0) + 1);
      if (++responses >= MAX_REQUESTS) instance.stop();
    },
  );
  const result = await done;
  const stall = server.stall();
  const reports = await Promise.all(actors.map(async (a) => ({ name: a.name, lines: await a.stop() })));
  const seconds = (performance.now() - started) / 1000;
  const all: number[] = [];
  const kinds: LoadResult["kinds"] = [];
  let non2xxTotal = 0;
  for (const kind of Object.keys(WEIGHTS) as PageKind[]) {
    const s = stats.get(kind);
    if (!s) continue;
    const sorted = [...s.latencies].sort((a, b) => a - b);
    all.push(...sorted);
    let non2xx = 0;
    for (const [status, n] of s.statuses) if (status < 200 || status >= 300) non2xx += n;
    non2xxTotal += non2xx;
    kinds.push({
      kind,
      responses: sorted.length,
      non2xx,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
    });
  }
  all.sort((a, b) => a - b);
  return {
    seconds: Math.min(seconds, result.duration || seconds),
    responses: all.length,
    perSecond: all.length / (result.duration || seconds),
    errors: non2xxTotal + result.errors,
    timeouts: result.timeouts,
    p50: percentile(all, 50),
    p95: percentile(all, 95),
    p99: percentile(all, 99),
    kinds,
    rssAfter: server.rss(),
    stall,
    actors: reports,
  };
}

const mark = (ok: boolean) => (ok ? "met" : "**missed**");

export function loadTable(r: LoadResult, count: number, phase = "readers"): string {
  return [
    `## Load, ${phase} (${count.toLocaleString("en")} records, ${CONNECTIONS} connections, ${r.seconds.toFixed(0)} s, ${new Date().toISOString()}, load average ${os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(" ")})`,
    "",
    "| kind | responses | non-2xx | p50 ms | p95 ms | p99 ms |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...r.kinds.map(
      (k) =>
        `| ${k.kind} | ${k.responses} | ${k.non2xx} | ${k.p50.toFixed(0)} | ${k.p95.toFixed(0)} | ${k.p99.toFixed(0)} |`,
    ),
    `| **all** | ${r.responses} | ${r.errors} | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} | ${r.p99.toFixed(0)} |`,
    "",
    `${r.perSecond.toFixed(1)} pages/s (target ≥ ${LOAD_TARGETS.pagesPerSecond}: ${mark(
      r.perSecond >= LOAD_TARGETS.pagesPerSecond,
    )}); p95 ${r.p95.toFixed(0)} ms (target < 1 s: ${mark(r.p95 < LOAD_TARGETS.p95Ms)}); errors ${r.errors} of which ${
      r.timeouts
    } timeouts (target 0: ${mark(r.errors === 0)}); server RSS after ${(r.rssAfter / 1024 / 1024).toFixed(0)} MB; longest event-loop stall ${
      r.stall ? `${r.stall.maxMs} ms (p99 delay ${r.stall.p99Ms} ms)` : "not measured"
    }.`,
    ...r.actors.flatMap((a) => ["", `### ${a.name}`, "", ...a.lines]),
  ].join("\n");
}

const recordIdOf = (pagePath: string) => pagePath.slice("/positions/".length);

/** Issue 10's verdict on the run with writers: pages, saves and lost writes against their targets. */
function mixedVerdict(r: LoadResult, w: WriterReport): string {
  const saves = [...w.latencies.edit, ...w.latencies.annotation].sort((a, b) => a - b);
  const saveP99 = percentile(saves, 99);
  return [
    `With the writers and the export: page p95 ${r.p95.toFixed(0)} ms (target < ${MIXED_TARGETS.p95Ms} ms: ${mark(
      r.p95 < MIXED_TARGETS.p95Ms,
    )}); save p99 ${saveP99.toFixed(0)} ms over ${saves.length} attempts (target < ${MIXED_TARGETS.saveP99Ms} ms: ${mark(
      saveP99 < MIXED_TARGETS.saveP99Ms,
    )}); errors ${r.errors + w.failed} (target 0: ${mark(r.errors + w.failed === 0)}); lost writes ${w.lost} (target 0: ${mark(
      w.lost === 0,
    )}).`,
  ].join("\n");
}

/** The two runs: readers alone (issue 9's throughput), then readers beside writers and an export (issue 10). */
const PHASES = ["readers", "mixed"] as const;
type Phase = (typeof PHASES)[number];
const WRITERS = Number(argument("writers") ?? process.env.LOADTEST_WRITERS ?? 5);
const MIXED_DURATION_S = Number(argument("mixed-duration") ?? process.env.LOADTEST_MIXED_DURATION ?? 60);

export const MIXED_TARGETS = { p95Ms: 1_000, saveP99Ms: 300, errors: 0, lostWrites: 0 } as const;

function phasesToRun(): Phase[] {
  const only = argument("phase") ?? process.env.LOADTEST_PHASE;
  if (!only) return [...PHASES];
  if (!PHASES.includes(only as Phase)) throw new Error(`--phase must be one of ${PHASES.join(", ")}`);
  return [only as Phase];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!Number.isInteger(CONNECTIONS) || CONNECTIONS < 1)
    throw new Error("--connections must be a positive number");
  for (const [flag, value] of [
    ["--duration", DURATION_S],
    ["--mixed-duration", MIXED_DURATION_S],
  ] as const)
    if (!(value > 0 && value <= 600)) throw new Error(`${flag} must be between 1 and 600 seconds`);
  if (!Number.isInteger(WRITERS) || WRITERS < 1 || WRITERS > 20) throw new Error("--writers must be 1 to 20");
  const phases = phasesToRun();
  buildApp(REUSE_BUILD);
  const cached = benchDatabase(COUNT);
  // The writers change what they save, so the server gets a copy: the cached database stays as the generator
  // made it for the next benchmark.
  const file = path.join(os.tmpdir(), `loadtest-${process.pid}.db`);
  {
    const source = new Database(cached, { readonly: true, fileMustExist: true });
    await source.backup(file);
    source.close();
  }
  const urls = loadUrls(file);
  const sequence = mixSequence(urls);
  // The writers sign in with the server's own secret, and edit records the readers also read.
  process.env.BETTER_AUTH_SECRET ??= randomBytes(32).toString("hex");
  process.env.DATABASE_PATH = file;
  const accounts = phases.includes("mixed") ? await addWriterAccounts(file, WRITERS) : [];
  const server = await startServer(file);
  try {
    // One pass over every URL first, so the run measures a warm server (and a broken URL shows at once).
    for (const p of new Set(sequence.map((u) => u.path))) {
      const res = await fetch(server.url + p, { headers: { "accept-encoding": "identity" } });
      await res.arrayBuffer();
      if (res.status >= 400) console.log(`warm-up: ${p} answered ${res.status}`);
    }
    fs.mkdirSync("bench", { recursive: true });
    const jsonFile = path.resolve("bench/loadtest.ndjson");
    for (const phase of phases) {
      const mixed = phase === "mixed";
      const duration = mixed ? MIXED_DURATION_S : DURATION_S;
      console.log(
        `${phase}: ${sequence.length} URLs in the mix; ${CONNECTIONS} connections for ${duration} s${
          mixed
            ? `, ${WRITERS} writers and a full export beside them`
            : WITH_EXPORT
              ? " and a full export"
              : ""
        } ...`,
      );
      const writers = mixed
        ? writersActor({ file, distDir: BENCH_DIST_DIR, accounts, recordIds: urls.record.map(recordIdOf) })
        : null;
      const actors: Actor[] = [
        ...(writers ? [writers] : []),
        ...(mixed || WITH_EXPORT ? [exportActor()] : []),
      ];
      const result = await runLoad(server, sequence, actors, duration);
      const markdown = [
        loadTable(result, COUNT, phase),
        ...(writers ? [mixedVerdict(result, writers.report())] : []),
      ].join("\n\n");
      console.log(`\n${markdown}`);
      fs.appendFileSync(
        jsonFile,
        `${JSON.stringify({ date: new Date().toISOString(), phase, count: COUNT, connections: CONNECTIONS, duration, targets: mixed ? MIXED_TARGETS : LOAD_TARGETS, result, writers: writers?.report() })}\n`,
      );
    }
    console.log(`(also written to ${jsonFile})`);
  } finally {
    await server.stop();
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${file}${suffix}`, { force: true });
  }
}
