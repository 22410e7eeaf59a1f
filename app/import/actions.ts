"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import {
  type DuplicateSource,
  findDuplicateSource,
  findSimilarStatements,
  loadKnownEntities,
  type SimilarStatement,
  saveImport,
} from "@/db/queries/article-import";
import { findOtherLanguageReports, type OtherLanguageReport } from "@/db/queries/duplicates-cross-language";
import { ImportError, listSourceRecords } from "@/db/queries/import-entities";
import { extractCandidates } from "@/lib/extract";
import { htmlToArticleText } from "@/lib/extract/html";
import type { Candidate, NotUnderstood, SetAside } from "@/lib/extract/types";
import { topField } from "@/lib/field-errors";
import { codePointLength } from "@/lib/text";
import { type ActionResult, action, invalid } from "../_server/action";
import { audited } from "../_server/audit";
import { extractInput, saveInput } from "./input";

export type ReviewCandidate = Candidate & {
  similar: SimilarStatement | null;
  /** Stored records in the other language by the same speaker on overlapping dates: maybe the same statement. */
  otherReports: OtherLanguageReport[];
};

export interface ExtractedArticle {
  rawText: string;
  /** Detected from the text; the source and its records keep it. */
  language: "en" | "vi";
  title: string | null;
  published: string | null;
  publishedFrom: "input" | "text" | null;
  url: string | null;
  outlet: string | null;
  /** Already stored: the review is replaced by a notice leading to these records. */
  duplicate: (DuplicateSource & { records: Array<{ publicId: string; text: string }> }) | null;
  candidates: ReviewCandidate[];
  setAside: Array<SetAside & { similar: SimilarStatement | null }>;
  notUnderstood: NotUnderstood[];
}

function withSimilar<T extends Candidate>(
  c: T,
  similar: SimilarStatement | null,
): T & { similar: SimilarStatement | null } {
  return { ...c, flags: similar ? [...c.flags, "possible_duplicate"] : c.flags, similar };
}

/** Propose candidates for an article. Reads the database (known people, events, duplicates); writes nothing. */
export const extractArticleAction = action({
  permission: "records:import",
  input: extractInput,
  fieldKey: topField,
  handler: (input): ActionResult<ExtractedArticle> => {
    const { text, isHtml, url, outlet, published } = input;
    const rawText = isHtml ? htmlToArticleText(text) : text;
    if (!rawText.trim())
      return invalid({ text: "No text found." }, "No article text was found in that file.");
    const db = getDb();
    const duplicate = findDuplicateSource(db, { url, rawText });
    const result = extractCandidates({ raw: rawText, url, outlet, published, known: loadKnownEntities(db) });
    const similar = findSimilarStatements(
      db,
      [...result.candidates, ...result.setAside].map((c) => c.text),
    );
    const otherReports = findOtherLanguageReports(
      db,
      result.candidates.map((c) => ({
        personId: c.speaker?.personId ?? null,
        dateStart: c.date.start,
        dateEnd: c.date.end,
        eventId: c.event?.eventId ?? null,
        language: result.language,
      })),
    );
    return {
      ok: true,
      data: {
        rawText,
        language: result.language,
        title: result.title,
        published: result.published,
        publishedFrom: result.publishedFrom,
        url,
        // What the reviewer typed wins; else the dateline's agency marker, spelt out (editable on the review).
        outlet: outlet ?? result.outlet,
        duplicate: duplicate ? { ...duplicate, records: listSourceRecords(db, duplicate.id) } : null,
        candidates: result.candidates.map((c, i) => {
          const reports = otherReports[i] ?? [];
          const withDuplicate = withSimilar(c, similar[i] ?? null);
          return {
            ...withDuplicate,
            flags: reports.length
              ? [...withDuplicate.flags, "other_language_report" as const]
              : withDuplicate.flags,
            otherReports: reports,
          };
        }),
        setAside: result.setAside.map((c, i) =>
          withSimilar(c, similar[result.candidates.length + i] ?? null),
        ),
        notUnderstood: result.notUnderstood,
      },
    };
  },
});

export interface SavedArticle {
  sourceSlug: string;
  created: string[];
  appearances: string[];
}

/** Save the source and the accepted records: one synchronous immediate transaction, all or nothing. */
export const saveImportAction = action({
  permission: "records:import",
  input: saveInput,
  invalidMessage: "Some fields need attention before saving; they are marked below.",
  // A record's problems are reported under the review card's own key, which the form marks.
  fieldKey: (path, raw) => {
    if (path[0] === "records" && typeof path[1] === "number") {
      const key = (raw as { records?: Array<{ key?: unknown }> } | null)?.records?.[path[1]]?.key;
      return `${typeof key === "string" ? key : `record ${path[1] + 1}`}.${String(path[2] ?? "record")}`;
    }
    return String(path.at(-1) ?? "form");
  },
  handler: async (input, { user }): Promise<ActionResult<SavedArticle>> => {
    const { source, records, decisions } = input;
    const length = codePointLength(source.rawText);
    const outside = records.find((r) => r.evidenceEnd > length);
    if (outside)
      return invalid(
        { [`${outside.key}.evidenceEnd`]: `The text has ${length} characters.` },
        "An evidence span lies outside the text.",
      );
    const db = getDb();
    try {
      // The audit event is written in the import's own transaction: a record never lands without its event.
      const saved = await audited(
        user,
        () =>
          saveImport(
            db,
            source,
            records.map((r) => ({
              ...r,
              newEvent: r.newEvent
                ? {
                    ...r.newEvent,
                    // The statement was made at the event: its date is the event's, as the reviewer set it.
                    startDate: r.dateStart,
                    endDate: r.dateEnd,
                    datePrecision: r.datePrecision,
                    dateBasis: r.dateBasis,
                    dateNote: r.dateNote,
                  }
                : null,
              role: r.role
                ? {
                    roleId: r.role.roleId,
                    title: r.role.title,
                    rank: r.role.rank,
                    organization: r.role.organization,
                  }
                : null,
              language: source.language,
            })),
            decisions,
          ),
        () => [
          {
            action: "article_imported",
            target: source.url ?? source.title ?? null,
            detail: { records: records.length },
          },
        ],
      );
      revalidatePath("/");
      revalidatePath("/positions");
      revalidatePath("/import");
      return { ok: true, data: saved };
    } catch (error) {
      if (error instanceof ImportError)
        return invalid(error.field ? { [error.field]: error.message } : undefined, error.message);
      throw error;
    }
  },
});
