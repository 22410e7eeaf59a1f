import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { authSettings } from "@/app/_server/auth";
import { getCurrentUser, toActor } from "@/app/_server/current-user";
import { getDb } from "@/db/client";
import { listUsers } from "@/db/queries/users";
import { can } from "@/lib/authz";
import { CreateUserForm } from "./_components/create-user-form";
import { UserRow } from "./_components/user-row";
import styles from "./users.module.css";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const user = await getCurrentUser();
  // Like a page that does not exist, for everyone but admins.
  if (!can(toActor(user), "users:manage", authSettings) || !user) notFound();
  const users = listUsers(getDb());
  return (
    <>
      <h1>Users</h1>
      <p className="muted">
        Viewers read; analysts annotate and edit records; admins also import and manage users. Disabling an
        account signs it out everywhere at once.
      </p>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">Email</th>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <UserRow key={u.id} user={u} isSelf={u.id === user.id} />
          ))}
        </tbody>
      </table>
      <h2>Add an account</h2>
      <CreateUserForm />
    </>
  );
}
