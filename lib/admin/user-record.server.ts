import "server-only";
// A user as the administration pages and the erasure read them: one column list, one lookup.
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";

export const USER_RECORD = {
  id: users.id,
  name: users.name,
  email: users.email,
  globalRole: users.globalRole,
  disabled: users.disabled,
  erasedAt: users.erasedAt,
};

/** Not scoped: callers check the acting user's permission first. */
export function findUserRecord(userId: number) {
  return getDb().select(USER_RECORD).from(users).where(eq(users.id, userId)).get();
}
