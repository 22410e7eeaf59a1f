/**
 * Annotation rules that need no database or framework: input validation, tag normalisation, passage anchors
 * (quote + context, so they survive small text changes) and the link policy for rendered markdown.
 */
import { z } from "zod";
import { PUBLIC_ID_PATTERN } from "./ids";
import { codePointLength, sliceCodePoints, toCodePointOffset, toUtf16Index } from "./text";

export const BODY_MAX = 20_000;
export const TAG_MAX = 40;
export const TAGS_MAX = 12;
/** Characters of context kept on each side of an anchored quote. */
export const ANCHOR_CONTEXT = 32;

/**
 * A tag is a short label: lower-cased, spaces collapsed to "-", letters (any script), digits, "-", "_", ":" only.
 * Anything else is dropped rather than escaped, so a tag can never carry markup or a URL scheme into a link.
 */
export function normalizeTag(raw: string): string {
  return raw
    .normalize("NFC")
    .toLowerCase()
    .trim()
    .replace(/\s+/gu, "-")
    .replace(/[^\p{L}\p{N}\-_:]/gu, "")
    .replace(/-{2,}/g, "-")
    .replace(/^[-:]+|[-:]+$/g, "")
    .slice(0, TAG_MAX);
}

/** Tags from a comma-separated field or a list: normalised, de-duplicated, empties dropped, order kept. */
export function parseTags(input: string | readonly string[]): string[] {
  const parts = typeof input === "string" ? input.split(/[,\n]/) : input;
  const seen = new Set<string>();
  for (const part of parts) {
    const tag = normalizeTag(part);
    if (tag) seen.add(tag);
  }
  return [...seen];
}

export const anchorSchema = z
  .object({
    /** The passage, exactly as it appeared in the statement text when anchored. */
    exact: z.string().min(1).max(2000),
    prefix: z.string().max(ANCHOR_CONTEXT * 2),
    suffix: z.string().max(ANCHOR_CONTEXT * 2),
    /** Code-point offsets into the statement text at anchoring time: a hint, the quote is what counts. */
    start: z.number().int().min(0),
    end: z.number().int().min(1),
  })
  .refine((a) => a.end > a.start, { message: "The passage is empty." });
export type Anchor = z.infer<typeof anchorSchema>;

const tagsSchema = z
  .union([z.string().max(TAGS_MAX * (TAG_MAX + 2)), z.array(z.string().max(200)).max(TAGS_MAX * 2)])
  .transform((value) => parseTags(value))
  .refine((tags) => tags.length <= TAGS_MAX, { message: `At most ${TAGS_MAX} tags.` });

const bodySchema = z
  .string()
  .max(BODY_MAX, `At most ${BODY_MAX} characters.`)
  .transform((s) => s.replace(/\r\n?/g, "\n"))
  .refine((s) => s.trim().length > 0, { message: "Write something first." });

export const publicIdSchema = z.string().regex(/^[a-z0-9]{6,32}$/, "Not a valid id.");

export const createAnnotationInput = z.object({
  statementPublicId: z.string().regex(PUBLIC_ID_PATTERN, "Not a valid record id."),
  body: bodySchema,
  tags: tagsSchema.default([]),
  anchor: anchorSchema.nullish(),
});

export const updateAnnotationInput = z.object({
  publicId: publicIdSchema,
  expectedVersion: z.number().int().min(1),
  body: bodySchema,
  tags: tagsSchema.default([]),
  /** Omitted: keep the anchor; null: remove it. */
  anchor: anchorSchema.nullish(),
});

export const versionedInput = z.object({
  publicId: publicIdSchema,
  expectedVersion: z.number().int().min(1),
});

export const restoreRevisionInput = versionedInput.extend({ revision: z.number().int().min(1) });

/** Builds an anchor from a selection given as UTF-16 indexes (what the browser reports) in `text`. */
export function anchorFromSelection(text: string, from: number, to: number): Anchor | null {
  const a = Math.max(0, Math.min(from, to));
  const b = Math.min(text.length, Math.max(from, to));
  const start = toCodePointOffset(text, a);
  const end = toCodePointOffset(text, b);
  const exact = sliceCodePoints(text, start, end);
  if (!exact.trim()) return null;
  return {
    exact,
    prefix: sliceCodePoints(text, Math.max(0, start - ANCHOR_CONTEXT), start),
    suffix: sliceCodePoints(text, end, end + ANCHOR_CONTEXT),
    start,
    end,
  };
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Where an anchor sits in the current text, as UTF-16 indexes for rendering, or null if its quote is gone.
 * Every occurrence of the quote is scored by how much of the saved prefix and suffix still surrounds it, with the
 * saved offset breaking ties, as Hypothesis-style TextQuoteSelector anchoring does; so the anchor survives edits
 * elsewhere in the text and picks the right one of repeated phrases.
 */
export function locateAnchor(text: string, anchor: Anchor): { start: number; end: number } | null {
  const hits: number[] = [];
  for (let i = text.indexOf(anchor.exact); i !== -1; i = text.indexOf(anchor.exact, i + 1)) hits.push(i);
  if (hits.length === 0) return null;
  const hint = toUtf16Index(text, Math.min(anchor.start, codePointLength(text)));
  let best = hits[0] ?? 0;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const at of hits) {
    const before = text.slice(Math.max(0, at - anchor.prefix.length), at);
    const after = text.slice(at + anchor.exact.length, at + anchor.exact.length + anchor.suffix.length);
    const score =
      commonSuffixLength(before, anchor.prefix) +
      commonPrefixLength(after, anchor.suffix) -
      Math.abs(at - hint) / (text.length + 1);
    if (score > bestScore) {
      bestScore = score;
      best = at;
    }
  }
  return { start: best, end: best + anchor.exact.length };
}

/** Splits `text` into plain and highlighted pieces for the given located, possibly overlapping, ranges. */
export function highlightSegments(
  text: string,
  ranges: readonly { start: number; end: number; id: string }[],
): { text: string; ids: string[] }[] {
  const cuts = new Set<number>([0, text.length]);
  for (const r of ranges) {
    cuts.add(Math.max(0, Math.min(text.length, r.start)));
    cuts.add(Math.max(0, Math.min(text.length, r.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: { text: string; ids: string[] }[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] ?? 0;
    const to = points[i + 1] ?? 0;
    if (to <= from) continue;
    const ids = ranges.filter((r) => r.start <= from && r.end >= to).map((r) => r.id);
    segments.push({ text: text.slice(from, to), ids });
  }
  return segments;
}

const SAFE_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

/**
 * The only link targets rendered markdown may carry: http(s), mailto, and same-site paths or fragments.
 * Everything else (javascript:, data:, vbscript:, obfuscated variants) becomes "#". Applied to links and images.
 */
export function safeMarkdownUrl(url: string): string {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"), so test without them.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, "");
  if (compact === "") return "#";
  if (compact.startsWith("#")) return url.trim();
  // Protocol-relative ("//host/x") is an external https link; spell it out so it cannot pass for a local path.
  if (compact.startsWith("//") || compact.startsWith("/\\"))
    return safeMarkdownUrl(`https:${compact.replace(/^\/\\/, "//")}`);
  if (compact.startsWith("/")) return url.trim();
  try {
    const parsed = new URL(compact);
    return SAFE_PROTOCOLS.has(parsed.protocol) ? parsed.href : "#";
  } catch {
    // No scheme and not absolute: a relative path like "notes/1" is harmless unless it hides a scheme.
    return /^[a-z][a-z0-9+.-]*:/i.test(compact) || compact.includes(":") ? "#" : url.trim();
  }
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "23 Nov 2026, 13:05 UTC": the same on server and client, whatever their locale and time zone. */
export function formatTimestamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}
