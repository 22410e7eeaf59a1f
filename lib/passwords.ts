import { randomBytes } from "node:crypto";

/** The shortest password any account may have: better-auth, the account page and user:add all use it. */
export const MIN_PASSWORD_LENGTH = 12;

/** 24 characters of base64url: 144 random bits, for first-start and admin-issued passwords. */
export function randomPassword(): string {
  return randomBytes(18).toString("base64url");
}
