import { currentSessionStatus } from "@/lib/auth/guard";

export const dynamic = "force-dynamic";

// How long this browser's session has left, for the idle-timeout warning. Reading it is not
// activity, so polling it never keeps an unattended session alive; the server's own check on
// every request stays the one that decides.
export async function GET() {
  const status = await currentSessionStatus();
  const body = status.signedIn
    ? { signedIn: true, remainingMs: status.remainingMs, limit: status.limit }
    : { signedIn: false };
  return Response.json(body, { status: status.signedIn ? 200 : 401, headers: { "Cache-Control": "no-store" } });
}
export { POST, PUT, PATCH, DELETE } from "@/lib/http/get-only";
