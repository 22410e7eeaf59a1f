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
import { topField } from "@/lib/field-errors";
import { randomPassword } from "@/lib/passwords";
import { type ActionResult, action, conflict, invalid, notFound } from "../../_server/action";
import { type AuditEvent, audited } from "../../_server/audit";

export type UserActionResult = ActionResult<{ user: UserSummary; password?: string }>;

const NOT_FOUND = notFound("That account does not exist.");

const userId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "Not a valid account id.");

const CreateInput = z.object({
  // Compared and stored as typed but for case and surrounding spaces, which an address never means.
  email: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toLowerCase() : v),
    z.email("Enter an email address.").max(254),
  ),
  name: z.string().trim().min(1, "Enter a name.").max(200),
  role: z.enum(USER_ROLES, { message: "Choose a role." }),
});

/** Creates an account with a random password, returned once so the admin can hand it over. */
export const createUserAction = action({
  permission: "users:manage",
  input: CreateInput,
  fieldKey: topField,
  handler: async (input, { user: admin }): Promise<UserActionResult> => {
    const db = getDb();
    if (getUserByEmail(db, input.email)) {
      const message = "An account with that email exists.";
      return invalid({ email: message }, message);
    }
    const password = randomPassword();
    const passwordHash = await hashPassword(password);
    const user = await audited(
      admin,
      () => createUserWithPassword(db, { ...input, passwordHash }),
      (made) => [{ action: "user_created", target: made.email, detail: { role: made.role } }],
    );
    revalidatePath("/admin/users");
    return { ok: true, data: { user, password } };
  },
});

const AccessInput = z.object({
  userId,
  role: z.enum(USER_ROLES).optional(),
  disabled: z.boolean().optional(),
});

/** Changes role and/or disables or re-enables; disabling ends the account's sessions at once. */
export const updateUserAccessAction = action({
  permission: "users:manage",
  input: AccessInput,
  fieldKey: topField,
  handler: async (input, { user: admin }): Promise<UserActionResult> => {
    const db = getDb();
    const { outcome, user } = await audited(
      admin,
      () => {
        const before = getUser(db, input.userId);
        const outcome = updateUserAccess(db, input.userId, {
          role: input.role,
          disabled: input.disabled,
        });
        return { before, outcome, user: getUser(db, input.userId) };
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
    if (outcome === "last_admin") return conflict("This is the last active admin: make another admin first.");
    if (!user) return NOT_FOUND;
    revalidatePath("/admin/users");
    return { ok: true, data: { user } };
  },
});

/** Sets a new random password (returned once) and ends the account's sessions. */
export const resetPasswordAction = action({
  permission: "users:manage",
  input: z.object({ userId }),
  fieldKey: topField,
  handler: async (input, { user: admin }): Promise<UserActionResult> => {
    const db = getDb();
    const user = getUser(db, input.userId);
    if (!user) return NOT_FOUND;
    const password = randomPassword();
    const passwordHash = await hashPassword(password);
    const reset = await audited(
      admin,
      () => setUserPassword(db, user.id, passwordHash),
      (done) => (done ? [{ action: "password_reset", target: user.email }] : []),
    );
    if (!reset) return NOT_FOUND;
    return { ok: true, data: { user, password } };
  },
});
