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
import { applyBulkImport, type BulkRowPlan, planBulkImport } from "@/db/queries/bulk-import";
import { findOtherLanguageReports, type OtherLanguageReport } from "@/db/queries/duplicates-cross-language";
import { ImportError, listSourceRecords } from "@/db/queries/import-entities";
import { extractCandidates } from "@/lib/extract";
import { htmlToArticleText } from "@/lib/extract/html";
import type { Candidate, NotUnderstood, SetAside } from "@/lib/extract/types";
import { parseRecords, problemKind } from "@/lib/records-format";
import { codePointLength } from "@/lib/text";
import { MAX_IMPORT_BYTES, tooLargeMessage } from "@/lib/upload-limits";
import { audited } from "../_server/audit";
import { authorize } from "../_server/current-user";
import { bulkInput, extractInput, fieldErrorsOf, saveInput } from "./input";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: string; fieldErrors?: Record<string, string> };

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
export async function extractArticleAction(input: unknown): Promise<ActionResult<ExtractedArticle>> {
  const gate = await authorize("records:import");
  if (!gate.ok) return { ok: false, error: gate.error };
  const parsed = extractInput.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      error: "Check the highlighted fields.",
      fieldErrors: fieldErrorsOf(parsed.error, (path) => String(path[0] ?? "form")),
    };
  }
  const { text, isHtml, url, outlet, published } = parsed.data;
  const rawText = isHtml ? htmlToArticleText(text) : text;
  if (!rawText.trim())
    return {
      ok: false,
      error: "No article text was found in that file.",
      fieldErrors: { text: "No text found." },
    };
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
      setAside: result.setAside.map((c, i) => withSimilar(c, similar[result.candidates.length + i] ?? null)),
      notUnderstood: result.notUnderstood,
    },
  };
}

export interface SavedArticle {
  sourceSlug: string;
  created: string[];
  appearances: string[];
}

/** Save the source and the accepted records: one synchronous immediate transaction, all or nothing. */
export async function saveImportAction(input: unknown): Promise<ActionResult<SavedArticle>> {
  const gate = await authorize("records:import");
  if (!gate.ok) return { ok: false, error: gate.error };
  const parsed = saveInput.safeParse(input);
  if (!parsed.success) {
    const keys = (input as { records?: Array<{ key?: unknown }> } | null)?.records;
    return {
      ok: false,
      error: "Some fields need attention before saving; they are marked below.",
      fieldErrors: fieldErrorsOf(parsed.error, (path) => {
        if (path[0] === "records" && typeof path[1] === "number") {
          const key = keys?.[path[1]]?.key;
          return `${typeof key === "string" ? key : `record ${path[1] + 1}`}.${String(path[2] ?? "record")}`;
        }
        return String(path.at(-1) ?? "form");
      }),
    };
  }
  const { source, records, decisions } = parsed.data;
  const length = codePointLength(source.rawText);
  const outside = records.find((r) => r.evidenceEnd > length);
  if (outside)
    return {
      ok: false,
      error: "An evidence span lies outside the text.",
      fieldErrors: { [`${outside.key}.evidenceEnd`]: `The text has ${length} characters.` },
    };
  const db = getDb();
  try {
    // The audit event is written in the import's own transaction: a record never lands without its event.
    const saved = await audited(
      gate.user,
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
    if (error instanceof ImportError) {
      return {
        ok: false,
        error: error.message,
        fieldErrors: error.field ? { [error.field]: error.message } : undefined,
      };
    }
    throw error;
  }
}

export interface BulkOutcome {
  mode: "check" | "import" | "import-valid";
  written: boolean;
  created: string[];
  unchanged: number;
  invalid: number;
  rows: BulkRowPlan[];
  /** The file's problems by kind (problemKind), each with the rows that have one: the page lists them first. */
  problems: ProblemGroup[];
}

export interface ProblemGroup {
  kind: string;
  count: number;
  rows: number[];
}

function groupProblems(rows: BulkRowPlan[]): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  for (const r of rows)
    for (const e of r.errors) {
      const kind = problemKind(e.column);
      const g = groups.get(kind) ?? { kind, count: 0, rows: [] };
      groups.set(kind, g);
      g.count += 1;
      if (g.rows.at(-1) !== r.row) g.rows.push(r.row);
    }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
}

/**
 * Check or import a CSV/JSON file of records. The size is checked before the file is read; "import" writes
 * nothing unless every row is valid, "import-valid" writes the valid rows only; both in one transaction.
 */
export async function bulkImportAction(formData: unknown): Promise<ActionResult<BulkOutcome>> {
  const gate = await authorize("records:import");
  if (!gate.ok) return { ok: false, error: gate.error };
  if (!(formData instanceof FormData)) return { ok: false, error: "The form was not sent correctly." };
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0)
    return { ok: false, error: "Choose a CSV or JSON file.", fieldErrors: { file: "Choose a file." } };
  if (file.size > MAX_IMPORT_BYTES)
    return {
      ok: false,
      error: tooLargeMessage(MAX_IMPORT_BYTES),
      fieldErrors: { file: "Too large." },
    };
  const guessed = /\.json$/i.test(file.name) ? "json" : "csv";
  const options = bulkInput.safeParse({
    format: formData.get("format") || guessed,
    mode: formData.get("mode"),
  });
  if (!options.success) return { ok: false, error: "Choose what to do with the file." };
  const parsed = parseRecords(await file.text(), options.data.format);
  if (!parsed.ok) return { ok: false, error: parsed.error, fieldErrors: { file: parsed.error } };
  const db = getDb();
  if (options.data.mode === "check") {
    const plan = planBulkImport(db, parsed.rows);
    return {
      ok: true,
      data: {
        mode: "check",
        written: false,
        created: [],
        unchanged: plan.filter((p) => p.status === "unchanged").length,
        invalid: plan.filter((p) => p.status === "invalid").length,
        rows: plan,
        problems: groupProblems(plan),
      },
    };
  }
  const result = await audited(
    gate.user,
    () => applyBulkImport(db, parsed.rows, { validOnly: options.data.mode === "import-valid" }),
    (r) =>
      r.written
        ? [
            {
              action: "records_imported",
              target: file.name,
              detail: { created: r.created.length, unchanged: r.unchanged, skipped: r.skipped },
            },
          ]
        : [],
  );
  if (result.written) {
    revalidatePath("/");
    revalidatePath("/positions");
  }
  return {
    ok: true,
    data: {
      mode: options.data.mode,
      written: result.written,
      created: result.created,
      unchanged: result.unchanged,
      invalid: result.skipped,
      rows: result.plan,
      problems: groupProblems(result.plan),
    },
  };
}
