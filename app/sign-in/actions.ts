"use server";

import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { beginSignIn, pruneRateLimits, signInSucceeded } from "@/db/queries/rate-limits";
import { pruneExpiredSessions } from "@/db/queries/sessions";
import { getUserByEmail } from "@/db/queries/users";
import { clientAddress, insecureOriginProblem, safeRedirectPath } from "@/lib/auth-settings";
import { throttleMessage } from "@/lib/sign-in-throttle";
import { audit } from "../_server/audit";
import { authSettings, getAuth } from "../_server/auth";
import { authorize } from "../_server/current-user";

export type SignInState = {
  ok: false;
  error: string;
  fieldErrors?: Partial<Record<"email" | "password", string>>;
  /** Echoed back so the form keeps what was typed (never the password). */
  email?: string;
};

const SignInInput = z.object({
  email: z.email("Enter the email address of your account.").max(254),
  password: z.string().min(1, "Enter your password.").max(256, "That password is too long."),
  next: z.string().max(2000).optional(),
});

export async function signInAction(
  _previous: SignInState | undefined,
  formData: unknown,
): Promise<SignInState> {
  const gate = await authorize("session:create");
  if (!gate.ok) return { ok: false, error: gate.error };
  if (!(formData instanceof FormData)) return { ok: false, error: "The form was not sent correctly." };
  const typedEmail = String(formData.get("email") ?? "")
    .trim()
    .toLowerCase()
    .slice(0, 254);
  const parsed = SignInInput.safeParse({
    email: typedEmail,
    password: formData.get("password") ?? "",
    next: formData.get("next") ?? undefined,
  });
  if (!parsed.success) {
    const fieldErrors: SignInState["fieldErrors"] = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if ((field === "email" || field === "password") && !fieldErrors[field])
        fieldErrors[field] = issue.message;
    }
    return { ok: false, error: "Check the highlighted fields.", fieldErrors, email: typedEmail };
  }
  const { email, password, next } = parsed.data;

  // Counted before the password is checked, in the database so that every server process shares the counts;
  // lib/sign-in-throttle.ts says which counts there are and why a stranger cannot lock the owner out.
  const db = getDb();
  const requestHeaders = await headers();
  const insecure = insecureOriginProblem(requestHeaders.get("origin"), authSettings.secureCookies);
  if (insecure) return { ok: false, error: insecure, email };
  const attempt = { email, address: clientAddress(requestHeaders) };
  // Housekeeping on the one path that adds rows: counters that can refuse nothing more and dead sessions go.
  pruneRateLimits(db, authSettings.signIn);
  pruneExpiredSessions(db, new Date());
  const decision = beginSignIn(db, attempt, authSettings.signIn);
  if (!decision.allowed)
    return { ok: false, error: throttleMessage(decision.scope, decision.retryAfterMs), email };

  const auth = getAuth();
  // Rotate: whatever session this browser held before is ended, and sign-in issues a new token.
  if (requestHeaders.get("cookie")) {
    await auth.api.signOut({ headers: requestHeaders }).catch(() => undefined);
  }
  try {
    await auth.api.signInEmail({ body: { email, password, rememberMe: true }, headers: requestHeaders });
  } catch (error) {
    if (error instanceof APIError) {
      // One message for a wrong password, an unknown email and a disabled account: none of them is revealed.
      await audit(null, { action: "sign_in_failed", actorEmail: email });
      return { ok: false, error: "That email and password do not match an active account.", email };
    }
    throw error;
  }
  signInSucceeded(db, attempt);
  const user = getUserByEmail(db, email);
  await audit(user ? { id: user.id, name: user.name, email: user.email, role: user.role } : null, {
    action: "sign_in",
    actorEmail: email,
  });
  redirect(safeRedirectPath(next));
}

export async function signOutAction(_previous?: unknown): Promise<{ ok: false; error: string } | undefined> {
  const gate = await authorize("session:end");
  if (!gate.ok) return { ok: false, error: gate.error };
  const requestHeaders = await headers();
  if (requestHeaders.get("cookie")) {
    // Deletes the session row, so the token is dead even if a copy of the cookie survives somewhere.
    await getAuth()
      .api.signOut({ headers: requestHeaders })
      .catch(() => undefined);
  }
  redirect("/");
}
