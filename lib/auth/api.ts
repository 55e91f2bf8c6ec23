import "server-only";
// For route handlers: the acting user, or a 401 response (route handlers answer, not redirect).
import { getActor, type Actor } from "@/lib/auth/guard";

export async function requireApiActor(): Promise<Actor | Response> {
  const actor = await getActor();
  return actor ?? new Response("Sign in to use this address.", { status: 401 });
}
