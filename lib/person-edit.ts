/**
 * Editing a person (issue 12): names, native name, country, aliases and roles, validated here and written with
 * an append-only revision (db/queries/person-edit.ts). Pure: no framework, no database.
 */
import { z } from "zod";
import type { DatePrecision } from "./domain";
import { optionalText, slugField as slug, versionField } from "./input-fields";
import { roleSpan } from "./record-edit";

export const personRoleInput = z.object({
  /** The role being changed; null for a role added with this edit. */
  slug: slug.nullable(),
  title: z.string().trim().min(1, "Name the post held.").max(300, "At most 300 characters."),
  rank: optionalText(200),
  organization: slug.nullable(),
  /** As precise as known: "2024", "2024-10" or "2024-10-21"; empty when not known. */
  start: optionalText(10),
  end: optionalText(10),
});

export const updatePersonInput = z
  .object({
    slug,
    expectedVersion: versionField,
    name: z.string().trim().min(1, "Enter the name as English-language sources write it.").max(200),
    nativeName: optionalText(200),
    country: z
      .string()
      .trim()
      .transform((v) => v.toUpperCase())
      .pipe(z.string().regex(/^[A-Z]{2}$/, "Two letters (ISO 3166-1), e.g. VN.")),
    aliases: z.array(z.string().trim().max(200, "At most 200 characters.")).max(50, "At most 50 aliases."),
    roles: z.array(personRoleInput).max(50),
  })
  .transform((v) => ({ ...v, aliases: uniqueAliases(v.aliases) }))
  .superRefine((v, ctx) => {
    v.roles.forEach((r, i) => {
      const span = roleSpan(r.start, r.end);
      if (!span.ok)
        for (const [field, message] of Object.entries(span.errors))
          ctx.addIssue({ code: "custom", path: ["roles", i, field], message });
    });
  });
export type UpdatePersonInput = z.infer<typeof updatePersonInput>;

export const restorePersonInput = z.object({
  slug,
  version: versionField,
  expectedVersion: versionField,
});

/** Merging `merged` into `survivor`, at the versions the preview showed. */
export const mergePersonsInput = z
  .object({
    survivorSlug: slug,
    mergedSlug: slug,
    survivorVersion: versionField,
    mergedVersion: versionField,
  })
  .refine((v) => v.survivorSlug !== v.mergedSlug, {
    path: ["mergedSlug"],
    message: "A person cannot be merged into themselves.",
  });

/** Aliases as typed, blanks dropped, each once (case aside), in the order given. */
export function uniqueAliases(aliases: string[]): string[] {
  const seen = new Set<string>();
  return aliases
    .map((a) => a.trim().normalize("NFC"))
    .filter((a) => {
      const key = a.toLocaleLowerCase("vi");
      if (a === "" || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/**
 * The survivor's aliases after a merge: its own, then the duplicate's name, native name and aliases, each once and
 * none repeating a name the survivor already goes by.
 */
export function mergedAliases(survivor: PersonSnapshot, merged: PersonSnapshot): string[] {
  const own = new Set(
    [survivor.name, survivor.nativeName].flatMap((n) =>
      n ? [n.normalize("NFC").toLocaleLowerCase("vi")] : [],
    ),
  );
  return uniqueAliases([
    ...survivor.aliases,
    merged.name,
    ...(merged.nativeName ? [merged.nativeName] : []),
    ...merged.aliases,
  ]).filter((a) => !own.has(a.toLocaleLowerCase("vi")));
}

/** A stored role date back to what was typed: a day, a month or a year at its precision; empty when unknown. */
export function roleDateText(date: string | null, precision: DatePrecision): string {
  if (date === null || precision === "unknown") return "";
  if (precision === "year") return date.slice(0, 4);
  if (precision === "month") return date.slice(0, 7);
  return date;
}

/** What a person revision stores: the editable state, roles by slug with their dates as typed. */
export interface PersonSnapshot {
  name: string;
  nativeName: string | null;
  country: string;
  aliases: string[];
  roles: {
    slug: string;
    title: string;
    rank: string | null;
    organization: string | null;
    start: string;
    end: string;
  }[];
}

export interface PersonChange {
  field: string;
  before: string[];
  after: string[];
}

function roleLine(r: PersonSnapshot["roles"][number], organizations: Map<string, string>): string {
  const span =
    r.start || r.end ? `${r.start || "start unknown"} – ${r.end || "end unknown"}` : "dates unknown";
  const org = r.organization ? (organizations.get(r.organization) ?? r.organization) : null;
  return [r.title, r.rank, org, span].filter(Boolean).join(", ");
}

/** The fields an edit changed, each with its old and new value in words (organisations by name). */
export function personChanges(
  before: PersonSnapshot,
  after: PersonSnapshot,
  organizations: Map<string, string> = new Map(),
): PersonChange[] {
  const out: PersonChange[] = [];
  const one = (field: string, a: string | null, b: string | null) => {
    if (a !== b) out.push({ field, before: [a ?? "(none)"], after: [b ?? "(none)"] });
  };
  one("Name", before.name, after.name);
  one("Native name", before.nativeName, after.nativeName);
  one("Country", before.country, after.country);
  if (JSON.stringify(before.aliases) !== JSON.stringify(after.aliases))
    out.push({
      field: "Aliases",
      before: before.aliases.length ? before.aliases : ["(none)"],
      after: after.aliases.length ? after.aliases : ["(none)"],
    });
  const was = new Map(before.roles.map((r) => [r.slug, r]));
  for (const r of after.roles) {
    const old = was.get(r.slug);
    const line = roleLine(r, organizations);
    if (!old) out.push({ field: "Role added", before: ["(none)"], after: [line] });
    else if (roleLine(old, organizations) !== line)
      out.push({ field: "Role", before: [roleLine(old, organizations)], after: [line] });
  }
  return out;
}
