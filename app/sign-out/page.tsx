import type { Metadata } from "next";
import Link from "next/link";
import { SignOutButton } from "../_components/sign-out-button";
import { getCurrentUser } from "../_server/current-user";

export const metadata: Metadata = { title: "Sign out" };

export default async function SignOutPage() {
  const user = await getCurrentUser();
  return (
    <div style={{ maxWidth: 420, margin: "24px auto" }}>
      <h1>Sign out</h1>
      {user ? (
        <>
          <p>
            Signed in as <strong>{user.name}</strong> ({user.email}).
          </p>
          <SignOutButton label="Sign out now" />
        </>
      ) : (
        <p>
          You are not signed in. <Link href="/sign-in">Sign in</Link>
        </p>
      )}
    </div>
  );
}
