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
import { topField } from "@/lib/field-errors";
import { throttleMessage } from "@/lib/sign-in-throttle";
import { type ActionFailure, type ActionResult, visitorFormAction } from "../_server/action";
import { audit } from "../_server/audit";
import { authSettings, getAuth } from "../_server/auth";

/** A sign-in that succeeds redirects; a failure echoes the typed email so the form keeps it (never the password). */
export type SignInState = ActionResult<never, { email: string }>;

// Case and surrounding spaces never make two addresses differ; the cut keeps an echoed address bounded.
const typedEmail = (raw: unknown) => {
  const email = (raw as { email?: unknown } | null)?.email;
  return typeof email === "string" ? email.trim().toLowerCase().slice(0, 254) : "";
};

const SignInInput = z.object({
  email: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toLowerCase() : v),
    z.email("Enter the email address of your account.").max(254),
  ),
  password: z.string().min(1, "Enter your password.").max(256, "That password is too long."),
  next: z.string().max(2000),
});

export const signInAction = visitorFormAction({
  permission: "session:create",
  fields: ["email", "password", "next"],
  input: SignInInput,
  fieldKey: topField,
  keep: (raw) => ({ email: typedEmail(raw) }),
  handler: async ({ email, password, next }): Promise<SignInState> => {
    // Counted before the password is checked, in the database so that every server process shares the counts;
    // lib/sign-in-throttle.ts says which counts there are and why a stranger cannot lock the owner out.
    const db = getDb();
    const requestHeaders = await headers();
    const insecure = insecureOriginProblem(requestHeaders.get("origin"), authSettings.secureCookies);
    if (insecure) return refused(insecure);
    const attempt = { email, address: clientAddress(requestHeaders) };
    // Housekeeping on the one path that adds rows: counters that can refuse nothing more and dead sessions go.
    pruneRateLimits(db, authSettings.signIn);
    pruneExpiredSessions(db, new Date());
    const decision = beginSignIn(db, attempt, authSettings.signIn);
    if (!decision.allowed) return refused(throttleMessage(decision.scope, decision.retryAfterMs));

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
        return refused("That email and password do not match an active account.");
      }
      throw error;
    }
    signInSucceeded(db, attempt);
    const user = getUserByEmail(db, email);
    await audit(user ? { id: user.id, name: user.name, email: user.email, role: user.role } : null, {
      action: "sign_in",
      actorEmail: email,
    });
    redirect(safeRedirectPath(next || undefined));
  },
});

// The form's own words for a refusal that is not about a field; `keep` adds the typed email.
function refused(error: string): ActionFailure<{ email: string }> {
  return { ok: false, code: "forbidden", error };
}

export const signOutAction = visitorFormAction({
  permission: "session:end",
  fields: [],
  input: z.object({}),
  handler: async (): Promise<ActionResult<never>> => {
    const requestHeaders = await headers();
    if (requestHeaders.get("cookie")) {
      // Deletes the session row, so the token is dead even if a copy of the cookie survives somewhere.
      await getAuth()
        .api.signOut({ headers: requestHeaders })
        .catch(() => undefined);
    }
    redirect("/");
  },
});
