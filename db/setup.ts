import fs from "node:fs";
import path from "node:path";
import { hashPassword } from "better-auth/crypto";
import { randomPassword } from "../lib/passwords";
import { loadSeeds } from "../seeds/load";
import { ensureAuthSecret } from "./auth-secret";
import { databasePath, openDatabase } from "./client";
import { migrateWithBackup } from "./migrate";
import { writePrivateFileOnce } from "./private-file";
import { ensureSearchIndex } from "./queries/position-index";
import { countUsers, createUserWithPassword } from "./queries/users";

/**
 * Create the database file if needed, apply migrations, and add any seed records it lacks. Safe to re-run.
 * On a fresh install it also creates the cookie-signing secret (unless BETTER_AUTH_SECRET is set) and a first
 * admin account whose random password is printed this once: there is no default password anywhere.
 */
function writeFirstAdminPassword(dbFile: string, email: string, password: string): string {
  const target = path.join(path.dirname(path.resolve(dbFile)), "first-admin-password");
  fs.rmSync(target, { force: true });
  writePrivateFileOnce(target, `${email}\n${password}\n`);
  return target;
}

const file = databasePath();
const db = openDatabase(file);
const migrationBackup = await migrateWithBackup(db, file);
if (migrationBackup) console.log(`backed up before migrating: ${migrationBackup}`);
const report = loadSeeds(db);
if (!process.env.BETTER_AUTH_SECRET) ensureAuthSecret(file);
if (countUsers(db) === 0) {
  const email = (process.env.ADMIN_EMAIL ?? "admin@positions.local").trim().toLowerCase();
  const password = randomPassword();
  createUserWithPassword(db, {
    email,
    name: "Administrator",
    role: "admin",
    passwordHash: await hashPassword(password),
  });
  // A password printed to a service's log is a password in its log files: only a terminal sees it; otherwise it
  // goes to a file only this user can read.
  const where = process.stdout.isTTY
    ? `    password: ${password}\n  This password is shown only now.`
    : `    password: in ${writeFirstAdminPassword(file, email, password)} (readable by this user only; delete it once you have signed in)`;
  console.log(
    [
      "",
      "  First start: created an admin account.",
      `    email:    ${email}`,
      where,
      "  Sign in at /sign-in; add more accounts with npm run user:add.",
      "",
    ].join("\n"),
  );
}
// Triggers keep the search index in step with every write; this repairs a database that missed them.
const rebuilt = ensureSearchIndex(db);
if (rebuilt) console.log("search index was stale and has been rebuilt");
db.$client.close();
console.log(
  `database ${file}: ${report.statementsAdded} seed records added, ${report.statementsPresent} already present`,
);
