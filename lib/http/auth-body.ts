// next-auth v4 parses a JSON body with `req.json()` and lets a parse error escape as a 500. A
// malformed body is the caller's mistake: answer 400 and never reach next-auth (which then
// changes nothing). Form posts (what the sign-in page sends) pass through untouched.
const refuse = (message: string) =>
  new Response(JSON.stringify({ error: message }), {
    status: 400,
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });

/** A 400 for a POST whose JSON body is not a JSON object, or `null` when next-auth may have it. */
export async function refuseMalformedAuthBody(req: Request): Promise<Response | null> {
  if (req.method !== "POST") return null;
  if (!req.headers.get("content-type")?.toLowerCase().includes("application/json")) return null;
  let body: unknown;
  try {
    body = JSON.parse(await req.clone().text());
  } catch {
    return refuse("The request body is not valid JSON.");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body))
    return refuse("The request body must be a JSON object of fields.");
  return null;
}
