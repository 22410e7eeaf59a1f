/**
 * Authorization rules: the one place that says who may do what. Pure (no framework, no database), so every rule is
 * unit-tested and the authorization matrix test can enumerate them.
 *
 * Deny by default: an unknown permission, an unknown role, a disabled account or an endpoint that is not listed in
 * ENDPOINT_RULES is refused.
 */

/** Ordered from least to most trusted; each role can do everything the roles before it can. */
export const ROLE_ORDER = ["viewer", "analyst", "admin"] as const;
export type Role = (typeof ROLE_ORDER)[number];

/** Who is asking: a signed-in account, or `null` for an anonymous visitor. */
export type Actor = { id: string; role: Role; disabled?: boolean } | null;

/** Minimum level per permission; "anonymous" means anyone, signed in or not. */
type Level = "anonymous" | Role;

export const PERMISSIONS = {
  /** Read position records, annotations and their history. Anonymous unless sign-in is required. */
  "records:read": "anonymous",
  /** Sign in: has to be open to anonymous visitors, or nobody could. */
  "session:create": "anonymous",
  /** Sign out: ending a session that is absent is a harmless no-op. */
  "session:end": "anonymous",
  /** Create annotations, edit any annotation's text, tags and anchor, restore an older revision. */
  "annotations:write": "analyst",
  /** Delete or undelete one's own annotation (ownership is checked against the database as well). */
  "annotations:delete-own": "analyst",
  /** Delete or undelete anyone's annotation. */
  "annotations:delete-any": "admin",
  /** Edit position records (coding, attribution, dates). */
  "records:write": "analyst",
  /**
   * Settle a disputed code with a written reason, and restore over codes two coders coded (issue 12). Admins: a
   * reviewer is someone other than the analysts whose codes differ, and the action refuses a reviewer who coded
   * the item.
   */
  "codes:adjudicate": "admin",
  /**
   * Change the codebook: create, rename, move and merge topics and propositions (issue 12). Admins: a merge moves
   * every record's topics and codes at once and changes what agreement is computed over, and a slug change alters
   * every permalink, so it is the codebook owner's decision, not any one coder's.
   */
  "codebook:write": "admin",
  /** Import articles (reviewed candidates) and records from CSV/JSON files. */
  "records:import": "analyst",
  /** Create, change and disable accounts. */
  "users:manage": "admin",
  /** Read the audit log of security events. */
  "audit:read": "admin",
  /** Change one's own password (the current one is checked as well). */
  "account:password": "viewer",
  /** Save, open, rename, share and delete one's own saved views (ownership is checked against the database). */
  "views:write": "viewer",
} as const satisfies Record<string, Level>;

export type Permission = keyof typeof PERMISSIONS;

export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

export type AuthzSettings = {
  /** When true, every permission, reading included, needs a signed-in account (`REQUIRE_SIGN_IN=1`). */
  requireSignIn: boolean;
};

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLE_ORDER as readonly string[]).includes(value);
}

export function isPermission(value: unknown): value is Permission {
  return typeof value === "string" && Object.hasOwn(PERMISSIONS, value);
}

function rank(level: Level): number {
  return level === "anonymous" ? 0 : ROLE_ORDER.indexOf(level) + 1;
}

/** The least privileged role (or "anonymous") that holds a permission under the given settings. */
export function minimumLevel(permission: Permission, settings: AuthzSettings): Level {
  const level: Level = PERMISSIONS[permission];
  // Signing in itself must stay open, or a "sign-in required" site could never be entered.
  if (
    settings.requireSignIn &&
    level === "anonymous" &&
    permission !== "session:create" &&
    permission !== "session:end"
  )
    return "viewer";
  return level;
}

export function can(actor: Actor, permission: string, settings: AuthzSettings): boolean {
  if (!isPermission(permission)) return false;
  const needed = rank(minimumLevel(permission, settings));
  if (actor === null) return needed === 0;
  if (actor.disabled || !isRole(actor.role)) return false;
  return rank(actor.role) >= needed;
}

export type Refusal = {
  /** "unauthenticated": signing in may help; "forbidden": it will not. */
  reason: "unauthenticated" | "forbidden";
  permission: string;
};

/** Why `can` said no, or null when it said yes. */
export function refusal(actor: Actor, permission: string, settings: AuthzSettings): Refusal | null {
  if (can(actor, permission, settings)) return null;
  return { reason: actor === null ? "unauthenticated" : "forbidden", permission };
}

/**
 * Deleting or undeleting an annotation: its author with "annotations:delete-own", anyone with
 * "annotations:delete-any". `authorId` must be read from the database, never taken from the client.
 */
export function canDeleteAnnotation(actor: Actor, authorId: string, settings: AuthzSettings): boolean {
  if (can(actor, "annotations:delete-any", settings)) return true;
  return actor !== null && actor.id === authorId && can(actor, "annotations:delete-own", settings);
}

/**
 * Every server action and every state-changing route handler in app/, keyed "<file>#<export>", with the permission
 * it checks first. The authorization matrix test scans app/ and fails on any action or POST/PUT/PATCH/DELETE
 * handler missing here, then calls each one as every role and checks the refusals against this table.
 */
export const ENDPOINT_RULES: Record<string, Permission> = {
  "app/sign-in/actions.ts#signInAction": "session:create",
  "app/sign-in/actions.ts#signOutAction": "session:end",
  "app/import/actions.ts#extractArticleAction": "records:import",
  "app/import/actions.ts#saveImportAction": "records:import",
  "app/import/bulk/route.ts#POST": "records:import",
  "app/annotations/actions.ts#createAnnotationAction": "annotations:write",
  "app/annotations/actions.ts#updateAnnotationAction": "annotations:write",
  "app/annotations/actions.ts#restoreRevisionAction": "annotations:write",
  // Plus ownership, read from the database: the author, or "annotations:delete-any" (canDeleteAnnotation).
  "app/annotations/actions.ts#deleteAnnotationAction": "annotations:delete-own",
  "app/annotations/actions.ts#undeleteAnnotationAction": "annotations:delete-own",
  "app/positions/[id]/actions.ts#saveCodingsAction": "records:write",
  "app/positions/[id]/actions.ts#saveRecordAction": "records:write",
  "app/positions/[id]/actions.ts#restoreRecordAction": "records:write",
  "app/officials/[slug]/actions.ts#savePersonAction": "records:write",
  "app/officials/[slug]/actions.ts#restorePersonAction": "records:write",
  "app/officials/[slug]/actions.ts#mergePersonsAction": "records:write",
  "app/events/[slug]/actions.ts#saveEventAction": "records:write",
  "app/events/[slug]/actions.ts#restoreEventAction": "records:write",
  "app/events/[slug]/actions.ts#mergeEventsAction": "records:write",
  "app/coding/actions.ts#saveOwnCodesAction": "records:write",
  "app/coding/actions.ts#adjudicateAction": "codes:adjudicate",
  "app/codebook/actions.ts#changeCodebookAction": "codebook:write",
  "app/admin/users/actions.ts#createUserAction": "users:manage",
  "app/admin/users/actions.ts#updateUserAccessAction": "users:manage",
  "app/admin/users/actions.ts#resetPasswordAction": "users:manage",
  "app/account/actions.ts#changePasswordAction": "account:password",
  // Plus ownership, read from the database: only the owner renames, shares or deletes a view.
  "app/views/actions.ts#saveViewAction": "views:write",
  "app/views/actions.ts#renameViewAction": "views:write",
  "app/views/actions.ts#shareViewAction": "views:write",
  "app/views/actions.ts#deleteViewAction": "views:write",
};

export function endpointRule(key: string): Permission | undefined {
  return Object.hasOwn(ENDPOINT_RULES, key) ? ENDPOINT_RULES[key] : undefined;
}
