"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { UserSummary } from "@/db/queries/users";
import { ROLE_ORDER as USER_ROLES, type Role as UserRole } from "@/lib/authz";
import { resetPasswordAction, type UserActionResult, updateUserAccessAction } from "../actions";
import styles from "../users.module.css";

export function UserRow({ user, isSelf }: { user: UserSummary; isSelf: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ error?: string; password?: string }>({});
  const [pending, startTransition] = useTransition();

  function run(action: () => Promise<UserActionResult>) {
    setMessage({});
    startTransition(async () => {
      const result = await action();
      if (result.ok) {
        setMessage({ password: result.data.password });
        router.refresh();
      } else setMessage({ error: result.error });
    });
  }

  return (
    <tr className={user.disabled ? styles.disabled : undefined} data-testid={`user-${user.email}`}>
      <td>{user.email}</td>
      <td>{user.name}</td>
      <td>
        <select
          aria-label={`Role of ${user.email}`}
          value={user.role}
          disabled={pending}
          onChange={(e) =>
            run(() => updateUserAccessAction({ userId: user.id, role: e.target.value as UserRole }))
          }
        >
          {USER_ROLES.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </td>
      <td>{user.disabled ? "disabled" : "active"}</td>
      <td>
        <div className={styles.actions}>
          {!isSelf && (
            <button
              type="button"
              disabled={pending}
              onClick={() => run(() => updateUserAccessAction({ userId: user.id, disabled: !user.disabled }))}
            >
              {user.disabled ? "Enable" : "Disable"}
            </button>
          )}
          <button
            type="button"
            disabled={pending}
            onClick={() => run(() => resetPasswordAction({ userId: user.id }))}
          >
            Reset password
          </button>
          <span aria-live="polite">
            {message.error && <span className="error">{message.error}</span>}
            {message.password && (
              <span>
                New password (shown once): <code className={styles.password}>{message.password}</code>
              </span>
            )}
          </span>
        </div>
      </td>
    </tr>
  );
}
