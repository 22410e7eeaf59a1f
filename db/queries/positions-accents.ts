import type BetterSqlite3 from "better-sqlite3";
import { foldForSearch } from "@/lib/text";
import type { Db } from "../client";

/** Accent-exact search: the accented words of a query, and the SQL function that checks them as typed. */

/**
 * The typed search words that carry accents (NFC, lower case): when the query has any, records containing them
 * exactly rank first, and `accents=exact` keeps only those.
 */
export function accentedWords(q: string): string[] {
  const words =
    q
      .normalize("NFC")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.filter((w) => foldForSearch(w) !== w))];
}

const withExactFunction = new WeakSet<BetterSqlite3.Database>();
/**
 * `positions_exact(haystack, needles_json)`: 1 when every needle occurs in the haystack with its accents as
 * typed (case ignored). A SQL function so the check runs inside the one WHERE like every other filter.
 */
export function registerExactFunction(db: Db) {
  const client = db.$client;
  if (withExactFunction.has(client)) return;
  let lastNeedles = "";
  let parsed: string[] = [];
  client.function("positions_exact", { deterministic: true }, (haystack: unknown, needles: unknown) => {
    if (typeof haystack !== "string" || typeof needles !== "string") return 0;
    // One query binds one needle list for every row it checks: parse it once.
    if (needles !== lastNeedles) {
      parsed = JSON.parse(needles) as string[];
      lastNeedles = needles;
    }
    const text = haystack.normalize("NFC").toLowerCase();
    return parsed.every((n) => text.includes(n)) ? 1 : 0;
  });
  withExactFunction.add(client);
}

/** The text the exact-accent check reads: the statement, the speaker's native name, the attributing words. */
export const EXACT_HAYSTACK = `(SELECT s.text || ' ' || coalesce(p.native_name, '') || ' ' || s.attribution_text
  FROM statements s LEFT JOIN persons p ON p.id = s.person_id WHERE s.id = f.statement_id)`;
