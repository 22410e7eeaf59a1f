import Link from "next/link";
import { ROLE_LABELS } from "@/lib/authz-labels";
import type { CurrentUser } from "../_server/current-user";
import styles from "./account-status.module.css";
import { SignOutButton } from "./sign-out-button";

/** The header's sign-in state: who is signed in and with which role, or a link to sign in. */
export function AccountStatus({ user }: { user: CurrentUser | null }) {
  if (!user) {
    return (
      <div className={styles.account}>
        <Link href="/sign-in">Sign in</Link>
      </div>
    );
  }
  return (
    <div className={styles.account} data-testid="account-status">
      <Link href="/account" title="Your account">
        <span className={styles.name}>{user.name}</span>{" "}
        <span className={styles.role}>{ROLE_LABELS[user.role]}</span>
      </Link>
      {user.role === "admin" && <Link href="/admin/users">Users</Link>}
      {user.role === "admin" && <Link href="/admin/audit">Audit</Link>}
      <SignOutButton />
    </div>
  );
}
