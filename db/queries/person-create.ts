import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { organizations, persons, roles } from "@/db/schema";
import { formatPreciseDate } from "@/lib/dates";
import { type NewPersonInput, type RoleSpan, roleSpan } from "@/lib/record-edit";
import { foldForSearch, slugify } from "@/lib/text";
import { livePersonNamed, uniqueSlug } from "./import-entities";

// A person created in place (issue 12): the record editor resolves "President Cuong said" to someone not yet in
// the database, creating the person and the role held in the same transaction as the record's save.

export type CreatedInPlace =
  | { ok: true; person: string; role: string | null; summary: string[] }
  | { ok: false; errors: Record<string, string> };

const FIELD = "attribution.person";

/**
 * Inside the caller's write transaction: creates the person (names, native name, country) and, when a post is
 * named, their role (title, rank, organisation, span at its precision). Refuses a name some person already has,
 * in any of its forms (accents and case aside): that person is chosen from the list instead, so no one is
 * recorded twice. Returns the new slugs and what the record's history says was created.
 */
export function createPersonInPlace(tx: Db, input: NewPersonInput): CreatedInPlace {
  const errors: Record<string, string> = {};
  const written = input.name.normalize("NFC");
  const native = input.nativeName?.normalize("NFC") ?? null;
  const existing = livePersonNamed(tx, [written, native]);
  if (existing)
    errors[`${FIELD}.name`] =
      `${existing.nativeName ?? existing.name} is already in the database: choose “Resolved to a person” and pick them.`;
  const role = input.role;
  let organizationId: number | null = null;
  let organizationName: string | null = null;
  if (role.organization !== null) {
    const org = tx
      .select({ id: organizations.id, name: organizations.name })
      .from(organizations)
      .where(eq(organizations.slug, role.organization))
      .get();
    if (!org) errors[`${FIELD}.role.organization`] = "No such organisation.";
    else ({ id: organizationId, name: organizationName } = org);
  }
  const span = roleSpan(role.start, role.end);
  if (!span.ok)
    for (const [k, message] of Object.entries(span.errors)) errors[`${FIELD}.role.${k}`] = message;
  if (Object.keys(errors).length > 0 || !span.ok) return { ok: false, errors };

  // Names are kept in their usual English form; a name typed with diacritics is also the native form.
  const english = written
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
  const nativeName = native ?? (english !== written ? written : null);
  const words = english.split(/\s+/);
  const person = tx
    .insert(persons)
    .values({
      slug: uniqueSlug(tx, persons, slugify(nativeName ?? english)),
      name: english,
      nativeName,
      familyName: words.length > 1 ? (words[0] ?? null) : null,
      givenName: words.length > 1 ? (words.at(-1) ?? null) : null,
      country: input.country,
    })
    .returning({ id: persons.id, slug: persons.slug })
    .get();
  const summary = [
    `Created the person ${nativeName ? `${nativeName} (${english})` : english}, ${input.country}`,
  ];
  if (role.title === null) return { ok: true, person: person.slug, role: null, summary };
  if (role.newOrganization) {
    // An organisation already recorded under that name (any form) is the one meant: it is used, not doubled.
    const folded = foldForSearch(role.newOrganization.name);
    const known = tx
      .select({ id: organizations.id, name: organizations.name, nativeName: organizations.nativeName })
      .from(organizations)
      .all()
      .find((o) => foldForSearch(o.name) === folded || foldForSearch(o.nativeName ?? "") === folded);
    organizationId =
      known?.id ??
      tx
        .insert(organizations)
        .values({
          slug: uniqueSlug(tx, organizations, slugify(role.newOrganization.name).slice(0, 60)),
          name: role.newOrganization.name,
          kind: role.newOrganization.kind,
          country: input.country,
        })
        .returning({ id: organizations.id })
        .get().id;
    organizationName = known?.name ?? role.newOrganization.name;
    if (!known) summary.push(`Created the organisation ${organizationName} (${role.newOrganization.kind})`);
  }
  const s = span.span;
  const created = tx
    .insert(roles)
    .values({
      slug: uniqueSlug(tx, roles, `${person.slug}-${slugify(role.title)}`.slice(0, 80)),
      personId: person.id,
      organizationId,
      title: role.title,
      rank: role.rank,
      ...s,
    })
    .returning({ slug: roles.slug })
    .get();
  const at = (date: string | null, precision: RoleSpan["startPrecision"]) =>
    date === null ? null : formatPreciseDate({ start: date, end: date, precision });
  const from = at(s.startDate, s.startPrecision);
  const to = at(s.endDate, s.endPrecision);
  summary.push(
    [
      `Created the role ${role.title}`,
      role.rank,
      organizationName,
      from || to ? `${from ? `from ${from}` : "start unknown"}${to ? ` to ${to}` : ""}` : "dates unknown",
    ]
      .filter(Boolean)
      .join(", "),
  );
  return { ok: true, person: person.slug, role: created.slug, summary };
}
