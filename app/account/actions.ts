"use server";

import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { z } from "zod";
import { getDb } from "@/db/client";
import { deleteOtherUserSessions } from "@/db/queries/sessions";
import { topField } from "@/lib/field-errors";
import { MIN_PASSWORD_LENGTH } from "@/lib/passwords";
import { type ActionResult, formAction, invalid } from "../_server/action";
import { audit } from "../_server/audit";
import { getAuth } from "../_server/auth";

export type PasswordState = ActionResult<{ message: string }>;

const Input = z
  .object({
    current: z.string().min(1, "Enter your current password.").max(256),
    next: z
      .string()
      .min(MIN_PASSWORD_LENGTH, `A password has at least ${MIN_PASSWORD_LENGTH} characters.`)
      .max(128, "At most 128 characters."),
    repeat: z.string(),
  })
  .refine((v) => v.next === v.repeat, { path: ["repeat"], message: "The two new passwords differ." })
  .refine((v) => v.next !== v.current, {
    path: ["next"],
    message: "Choose a password you have not used here.",
  });

/** A signed-in user changes their own password; every other session of theirs ends. */
export const changePasswordAction = formAction({
  permission: "account:password",
  fields: ["current", "next", "repeat"],
  input: Input,
  fieldKey: topField,
  handler: async (input, { user }): Promise<PasswordState> => {
    const requestHeaders = await headers();
    const auth = getAuth();
    try {
      // Other sessions are ended below rather than by better-auth's revokeOtherSessions, which replaces the current
      // session as well and fails through this app's session hook.
      await auth.api.changePassword({
        body: { currentPassword: input.current, newPassword: input.next },
        headers: requestHeaders,
      });
    } catch (error) {
      if (error instanceof APIError)
        return invalid({ current: "Not your current password." }, "The current password is not right.");
      throw error;
    }
    const current = await auth.api.getSession({ headers: requestHeaders });
    if (current) deleteOtherUserSessions(getDb(), user.id, current.session.token);
    await audit(user, { action: "password_changed", target: user.email });
    return {
      ok: true,
      data: { message: "Your password is changed. Your other sessions have been signed out." },
    };
  },
});
