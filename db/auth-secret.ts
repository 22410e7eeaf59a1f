import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databasePath } from "./client";
import { isGroupOrWorldAccessible, writePrivateFileOnce } from "./private-file";

/** Where the generated signing secret lives when BETTER_AUTH_SECRET is not set: next to the database file. */
export function authSecretFile(dbFile: string = databasePath()): string {
  return path.join(path.dirname(path.resolve(/*turbopackIgnore: true*/ dbFile)), "auth-secret");
}

/** Creates the secret file once (random, readable by the owner only, written atomically); never overwrites it. */
export function ensureAuthSecret(dbFile: string = databasePath()): string {
  const file = authSecretFile(dbFile);
  if (!fs.existsSync(file)) writePrivateFileOnce(file, randomBytes(32).toString("base64url"));
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
  if (isGroupOrWorldAccessible(file))
    throw new Error(
      `The auth secret ${file} is readable by others: chmod 600 it (and rotate it if it leaked)`,
    );
  const secret = fs.readFileSync(file, "utf8").trim();
  if (secret.length < 32) throw new Error(`The auth secret in ${file} is shorter than 32 characters`);
  return secret;
}
