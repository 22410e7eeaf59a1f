/**
 * The production server (`npm run serve`, `npm start`): Next's request handler behind a plain Node HTTP server, so
 * that each request's forwarding headers can be checked against the socket before the app sees them
 * (lib/forwarded-headers.ts). `next start` cannot do that: it keeps a client-sent X-Forwarded-For.
 */
import http from "node:http";
import next from "next";
import { scheduledBackup } from "@/db/backup";
import { databasePath, openDatabase } from "@/db/client";
import { admissionSettings, createGate, laneOf } from "@/lib/admission";
import { readAuthSettings } from "@/lib/auth-settings";
import { rewriteForwardedHeaders } from "@/lib/forwarded-headers";

const hostname = process.env.HOST ?? "0.0.0.0";
const port = Number(process.env.PORT ?? 3000);
const { trustProxy } = readAuthSettings(process.env);

const app = next({ dev: false, hostname, port, dir: process.cwd() });
const handle = app.getRequestHandler();

// lib/admission.ts says why renders take turns and saves do not.
const admission = admissionSettings(process.env);
const gates = {
  page: createGate(admission.pages, admission.maxWaiting),
  stream: createGate(admission.streams, admission.maxWaiting),
};

await app.prepare();
const server = http.createServer(async (request, response) => {
  rewriteForwardedHeaders(request.headers, request.socket.remoteAddress, trustProxy);
  const lane = laneOf(request.method, request.url);
  if (lane === "direct") return handle(request, response);
  const release = await gates[lane].enter();
  if (!release) {
    response.writeHead(503, { "content-type": "text/plain; charset=utf-8", "retry-after": "5" });
    response.end("The server is busy: try again in a few seconds.");
    return;
  }
  // Released when the response ends or the client goes away, whichever comes first; a client that left while
  // waiting gives its turn straight to the next.
  response.once("close", release);
  if (response.destroyed || request.socket.destroyed) return release();
  handle(request, response);
});
server.listen(port, hostname, () => {
  console.log(`Positions on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`);
});
// Optional scheduled backups (BACKUP_DIR, BACKUP_INTERVAL_HOURS, BACKUP_KEEP): online, verified, on a connection
// of their own, so serving goes on while they run.
const backupDir = process.env.BACKUP_DIR;
if (backupDir) {
  const hours = Number(process.env.BACKUP_INTERVAL_HOURS ?? 24);
  const keep = Math.max(1, Math.floor(Number(process.env.BACKUP_KEEP ?? 7)) || 7);
  const intervalMs = (Number.isFinite(hours) && hours > 0 ? hours : 24) * 3_600_000;
  const db = openDatabase(databasePath());
  const run = () =>
    scheduledBackup(db, backupDir, keep).then(
      (file) => console.log(`scheduled backup written: ${file}`),
      (error: unknown) => console.error(`scheduled backup FAILED: ${String(error)}`),
    );
  void run();
  setInterval(run, intervalMs).unref();
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    // Open keep-alive connections would hold close() forever.
    server.closeAllConnections();
  });
}
