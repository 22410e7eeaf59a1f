"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { ROLE_ORDER as USER_ROLES } from "@/lib/authz";
import { createUserAction, type UserActionResult } from "../actions";
import styles from "../users.module.css";

export function CreateUserForm() {
  const router = useRouter();
  const [result, setResult] = useState<UserActionResult | null>(null);
  const [pending, startTransition] = useTransition();
  const fieldErrors = result && !result.ok ? (result.fieldErrors ?? {}) : {};

  return (
    <>
      <form
        className={styles.form}
        aria-label="Add an account"
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          const form = event.currentTarget;
          startTransition(async () => {
            const r = await createUserAction({
              email: data.get("email"),
              name: data.get("name"),
              role: data.get("role"),
            });
            setResult(r);
            if (r.ok) {
              form.reset();
              router.refresh();
            }
          });
        }}
      >
        <label>
          Email
          <input name="email" type="email" required aria-invalid={fieldErrors.email ? true : undefined} />
        </label>
        <label>
          Name
          <input name="name" required aria-invalid={fieldErrors.name ? true : undefined} />
        </label>
        <label>
          Role
          <select name="role" defaultValue="viewer">
            {USER_ROLES.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary" disabled={pending}>
          Add account
        </button>
      </form>
      <p aria-live="polite" data-testid="create-user-result">
        {result?.ok === false && (
          <span className="error">{Object.values(fieldErrors)[0] ?? result.error}</span>
        )}
        {result?.ok && (
          <span>
            Created {result.data.user.role} {result.data.user.email}. Password (shown once):{" "}
            <code className={styles.password}>{result.data.password}</code>
          </span>
        )}
      </p>
    </>
  );
}
