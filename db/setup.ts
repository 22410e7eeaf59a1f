import { hashPassword } from "better-auth/crypto";
import { randomPassword } from "../lib/passwords";
import { loadSeeds } from "../seeds/load";
import { ensureAuthSecret } from "./auth-secret";
import { databasePath, openDatabase } from "./client";
import { migrateDatabase } from "./migrate";
import { ensureSearchIndex } from "./queries/position-index";
import { countUsers, createUserWithPassword } from "./queries/users";

/**
 * Create the database file if needed, apply migrations, and add any seed records it lacks. Safe to re-run.
 * On a fresh install it also creates the cookie-signing secret (unless BETTER_AUTH_SECRET is set) and a first
 * admin account whose random password is printed this once: there is no default password anywhere.
 */
const file = databasePath();
const db = openDatabase(file);
migrateDatabase(db);
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
  console.log(
    [
      "",
      "  First start: created an admin account.",
      `    email:    ${email}`,
      `    password: ${password}`,
      "  This password is shown only now. Sign in at /sign-in; add more accounts with npm run user:add.",
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
