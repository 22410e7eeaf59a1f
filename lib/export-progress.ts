/**
 * Progress of a streamed export (issue 11). The file is streamed, so it has no length; the server says up front
 * how many records it holds (RECORD_COUNT_HEADER) and the client counts them as the text arrives.
 */

export const RECORD_COUNT_HEADER = "X-Record-Count";

export interface RecordCounter {
  /** Takes the next piece of the file's text; answers how many records have arrived so far, whole or begun. */
  feed(text: string): number;
}

/**
 * CSV: one record per line after the header, where a line ends outside quotes (a quoted cell may hold line
 * breaks; an escaped quote toggles twice, so it changes nothing). JSON: one record per line, each opening with
 * "\n{", which no JSON string can hold, since a raw line break inside a string is always escaped.
 */
export function recordCounter(format: "csv" | "json"): RecordCounter {
  let count = 0;
  if (format === "json") {
    let lastWasBreak = false;
    return {
      feed(text) {
        for (let i = 0; i < text.length; i++) {
          const c = text.charCodeAt(i);
          if (lastWasBreak && c === 123 /* { */) count++;
          lastWasBreak = c === 10;
        }
        return count;
      },
    };
  }
  let quoted = false;
  let lines = 0;
  return {
    feed(text) {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 34 /* " */) quoted = !quoted;
        else if (c === 10 && !quoted) lines++;
      }
      count = Math.max(0, lines - 1);
      return count;
    },
  };
}

/** "1.4 MB": the size of what has arrived, in the units a user reads. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(bytes < 10_000 ? 1 : 0)} kB`;
  return `${(bytes / 1_000_000).toFixed(bytes < 10_000_000 ? 1 : 0)} MB`;
}

/** The file name a Content-Disposition header gives, or the fallback. */
export function attachmentName(disposition: string | null, fallback: string): string {
  const match = disposition?.match(/filename="([^"\\/]+)"/);
  return match?.[1] ?? fallback;
}
