import "server-only";
// The secret in a single-use link (an invitation, a password reset): 32 random bytes, base64url
// (43 characters, the shape lib/forms/fields.ts linkTokenField accepts). Only its SHA-256 is
// stored, so that a copy of the database opens no link.
import { createHash, randomBytes } from "node:crypto";

export function newLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashLinkToken(token) };
}

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
