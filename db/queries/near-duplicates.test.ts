import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { statements } from "@/db/schema";
import { createTempDb } from "@/db/testing/temp-db";
import { nearestDuplicate } from "@/lib/extract/duplicates";
import { loadSeeds } from "@/seeds/load";
import { findSimilarStatements } from "./near-duplicates";

let db: Db;
let cleanup: () => void;

beforeAll(() => {
  ({ db, cleanup } = createTempDb());
  loadSeeds(db);
});
afterAll(() => cleanup());

describe("the indexed near-duplicate check", () => {
  it("finds exactly what comparing with every stored statement finds, on the seed records", () => {
    const stored = db.select({ publicId: statements.publicId, text: statements.text }).from(statements).all();
    // Each stored text as is, with a word changed, with a clause added, shortened, and in other case and quotes.
    const texts = stored.flatMap((s) => [
      s.text,
      s.text.replace(/\b(\w+)\b/, "Indeed"),
      `${s.text.replace(/\.$/, "")}, the minister added.`,
      s.text.split(" ").slice(0, -3).join(" "),
      `“${s.text.toUpperCase()}”`,
    ]);
    texts.push("The Chairman stressed the need for stricter fiscal discipline.", "", "Viet Nam");
    const expected = texts.map((t) => {
      const hit = nearestDuplicate(t, stored);
      return hit ? { publicId: hit.item.publicId, text: hit.item.text, similarity: hit.similarity } : null;
    });
    const found = findSimilarStatements(db, texts);
    expect(found).toEqual(expected);
    expect(found.filter(Boolean).length).toBeGreaterThan(stored.length * 2);
  });
});
