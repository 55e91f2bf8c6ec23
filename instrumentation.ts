// Runs once when the server starts (not during `next build`): migrate and, in demo mode, seed.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startUpServer } = await import("./db/startup");
  await startUpServer();
}

/**
 * Every request the server failed (a page, a route handler, an action that threw past its
 * wrapper): one structured log line. Its request id is the error's digest, which app/error.tsx
 * shows the user as the reference to quote.
 */
export async function onRequestError(
  error: unknown,
  request: Readonly<{ path: string; method: string }>,
  context: Readonly<{ routeType: "render" | "route" | "action" | "proxy"; routePath: string }>,
) {
  const { logServerError, newRequestId } = await import("./lib/errors/server-error");
  const digest = (error as { digest?: unknown } | null)?.digest;
  logServerError(
    typeof digest === "string" ? digest : newRequestId(),
    {
      kind: context.routeType,
      name: context.routePath,
      path: request.path,
      method: request.method,
    },
    error,
  );
}
