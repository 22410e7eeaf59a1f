import { extractCandidates } from "@/lib/extract";
import type { Db } from "../client";
import { loadKnownEntities } from "../queries/article-import";
import type { ImportRecordInput } from "../queries/import-entities";

export type Candidate = ReturnType<typeof extractCandidates>["candidates"][number];

/** What a test decides about a candidate's speaker, role, event, topics and language; the rest is the candidate's. */
export type CandidateChoices = Pick<
  ImportRecordInput,
  "personId" | "newPerson" | "role" | "eventId" | "newEvent" | "topics" | "language"
>;

/** A candidate as the review page sends it: its text, evidence, attribution, date and mode as proposed. */
export function candidateRecord(
  c: Candidate,
  choices: CandidateChoices,
): ImportRecordInput & { key: string } {
  return {
    key: c.key,
    appearanceOf: null,
    text: c.text,
    evidenceStart: c.evidence.start,
    evidenceEnd: c.evidence.end,
    ...choices,
    attributionText: c.attribution.text,
    attributionKind: c.attribution.kind,
    attributionStatus: c.attribution.status,
    attributionNote: c.attribution.note,
    dateStart: c.date.start,
    dateEnd: c.date.end,
    datePrecision: c.date.precision,
    dateBasis: c.date.basis,
    dateNote: c.date.note,
    mode: c.mode,
  };
}

/**
 * Every candidate the extractor proposes for an article, accepted as the review page sends it when the analyst
 * changes nothing: new people as new people (Viet Nam), roles by title with no role id (the save decides).
 */
export function acceptAllCandidates(
  db: Db,
  raw: string,
  published: string,
): Array<ImportRecordInput & { key: string }> {
  const result = extractCandidates({ raw, published, known: loadKnownEntities(db) });
  return result.candidates.map((c) =>
    candidateRecord(c, {
      personId: c.speaker?.personId ?? null,
      newPerson: c.speaker ? { name: c.speaker.name, country: "VN" } : null,
      role: c.role ? { roleId: null, title: c.role.title, rank: c.role.rank } : null,
      eventId: null,
      newEvent: null,
      topics: [],
      language: "en",
    }),
  );
}
