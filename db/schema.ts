/**
 * Over 400 lines on purpose: drizzle-kit generates the migrations from this one file, and the data model reads
 * best in one place, each table with its constraints and the reasons for them (the domain rules themselves are in
 * lib/domain.ts and lib/date-rule.ts, which the CHECKs here are built from).
 */
import { sql } from "drizzle-orm";
import {
  type AnySQLiteColumn,
  check,
  customType,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import { dateCheckSql } from "@/lib/date-rule";
import {
  ATTRIBUTION_KINDS,
  ATTRIBUTION_STATUSES,
  AUDIT_ACTIONS,
  CODEBOOK_CHANGE_KINDS,
  DATE_BASES,
  DATE_PRECISIONS,
  EVENT_KINDS,
  ORGANIZATION_KINDS,
  POSITION_STATUSES,
  REDIRECT_KINDS,
  REVISION_ACTIONS,
  SAVED_VIEW_KINDS,
  SOURCE_TIERS,
  STANCE_MAX,
  STANCE_MIN,
  STATEMENT_MODES,
  USER_ROLES,
} from "@/lib/domain";
import { DECISION_KINDS, REVIEW_STATUSES } from "@/lib/review";

// The enumerations live in lib/domain.ts (pure); re-exported for the code that reads them with the tables.
export * from "@/lib/domain";

const inList = (column: string, values: readonly string[]) =>
  sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(", ")})`);

/**
 * A date with Wikidata-style precision, stored as the first and last possible day:
 * "Nov 2018" is 2018-11-01..2018-11-30 with precision "month"; "7-8 Nov 2018" is a "range". The rule is
 * lib/date-rule.ts's, the one the forms and imports apply.
 */
const datedChecks = (prefix: string, start: string, end: string, precision: string) => [
  check(`${prefix}_precision_ck`, inList(precision, DATE_PRECISIONS)),
  check(`${prefix}_dates_ck`, sql.raw(dateCheckSql(start, end, precision))),
];

const timestamps = {
  createdAt: text("created_at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
};

/**
 * A timestamp stored as ISO-8601 text (like every other timestamp here) but read and written as a Date, which is
 * what better-auth's adapter hands over for its own tables.
 */
const isoTimestamp = customType<{ data: Date; driverData: string }>({
  dataType: () => "text",
  toDriver: (value) => value.toISOString(),
  fromDriver: (value) => new Date(value),
});
const nowIso = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

/** Accounts. better-auth's `user` model maps onto this table; `role` and `disabled` are ours. */
export const users = sqliteTable(
  "users",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    email: text("email").notNull().unique(),
    emailVerified: integer("email_verified", { mode: "boolean" }).notNull().default(false),
    image: text("image"),
    role: text("role", { enum: USER_ROLES }).notNull().default("viewer"),
    disabled: integer("disabled", { mode: "boolean" }).notNull().default(false),
    createdAt: isoTimestamp("created_at").notNull().default(nowIso),
    updatedAt: isoTimestamp("updated_at").notNull().default(nowIso),
  },
  (t) => [check("users_role_ck", inList(t.role.name, USER_ROLES))],
);

/** better-auth sessions: the cookie carries `token`; deleting the row ends the session for real. */
export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    token: text("token").notNull().unique(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: isoTimestamp("expires_at").notNull(),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
    createdAt: isoTimestamp("created_at").notNull().default(nowIso),
    updatedAt: isoTimestamp("updated_at").notNull().default(nowIso),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/** better-auth credentials: for email + password, provider "credential" and a scrypt hash in `password`. */
export const accounts = sqliteTable(
  "accounts",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id").notNull(),
    providerId: text("provider_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    accessToken: text("access_token"),
    refreshToken: text("refresh_token"),
    idToken: text("id_token"),
    accessTokenExpiresAt: isoTimestamp("access_token_expires_at"),
    refreshTokenExpiresAt: isoTimestamp("refresh_token_expires_at"),
    scope: text("scope"),
    password: text("password"),
    createdAt: isoTimestamp("created_at").notNull().default(nowIso),
    updatedAt: isoTimestamp("updated_at").notNull().default(nowIso),
  },
  (t) => [index("accounts_user_idx").on(t.userId)],
);

export const verifications = sqliteTable(
  "verifications",
  {
    id: text("id").primaryKey(),
    identifier: text("identifier").notNull(),
    value: text("value").notNull(),
    expiresAt: isoTimestamp("expires_at").notNull(),
    createdAt: isoTimestamp("created_at").notNull().default(nowIso),
    updatedAt: isoTimestamp("updated_at").notNull().default(nowIso),
  },
  (t) => [index("verifications_identifier_idx").on(t.identifier)],
);

/**
 * Append-only log of security events (triggers refuse UPDATE and DELETE). `actor_id` is null for someone not
 * signed in (a failed sign-in); `actor_email` keeps who it was even after the account is gone. `detail` is JSON
 * and never holds a secret.
 */
export const auditEvents = sqliteTable(
  "audit_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: isoTimestamp("at").notNull().default(nowIso),
    action: text("action", { enum: AUDIT_ACTIONS }).notNull(),
    actorId: text("actor_id"),
    actorEmail: text("actor_email"),
    target: text("target"),
    address: text("address"),
    detail: text("detail"),
  },
  (t) => [
    check("audit_events_action_ck", inList(t.action.name, AUDIT_ACTIONS)),
    index("audit_events_at_idx").on(t.at),
    index("audit_events_action_at_idx").on(t.action, t.at),
  ],
);

/** Fixed-window counters for sign-in attempts, per account and per address; shared by every server process. */
export const rateLimits = sqliteTable("rate_limits", {
  key: text("key").primaryKey(),
  count: integer("count").notNull(),
  /** Start of the current window, milliseconds since the epoch. */
  windowStart: integer("window_start").notNull(),
});

export const persons = sqliteTable(
  "persons",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull().unique(),
    /** As usually written in English-language sources, family name first: "Bui Van Nam". */
    name: text("name").notNull(),
    /** With diacritics, where known: "Bùi Văn Nam". */
    nativeName: text("native_name"),
    familyName: text("family_name"),
    /** The name a Vietnamese source uses after the first mention: the last word ("Nam"). */
    givenName: text("given_name"),
    /** ISO 3166-1 alpha-2. */
    country: text("country").notNull(),
    note: text("note"),
    /**
     * Set when this person was merged into another (issue 12): the row stays, emptied of records, roles and
     * aliases, so that its revisions and the old record revisions naming it stay readable; its slug redirects.
     */
    mergedIntoId: integer("merged_into_id").references((): AnySQLiteColumn => persons.id),
    ...timestamps,
  },
  (t) => [
    check("persons_slug_ck", sql`${t.slug} glob '[a-z0-9]*' and ${t.slug} not glob '*[^a-z0-9-]*'`),
    check("persons_country_ck", sql`length(${t.country}) = 2`),
  ],
);

export const personAliases = sqliteTable(
  "person_aliases",
  {
    personId: integer("person_id")
      .notNull()
      .references(() => persons.id, { onDelete: "cascade" }),
    alias: text("alias").notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.alias] })],
);

export const organizations = sqliteTable(
  "organizations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    nativeName: text("native_name"),
    kind: text("kind", { enum: ORGANIZATION_KINDS }).notNull(),
    country: text("country"),
    parentId: integer("parent_id").references((): AnySQLiteColumn => organizations.id),
    ...timestamps,
  },
  (t) => [
    check("organizations_kind_ck", inList(t.kind.name, ORGANIZATION_KINDS)),
    check("organizations_slug_ck", sql`${t.slug} not glob '*[^a-z0-9-]*'`),
  ],
);

/** A Popolo-style membership: the post a person held in an organization, over a period. */
export const roles = sqliteTable(
  "roles",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull().unique(),
    personId: integer("person_id")
      .notNull()
      .references(() => persons.id),
    organizationId: integer("organization_id").references(() => organizations.id),
    /** The post title as written: "Deputy Minister of Public Security". */
    title: text("title").notNull(),
    /** Military or police rank, spelt out: "Senior Lieutenant General". */
    rank: text("rank"),
    startDate: text("start_date"),
    endDate: text("end_date"),
    startPrecision: text("start_precision", { enum: DATE_PRECISIONS }).notNull().default("unknown"),
    endPrecision: text("end_precision", { enum: DATE_PRECISIONS }).notNull().default("unknown"),
    note: text("note"),
    ...timestamps,
  },
  (t) => [
    index("roles_person_idx").on(t.personId),
    check("roles_start_precision_ck", inList(t.startPrecision.name, DATE_PRECISIONS)),
    check("roles_end_precision_ck", inList(t.endPrecision.name, DATE_PRECISIONS)),
    check("roles_start_ck", sql`(${t.startDate} is null) = (${t.startPrecision} = 'unknown')`),
    check("roles_end_ck", sql`(${t.endDate} is null) = (${t.endPrecision} = 'unknown')`),
    check(
      "roles_order_ck",
      sql`${t.startDate} is null or ${t.endDate} is null or ${t.startDate} <= ${t.endDate}`,
    ),
  ],
);

export const events = sqliteTable(
  "events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    /** The recurring series, if any: "Meeting of heads of special services, security and law enforcement agencies". */
    series: text("series"),
    edition: integer("edition"),
    kind: text("kind", { enum: EVENT_KINDS }).notNull(),
    city: text("city"),
    country: text("country"),
    startDate: text("start_date"),
    endDate: text("end_date"),
    datePrecision: text("date_precision", { enum: DATE_PRECISIONS }).notNull().default("unknown"),
    dateBasis: text("date_basis", { enum: DATE_BASES }).notNull().default("unknown"),
    dateNote: text("date_note"),
    organiser: text("organiser"),
    chair: text("chair"),
    /** Official document symbol of the record of the meeting, e.g. "S/PV.1234", only where known. */
    documentSymbol: text("document_symbol"),
    /** Outcome documents as reported: communiqués, joint statements. */
    outcome: text("outcome"),
    /** Set when this event was merged into another, as for persons.merged_into_id. */
    mergedIntoId: integer("merged_into_id").references((): AnySQLiteColumn => events.id),
    ...timestamps,
  },
  (t) => [
    check("events_kind_ck", inList(t.kind.name, EVENT_KINDS)),
    check("events_date_basis_ck", inList(t.dateBasis.name, DATE_BASES)),
    ...datedChecks("events", t.startDate.name, t.endDate.name, t.datePrecision.name),
  ],
);

export const sources = sqliteTable(
  "sources",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull().unique(),
    outlet: text("outlet").notNull(),
    title: text("title").notNull(),
    url: text("url").unique(),
    publishedDate: text("published_date"),
    retrievedDate: text("retrieved_date"),
    tier: text("tier", { enum: SOURCE_TIERS }).notNull(),
    language: text("language").notNull().default("en"),
    /** The text exactly as received, junk included; evidence offsets point into it. */
    rawText: text("raw_text").notNull(),
    /** sha256 of the UTF-8 bytes of raw_text, hex. */
    rawTextSha256: text("raw_text_sha256").notNull().unique(),
    note: text("note"),
    ...timestamps,
  },
  (t) => [
    check("sources_tier_ck", inList(t.tier.name, SOURCE_TIERS)),
    check("sources_hash_ck", sql`length(${t.rawTextSha256}) = 64`),
    // An export reads these four of every source it names; a source row holds its whole article, so without a
    // covering index each lookup costs a page of article text (90 ms per export at 100,000 records, 10x at 1M).
    index("sources_export_lookup_idx").on(t.id, t.rawTextSha256, t.url, t.title),
  ],
);

export const topics = sqliteTable(
  "topics",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    description: text("description"),
    parentId: integer("parent_id").references((): AnySQLiteColumn => topics.id),
    /** Materialised path of slugs ("cyber-security/cybercrime"), so "a topic includes its subtopics" is a prefix match. */
    path: text("path").notNull().unique(),
  },
  (t) => [
    check("topics_slug_ck", sql`${t.slug} not glob '*[^a-z0-9-]*'`),
    check("topics_path_ck", sql`${t.path} = ${t.slug} or ${t.path} glob '*/' || ${t.slug}`),
  ],
);

export const statements = sqliteTable(
  "statements",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Stable public id used in permalinks; never reused or changed. */
    publicId: text("public_id").notNull().unique(),
    sourceId: integer("source_id")
      .notNull()
      .references(() => sources.id),
    /** Null while the attribution is unresolved: never guessed. */
    personId: integer("person_id").references(() => persons.id),
    /** The post held when the statement was made. */
    roleId: integer("role_id").references(() => roles.id),
    eventId: integer("event_id").references(() => events.id),
    /** The attributing words exactly as written: "Nam shared", "the Vietnamese officer proposed". */
    attributionText: text("attribution_text").notNull(),
    attributionKind: text("attribution_kind", { enum: ATTRIBUTION_KINDS }).notNull(),
    attributionStatus: text("attribution_status", { enum: ATTRIBUTION_STATUSES }).notNull(),
    /** Why the attribution resolves to this person, or why it could not be resolved. */
    attributionNote: text("attribution_note"),
    dateStart: text("date_start"),
    dateEnd: text("date_end"),
    datePrecision: text("date_precision", { enum: DATE_PRECISIONS }).notNull(),
    dateBasis: text("date_basis", { enum: DATE_BASES }).notNull(),
    /** Required when the date is inferred: the reasoning, so a reader can check it. */
    dateNote: text("date_note"),
    mode: text("mode", { enum: STATEMENT_MODES }).notNull(),
    /** The statement as displayed: cleaned of scraping junk. */
    text: text("text").notNull(),
    /** Evidence: offsets in Unicode code points into sources.raw_text (W3C TextPositionSelector) ... */
    evidenceStart: integer("evidence_start").notNull(),
    evidenceEnd: integer("evidence_end").notNull(),
    /** ... and the quoted passage itself (TextQuoteSelector exact), which must equal that slice. */
    evidenceText: text("evidence_text").notNull(),
    language: text("language").notNull().default("en"),
    /** Bumped by every edit; a save based on an older version is refused (optimistic concurrency). */
    version: integer("version").notNull().default(1),
    ...timestamps,
    updatedAt: text("updated_at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  },
  (t) => [
    index("statements_person_idx").on(t.personId),
    index("statements_event_idx").on(t.eventId),
    index("statements_source_idx").on(t.sourceId),
    index("statements_date_idx").on(t.dateStart, t.dateEnd),
    // Another report of a statement in another language is looked up by speaker and date (import review).
    index("statements_person_date_idx").on(t.personId, t.dateStart),
    check("statements_mode_ck", inList(t.mode.name, STATEMENT_MODES)),
    check("statements_attribution_kind_ck", inList(t.attributionKind.name, ATTRIBUTION_KINDS)),
    check("statements_attribution_status_ck", inList(t.attributionStatus.name, ATTRIBUTION_STATUSES)),
    check(
      "statements_attribution_person_ck",
      sql`(${t.attributionStatus} = 'resolved') = (${t.personId} is not null)`,
    ),
    check("statements_role_needs_person_ck", sql`${t.roleId} is null or ${t.personId} is not null`),
    check("statements_date_basis_ck", inList(t.dateBasis.name, DATE_BASES)),
    check(
      "statements_date_basis_consistent_ck",
      sql`(${t.dateBasis} = 'unknown') = (${t.datePrecision} = 'unknown') and (${t.dateBasis} <> 'inferred' or ${t.dateNote} is not null)`,
    ),
    ...datedChecks("statements", t.dateStart.name, t.dateEnd.name, t.datePrecision.name),
    check(
      "statements_evidence_ck",
      sql`${t.evidenceStart} >= 0 and ${t.evidenceEnd} > ${t.evidenceStart} and length(${t.evidenceText}) > 0`,
    ),
    check("statements_public_id_ck", sql`${t.publicId} not glob '*[^a-z0-9-]*'`),
  ],
);

export const statementTopics = sqliteTable(
  "statement_topics",
  {
    statementId: integer("statement_id")
      .notNull()
      .references(() => statements.id, { onDelete: "cascade" }),
    topicId: integer("topic_id")
      .notNull()
      .references(() => topics.id),
  },
  (t) => [
    primaryKey({ columns: [t.statementId, t.topicId] }),
    index("statement_topics_topic_idx").on(t.topicId),
  ],
);

/** A claim under a topic on which statements can be coded: "International cyber cooperation must rest on ...". */
export const propositions = sqliteTable("propositions", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  topicId: integer("topic_id")
    .notNull()
    .references(() => topics.id),
  text: text("text").notNull(),
  /** Short label for compact views: "Sovereignty as basis of cooperation". */
  label: text("label").notNull(),
});

/** One statement's position on one proposition: a stance from -2 to +2, or a status that is not a stance. */
export const codedPositions = sqliteTable(
  "coded_positions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    statementId: integer("statement_id")
      .notNull()
      .references(() => statements.id, { onDelete: "cascade" }),
    propositionId: integer("proposition_id")
      .notNull()
      .references(() => propositions.id),
    status: text("status", { enum: POSITION_STATUSES }).notNull(),
    stance: integer("stance"),
    /** The words in the statement that carry the position. */
    basis: text("basis"),
    note: text("note"),
    /** How the code was settled (lib/review.ts); codes recorded before double coding are one unknown coder's drafts. */
    reviewStatus: text("review_status", { enum: REVIEW_STATUSES }).notNull().default("draft"),
  },
  (t) => [
    uniqueIndex("coded_positions_statement_proposition_uq").on(t.statementId, t.propositionId),
    index("coded_positions_proposition_idx").on(t.propositionId),
    // The double-coded items (agreed, disputed, adjudicated): what agreement reads, whatever the corpus holds.
    index("coded_positions_review_idx")
      .on(t.reviewStatus, t.propositionId)
      .where(sql`review_status <> 'draft'`),
    check("coded_positions_review_status_ck", inList(t.reviewStatus.name, REVIEW_STATUSES)),
    check("coded_positions_status_ck", inList(t.status.name, POSITION_STATUSES)),
    check(
      "coded_positions_stance_ck",
      sql`(${t.status} = 'stated' and ${t.stance} is not null and ${t.stance} between ${sql.raw(String(STANCE_MIN))} and ${sql.raw(String(STANCE_MAX))}) or (${t.status} <> 'stated' and ${t.stance} is null)`,
    ),
  ],
);

export const annotations = sqliteTable(
  "annotations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    publicId: text("public_id").notNull().unique(),
    statementId: integer("statement_id")
      .notNull()
      .references(() => statements.id),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    /** Markdown. */
    body: text("body").notNull(),
    /** Optional anchor (JSON: which text, exact quote, prefix, suffix, code-point offsets). */
    anchor: text("anchor", { mode: "json" }),
    version: integer("version").notNull().default(1),
    ...timestamps,
    updatedAt: text("updated_at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
    updatedBy: text("updated_by").references(() => users.id),
    deletedAt: text("deleted_at"),
  },
  (t) => [
    index("annotations_statement_idx").on(t.statementId),
    check("annotations_version_ck", sql`${t.version} >= 1`),
    check("annotations_anchor_ck", sql`${t.anchor} is null or json_valid(${t.anchor})`),
  ],
);

export const annotationTags = sqliteTable(
  "annotation_tags",
  {
    annotationId: integer("annotation_id")
      .notNull()
      .references(() => annotations.id, { onDelete: "cascade" }),
    tag: text("tag").notNull(),
  },
  (t) => [primaryKey({ columns: [t.annotationId, t.tag] }), index("annotation_tags_tag_idx").on(t.tag)],
);

/** Append-only: triggers in the migrations refuse UPDATE and DELETE. */
export const annotationRevisions = sqliteTable(
  "annotation_revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    annotationId: integer("annotation_id")
      .notNull()
      .references(() => annotations.id),
    version: integer("version").notNull(),
    action: text("action", { enum: REVISION_ACTIONS }).notNull(),
    body: text("body").notNull(),
    /** JSON array of tags at this revision. */
    tags: text("tags", { mode: "json" }).notNull(),
    anchor: text("anchor", { mode: "json" }),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("annotation_revisions_version_uq").on(t.annotationId, t.version),
    check("annotation_revisions_action_ck", inList(t.action.name, REVISION_ACTIONS)),
    check("annotation_revisions_tags_ck", sql`json_valid(${t.tags}) and json_type(${t.tags}) = 'array'`),
  ],
);

/**
 * Another source reporting a statement already on record (the same words in a second article): the record is
 * not duplicated; the extra source and its evidence are kept here.
 */
export const statementAppearances = sqliteTable(
  "statement_appearances",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    statementId: integer("statement_id")
      .notNull()
      .references(() => statements.id, { onDelete: "cascade" }),
    sourceId: integer("source_id")
      .notNull()
      .references(() => sources.id),
    /** Offsets in code points into that source's raw_text, end exclusive, and the passage itself. */
    evidenceStart: integer("evidence_start").notNull(),
    evidenceEnd: integer("evidence_end").notNull(),
    evidenceText: text("evidence_text").notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("statement_appearances_uq").on(t.statementId, t.sourceId, t.evidenceStart),
    index("statement_appearances_source_idx").on(t.sourceId),
    check(
      "statement_appearances_evidence_ck",
      sql`${t.evidenceStart} >= 0 and ${t.evidenceEnd} > ${t.evidenceStart} and length(${t.evidenceText}) > 0`,
    ),
  ],
);

/**
 * Edit history of position records. Append-only: triggers in the migrations refuse UPDATE and DELETE. `snapshot`
 * is JSON of the editable fields and codings after the change, so any two revisions can be compared.
 */
export const statementRevisions = sqliteTable(
  "statement_revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    statementId: integer("statement_id")
      .notNull()
      .references(() => statements.id),
    version: integer("version").notNull(),
    action: text("action", { enum: REVISION_ACTIONS }).notNull(),
    snapshot: text("snapshot", { mode: "json" }).notNull(),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("statement_revisions_version_uq").on(t.statementId, t.version),
    check("statement_revisions_action_ck", inList(t.action.name, REVISION_ACTIONS)),
    check("statement_revisions_snapshot_ck", sql`json_valid(${t.snapshot})`),
  ],
);

/**
 * Edit history of people (issue 12): each edit of a person's names, aliases or roles appends one row with the
 * state after it and before it. Append-only (triggers in the migration refuse UPDATE and DELETE); the latest
 * version is the person's current one, which an edit checks so that two editors never overwrite each other.
 */
export const personRevisions = sqliteTable(
  "person_revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    personId: integer("person_id")
      .notNull()
      .references(() => persons.id),
    version: integer("version").notNull(),
    snapshot: text("snapshot", { mode: "json" }).notNull(),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("person_revisions_version_uq").on(t.personId, t.version),
    check("person_revisions_snapshot_ck", sql`json_valid(${t.snapshot})`),
  ],
);

/**
 * Edit history of events (issue 12), as person_revisions: one append-only row per edit, merge or restore, with the
 * state before and after; the latest version is the event's current one.
 */
export const eventRevisions = sqliteTable(
  "event_revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id),
    version: integer("version").notNull(),
    snapshot: text("snapshot", { mode: "json" }).notNull(),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("event_revisions_version_uq").on(t.eventId, t.version),
    check("event_revisions_snapshot_ck", sql`json_valid(${t.snapshot})`),
  ],
);

/**
 * Slugs retired by a rename or a merge, and the slug that now answers for them, so that no permalink breaks.
 * `to_slug` is always a live slug: retiring a slug that others already redirect to moves those along with it
 * (db/queries/redirects.ts), so a lookup is one step, never a chain.
 */
export const slugRedirects = sqliteTable(
  "slug_redirects",
  {
    kind: text("kind", { enum: REDIRECT_KINDS }).notNull(),
    fromSlug: text("from_slug").notNull(),
    toSlug: text("to_slug").notNull(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.kind, t.fromSlug] }),
    check("slug_redirects_kind_ck", inList(t.kind.name, REDIRECT_KINDS)),
    check("slug_redirects_not_self_ck", sql`${t.fromSlug} <> ${t.toSlug}`),
  ],
);

/**
 * Codebook versions (issue 12): every change made in the codebook editor (a topic or proposition created, edited,
 * moved or merged) appends one row, numbered 1, 2, 3, ...; the codebook as seeded is version 0. Append-only
 * (triggers in the migration refuse UPDATE and DELETE). An edit names the version it started from and is refused
 * when another has been appended since, so two editors never overwrite each other.
 */
export const codebookVersions = sqliteTable(
  "codebook_versions",
  {
    version: integer("version").primaryKey(),
    kind: text("kind", { enum: CODEBOOK_CHANGE_KINDS }).notNull(),
    /** The slug of the topic or proposition changed, as it was before the change (after it, for a create). */
    subject: text("subject").notNull(),
    before: text("before", { mode: "json" }),
    after: text("after", { mode: "json" }).notNull(),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    ...timestamps,
  },
  (t) => [
    check("codebook_versions_kind_ck", inList(t.kind.name, CODEBOOK_CHANGE_KINDS)),
    check(
      "codebook_versions_json_ck",
      sql`json_valid(${t.after}) and (${t.before} is null or json_valid(${t.before}))`,
    ),
    check("codebook_versions_version_ck", sql`${t.version} >= 1`),
  ],
);

export const EXTRACTION_DECISIONS = ["accepted", "corrected", "rejected"] as const;
export type ExtractionDecision = (typeof EXTRACTION_DECISIONS)[number];

/**
 * What the reviewer did with each proposal of the article extractor, by the rule that made it: accepted as
 * proposed, accepted with another speaker ("corrected"), or rejected. Append-only; the counts per rule below are
 * what the import page reads, so its cost does not grow with the number of decisions.
 */
export const extractionDecisions = sqliteTable(
  "extraction_decisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    sourceId: integer("source_id")
      .notNull()
      .references(() => sources.id),
    /** The candidate's key on the review page ("c3"). */
    candidateKey: text("candidate_key").notNull(),
    /** The extraction rule ("en.speaker-verb", "vi.theo", "continuation", ...). */
    rule: text("rule").notNull(),
    attributionKind: text("attribution_kind", { enum: ATTRIBUTION_KINDS }).notNull(),
    language: text("language").notNull().default("en"),
    decision: text("decision", { enum: EXTRACTION_DECISIONS }).notNull(),
    ...timestamps,
  },
  (t) => [
    index("extraction_decisions_source_idx").on(t.sourceId),
    check("extraction_decisions_decision_ck", inList(t.decision.name, EXTRACTION_DECISIONS)),
    check("extraction_decisions_kind_ck", inList(t.attributionKind.name, ATTRIBUTION_KINDS)),
  ],
);

/** Decisions counted per rule and language, kept in step by a trigger on extraction_decisions. */
export const extractionRuleCounts = sqliteTable(
  "extraction_rule_counts",
  {
    rule: text("rule").notNull(),
    language: text("language").notNull(),
    accepted: integer("accepted").notNull().default(0),
    corrected: integer("corrected").notNull().default(0),
    rejected: integer("rejected").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.rule, t.language] })],
);

/** What a saved view shows: the positions table, a comparison or a timeline (its path, without the slash). */

/**
 * A user's named view: the page's path and query (the URL is the state). `shared` makes it visible to every
 * signed-in user; otherwise only its owner sees it. The marks are where the corpus stood when it was saved (the
 * newest statement and revision ids): "new or changed since" counts from there until a user opens it.
 */
export const savedViews = sqliteTable(
  "saved_views",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    ownerId: text("owner_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    kind: text("kind", { enum: SAVED_VIEW_KINDS }).notNull(),
    url: text("url").notNull(),
    shared: integer("shared", { mode: "boolean" }).notNull().default(false),
    statementMark: integer("statement_mark").notNull(),
    revisionMark: integer("revision_mark").notNull(),
    ...timestamps,
    updatedAt: text("updated_at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  },
  (t) => [
    index("saved_views_owner_idx").on(t.ownerId, t.id),
    index("saved_views_shared_idx").on(t.shared, t.id),
    check("saved_views_kind_ck", inList(t.kind.name, SAVED_VIEW_KINDS)),
    check("saved_views_name_ck", sql`length(${t.name}) between 1 and 120`),
  ],
);

/** When each user last opened a saved view (theirs or a shared one), as marks of the corpus at that moment. */
export const savedViewOpens = sqliteTable(
  "saved_view_opens",
  {
    viewId: integer("view_id")
      .notNull()
      .references(() => savedViews.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    statementMark: integer("statement_mark").notNull(),
    revisionMark: integer("revision_mark").notNull(),
    openedAt: text("opened_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.viewId, t.userId] })],
);

/**
 * Double coding (issue 12): each coder's own code of a record on a proposition. The current code in
 * coded_positions is settled from these (lib/review.ts settleCodes) in the transaction that writes them.
 */
export const coderCodes = sqliteTable(
  "coder_codes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    statementId: integer("statement_id")
      .notNull()
      .references(() => statements.id, { onDelete: "cascade" }),
    propositionId: integer("proposition_id")
      .notNull()
      .references(() => propositions.id),
    coderId: text("coder_id")
      .notNull()
      .references(() => users.id),
    status: text("status", { enum: POSITION_STATUSES }).notNull(),
    stance: integer("stance"),
    basis: text("basis"),
    note: text("note"),
    ...timestamps,
    updatedAt: text("updated_at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
    /** The codebook version (codebook_versions) the code was last written under: agreement is given per version. */
    codebookVersion: integer("codebook_version").notNull().default(0),
  },
  (t) => [
    uniqueIndex("coder_codes_item_coder_uq").on(t.statementId, t.propositionId, t.coderId),
    index("coder_codes_coder_idx").on(t.coderId),
    // A proposition merge or move reads and rewrites every code of one proposition.
    index("coder_codes_proposition_idx").on(t.propositionId),
    check("coder_codes_status_ck", inList(t.status.name, POSITION_STATUSES)),
    check(
      "coder_codes_stance_ck",
      sql`(${t.status} = 'stated' and ${t.stance} is not null and ${t.stance} between ${sql.raw(String(STANCE_MIN))} and ${sql.raw(String(STANCE_MAX))}) or (${t.status} <> 'stated' and ${t.stance} is null)`,
    ),
  ],
);

/** One coder's codes of one record are saved as a set; its version makes two tabs of one coder conflict. */
export const coderSheets = sqliteTable(
  "coder_sheets",
  {
    statementId: integer("statement_id")
      .notNull()
      .references(() => statements.id, { onDelete: "cascade" }),
    coderId: text("coder_id")
      .notNull()
      .references(() => users.id),
    version: integer("version").notNull(),
    updatedAt: text("updated_at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  },
  (t) => [primaryKey({ columns: [t.statementId, t.coderId] })],
);

/**
 * Reviewers' decisions (and restores) that set a current code over the coders' codes, each with its written
 * reason. Append-only: triggers in the migration refuse UPDATE and DELETE. A null status means "no code".
 */
export const codeDecisions = sqliteTable(
  "code_decisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    statementId: integer("statement_id")
      .notNull()
      .references(() => statements.id),
    propositionId: integer("proposition_id")
      .notNull()
      .references(() => propositions.id),
    deciderId: text("decider_id")
      .notNull()
      .references(() => users.id),
    kind: text("kind", { enum: DECISION_KINDS }).notNull(),
    status: text("status", { enum: POSITION_STATUSES }),
    stance: integer("stance"),
    basis: text("basis"),
    note: text("note"),
    reason: text("reason").notNull(),
    ...timestamps,
  },
  (t) => [
    index("code_decisions_item_idx").on(t.statementId, t.propositionId),
    check("code_decisions_kind_ck", inList(t.kind.name, DECISION_KINDS)),
    check("code_decisions_reason_ck", sql`length(trim(${t.reason})) > 0`),
  ],
);
