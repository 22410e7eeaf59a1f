import { randomBytes } from "node:crypto";

/** 24 characters of base64url: 144 random bits, for first-start and admin-issued passwords. */
export function randomPassword(): string {
  return randomBytes(18).toString("base64url");
}
