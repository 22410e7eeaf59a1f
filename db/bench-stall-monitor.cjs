// Preloaded into the benchmark server (NODE_OPTIONS=--require) when BENCH_STALL_DIR is set: measures how long
// the event loop was blocked, and writes the longest stall and the p99 delay to <dir>/stall-<pid>.json twice a
// second. Touching <dir>/reset starts a new measurement window (so the warm-up does not count).
const fs = require("node:fs");
const path = require("node:path");
const { monitorEventLoopDelay } = require("node:perf_hooks");

const dir = process.env.BENCH_STALL_DIR;
if (dir) {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const out = path.join(dir, `stall-${process.pid}.json`);
  const resetFile = path.join(dir, "reset");
  let resetSeen = 0;
  const timer = setInterval(() => {
    try {
      const mtime = fs.statSync(resetFile).mtimeMs;
      if (mtime > resetSeen) {
        resetSeen = mtime;
        histogram.reset();
      }
    } catch {
      // No reset asked for yet.
    }
    const ms = (ns) => Math.round(ns / 1e6);
    fs.writeFileSync(
      out,
      JSON.stringify({ pid: process.pid, maxMs: ms(histogram.max), p99Ms: ms(histogram.percentile(99)) }),
    );
  }, 500);
  timer.unref();
}
