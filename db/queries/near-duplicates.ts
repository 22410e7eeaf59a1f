import { sql } from "drizzle-orm";
import type { Conn } from "@/db/client";
import { nearestDuplicate, shingleGroups } from "@/lib/extract/duplicates";

export interface SimilarStatement {
  publicId: string;
  text: string;
  similarity: number;
}

/**
 * For each text, the stored statement it nearly repeats (lib/extract/duplicates.ts), if any, found through the
 * full-text index instead of comparing the text with every stored statement: the candidates are the statements
 * whose text holds every shingle of one of the text's shingleGroups as phrases (any near-duplicate does), and
 * only they are compared. positions_fts tokenises as shingles does for text that folds to a-z and 0-9 (its text
 * column has đ folded to d and diacritics removed), so the candidates include every statement the full
 * comparison would find; for letters that fold to nothing in a-z (ø, ß, other scripts) the two may split words
 * differently and such a statement can be missed.
 */
export function findSimilarStatements(db: Conn, texts: string[]): Array<SimilarStatement | null> {
  return texts.map((text) => {
    const groups = shingleGroups(text);
    if (groups.length === 0) return null;
    // Shingle words are a-z and 0-9 only, so quoting them as phrases needs no escaping.
    const match = `text : (${groups.map((g) => `(${g.map((s) => `"${s}"`).join(" AND ")})`).join(" OR ")})`;
    const candidates = db
      .values<[string, string]>(
        sql`SELECT s.public_id, s.text FROM statements s
          WHERE s.id IN (SELECT rowid FROM positions_fts WHERE positions_fts MATCH ${match}) ORDER BY s.id`,
      )
      .map(([publicId, storedText]) => ({ publicId, text: storedText }));
    const hit = nearestDuplicate(text, candidates);
    return hit ? { publicId: hit.item.publicId, text: hit.item.text, similarity: hit.similarity } : null;
  });
}
