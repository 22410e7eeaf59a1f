import { z } from "zod";
import {
  ATTRIBUTION_KINDS,
  ATTRIBUTION_STATUSES,
  DATE_BASES,
  DATE_PRECISIONS,
  EVENT_KINDS,
  EXTRACTION_DECISIONS,
  ORGANIZATION_KINDS,
  SOURCE_TIERS,
  STATEMENT_MODES,
} from "@/db/schema";
import { isValidIsoDate } from "@/lib/dates";
import { checkDate } from "@/lib/records-format";

// Validation of what the /import page sends. Field errors are keyed "<candidate key>.<field>" or "<field>", the
// ids the form gives its inputs, so each message shows next to its field.

export const MAX_ARTICLE_CHARS = 400_000;

const optionalTrimmed = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .transform((s) => s.trim())
    .transform((s) => (s === "" ? null : s))
    .nullable()
    .optional()
    .transform((s) => s ?? null);

const optionalDate = z
  .string()
  .transform((s) => s.trim())
  .refine((s) => s === "" || isValidIsoDate(s), "Use a real date, YYYY-MM-DD.")
  .transform((s) => (s === "" ? null : s))
  .nullable()
  .optional()
  .transform((s) => s ?? null);

const optionalUrl = z
  .string()
  .transform((s) => s.trim())
  .refine(
    (s) => s === "" || /^https?:\/\/\S+$/i.test(s),
    "Use a full web address starting with http:// or https://.",
  )
  .refine((s) => s.length <= 2000, "That address is too long.")
  .transform((s) => (s === "" ? null : s))
  .nullable()
  .optional()
  .transform((s) => s ?? null);

export const extractInput = z.object({
  text: z
    .string()
    .max(MAX_ARTICLE_CHARS, `The text is longer than ${MAX_ARTICLE_CHARS.toLocaleString("en")} characters.`)
    .refine((s) => s.trim().length > 0, "Paste the article's text or choose a file."),
  isHtml: z.boolean().default(false),
  url: optionalUrl,
  outlet: optionalTrimmed(200),
  published: optionalDate,
});
export type ExtractInput = z.infer<typeof extractInput>;

const id = z.number().int().positive();

export const recordInput = z
  .object({
    // c: proposed, s: set aside, m: added by hand from a passage.
    key: z.string().regex(/^[csm]\d{1,5}$/),
    appearanceOf: z
      .string()
      .regex(/^[a-z0-9-]{1,40}$/)
      .nullable(),
    text: z
      .string()
      .max(20_000)
      .transform((s) => s.trim())
      .refine((s) => s.length > 0, "The statement text is required."),
    evidenceStart: z.number().int().min(0, "Must be 0 or more."),
    evidenceEnd: z.number().int().min(1, "Must be 1 or more."),
    personId: id.nullable(),
    newPerson: z
      .object({
        name: z.string().trim().min(2, "Give the speaker's full name.").max(200),
        country: z
          .string()
          .trim()
          .toUpperCase()
          .regex(/^[A-Z]{2}$/, "Two-letter country code, e.g. VN."),
      })
      .nullable(),
    role: z
      .object({
        roleId: id.nullable(),
        title: z.string().trim().min(2, "Give the title as written.").max(300),
        rank: optionalTrimmed(100),
        organization: z
          .object({
            organizationId: id.nullable(),
            name: z.string().trim().min(2, "Give the organisation's name.").max(300),
            kind: z.enum(ORGANIZATION_KINDS),
          })
          .nullable()
          .default(null),
      })
      .nullable(),
    eventId: id.nullable(),
    newEvent: z
      .object({
        name: z.string().trim().min(3, "Give the event's name.").max(500),
        kind: z.enum(EVENT_KINDS),
        city: optionalTrimmed(100),
        country: optionalTrimmed(2),
      })
      .nullable(),
    attributionText: z.string().trim().min(1, "Give the attributing words as written.").max(1000),
    attributionKind: z.enum(ATTRIBUTION_KINDS),
    attributionStatus: z.enum(ATTRIBUTION_STATUSES),
    attributionNote: optionalTrimmed(2000),
    dateStart: optionalDate,
    dateEnd: optionalDate,
    datePrecision: z.enum(DATE_PRECISIONS),
    dateBasis: z.enum(DATE_BASES),
    dateNote: optionalTrimmed(2000),
    mode: z.enum(STATEMENT_MODES),
    topics: z.array(z.string().regex(/^[a-z0-9-]{1,80}$/)).max(20),
  })
  .superRefine((r, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (r.evidenceEnd <= r.evidenceStart) issue("evidenceEnd", "The evidence must end after it starts.");
    if (r.appearanceOf) return;
    const hasSpeaker = r.personId !== null || r.newPerson !== null;
    if (r.attributionStatus === "resolved" && !hasSpeaker)
      issue("person", "Choose the speaker, or mark the attribution unresolved.");
    if (r.attributionStatus === "unresolved" && hasSpeaker)
      issue(
        "person",
        "An unresolved attribution has no speaker: clear it, or mark the attribution resolved.",
      );
    if (r.role && r.attributionStatus !== "resolved") issue("role", "A role needs a resolved speaker.");
    checkDate(
      {
        date_start: r.dateStart,
        date_end: r.dateEnd,
        date_precision: r.datePrecision,
        date_basis: r.dateBasis,
        date_note: r.dateNote,
      },
      (path, message) =>
        issue(
          { date_start: "dateStart", date_end: "dateEnd", date_basis: "dateBasis", date_note: "dateNote" }[
            path
          ],
          message.replace(/^./, (c) => c.toUpperCase()),
        ),
    );
  });
export type RecordInput = z.infer<typeof recordInput>;

export const saveInput = z.object({
  source: z.object({
    rawText: z
      .string()
      .max(MAX_ARTICLE_CHARS)
      .refine((s) => s.trim().length > 0, "The source text is empty."),
    title: z.string().trim().min(3, "Give the article's title.").max(500),
    outlet: z.string().trim().min(2, "Name the outlet, e.g. VNA.").max(200),
    url: optionalUrl,
    publishedDate: optionalDate,
    tier: z.enum(SOURCE_TIERS),
    // The article's language as detected (or corrected by the reviewer): the source and its records keep it.
    language: z.enum(["en", "vi"]).default("en"),
  }),
  records: z.array(recordInput).min(1, "Accept at least one record to save.").max(500),
  // What the reviewer did with each proposal, for the live precision per rule.
  decisions: z
    .array(
      z.object({
        key: z.string().regex(/^c\d{1,5}$/),
        rule: z.string().regex(/^[a-z][a-z.-]{0,59}$/),
        attributionKind: z.enum(ATTRIBUTION_KINDS),
        decision: z.enum(EXTRACTION_DECISIONS),
      }),
    )
    .max(1000)
    .default([]),
});
export type SaveInput = z.infer<typeof saveInput>;

export const bulkInput = z.object({
  format: z.enum(["csv", "json"]),
  mode: z.enum(["check", "import", "import-valid"]),
});

/** Zod issues to "<key>.<field>" messages (first message per field). */
