import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databasePath } from "./client";

/** Where the generated signing secret lives when BETTER_AUTH_SECRET is not set: next to the database file. */
export function authSecretFile(dbFile: string = databasePath()): string {
  return path.join(path.dirname(path.resolve(/*turbopackIgnore: true*/ dbFile)), "auth-secret");
}

/** Creates the secret file once (random, readable by the owner only); never overwrites it. */
export function ensureAuthSecret(dbFile: string = databasePath()): string {
  const file = authSecretFile(dbFile);
  if (!fs.existsSync(file)) {
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
  }
  return file;
}

/** The secret that signs session cookies: BETTER_AUTH_SECRET, else the file `npm run db:setup` created. */
export function readAuthSecret(): string {
  const fromEnv = process.env.BETTER_AUTH_SECRET;
  if (fromEnv && fromEnv.length >= 32) return fromEnv;
  if (fromEnv) throw new Error("BETTER_AUTH_SECRET must be at least 32 characters");
  const file = authSecretFile();
  if (!fs.existsSync(file))
    throw new Error(`No auth secret: set BETTER_AUTH_SECRET or run npm run db:setup (${file})`);
  return fs.readFileSync(file, "utf8").trim();
}
