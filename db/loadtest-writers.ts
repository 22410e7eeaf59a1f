/**
 * The writers of `npm run loadtest`: analysts who save record edits and annotations through the running server,
 * exactly as the browser does (the server actions, signed in, same-origin), while the readers and an export run.
 *
 * Each writer edits two records of its own and one record every writer shares, and keeps one annotation of its own
 * and one shared annotation up to date, so saves collide. A save refused as a conflict is retried on top of the
 * version the server returned, as the edit form lets an analyst do. Every save the server reported done is checked
 * afterwards against the revisions in the database: a reported save with no revision of its own, or a revision
 * that does not hold its content, is a lost write.
 */
import fs from "node:fs";
import path from "node:path";
import { hashPassword } from "better-auth/crypto";
import { updateInputFromRecord } from "@/lib/record-edit";
import { percentile } from "./bench-pages";
import { openDatabase } from "./client";
import { getAnnotation } from "./queries/annotations";
import { getEditableRecord } from "./queries/statement-snapshot";
import { createUserWithPassword, getUserByEmail } from "./queries/users";

const PASSWORD = "loadtest-writer-password";
/** A pause between one writer's saves: analysts read between saves, and the readers must stay the majority. */
const THINK_MS = 250;
const MAX_RETRIES = 5;

export interface WriterAccount {
  email: string;
  name: string;
}

/** Adds the writers' analyst accounts to the (copied) database before the server starts. */
export async function addWriterAccounts(file: string, count: number): Promise<WriterAccount[]> {
  const db = openDatabase(file);
  const passwordHash = await hashPassword(PASSWORD);
  try {
    return Array.from({ length: count }, (_, i) => {
      const email = `writer${i + 1}@loadtest.local`;
      const name = `Load-test writer ${i + 1}`;
      if (!getUserByEmail(db, email))
        createUserWithPassword(db, { email, name, role: "analyst", passwordHash });
      return { email, name };
    });
  } finally {
    db.$client.close();
  }
}

/** The id Next gave a server action in this build (the browser reads it from the page's code). */
export function serverActionId(distDir: string, exportedName: string): string {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { exportedName?: string }> };
  const found = Object.entries(manifest.node).find(([, v]) => v.exportedName === exportedName);
  if (!found) throw new Error(`no server action ${exportedName} in ${distDir}`);
  return found[0];
}

/**
 * A session cookie for an account, from the app's own better-auth configuration: the same secret and cookie name
 * as the server (the caller sets DATABASE_PATH and BETTER_AUTH_SECRET as the server has them).
 */
async function signIn(baseUrl: string, account: WriterAccount): Promise<string> {
  // The server is told its own URL (db/bench-server.ts), which decides the cookie's name and flags.
  process.env.BETTER_AUTH_URL = baseUrl;
  const { getAuth } = await import("@/app/_server/auth");
  const res = await getAuth().api.signInEmail({
    body: { email: account.email, password: PASSWORD },
    asResponse: true,
  });
  if (res.status !== 200) throw new Error(`sign-in of ${account.email} answered ${res.status}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

type ActionResult =
  | { ok: true; data: { version: number } }
  | { ok: false; code: string; error: string; current?: unknown };

/** The action's return value inside Next's flight response: the root row names the row that holds it. */
export function actionResultOf(body: string): ActionResult | null {
  const rows = new Map<string, string>();
  for (const line of body.split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) rows.set(line.slice(0, colon), line.slice(colon + 1));
  }
  try {
    const root = JSON.parse(rows.get("0") ?? "null") as { a?: string } | null;
    const ref = typeof root?.a === "string" && root.a.startsWith("$@") ? root.a.slice(2) : null;
    const value = ref ? JSON.parse(rows.get(ref) ?? "null") : null;
    return value && typeof value === "object" && "ok" in value ? (value as ActionResult) : null;
  } catch {
    return null;
  }
}

interface Save {
  kind: "edit" | "annotation";
  target: string;
  version: number;
  marker: string;
}

export interface WriterReport {
  saves: number;
  conflicts: number;
  /** Saves given up after MAX_RETRIES conflicts in a row, or refused for another reason, or failed outright. */
  failed: number;
  lost: number;
  latencies: Record<Save["kind"], number[]>;
  failures: string[];
}

/**
 * Runs `accounts.length` writers against the server at `baseUrl` until stopped. `file` is the database the
 * server serves (read here only to build each edit from the record's current state, as the edit form does).
 */
export function writersActor(options: {
  file: string;
  distDir: string;
  accounts: WriterAccount[];
  recordIds: string[];
}) {
  const { file, distDir, accounts, recordIds } = options;
  const saveRecord = serverActionId(distDir, "saveRecordAction");
  const createNote = serverActionId(distDir, "createAnnotationAction");
  const updateNote = serverActionId(distDir, "updateAnnotationAction");
  let stopped = false;
  let running: Promise<void>[] = [];
  const saves: Save[] = [];
  const report: WriterReport = {
    saves: 0,
    conflicts: 0,
    failed: 0,
    lost: 0,
    latencies: { edit: [], annotation: [] },
    failures: [],
  };
  const reader = openDatabase(file);

  async function post(baseUrl: string, cookie: string, actionId: string, page: string, input: unknown) {
    const started = performance.now();
    const res = await fetch(`${baseUrl}${page}`, {
      method: "POST",
      headers: {
        "next-action": actionId,
        accept: "text/x-component",
        "content-type": "text/plain;charset=UTF-8",
        origin: baseUrl,
        cookie,
      },
      body: JSON.stringify([input]),
    });
    const body = await res.text();
    return { status: res.status, result: actionResultOf(body), ms: performance.now() - started };
  }

  /** One save with conflict retries; `build` makes the input from the target's current state each attempt. */
  async function saveWithRetries(
    kind: Save["kind"],
    target: string,
    marker: string,
    attempt: () => Promise<{ status: number; result: ActionResult | null; ms: number }>,
  ): Promise<void> {
    for (let tries = 0; tries <= MAX_RETRIES; tries++) {
      const { status, result, ms } = await attempt();
      report.latencies[kind].push(ms);
      if (result?.ok) {
        report.saves++;
        saves.push({ kind, target, version: result.data.version, marker });
        return;
      }
      if (result && !result.ok && result.code === "conflict") {
        report.conflicts++;
        continue;
      }
      report.failed++;
      if (report.failures.length < 5)
        report.failures.push(
          `${kind} ${target}: ${status} ${result ? `${result.code} ${result.error}` : "no result"}`,
        );
      return;
    }
    report.failed++;
  }

  async function writer(baseUrl: string, index: number, cookie: string, noteIds: string[]): Promise<void> {
    const own = [recordIds[1 + 2 * index], recordIds[2 + 2 * index]].filter((x): x is string => !!x);
    const shared = recordIds[0] as string;
    for (let n = 0; !stopped; n++) {
      const marker = `loadtest w${index + 1} #${n}`;
      if (n % 2 === 0) {
        const publicId = n % 4 === 0 ? shared : (own[(n / 2) % own.length] ?? shared);
        await saveWithRetries("edit", publicId, marker, async () => {
          const record = getEditableRecord(reader, publicId);
          if (!record) throw new Error(`no record ${publicId}`);
          const input = { ...updateInputFromRecord(record), dateNote: marker };
          return post(baseUrl, cookie, saveRecord, `/positions/${publicId}/edit`, input);
        });
      } else {
        const noteId = n % 4 === 1 ? (noteIds[0] as string) : (noteIds[1 + index] as string);
        await saveWithRetries("annotation", noteId, marker, async () => {
          const note = getAnnotation(reader, noteId);
          if (!note) throw new Error(`no annotation ${noteId}`);
          const input = { publicId: noteId, expectedVersion: note.version, body: marker, tags: ["loadtest"] };
          return post(baseUrl, cookie, updateNote, `/positions/${note.statementPublicId}`, input);
        });
      }
      await new Promise((r) => setTimeout(r, THINK_MS));
    }
  }

  /** Every reported save has its own revision, holding what was saved. */
  function countLost(): number {
    const editRevision = reader.$client.prepare(
      `SELECT r.snapshot FROM statement_revisions r JOIN statements s ON s.id = r.statement_id
       WHERE s.public_id = ? AND r.version = ?`,
    );
    const noteRevision = reader.$client.prepare(
      `SELECT r.body FROM annotation_revisions r JOIN annotations a ON a.id = r.annotation_id
       WHERE a.public_id = ? AND r.version = ?`,
    );
    let lost = 0;
    for (const s of saves) {
      const stored = (s.kind === "edit" ? editRevision : noteRevision).pluck().get(s.target, s.version) as
        | string
        | undefined;
      const holds =
        s.kind === "edit"
          ? stored !== undefined &&
            (JSON.parse(stored) as { record?: { dateNote?: string } }).record?.dateNote === s.marker
          : stored === s.marker;
      if (!holds) lost++;
    }
    return lost;
  }

  return {
    name: `${accounts.length} writers saving record edits and annotations (conflict retries)`,
    start: (server: { url: string }) => {
      running = [
        (async () => {
          const cookies = await Promise.all(accounts.map((a) => signIn(server.url, a)));
          // One shared annotation and one per writer, made through the app before the timed saves begin.
          const noteIds: string[] = [];
          for (let i = 0; i <= accounts.length; i++) {
            const cookie = cookies[Math.max(0, i - 1)] as string;
            const on = recordIds[i % recordIds.length] as string;
            const made = await post(server.url, cookie, createNote, `/positions/${on}`, {
              statementPublicId: on,
              body: "loadtest start",
              tags: ["loadtest"],
            });
            if (!made.result?.ok)
              throw new Error(`could not create an annotation: ${JSON.stringify(made.result)}`);
            noteIds.push((made.result.data as unknown as { publicId: string }).publicId);
          }
          await Promise.all(cookies.map((cookie, i) => writer(server.url, i, cookie, noteIds)));
        })().catch((error: unknown) => {
          report.failed++;
          report.failures.push(`writers stopped: ${error instanceof Error ? error.message : String(error)}`);
        }),
      ];
    },
    stop: async (): Promise<string[]> => {
      stopped = true;
      await Promise.all(running);
      report.lost = countLost();
      reader.$client.close();
      const line = (kind: Save["kind"]) => {
        const sorted = [...report.latencies[kind]].sort((a, b) => a - b);
        return `| ${kind} | ${sorted.length} | ${percentile(sorted, 50).toFixed(0)} | ${percentile(sorted, 95).toFixed(0)} | ${percentile(sorted, 99).toFixed(0)} |`;
      };
      return [
        "| save | attempts | p50 ms | p95 ms | p99 ms |",
        "| --- | ---: | ---: | ---: | ---: |",
        line("edit"),
        line("annotation"),
        "",
        `${report.saves} saves done, ${report.conflicts} conflicts retried, ${report.failed} failed, **${report.lost} lost writes** (target 0).`,
        ...report.failures.map((f) => `- ${f}`),
      ];
    },
    report: () => report,
  };
}
