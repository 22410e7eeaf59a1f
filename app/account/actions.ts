"use server";

import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { z } from "zod";
import { getDb } from "@/db/client";
import { deleteOtherUserSessions } from "@/db/queries/sessions";
import { MIN_PASSWORD_LENGTH } from "@/lib/passwords";
import { audit } from "../_server/audit";
import { getAuth } from "../_server/auth";
import { authorize } from "../_server/current-user";

export type PasswordState =
  | { ok: true; message: string }
  | { ok: false; error: string; fieldErrors?: Partial<Record<"current" | "next" | "repeat", string>> };

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
export async function changePasswordAction(
  _previous: PasswordState | undefined,
  formData: unknown,
): Promise<PasswordState> {
  const gate = await authorize("account:password");
  if (!gate.ok) return { ok: false, error: gate.error };
  if (!gate.user) return { ok: false, error: "Sign in to do this." };
  if (!(formData instanceof FormData)) return { ok: false, error: "The form was not sent correctly." };
  const parsed = Input.safeParse({
    current: formData.get("current") ?? "",
    next: formData.get("next") ?? "",
    repeat: formData.get("repeat") ?? "",
  });
  if (!parsed.success) {
    const fieldErrors: Partial<Record<"current" | "next" | "repeat", string>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if ((field === "current" || field === "next" || field === "repeat") && !fieldErrors[field])
        fieldErrors[field] = issue.message;
    }
    return { ok: false, error: "Check the highlighted fields.", fieldErrors };
  }
  const requestHeaders = await headers();
  const auth = getAuth();
  try {
    // Other sessions are ended below rather than by better-auth's revokeOtherSessions, which replaces the current
    // session as well and fails through this app's session hook.
    await auth.api.changePassword({
      body: { currentPassword: parsed.data.current, newPassword: parsed.data.next },
      headers: requestHeaders,
    });
  } catch (error) {
    if (error instanceof APIError)
      return {
        ok: false,
        error: "The current password is not right.",
        fieldErrors: { current: "Not your current password." },
      };
    throw error;
  }
  const current = await auth.api.getSession({ headers: requestHeaders });
  if (current) deleteOtherUserSessions(getDb(), gate.user.id, current.session.token);
  await audit(gate.user, { action: "password_changed", target: gate.user.email });
  return { ok: true, message: "Your password is changed. Your other sessions have been signed out." };
}
