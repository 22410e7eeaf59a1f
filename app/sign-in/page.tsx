import type { Metadata } from "next";
import Link from "next/link";
import { safeRedirectPath } from "@/lib/auth-settings";
import { authSettings } from "../_server/auth";
import { getCurrentUser } from "../_server/current-user";
import { SignInForm } from "./_components/sign-in-form";
import styles from "./sign-in.module.css";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, unknown>>;
}) {
  const params = await searchParams;
  const next = safeRedirectPath(typeof params.next === "string" ? params.next : undefined);
  const user = await getCurrentUser();
  return (
    <div className={styles.panel}>
      <h1>Sign in</h1>
      {user ? (
        <p>
          You are signed in as <strong>{user.name}</strong> ({user.email}). Signing in again ends this
          session. <Link href={next}>Continue</Link>
        </p>
      ) : (
        <p className="muted">
          {authSettings.requireSignIn
            ? "This site is open to signed-in accounts only."
            : "Reading is open to everyone; annotating needs an analyst account."}
        </p>
      )}
      <SignInForm next={next} />
      <p className="muted">Accounts are created by an administrator. Ask one if you need access.</p>
    </div>
  );
}
