import type { ActorRoles } from "./permissions";

/** The signed-in user acting on this request, as loaded fresh from the database. */
export type Actor = ActorRoles & {
  email: string;
  name: string;
  sessionId: string;
};
