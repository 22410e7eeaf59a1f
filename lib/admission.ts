/**
 * Admission to the server's one JavaScript thread. Rendering a page is CPU work on that thread, and Node
 * interleaves every request in flight: twenty readers at once each get a twentieth of the CPU, so every page
 * takes twenty times as long, and a colleague's save waits behind all of them. Only a few renders run at a
 * time instead (enough to keep the CPU busy while one waits on I/O); the rest wait their turn in arrival order,
 * and saves, sign-ins and static files never wait: they are few, small, and what a user is waiting on.
 */

export type Lane = "page" | "stream" | "direct";

/**
 * Which lane a request takes. Writes (anything but GET and HEAD) and static files go straight through; the
 * exports stream for seconds to minutes, so they take their own small lane rather than hold a render slot.
 */
export function laneOf(method: string | undefined, url: string | undefined): Lane {
  if (method !== "GET" && method !== "HEAD") return "direct";
  const path = (url ?? "/").split("?")[0] ?? "/";
  if (path.startsWith("/_next/static/") || path === "/icon.svg" || path === "/favicon.ico") return "direct";
  if (path === "/api/positions/export" || path === "/import/export") return "stream";
  return "page";
}

export interface Gate {
  /** Resolves with a release function when the request may run, or null when the queue is full (shed it). */
  enter(): Promise<(() => void) | null>;
  readonly running: number;
  readonly waiting: number;
}

/** At most `limit` holders at once; up to `maxWaiting` more wait in arrival order, beyond that entry is refused. */
export function createGate(limit: number, maxWaiting: number): Gate {
  if (!Number.isInteger(limit) || limit < 1) throw new Error("a gate needs a limit of at least 1");
  let running = 0;
  const queue: ((release: () => void) => void)[] = [];
  const releaser = () => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = queue.shift();
      if (next) next(releaser());
      else running--;
    };
  };
  return {
    enter() {
      if (running < limit) {
        running++;
        return Promise.resolve(releaser());
      }
      if (queue.length >= maxWaiting) return Promise.resolve(null);
      return new Promise((resolve) => queue.push(resolve));
    },
    get running() {
      return running;
    },
    get waiting() {
      return queue.length;
    },
  };
}

/** SERVER_CONCURRENCY: renders at once (default 3); the stream lane allows 2 exports at once. */
export function admissionSettings(env: Record<string, string | undefined>): {
  pages: number;
  streams: number;
  maxWaiting: number;
} {
  const raw = env.SERVER_CONCURRENCY;
  const pages = raw === undefined || raw === "" ? 3 : Number(raw);
  if (!Number.isInteger(pages) || pages < 1 || pages > 64)
    throw new Error(`SERVER_CONCURRENCY must be a whole number from 1 to 64, not "${raw}"`);
  return { pages, streams: 2, maxWaiting: 1_000 };
}

/**
 * Resolves after the event loop has run its pending I/O: long work on the server's thread (an export's stream, a
 * bulk import's check) awaits it between slices so that other requests get their turn. Without it a fast reader
 * keeps a stream's read-encode-write cycle entirely in microtasks, and one export froze every other request for
 * as long as it ran (7 s for 100,000 records in `npm run loadtest`).
 */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
