"use server";

import { hashPassword } from "better-auth/crypto";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import {
  createUserWithPassword,
  getUser,
  getUserByEmail,
  setUserPassword,
  type UserSummary,
  updateUserAccess,
} from "@/db/queries/users";
import { USER_ROLES } from "@/db/schema";
import { randomPassword } from "@/lib/passwords";
import { type AuditEvent, audited } from "../../_server/audit";
import { authorize, type CurrentUser } from "../../_server/current-user";

export type UserActionResult =
  | { ok: true; data: { user: UserSummary; password?: string } }
  | {
      ok: false;
      code: "unauthenticated" | "forbidden" | "cross-origin" | "invalid" | "not_found" | "conflict";
      error: string;
      fieldErrors?: Record<string, string>;
    };
type Failure = Extract<UserActionResult, { ok: false }>;

async function gate(): Promise<{ admin: CurrentUser } | Failure> {
  const result = await authorize("users:manage");
  if (!result.ok) return { ok: false, code: result.reason, error: result.error };
  if (!result.user) return { ok: false, code: "unauthenticated", error: "Sign in to do this." };
  return { admin: result.user };
}

const NOT_FOUND: Failure = { ok: false, code: "not_found", error: "That account does not exist." };

function invalid(error: z.ZodError): Failure {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) fieldErrors[String(issue.path[0] ?? "form")] ??= issue.message;
  return { ok: false, code: "invalid", error: "Check the highlighted fields.", fieldErrors };
}

const userId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "Not a valid account id.");

const CreateInput = z.object({
  email: z.email("Enter an email address.").max(254),
  name: z.string().trim().min(1, "Enter a name.").max(200),
  role: z.enum(USER_ROLES, { message: "Choose a role." }),
});

/** Creates an account with a random password, returned once so the admin can hand it over. */
export async function createUserAction(input: unknown): Promise<UserActionResult> {
  const allowed = await gate();
  if ("ok" in allowed) return allowed;
  const raw = (typeof input === "object" && input !== null ? input : {}) as Record<string, unknown>;
  const parsed = CreateInput.safeParse({
    ...raw,
    email: typeof raw.email === "string" ? raw.email.trim().toLowerCase() : raw.email,
  });
  if (!parsed.success) return invalid(parsed.error);
  const db = getDb();
  if (getUserByEmail(db, parsed.data.email))
    return {
      ok: false,
      code: "invalid",
      error: "An account with that email exists.",
      fieldErrors: { email: "An account with that email exists." },
    };
  const password = randomPassword();
  const passwordHash = await hashPassword(password);
  const user = await audited(
    allowed.admin,
    () => createUserWithPassword(db, { ...parsed.data, passwordHash }),
    (made) => [{ action: "user_created", target: made.email, detail: { role: made.role } }],
  );
  revalidatePath("/admin/users");
  return { ok: true, data: { user, password } };
}

const AccessInput = z.object({
  userId,
  role: z.enum(USER_ROLES).optional(),
  disabled: z.boolean().optional(),
});

/** Changes role and/or disables or re-enables; disabling ends the account's sessions at once. */
export async function updateUserAccessAction(input: unknown): Promise<UserActionResult> {
  const allowed = await gate();
  if ("ok" in allowed) return allowed;
  const parsed = AccessInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const db = getDb();
  const { outcome, user } = await audited(
    allowed.admin,
    () => {
      const before = getUser(db, parsed.data.userId);
      const outcome = updateUserAccess(db, parsed.data.userId, {
        role: parsed.data.role,
        disabled: parsed.data.disabled,
      });
      return { before, outcome, user: getUser(db, parsed.data.userId) };
    },
    ({ before, outcome, user }) => {
      const events: AuditEvent[] = [];
      if (outcome !== "ok" || !before || !user) return events;
      if (before.role !== user.role)
        events.push({
          action: "role_changed",
          target: user.email,
          detail: { from: before.role, to: user.role },
        });
      if (before.disabled !== user.disabled)
        events.push({ action: user.disabled ? "user_disabled" : "user_enabled", target: user.email });
      return events;
    },
  );
  if (outcome === "not_found") return NOT_FOUND;
  if (outcome === "last_admin")
    return { ok: false, code: "conflict", error: "This is the last active admin: make another admin first." };
  if (!user) return NOT_FOUND;
  revalidatePath("/admin/users");
  return { ok: true, data: { user } };
}

/** Sets a new random password (returned once) and ends the account's sessions. */
export async function resetPasswordAction(input: unknown): Promise<UserActionResult> {
  const allowed = await gate();
  if ("ok" in allowed) return allowed;
  const parsed = z.object({ userId }).safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const db = getDb();
  const user = getUser(db, parsed.data.userId);
  if (!user) return NOT_FOUND;
  const password = randomPassword();
  const passwordHash = await hashPassword(password);
  const reset = await audited(
    allowed.admin,
    () => setUserPassword(db, user.id, passwordHash),
    (done) => (done ? [{ action: "password_reset", target: user.email }] : []),
  );
  if (!reset) return NOT_FOUND;
  return { ok: true, data: { user, password } };
}
