// Runs once when the server starts (not during `next build`): migrate and, in demo mode, seed.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startUpServer } = await import("./db/startup");
  await startUpServer();
}
