/**
 * The domain's enumerations and bounds, once, free of any dependency: db/schema.ts builds its CHECK constraints
 * from them, and validation (forms, imports, the API) and the UI labels (lib/labels.ts) read them from here, so
 * pure code and client components never import the table definitions.
 */

export const DATE_PRECISIONS = ["day", "month", "year", "range", "unknown"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** How a statement's date is known: printed in the source, or worked out (with the reason recorded). */
export const DATE_BASES = ["stated", "inferred", "unknown"] as const;
export type DateBasis = (typeof DATE_BASES)[number];

export const STATEMENT_MODES = ["direct_quote", "paraphrase", "summary"] as const;
export type StatementMode = (typeof STATEMENT_MODES)[number];

/** How the source refers to the speaker in the attributing words. */
export const ATTRIBUTION_KINDS = [
  "full_name",
  "given_name",
  "title_and_name",
  "title_only",
  "role_reference",
  "pronoun",
  "country",
  "continuation",
] as const;
export type AttributionKind = (typeof ATTRIBUTION_KINDS)[number];

export const ATTRIBUTION_STATUSES = ["resolved", "unresolved"] as const;
export type AttributionStatus = (typeof ATTRIBUTION_STATUSES)[number];

export const EVENT_KINDS = [
  "unsc_open_debate",
  "unsc_briefing",
  "unga_plenary",
  "unga_committee",
  "multilateral_meeting",
  "ministerial_conference",
  "summit",
  "bilateral_talks",
  "press_conference",
  "domestic_meeting",
  "parliamentary_session",
  "interview",
  "other",
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const ORGANIZATION_KINDS = [
  "ministry",
  "government",
  "un_mission",
  "party_body",
  "legislature",
  "agency",
  "international_organization",
  "other",
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** Source tiers, most authoritative first. */
export const SOURCE_TIERS = [
  "verbatim_record",
  "official_text",
  "state_media",
  "independent_media",
  "other",
] as const;
export type SourceTier = (typeof SOURCE_TIERS)[number];

/** A coded position is either a stance (-2..+2) or one of the statuses that are not a stance. */
export const POSITION_STATUSES = ["stated", "ambiguous", "no_position", "not_addressed"] as const;
export type PositionStatus = (typeof POSITION_STATUSES)[number];
export const STANCE_MIN = -2;
export const STANCE_MAX = 2;

export const USER_ROLES = ["viewer", "analyst", "admin"] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** The pages a saved view can hold (lib/saved-views.ts). */
export const SAVED_VIEW_KINDS = ["positions", "compare", "timeline"] as const;
export type SavedViewKind = (typeof SAVED_VIEW_KINDS)[number];

/** What a retired slug can name; a rename or a merge leaves one redirect per retired slug (issue 12). */
export const REDIRECT_KINDS = ["topic", "proposition", "person", "event"] as const;
export type RedirectKind = (typeof REDIRECT_KINDS)[number];

/** What one codebook version did (issue 12): each edit in the codebook editor appends one version. */
export const CODEBOOK_CHANGE_KINDS = [
  "topic_create",
  "topic_edit",
  "topic_move",
  "topic_merge",
  "proposition_create",
  "proposition_edit",
  "proposition_move",
  "proposition_merge",
] as const;
export type CodebookChangeKind = (typeof CODEBOOK_CHANGE_KINDS)[number];

export const REVISION_ACTIONS = ["create", "edit", "delete", "restore"] as const;
export type RevisionAction = (typeof REVISION_ACTIONS)[number];

/** Security events the audit log records (lib/audit.ts describes each). */
export const AUDIT_ACTIONS = [
  "sign_in",
  "sign_in_failed",
  "sign_in_throttled",
  "password_changed",
  "user_created",
  "role_changed",
  "user_disabled",
  "user_enabled",
  "password_reset",
  "article_imported",
  "records_imported",
  "database_restored",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
