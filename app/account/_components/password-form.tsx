"use client";

import { useActionState } from "react";
import styles from "../account.module.css";
import { changePasswordAction, type PasswordState } from "../actions";

export function PasswordForm({ minLength }: { minLength: number }) {
  const FIELDS = [
    { name: "current", label: "Current password", autoComplete: "current-password" },
    { name: "next", label: `New password (at least ${minLength} characters)`, autoComplete: "new-password" },
    { name: "repeat", label: "New password again", autoComplete: "new-password" },
  ] as const;
  const [state, formAction, pending] = useActionState<PasswordState | undefined, FormData>(
    changePasswordAction,
    undefined,
  );
  const fieldErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={formAction} className={styles.form} noValidate>
      {FIELDS.map((f) => (
        <div key={f.name}>
          <label htmlFor={`password-${f.name}`}>{f.label}</label>
          <input
            id={`password-${f.name}`}
            name={f.name}
            type="password"
            autoComplete={f.autoComplete}
            required
            aria-invalid={fieldErrors[f.name] ? true : undefined}
            aria-describedby={fieldErrors[f.name] ? `password-${f.name}-error` : undefined}
          />
          {fieldErrors[f.name] ? (
            <p id={`password-${f.name}-error`} className="error">
              {fieldErrors[f.name]}
            </p>
          ) : null}
        </div>
      ))}
      <p aria-live="polite" className={state?.ok ? "" : "error"} data-testid="password-result">
        {state ? (state.ok ? state.data.message : state.error) : ""}
      </p>
      <button type="submit" className="primary" disabled={pending}>
        {pending ? "Changing…" : "Change password"}
      </button>
    </form>
  );
}
