import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { organizations, personAliases, persons, roles } from "@/db/schema";
import { type EntityListView, LIST_PAGE_SIZE, likeContains } from "@/lib/entity-list-view";
import {
  cardsInOrder,
  dateSpan,
  entityCounts,
  LATEST_LIMIT,
  latestRecordIds,
  type YearCount,
  yearCounts,
} from "./entity-summaries";
import type { RecordCard } from "./statements";

export interface OfficialSummary {
  slug: string;
  name: string;
  nativeName: string | null;
  country: string;
  records: number;
  /** Titles of the roles the person is recorded in. */
  roles: string[];
}

export interface OfficialsPage {
  rows: OfficialSummary[];
  /** People matching the search (all people without one). */
  total: number;
}

/**
 * One page of people, most records first, matching the search in their name, native name or an alias. Record
 * counts are the maintained speaker counts of position_facet_counts; roles are read for the page's rows only.
 */
export function listOfficials(db: Db, view: EntityListView): OfficialsPage {
  const sqlite = db.$client;
  // People merged into another are listed under the person they were merged into (their names are aliases).
  const where = view.q
    ? `WHERE p.merged_into_id IS NULL AND (p.name LIKE @q ESCAPE '\\' OR p.native_name LIKE @q ESCAPE '\\'
       OR EXISTS (SELECT 1 FROM person_aliases pa WHERE pa.person_id = p.id AND pa.alias LIKE @q ESCAPE '\\'))`
    : "WHERE p.merged_into_id IS NULL";
  const params = { q: likeContains(view.q) };
  const bind = view.q ? [params] : [];
  const total = Number(
    sqlite
      .prepare(`SELECT count(*) FROM persons p ${where}`)
      .pluck()
      .get(...bind) ?? 0,
  );
  const rows = sqlite
    .prepare(
      `SELECT p.id, p.slug, p.name, p.native_name AS nativeName, p.country, coalesce(c.n, 0) AS records
       FROM persons p
       LEFT JOIN position_facet_counts c ON c.facet = 'speaker' AND c.value = CAST(p.id AS TEXT)
       ${where}
       ORDER BY records DESC, p.name, p.id
       LIMIT ${LIST_PAGE_SIZE} OFFSET ${(view.page - 1) * LIST_PAGE_SIZE}`,
    )
    .all(...bind) as (Omit<OfficialSummary, "roles"> & { id: number })[];
  const roleStmt = sqlite.prepare("SELECT title FROM roles WHERE person_id = ? ORDER BY id").pluck();
  return {
    total,
    rows: rows.map(({ id, ...r }) => ({ ...r, roles: roleStmt.all(id) as string[] })),
  };
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
  /** Dates of the first and last dated record made in this role: evidence of when it was held. */
  firstRecord: string | null;
  lastRecord: string | null;
  records: number;
}

export interface Official {
  person: typeof persons.$inferSelect;
  aliases: string[];
  roles: OfficialRole[];
  /** All of the person's records, from the maintained count. */
  total: number;
  first: string | null;
  last: string | null;
  perYear: YearCount[];
  /** Records per exact topic, most first; a record on two topics counts under both. */
  perTopic: { slug: string; name: string; records: number }[];
  /** The newest records (at most LATEST_LIMIT), each once. */
  latest: RecordCard[];
}

export function getOfficial(db: Db, slug: string): Official | null {
  const person = db
    .select()
    .from(persons)
    .where(and(eq(persons.slug, slug), isNull(persons.mergedIntoId)))
    .get();
  if (!person) return null;
  const sqlite = db.$client;
  const aliases = db
    .select({ alias: personAliases.alias })
    .from(personAliases)
    .where(eq(personAliases.personId, person.id))
    .orderBy(asc(personAliases.alias))
    .all()
    .map((a) => a.alias);
  const roleDate = (order: "ASC" | "DESC") =>
    sqlite
      .prepare(
        `SELECT ${order === "ASC" ? "date_start" : "coalesce(date_end, date_start)"}
         FROM statements INDEXED BY statements_role_date_idx
         WHERE role_id = ? AND date_start IS NOT NULL ORDER BY date_start ${order} LIMIT 1`,
      )
      .pluck();
  const firstInRole = roleDate("ASC");
  const lastInRole = roleDate("DESC");
  const roleRows = db
    .select({
      id: roles.id,
      slug: roles.slug,
      title: roles.title,
      rank: roles.rank,
      organization: organizations.name,
      startDate: roles.startDate,
      endDate: roles.endDate,
      startPrecision: roles.startPrecision,
      endPrecision: roles.endPrecision,
      note: roles.note,
    })
    .from(roles)
    .leftJoin(organizations, eq(organizations.id, roles.organizationId))
    .where(eq(roles.personId, person.id))
    .all()
    .map(({ id, ...r }) => ({
      ...r,
      firstRecord: (firstInRole.get(id) as string | undefined) ?? null,
      lastRecord: (lastInRole.get(id) as string | undefined) ?? null,
      records: entityCounts(db, "role", id).get("") ?? 0,
    }))
    .sort((a, b) => {
      const ka = a.startDate ?? a.firstRecord;
      const kb = b.startDate ?? b.firstRecord;
      if (ka === kb) return a.slug.localeCompare(b.slug);
      if (ka === null) return 1;
      if (kb === null) return -1;
      return ka < kb ? -1 : 1;
    });
  const topicNames = new Map(
    (
      sqlite.prepare("SELECT id, slug, name FROM topics").all() as {
        id: number;
        slug: string;
        name: string;
      }[]
    ).map((t) => [String(t.id), t]),
  );
  const perTopic = [...entityCounts(db, "person_topic", person.id)]
    .flatMap(([topicId, records]) => {
      const t = topicNames.get(topicId);
      return t ? [{ slug: t.slug, name: t.name, records }] : [];
    })
    .sort((a, b) => b.records - a.records || a.name.localeCompare(b.name));
  const total = Number(
    sqlite
      .prepare("SELECT n FROM position_facet_counts WHERE facet = 'speaker' AND value = ?")
      .pluck()
      .get(String(person.id)) ?? 0,
  );
  const { first, last } = dateSpan(db, "person", person.id);
  return {
    person,
    aliases,
    roles: roleRows,
    total,
    first,
    last,
    perYear: yearCounts(db, "person_year", person.id),
    perTopic,
    latest: cardsInOrder(db, latestRecordIds(db, "person", person.id, LATEST_LIMIT)),
  };
}
