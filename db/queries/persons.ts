import { asc, count, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { organizations, personAliases, persons, roles, statements } from "@/db/schema";
import { listRecordCards, type RecordCard } from "./statements";

export interface OfficialSummary {
  slug: string;
  name: string;
  nativeName: string | null;
  country: string;
  records: number;
  /** Titles of the roles the person is recorded in. */
  roles: string[];
}

/** Every person with their record count and roles, most records first. */
export function listOfficials(db: Db): OfficialSummary[] {
  const rows = db
    .select({
      id: persons.id,
      slug: persons.slug,
      name: persons.name,
      nativeName: persons.nativeName,
      country: persons.country,
      // Written out: drizzle leaves columns unqualified inside a single-table select, which would bind to the subquery.
      records: sql<number>`(select count(*) from statements s where s.person_id = persons.id)`,
    })
    .from(persons)
    .orderBy(asc(persons.name))
    .all()
    .sort((a, b) => Number(b.records) - Number(a.records));
  const roleRows = db
    .select({ personId: roles.personId, title: roles.title })
    .from(roles)
    .orderBy(asc(roles.id))
    .all();
  return rows.map(({ id, ...r }) => ({
    ...r,
    records: Number(r.records),
    roles: roleRows.filter((x) => x.personId === id).map((x) => x.title),
  }));
}

export interface OfficialRole {
  slug: string;
  title: string;
  rank: string | null;
  organization: string | null;
  startDate: string | null;
  endDate: string | null;
  startPrecision: (typeof roles.$inferSelect)["startPrecision"];
  endPrecision: (typeof roles.$inferSelect)["endPrecision"];
  note: string | null;
  /** Dates of the records made in this role: evidence of when it was held when the role has no dates. */
  firstRecord: string | null;
  lastRecord: string | null;
  records: number;
}

export interface Official {
  person: typeof persons.$inferSelect;
  aliases: string[];
  roles: OfficialRole[];
  records: RecordCard[];
}

export function getOfficial(db: Db, slug: string): Official | null {
  const person = db.select().from(persons).where(eq(persons.slug, slug)).get();
  if (!person) return null;
  const aliases = db
    .select({ alias: personAliases.alias })
    .from(personAliases)
    .where(eq(personAliases.personId, person.id))
    .orderBy(asc(personAliases.alias))
    .all()
    .map((a) => a.alias);
  const roleRows = db
    .select({
      slug: roles.slug,
      title: roles.title,
      rank: roles.rank,
      organization: organizations.name,
      startDate: roles.startDate,
      endDate: roles.endDate,
      startPrecision: roles.startPrecision,
      endPrecision: roles.endPrecision,
      note: roles.note,
      firstRecord: sql<string | null>`min(${statements.dateStart})`,
      lastRecord: sql<string | null>`max(${statements.dateEnd})`,
      records: count(statements.id),
    })
    .from(roles)
    .leftJoin(organizations, eq(organizations.id, roles.organizationId))
    .leftJoin(statements, eq(statements.roleId, roles.id))
    .where(eq(roles.personId, person.id))
    .groupBy(roles.id)
    .orderBy(
      sql`coalesce(${roles.startDate}, min(${statements.dateStart})) is null`,
      sql`coalesce(${roles.startDate}, min(${statements.dateStart}))`,
    )
    .all();
  const ids = db
    .select({ id: statements.id })
    .from(statements)
    .where(eq(statements.personId, person.id))
    .all()
    .map((r) => r.id);
  return { person, aliases, roles: roleRows, records: listRecordCards(db, ids) };
}
