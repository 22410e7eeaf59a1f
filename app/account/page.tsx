import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/app/_server/current-user";
import { ROLE_LABELS } from "@/lib/authz-labels";
import { MIN_PASSWORD_LENGTH } from "@/lib/passwords";
import { PasswordForm } from "./_components/password-form";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=%2Faccount");
  return (
    <>
      <h1>Your account</h1>
      <p>
        {user.name} · {user.email} · {ROLE_LABELS[user.role]}
      </p>
      <h2>Change your password</h2>
      <PasswordForm minLength={MIN_PASSWORD_LENGTH} />
    </>
  );
}
