"use client";

import { useActionState } from "react";
import { type SignInState, signInAction } from "../actions";
import styles from "../sign-in.module.css";

export function SignInForm({ next }: { next: string }) {
  const [state, formAction, pending] = useActionState<SignInState | undefined, FormData>(
    signInAction,
    undefined,
  );
  // Success is a redirect, so a state is always a refusal; narrowed for the type.
  const failure = state && !state.ok ? state : undefined;
  const fieldErrors = failure?.fieldErrors ?? {};
  return (
    <form action={formAction} className={styles.form} noValidate>
      <input type="hidden" name="next" value={next} />
      <label htmlFor="sign-in-email">Email</label>
      <input
        id="sign-in-email"
        name="email"
        type="email"
        autoComplete="username"
        defaultValue={failure?.email ?? ""}
        required
        aria-invalid={fieldErrors.email ? true : undefined}
        aria-describedby={fieldErrors.email ? "sign-in-email-error" : undefined}
      />
      {fieldErrors.email && (
        <p id="sign-in-email-error" className="error">
          {fieldErrors.email}
        </p>
      )}
      <label htmlFor="sign-in-password">Password</label>
      <input
        id="sign-in-password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        aria-invalid={fieldErrors.password ? true : undefined}
        aria-describedby={fieldErrors.password ? "sign-in-password-error" : undefined}
      />
      {fieldErrors.password && (
        <p id="sign-in-password-error" className="error">
          {fieldErrors.password}
        </p>
      )}
      <p aria-live="polite" className="error" data-testid="sign-in-error">
        {failure?.error ?? ""}
      </p>
      <button type="submit" className="primary" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
