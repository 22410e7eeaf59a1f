/**
 * The production server for benchmarks: one `next build` into its own folder, then the app's own server
 * (app/_server/serve.ts, what `npm run serve` runs) on 127.0.0.1 and a free port against a given database file, with the server's resident memory read from /proc. Shared by the pages
 * section of `npm run bench` and by `npm run loadtest`.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export const BENCH_DIST_DIR = process.env.BENCH_DIST_DIR ?? ".next-bench";
const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");

/** Builds the app into BENCH_DIST_DIR (unless `reuse` and a build is already there). */
export function buildApp(reuse: boolean, log = console.log): void {
  if (reuse && fs.existsSync(path.join(BENCH_DIST_DIR, "BUILD_ID"))) {
    log(`reusing the build in ${BENCH_DIST_DIR}`);
    return;
  }
  log(`next build into ${BENCH_DIST_DIR} ...`);
  const started = Date.now();
  // Next adds its build folder's type paths to tsconfig.json; a benchmark build should leave the checkout as it was.
  const tsconfig = fs.readFileSync("tsconfig.json", "utf8");
  const result = spawnSync(process.execPath, [NEXT_BIN, "build"], {
    env: { ...process.env, NEXT_DIST_DIR: BENCH_DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
  });
  fs.writeFileSync("tsconfig.json", tsconfig);
  if (result.status !== 0) {
    throw new Error(`next build failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  log(`built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function children(pid: number): number[] {
  const out: number[] = [];
  let tasks: string[] = [];
  try {
    tasks = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const task of tasks) {
    try {
      const list = fs.readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
      for (const c of list ? list.split(/\s+/) : []) out.push(Number(c), ...children(Number(c)));
    } catch {
      // The task ended while being read.
    }
  }
  return out;
}

/**
 * Resident memory of a process and all its descendants, in bytes (0 when it is gone): all of it, and the part that
 * is file pages (RssFile: the code, and the database when SQLite maps it with mmap_size, which db/client.ts no
 * longer does; the kernel can drop those pages whenever it needs the memory, unlike the heap).
 */
export function treeMemory(pid: number): { rss: number; file: number } {
  let rss = 0;
  let file = 0;
  for (const p of [pid, ...children(pid)]) {
    try {
      const status = fs.readFileSync(`/proc/${p}/status`, "utf8");
      const kb = (field: string) =>
        Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024;
      rss += kb("VmRSS");
      file += kb("RssFile");
    } catch {
      // The process ended while being read.
    }
  }
  return { rss, file };
}

export function treeRss(pid: number): number {
  return treeMemory(pid).rss;
}

export interface EventLoopStall {
  /** The longest the event loop was blocked since the last reset, over every server process. */
  maxMs: number;
  p99Ms: number;
}

export interface RunningServer {
  url: string;
  pid: number;
  rss: () => number;
  /** RSS split into file pages (the mapped database) and the rest. */
  memory: () => { rss: number; file: number };
  /** Starts a new event-loop measurement window; `stall()` reads it (null until the monitor has written). */
  resetStall: () => Promise<void>;
  stall: () => EventLoopStall | null;
  stop: () => Promise<void>;
  /** The server's own output, for a failure report. */
  output: () => string;
}

/** Starts `next start` on a free loopback port serving `databasePath`, and waits until it answers. */
export async function startServer(databasePath: string, timeoutMs = 60_000): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = "";
  const stallDir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-stall-"));
  const monitor = path.resolve(import.meta.dirname, "bench-stall-monitor.cjs");
  const child: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", path.resolve("app/_server/serve.ts")],
    {
      env: {
        ...process.env,
        HOST: "127.0.0.1",
        PORT: String(port),
        NODE_ENV: "production",
        DATABASE_PATH: databasePath,
        NEXT_DIST_DIR: BENCH_DIST_DIR,
        NEXT_TELEMETRY_DISABLED: "1",
        BETTER_AUTH_URL: url,
        // A throwaway signing secret, unless the caller signs writers in with its own (db/loadtest-writers.ts).
        BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? randomBytes(32).toString("hex"),
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${monitor}`.trim(),
        BENCH_STALL_DIR: stallDir,
      },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    },
  );
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const pid = child.pid ?? 0;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-pid, "SIGTERM");
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-pid, "SIGKILL");
      } catch {
        // Already gone.
      }
    }, 5_000);
    await exited;
    clearTimeout(timer);
    fs.rmSync(stallDir, { recursive: true, force: true });
  };
  const stall = (): EventLoopStall | null => {
    const seen: EventLoopStall[] = [];
    for (const f of fs.readdirSync(stallDir).filter((n) => n.startsWith("stall-"))) {
      try {
        seen.push(JSON.parse(fs.readFileSync(path.join(stallDir, f), "utf8")) as EventLoopStall);
      } catch {
        // Being rewritten: the next read gets it.
      }
    }
    if (seen.length === 0) return null;
    return { maxMs: Math.max(...seen.map((s) => s.maxMs)), p99Ms: Math.max(...seen.map((s) => s.p99Ms)) };
  };
  const resetStall = async () => {
    fs.writeFileSync(path.join(stallDir, "reset"), "");
    // The monitor looks twice a second; wait until it has.
    await new Promise((r) => setTimeout(r, 1_100));
  };
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(`${url}/sign-in`, { signal: AbortSignal.timeout(5_000) });
      await res.arrayBuffer();
      if (res.status < 500) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() - started > timeoutMs) {
      await stop();
      throw new Error(`the server did not answer within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    pid,
    rss: () => treeRss(pid),
    memory: () => treeMemory(pid),
    resetStall,
    stall,
    stop,
    output: () => output,
  };
}
